/**
 * Districts across the top with a header row numbering them (`I`, `II` over
 * bare district names, maybe `1`, `2` over their communes): that row is the
 * areas' STT, as an STT column is down the side — the Roman-numbered columns
 * are districts (evidence `stt`), read surely, with or without communes,
 * their figures blank (headings) or each over a single commune.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "KP", name: "Kinh phí", unit: "triệu đồng", target: 600 },
]);

/** Title, a two-row header (`STT`, `Chỉ tiêu`, `ĐVT`, `Tổng số` merged down both rows), the numbering over the names. */
function check(numbers: CellValue[], names: string[], teams: CellValue[], money: CellValue[]) {
  const last = String.fromCharCode(68 + names.length);
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Tổng số", ...numbers],
    [null, null, null, null, ...names],
    [1, "Tổ truyền thông cộng đồng", "tổ", 12, ...teams],
    [2, "Kinh phí", "triệu đồng", 600, ...money],
  ];
  const data = sheet("Phân bổ", rows, { merges: [`A1:${last}1`, "A3:A4", "B3:B4", "C3:C4", "D3:D4"] });
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

function tree(report: ReturnType<typeof check>) {
  const areas = report.reading!.areas;
  return areas.map((a) => [a.name, a.role, a.parent === null || a.parent === undefined ? null : areas[a.parent].name, a.how]);
}

describe("a header row of `I`, `II` over the districts across", () => {
  test("bare districts alone: districts by their STT, read surely", () => {
    const report = check(["I", "II", "III"], ["Trạm Tấu", "Mù Cang Chải", "Văn Chấn"], [4, 4, 4], [200, 200, 200]);
    expect(tree(report).slice(1).map((t) => t[3])).toEqual(["stt", "stt", "stt"]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings).toEqual([]);
  });

  test("districts' figures blank over their communes numbered `1`, `2`: headings by their STT, read surely", () => {
    const report = check(["I", 1, 2, "II", 1, 2], ["Trạm Tấu", "Bản Mù", "Xà Hồ", "Mù Cang Chải", "Chế Tạo", "Lao Chải"], [null, 3, 3, null, 3, 3], [null, 150, 150, null, 100, 200]);
    expect(tree(report)).toEqual([
      ["Tổng số", "total", null, "label"],
      ["Trạm Tấu", "heading", "Tổng số", "stt"],
      ["Bản Mù", "leaf", "Trạm Tấu", "stt"],
      ["Xà Hồ", "leaf", "Trạm Tấu", "stt"],
      ["Mù Cang Chải", "heading", "Tổng số", "stt"],
      ["Chế Tạo", "leaf", "Mù Cang Chải", "stt"],
      ["Lao Chải", "leaf", "Mù Cang Chải", "stt"],
    ]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings).toEqual([]);
  });

  test("each district over a single commune with its figures: the Roman-numbered one is the district, not told as taken by order", () => {
    const report = check(["I", 1, "II", 1], ["Trạm Tấu", "Bản Mù", "Mù Cang Chải", "Chế Tạo"], [6, 6, 6, 6], [300, 300, 300, 300]);
    expect(tree(report).filter((t) => t[1] === "group").map((t) => [t[0], t[3]])).toEqual([
      ["Trạm Tấu", "stt"],
      ["Mù Cang Chải", "stt"],
    ]);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings).toEqual([]);
  });

  test("a district's subtotal mistyped: one finding at its cell", () => {
    const report = check(["I", 1, 2, "II", 1, 2], ["Trạm Tấu", "Bản Mù", "Xà Hồ", "Mù Cang Chải", "Chế Tạo", "Lao Chải"], [6, 3, 3, 6, 3, 3], [310, 150, 150, 300, 100, 200]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "E6"]]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });
});
