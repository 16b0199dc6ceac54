/**
 * A figure typed as text with one mark before three digits (`1,200`,
 * `1.200`) in a triệu đồng column, read the Vietnamese way (comma decimal,
 * dot thousands), under a typed district subtotal that says it was meant the
 * other way: one finding, at the text cell, naming the subtotal and the
 * ceiling that come right with the other reading.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

type Row = CellValue[];

function check(target: number, text: string, district: number, grand: number) {
  const plan: Row[] = [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["KP", "Kinh phí thực hiện", "triệu đồng", target],
  ];
  const rows: Row[] = [
    [null, "Tổng cộng", grand],
    ["I", "Huyện Ba Vì", 1500],
    [1, "Xã Ba Trại", 1000],
    [2, "Xã Tản Lĩnh", 500],
    ["II", "Huyện Thạch Thất", district],
    [1, "Xã Bình Yên", text],
    [2, "Xã Cần Kiệm", 300],
  ];
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: plan },
    { name: "Phân bổ", merges: [], values: [["STT", "Đơn vị", "Kinh phí thực hiện (triệu đồng)"], ...rows] },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
}

describe("a one-mark text figure the typed subtotal over it reads the other way", () => {
  test.each<[string, number, string, number, number, string[], string | null]>([
    ["`1,200` meant as 1 200 (subtotal and grand total on the plan)", 3000, "1,200", 1500, 3000, ["text-number error C7"], "ô này là 1.200 triệu đồng, và đọc như vậy thì ô cộng đó và tổng phân bổ của Kinh phí thực hiện so với kế hoạch (C2) cùng khớp"],
    ["`1.200` meant as 1,2", 1801.2, "1.200", 301.2, 1801.2, ["text-number error C7"], "ô này là 1,2 triệu đồng, và đọc như vậy thì ô cộng đó và tổng phân bổ"],
    // The plan off besides: the ceiling stays, the subtotal is still the text cell's.
    ["`1,200` meant as 1 200, the plan off besides", 3500, "1,200", 1500, 3000, ["ceiling warning C2", "text-number error C7"], "ô này là 1.200 triệu đồng, và đọc như vậy thì ô cộng đó khớp"],
    // The subtotal off by something else: nothing tells the reading; the findings stay as they are.
    ["the subtotal off by another amount", 3000, "1,200", 1400, 2900, ["ceiling warning C2", "subtotal error C6", "text-number warning C7"], null],
  ])("%s", (_name, target, text, district, grand, expected, told) => {
    const findings = check(target, text, district, grand);
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`).sort()).toEqual(expected);
    const cell = findings.find((f) => f.cell === "C7");
    if (told === null) expect(cell?.message.vi).not.toContain("nhưng theo");
    else {
      expect(cell?.message.vi).toContain(`theo Kinh phí thực hiện (triệu đồng) của Huyện Thạch Thất (C6) đó là`);
      expect(cell?.message.vi).toContain(told);
    }
  });
});

describe("a one-mark text figure right under the grand total", () => {
  test.each<[string, number, number, string[]]>([
    ["the typed grand total on the plan reads `1,200` as 1 200", 3000, 3000, ["text-number error C5"]],
    ["the grand total off by another amount: nothing tells the reading", 3000, 2900, ["ceiling warning C2", "subtotal error C2", "text-number warning C5"]],
  ])("%s", (_name, target, grand, expected) => {
    const plan: Row[] = [
      ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
      ["KP", "Kinh phí thực hiện", "triệu đồng", target],
    ];
    const rows: Row[] = [
      [null, "Tổng cộng", grand],
      [1, "Xã Ba Trại", 1000],
      [2, "Xã Tản Lĩnh", 500],
      [3, "Xã Bình Yên", "1,200"],
      [4, "Xã Cần Kiệm", 300],
    ];
    const sheets: SheetData[] = [
      { name: "Kế hoạch", merges: [], values: plan },
      { name: "Phân bổ", merges: [], values: [["STT", "Đơn vị", "Kinh phí thực hiện (triệu đồng)"], ...rows] },
    ];
    const findings = checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`).sort()).toEqual(expected);
  });
});

describe("two one-mark text figures that the typed subtotal over them reads the other way together", () => {
  test("each cell's finding tells the reading and names the other cell, the subtotal and the ceiling", () => {
    const plan: Row[] = [
      ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
      ["KP", "Kinh phí thực hiện", "triệu đồng", 4000],
    ];
    const rows: Row[] = [
      [null, "Tổng cộng", 4000],
      ["I", "Huyện Ba Vì", 1500],
      [1, "Xã Ba Trại", 1000],
      [2, "Xã Tản Lĩnh", 500],
      ["II", "Huyện Thạch Thất", 2500],
      [1, "Xã Bình Yên", "1,200"],
      [2, "Xã Cần Kiệm", "1,300"],
    ];
    const sheets: SheetData[] = [
      { name: "Kế hoạch", merges: [], values: plan },
      { name: "Phân bổ", merges: [], values: [["STT", "Đơn vị", "Kinh phí thực hiện (triệu đồng)"], ...rows] },
    ];
    const findings = checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(["text-number error C7", "text-number error C8"]);
    expect(findings[0].message.vi).toContain("ô này là 1.200 triệu đồng (cùng ô C8 đọc như vậy), và đọc như vậy thì ô cộng đó và tổng phân bổ");
    expect(findings[1].message.vi).toContain("ô này là 1.300 triệu đồng (cùng ô C7 đọc như vậy)");
  });
});
