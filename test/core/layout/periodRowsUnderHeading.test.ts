/**
 * Lines as rows: a money plan line's row left blank (`Kinh phí hỗ trợ`) over
 * its batches or years (`- Đợt 1`, `- Đợt 2`; `Năm 2024`, `Năm 2025`) that
 * match no plan line: the heading is no line of zero, the batches are the
 * line, their sum what the plan line is compared with.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
]);

test.each<[string, string]>([
  ["- Đợt 1", "- Đợt 2"],
  ["Đợt 1", "Đợt 2"],
  ["+ Năm 2024", "+ Năm 2025"],
  ["- Phân bổ đợt 1", "- Phân bổ đợt 2"],
])("`Kinh phí hỗ trợ` blank over `%s`, `%s`: the batches are the line, nothing told", (first, second) => {
  const rows: CellValue[][] = [
    ["TT", "Nội dung", "ĐVT", "Tổng số", "Huyện Ba Vì", "Huyện Thạch Thất"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 12, 6, 6],
    [2, "Kinh phí hỗ trợ", "triệu đồng", null, null, null],
    [null, first, "triệu đồng", 200, 100, 100],
    [null, second, "triệu đồng", 400, 200, 200],
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  expect(report.findings).toEqual([]);
  expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["KP", 600_000_000]]);
  expect(report.reading!.lines.filter((l) => l.code === "KP").map((l) => l.at)).toEqual(["4", "5"]);
});

test("`Kinh phí hỗ trợ` blank over `- Đợt 1`, `- Đợt 2`, `- Lũy kế` above the batches' sum in every area (earlier figures in it): Lũy kế is the line, the batches left out, said", () => {
  const rows: CellValue[][] = [
    ["TT", "Nội dung", "ĐVT", "Tổng số", "Huyện Ba Vì", "Huyện Thạch Thất"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 12, 6, 6],
    [2, "Kinh phí hỗ trợ", "triệu đồng", null, null, null],
    [null, "- Đợt 1", "triệu đồng", 200, 100, 100],
    [null, "- Đợt 2", "triệu đồng", 200, 100, 100],
    [null, "- Lũy kế", "triệu đồng", 600, 300, 300],
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  expect(report.findings).toEqual([]);
  expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["KP", 600_000_000]]);
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "2"], ["KP", "6"]]);
  expect(report.reading!.ignored.map((i) => [i.at, i.why])).toEqual([["4", "batch within the running total"], ["5", "batch within the running total"]]);
  expect(report.reading!.confidence.level).toBe("low");
  expect(report.reading!.confidence.reasons.map((r) => r.en)).toEqual([expect.stringContaining("Row 6")]);
  // Rows of batches stand above their running total, not beside it.
  expect(report.reading!.confidence.reasons[0].vi).toContain("các dòng đợt phía trên");
  expect(report.reading!.confidence.reasons[0].en).toContain("the batch rows above it");
  expect(report.reading!.confidence.reasons[0].vi).not.toContain("bên cạnh");
});

test("`- Lũy kế` below the batches' sum in an area: the batches are the line, Lũy kế left out", () => {
  const rows: CellValue[][] = [
    ["TT", "Nội dung", "ĐVT", "Tổng số", "Huyện Ba Vì", "Huyện Thạch Thất"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 12, 6, 6],
    [2, "Kinh phí hỗ trợ", "triệu đồng", null, null, null],
    [null, "- Đợt 1", "triệu đồng", 300, 150, 150],
    [null, "- Đợt 2", "triệu đồng", 300, 150, 150],
    [null, "- Lũy kế", "triệu đồng", 700, 500, 200],
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["KP", 600_000_000]]);
  expect(report.reading!.lines.filter((l) => l.code === "KP").map((l) => l.at)).toEqual(["4", "5"]);
});

test.each<[string]>([["- Lũy kế"], ["- Lũy kế phân bổ"]])(
  "`Kinh phí hỗ trợ` blank over `- Đợt 1`, `- Đợt 2`, `%s` adding them up in every area: the running total is the line, the batches its parts, as with columns; read surely, nothing told",
  (running) => {
    const rows: CellValue[][] = [
      ["TT", "Nội dung", "ĐVT", "Tổng số", "Huyện Ba Vì", "Huyện Thạch Thất"],
      [1, "Tổ truyền thông cộng đồng", "tổ", 12, 6, 6],
      [2, "Kinh phí hỗ trợ", "triệu đồng", null, null, null],
      [null, "- Đợt 1", "triệu đồng", 200, 100, 100],
      [null, "- Đợt 2", "triệu đồng", 400, 200, 200],
      [null, running, "triệu đồng", 600, 300, 300],
    ];
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["KP", 600_000_000]]);
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "2"], ["KP", "6"]]);
    expect(report.reading!.ignored.map((i) => [i.at, i.why])).toEqual([["4", "part of a total line"], ["5", "part of a total line"]]);
    expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
  },
);

test("a batch mistyped in a district (150 for 100) under `- Lũy kế` adding up the rest in the other districts: one finding, at the mistyped cell", () => {
  const plan = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ]);
  const rows: CellValue[][] = [
    ["TT", "Nội dung", "ĐVT", "Tổng số", "Huyện Ba Vì", "Huyện Thạch Thất", "Huyện Quốc Oai", "Huyện Sóc Sơn"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 12, 3, 3, 3, 3],
    [2, "Kinh phí hỗ trợ", "triệu đồng", null, null, null, null, null],
    [null, "- Đợt 1", "triệu đồng", 400, 150, 100, 100, 100],
    [null, "- Đợt 2", "triệu đồng", 800, 200, 200, 200, 200],
    [null, "- Lũy kế", "triệu đồng", 1200, 300, 300, 300, 300],
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "2"], ["KP", "6"]]);
  expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "E4"]]);
});
