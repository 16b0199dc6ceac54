/**
 * A plan budget line with parts (`3 Kinh phí thực hiện` = `3.1 Ngân sách
 * trung ương` + `3.2 Ngân sách địa phương`), the sheet heading it by a row
 * without figures, listing the parts under it and closing them with `Cộng
 * kinh phí` (or `Tổng kinh phí`): the closing line is plan line 3, its cells
 * checked as its parts' sum — before, it was left out as a line the plan
 * lacks and plan line 3 was only its parts' sum, its typed total unread. A
 * bare `Cộng` (`Tổng cộng` as a column after the parts) names no line: taken
 * so only after every part of the plan line, at the least name score.
 * Clean sheets: no finding, sure, in both orientations; a mistyped cell of
 * the closing line: one finding at it.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 4 },
      { code: "2", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 4 },
      { code: "3", name: "Kinh phí thực hiện", unit: "triệu đồng", target: 100 },
      { code: "3.1", name: "Ngân sách trung ương", unit: "triệu đồng", target: 60 },
      { code: "3.2", name: "Ngân sách địa phương", unit: "triệu đồng", target: 40 },
    ],
    areas: [],
  },
  "plan.json",
);

interface Shape {
  readonly parts: readonly [string, string];
  readonly closing: string;
}

const SHAPES: readonly Shape[] = [
  { parts: ["- Ngân sách trung ương", "- Ngân sách địa phương"], closing: "Cộng kinh phí" },
  { parts: ["Ngân sách trung ương", "Ngân sách địa phương"], closing: "Tổng kinh phí" },
  { parts: ["- NSTW", "- NSĐP"], closing: "Cộng kinh phí" },
  { parts: ["- Ngân sách trung ương", "- Ngân sách địa phương"], closing: "Cộng" },
];

/** `slip`: Xã Ba Trại's closing figure (25 its parts' sum). */
function rows(shape: Shape, slip = 25): CellValue[][] {
  return [
    ["STT", "Nội dung", "ĐVT", "Tổng cộng", "Huyện Ba Vì", null, null, "Huyện Mỹ Đức", null, null],
    [null, null, null, null, "Cộng", "Xã Ba Trại", "Xã Tản Lĩnh", "Cộng", "Xã An Phú", "Xã Hợp Tiến"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 4, 2, 1, 1, 2, 1, 1],
    [2, "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 4, 2, 1, 1, 2, 1, 1],
    [3, "Kinh phí thực hiện", "triệu đồng", null, null, null, null, null, null, null],
    [null, shape.parts[0], "triệu đồng", 60, 30, 15, 15, 30, 15, 15],
    [null, shape.parts[1], "triệu đồng", 40, 20, 10, 10, 20, 10, 10],
    [null, shape.closing, "triệu đồng", 100, 50, slip, 25, 50, 25, 25],
  ];
}

function check(shape: Shape, transposed: boolean, slip?: number) {
  const table = rows(shape, slip);
  const data = transposed
    ? sheet("Phân bổ", [["BIỂU PHÂN BỔ NĂM 2025"], [], ...transposeSheet(sheet("x", table)).values.map((r) => r ?? [])])
    : sheet("Phân bổ", [["BIỂU PHÂN BỔ NĂM 2025"], ...table], { merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:J2"] });
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

describe.each(SHAPES)("$parts.0 / $closing", (shape) => {
  test.each([false, true])("transposed: %s — the closing line is plan line 3, no finding, sure", (transposed) => {
    const report = check(shape, transposed);
    const line = report.reading!.lines.find((l) => l.code === "3");
    expect(line?.header).toBe(shape.closing);
    expect(report.reading!.ignored.filter((i) => i.why === "no plan line")).toEqual([]);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.reading!.confidence.level).toBe("high");
  });

  test("its cell off its parts' sum: one finding, at that cell", () => {
    const report = check(shape, false, 26);
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@F9"]);
  });
});

test.each([false, true])("a bare Tổng cộng column after every part (transposed: %s): plan line 3 at the least name score, no finding", (transposed) => {
  const table: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Ngân sách trung ương (triệu đồng)", "Ngân sách địa phương (triệu đồng)", "Tổng cộng"],
    [null, "Tổng cộng", 4, 4, 60, 40, 100],
    ["I", "Huyện Ba Vì", 2, 2, 30, 20, 50],
    [1, "Xã Ba Trại", 1, 1, 15, 10, 25],
    [2, "Xã Tản Lĩnh", 1, 1, 15, 10, 25],
    ["II", "Huyện Mỹ Đức", 2, 2, 30, 20, 50],
    [1, "Xã An Phú", 1, 1, 15, 10, 25],
    [2, "Xã Hợp Tiến", 1, 1, 15, 10, 25],
  ];
  const data = transposed ? sheet("Phân bổ", [["BIỂU PHÂN BỔ NĂM 2025"], [], ...transposeSheet(sheet("x", table)).values.map((r) => r ?? [])]) : sheet("Phân bổ", [["BIỂU PHÂN BỔ NĂM 2025"], ...table]);
  const report = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  expect(report.reading!.lines.find((l) => l.code === "3")).toMatchObject({ header: "Tổng cộng", how: "name", score: 0.5 });
  expect(report.reading!.ignored).toEqual([]);
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(report.reading!.confidence.level).toBe("high");
});

test("a bare Cộng after two parts of three: no plan line taken (it may total those two alone)", () => {
  const plan = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "3", name: "Kinh phí thực hiện", unit: "triệu đồng", target: 120 },
        { code: "3.1", name: "Ngân sách trung ương", unit: "triệu đồng", target: 60 },
        { code: "3.2", name: "Ngân sách địa phương", unit: "triệu đồng", target: 40 },
        { code: "3.3", name: "Nguồn huy động khác", unit: "triệu đồng", target: 20 },
      ],
      areas: [],
    },
    "plan.json",
  );
  const table: CellValue[][] = [
    ["STT", "Đơn vị", "Ngân sách trung ương (triệu đồng)", "Ngân sách địa phương (triệu đồng)", "Cộng"],
    [null, "Tổng cộng", 60, 40, 100],
    ["I", "Huyện Ba Vì", 30, 20, 50],
    [1, "Xã Ba Trại", 15, 10, 25],
    [2, "Xã Tản Lĩnh", 15, 10, 25],
    ["II", "Huyện Mỹ Đức", 30, 20, 50],
    [1, "Xã An Phú", 15, 10, 25],
    [2, "Xã Hợp Tiến", 15, 10, 25],
  ];
  const report = checkWorkbook(workbook(sheet("Phân bổ", table)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
  expect(report.reading!.lines.map((l) => l.code)).toEqual(["3.1", "3.2"]);
});
