/**
 * A figure typed in a merged cell over several communes' cells of one line:
 * Excel keeps it in the merge's first cell, so the first commune holds it all
 * and the others nothing. The per-area checks it breaks at each of those
 * cells are one finding, at the merge's first cell, saying so.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellRange, CellValue, SheetData } from "../../../src/core/model/workbook";

type Row = CellValue[];

function check(unit: string, target: number, quota: number | null, values: CellValue[], merges: CellRange[], transpose = false) {
  const plan: Row[] = [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", ...(quota === null ? [] : ["Định mức"])],
    ["1", "Chỉ tiêu thử", unit, target, ...(quota === null ? [] : [quota])],
  ];
  const labels = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Vân Hòa", "Xã Cổ Đô"];
  let rows: Row[] = [["STT", "Đơn vị", "Chỉ tiêu thử"], ...labels.map((label, i) => [i + 1, label, values[i]])];
  if (transpose) rows = [1, 2].map((c) => rows.map((r) => r[c]));
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: plan },
    { name: "Phân bổ", merges, values: rows },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
}

const rowsMerge = (top: number, bottom: number): CellRange => ({ top, bottom, left: 2, right: 2 });

describe("a figure merged over several communes' cells", () => {
  test.each<[string, string, number, number | null, CellValue[], CellRange[], boolean, string[], string | null]>([
    ["a quota line, 2 over two communes", "tổ", 4, 1, [1, 2, null, 1], [rowsMerge(2, 3)], false, ["quota error C3"], "Ô C3:C4 được gộp (merge) qua 2 địa bàn (Xã Tản Lĩnh và Xã Vân Hòa)"],
    ["a quota line, 1 over two communes", "tổ", 3, 1, [1, 1, null, 1], [rowsMerge(2, 3)], false, ["quota error C3"], "Ô C3:C4 được gộp"],
    ["a percent line, 90 over three communes", "%", 80, null, [85, 90, null, null], [rowsMerge(2, 4)], false, ["percent error C3"], "Ô C3:C5 được gộp (merge) qua 3 địa bàn"],
    ["indicators as rows", "tổ", 4, 1, [1, 2, null, 1], [{ top: 1, bottom: 1, left: 2, right: 3 }], true, ["quota error C2"], "Ô C2:D2 được gộp (merge) qua 2 địa bàn"],
    // Sums only: the figure counts once, nothing to tell.
    ["a line without per-area checks", "tổ", 4, null, [1, 2, null, 1], [rowsMerge(2, 3)], false, [], null],
  ])("%s", (_name, unit, target, quota, values, merges, transpose, expected, text) => {
    const findings = check(unit, target, quota, values, merges, transpose).filter((f) => f.rule !== "ceiling");
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(expected);
    if (text !== null) expect(findings[0].message.vi).toContain(text);
  });
});

describe("a district's figure merged down over its communes' cells", () => {
  test.each<[string, number, string[], boolean]>([
    ["the grand total on the plan: one finding at the district, the ceiling named", 3000, ["subtotal error C3"], true],
    ["the plan off besides: the ceiling stays", 3500, ["ceiling warning C2", "subtotal error C3"], false],
  ])("%s", (_name, target, expected, named) => {
    const plan: Row[] = [
      ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
      ["KP", "Kinh phí thực hiện", "triệu đồng", target],
    ];
    const rows: Row[] = [
      ["STT", "Đơn vị", "Kinh phí thực hiện (triệu đồng)"],
      [null, "Tổng cộng", 3000],
      ["I", "Huyện Ba Vì", 1500],
      [1, "Xã Ba Trại", null],
      [2, "Xã Tản Lĩnh", null],
      ["II", "Huyện Thạch Thất", 1500],
      [1, "Xã Bình Yên", 1000],
      [2, "Xã Cần Kiệm", 500],
    ];
    const sheets: SheetData[] = [
      { name: "Kế hoạch", merges: [], values: plan },
      { name: "Phân bổ", merges: [{ top: 2, bottom: 4, left: 2, right: 2 }], values: rows },
    ];
    const findings = checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`).sort()).toEqual(expected);
    const district = findings.find((f) => f.cell === "C3")?.message.vi ?? "";
    expect(district).toContain("Ô C3:C5 được gộp (merge) từ ô cộng của Huyện Ba Vì xuống các địa bàn Xã Ba Trại và Xã Tản Lĩnh");
    expect(district.includes("tổng phân bổ của Kinh phí thực hiện so với kế hoạch (C2) cũng khớp")).toBe(named);
  });
});
