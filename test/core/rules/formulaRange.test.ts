/**
 * A subtotal written as a SUM whose range leaves out one of its parts (a
 * commune below the range, a district row missed in the grand total): told
 * once, at the formula cell, naming the cell left out and what the total
 * shows against what its parts add up to.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { TEAMS_AND_ADDRESSES_PLAN as PLAN } from "./fixtures";
import { sheet, workbook } from "../layout/sheetBuilder";

/** Rows as shown (formula cells hold their saved figure); `formulas` by A1 cell. */
function check(total: CellValue[], district: CellValue[], second: CellValue[], formulas: Record<string, string>) {
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ"],
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"],
    [null, "Tổng cộng", ...total],
    ["I", "Huyện Ba Vì", ...district],
    [1, "Xã Khánh Thượng", 3, 2],
    [2, "Xã Minh Quang", 3, 2],
    [3, "Xã Ba Trại", 3, 2],
    ["II", "Huyện Mỹ Đức", ...second],
    [1, "Xã An Phú", 2, 2],
    [2, "Xã Hùng Tiến", 3, 2],
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows, { formulas })), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  return report.findings;
}
const told = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.rule} ${f.cell ?? f.area ?? ""}`).sort();

const RIGHT = { C3: "C4+C8", D3: "D4+D8", C4: "SUM(C5:C7)", D4: "SUM(D5:D7)", C8: "SUM(C9:C10)", D8: "SUM(D9:D10)" };

describe("a SUM whose range leaves out a part", () => {
  test.each<[string, CellValue[], CellValue[], CellValue[], Record<string, string>, string[], string]>([
    ["a district's SUM stops one commune short, the grand total follows it", [11, 10], [6, 6], [5, 4], { ...RIGHT, C4: "SUM(C5:C6)" }, ["subtotal C4"], "C7 (Xã Ba Trại)"],
    ["a district's SUM stops short, the grand total typed with the plan", [14, 10], [6, 6], [5, 4], { ...RIGHT, C3: "", C4: "SUM(C5:C6)" }, ["subtotal C4"], "C7 (Xã Ba Trại)"],
    ["a district's sum written with + stops one commune short", [11, 10], [6, 6], [5, 4], { ...RIGHT, C4: "C5+C6" }, ["subtotal C4"], "C7 (Xã Ba Trại)"],
    ["a grand total over the communes leaving out a whole district's", [9, 10], [9, 6], [5, 4], { ...RIGHT, C3: "SUM(C5:C7)" }, ["subtotal C3"], "C8 (Huyện Mỹ Đức)"],
    ["absolute references", [11, 10], [6, 6], [5, 4], { ...RIGHT, C4: "SUM($C$5:$C$6)" }, ["subtotal C4"], "C7 (Xã Ba Trại)"],
    ["a grand total's SUM lists the districts but misses one", [9, 10], [9, 6], [5, 4], { ...RIGHT, C3: "SUM(C4)" }, ["subtotal C3"], "C8 (Huyện Mỹ Đức)"],
  ])("%s", (_name, total, district, second, formulas, expected, named) => {
    const cleaned = Object.fromEntries(Object.entries(formulas).filter(([, f]) => f !== ""));
    const findings = check(total, district, second, cleaned);
    expect(told(findings)).toEqual(expected);
    const finding = findings.find((f) => f.rule === "subtotal")!;
    expect(finding.message.vi).toEqual(expect.stringContaining(named));
    expect(finding.message.en).toEqual(expect.stringContaining(named));
  });

  test("a right SUM over all parts: nothing told", () => {
    expect(told(check([14, 10], [9, 6], [5, 4], RIGHT))).toEqual([]);
  });
});

describe("the same short formula copied along a subtotal's row: one cause, one finding", () => {
  test.each<[string, CellValue[], CellValue[], CellValue[], Record<string, string>, string[], string[]]>([
    ["a district's SUMs all stop one commune short", [11, 8], [6, 4], [5, 4], { ...RIGHT, C4: "SUM(C5:C6)", D4: "SUM(D5:D6)" }, ["subtotal C4"], ["dòng 7 (Xã Ba Trại)", "C4 (=SUM(C5:C6)", "D4 (=SUM(D5:D6)"]],
    ["the grand total's sums all leave out a district", [9, 6], [9, 6], [5, 4], { ...RIGHT, C3: "C4", D3: "D4" }, ["subtotal C3"], ["dòng 8 (Huyện Mỹ Đức)", "C3 (=C4", "D3 (=D4"]],
    ["two formulas of the row leaving out different communes: each its own slip", [11, 8], [6, 4], [5, 4], { ...RIGHT, C4: "SUM(C5:C6)", D4: "SUM(D6:D7)" }, ["subtotal C4", "subtotal D4"], []],
    ["one formula of the row short, the other right", [11, 10], [6, 6], [5, 4], { ...RIGHT, C4: "SUM(C5:C6)" }, ["subtotal C4"], []],
  ])("%s", (_name, total, district, second, formulas, expected, named) => {
    const findings = check(total, district, second, formulas);
    expect(told(findings)).toEqual(expected);
    for (const text of named) expect(findings[0].message.vi).toEqual(expect.stringContaining(text));
  });
});

describe("a SUM over all its parts whose saved value was not recalculated", () => {
  test.each<[string, CellValue[], CellValue[], Record<string, string>, string[], string | null]>([
    ["the district's SUM reads every commune but shows an old figure", [13, 10], [8, 6], RIGHT, ["subtotal C4"], "=SUM(C5:C7) ở ô cộng của Huyện Ba Vì cộng đủ các ô thành phần, nhưng giá trị đã lưu của nó (8 tổ) chưa được tính lại"],
    ["a typed district figure: no formula to recalculate", [13, 10], [8, 6], { ...RIGHT, C4: "" }, ["subtotal C4"], null],
  ])("%s", (_name, total, district, formulas, expected, stale) => {
    const cleaned = Object.fromEntries(Object.entries(formulas).filter(([, f]) => f !== ""));
    const findings = check(total, district, [5, 4], cleaned);
    expect(told(findings)).toEqual(expected);
    if (stale !== null) expect(findings[0].message.vi).toContain(stale);
    else expect(findings[0].message.vi).not.toContain("tính lại");
  });
});

describe("typed subtotals each short by the same commune's figures: one row left out when adding up", () => {
  const TYPED = { C3: "C4+C8", D3: "D4+D8", C8: "SUM(C9:C10)", D8: "SUM(D9:D10)" };
  test.each<[string, CellValue[], CellValue[], string[], string | null]>([
    ["both lines short by Xã Ba Trại's figures", [11, 8], [6, 4], ["subtotal C4"], "đều lệch đúng bằng số của dòng 5 (Xã Khánh Thượng), dòng 6 (Xã Minh Quang) hoặc dòng 7 (Xã Ba Trại) — có lẽ một trong số đó bị bỏ sót"],
    ["one line short by it, the other by another figure: two slips", [11, 9], [6, 5], ["subtotal C4", "subtotal D4"], null],
  ])("%s", (_name, total, district, expected, named) => {
    const findings = check(total, district, [5, 4], TYPED);
    expect(told(findings)).toEqual(expected);
    if (named !== null) expect(findings[0].message.vi).toContain(named);
  });
});

describe("a grand total's SUM over the districts' rows and their communes' (counting them twice)", () => {
  const doubled = { ...RIGHT, C3: "SUM(C4:C10)", D3: "SUM(D4:D10)" };
  test("copied across the row: one finding, at its first cell, saying what is counted twice — never that it was not recalculated", () => {
    const findings = check([28, 20], [9, 6], [5, 4], doubled);
    expect(told(findings)).toEqual(["subtotal C3"]);
    const [finding] = findings;
    expect(finding.message.vi).toContain("Huyện Ba Vì (C4) và Huyện Mỹ Đức (C8)) lẫn các địa bàn thuộc chúng, nên tính hai lần");
    expect(finding.message.vi).toContain("D3 (=SUM(D4:D10) ghi 20 địa chỉ)");
    expect(finding.message.vi).not.toContain("chưa được tính lại");
    expect(finding.message.en).toContain("counting them twice");
  });

  test("in one column: told at its cell, naming the subtotals read twice", () => {
    const findings = check([28, 10], [9, 6], [5, 4], { ...RIGHT, C3: "SUM(C4:C10)" });
    expect(told(findings)).toEqual(["subtotal C3"]);
    expect(findings[0].message.vi).toContain("Công thức =SUM(C4:C10) ở ô cộng của Tổng cộng cộng cả ô cộng của Huyện Ba Vì (C4) và ô cộng của Huyện Mỹ Đức (C8) lẫn các địa bàn thuộc chúng");
  });
});

describe("a district's SUM one row too long, reading the next district's row and commune", () => {
  test("told at its cell, naming the cells outside it — never that it was not recalculated", () => {
    // Ba Vì's =SUM(C5:C9) reads its three communes (9), Huyện Mỹ Đức's row (5) and Xã An Phú (2): 16.
    const findings = check([21, 10], [16, 6], [5, 4], { ...RIGHT, C4: "SUM(C5:C9)" });
    expect(told(findings)).toEqual(["subtotal C4"]);
    expect(findings[0].message.vi).toContain("Công thức =SUM(C5:C9) ở ô cộng của Huyện Ba Vì cộng cả C8 (Huyện Mỹ Đức) và C9 (Xã An Phú), không thuộc Huyện Ba Vì");
    expect(findings[0].message.vi).not.toContain("chưa được tính lại");
  });
});

describe("a SUM naming a part twice", () => {
  // Ba Vì's communes 3, 3, 3 (Minh Quang at C6): a formula counting C6 twice shows 12; the grand total follows it.
  test.each<[string, CellValue[], CellValue[], Record<string, string>, string]>([
    ["a commune added again after the range", [17, 10], [12, 6], { ...RIGHT, C4: "SUM(C5:C7)+C6" }, "C6 (Xã Minh Quang)"],
    ["two ranges that overlap", [17, 10], [12, 6], { ...RIGHT, C4: "SUM(C5:C6,C6:C7)" }, "C6 (Xã Minh Quang)"],
    ["a district's cell added twice in the grand total", [19, 10], [9, 6], { ...RIGHT, C3: "C4+C8+C8" }, "C8 (Huyện Mỹ Đức)"],
  ])("%s: one finding at the formula, naming the cell read twice", (_name, total, district, formulas, named) => {
    const findings = check(total, district, [5, 4], formulas);
    const at = Object.keys(formulas).find((cell) => formulas[cell] !== RIGHT[cell as keyof typeof RIGHT]) as string;
    expect(told(findings)).toEqual([`subtotal ${at}`]);
    expect(findings[0].message.vi).toContain(`${named} hai lần`);
    expect(findings[0].message.en).toContain(`${named} twice`);
    expect(findings[0].message.vi).not.toContain("chưa được tính lại");
  });
});
