/**
 * A plan commune whose row was deleted while the typed totals still count
 * it: one `coverage` finding naming the totals that show the missing figures
 * (and the plan comparisons they alone put under, the grand total showing the
 * plan). A single typed figure off is a wrong subtotal, not a missing row;
 * formula totals that follow the deletion leave the ceilings under, named in
 * the coverage finding when nothing else is off (`deletedCause`).
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { TEAMS_AND_ADDRESSES_PLAN as PLAN } from "./fixtures";
import { sheet, workbook } from "../layout/sheetBuilder";

/** Xã Ba Trại (3 tổ, 2 địa chỉ) deleted from Huyện Ba Vì; `district` and `total` as typed, `formulas` by A1 cell. */
function check(district: CellValue[], total: CellValue[], formulas: Record<string, string> | undefined) {
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ"],
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"],
    [null, "Tổng cộng", ...total],
    ["I", "Huyện Ba Vì", ...district],
    [1, "Xã Khánh Thượng", 3, 2],
    [2, "Xã Minh Quang", 3, 2],
    ["II", "Huyện Mỹ Đức", 5, 4],
    [1, "Xã An Phú", 2, 2],
    [2, "Xã Hùng Tiến", 3, 2],
  ];
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows, formulas ? { formulas } : {})), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  return report.findings;
}
const told = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.rule} ${f.cell ?? f.area ?? ""}`).sort();

describe("a plan commune's row deleted", () => {
  test.each<[string, CellValue[], CellValue[], Record<string, string> | undefined, string[]]>([
    ["typed subtotals and grand total still count it: one finding", [9, 6], [14, 10], undefined, ["coverage Ba Trại"]],
    ["formula subtotals follow, the typed grand total counts it", [6, 4], [14, 10], { C4: "SUM(C5:C6)", D4: "SUM(D5:D6)" }, ["coverage Ba Trại"]],
    // Nothing shows what was allocated, but the lines are under by what one commune holds and nothing else is off: named in it.
    ["every total a formula: the under-plan ceilings named in the one finding", [6, 4], [11, 8], { C3: "C4+C7", D3: "D4+D7", C4: "SUM(C5:C6)", D4: "SUM(D5:D6)" }, ["coverage Ba Trại"]],
    // A file saved by a script after the row went: the SUM's saved figure still counts it, the typed grand total too.
    ["a formula subtotal whose saved figure still counts it", [9, 6], [14, 10], { C4: "SUM(C5:C6)" }, ["coverage Ba Trại"]],
    // The district's subtotal off by the missing figure: the gap may be the subtotal's or the missing row's, both stay.
    ["one typed figure off: a wrong subtotal beside the missing commune", [9, 4], [14, 8], undefined, ["ceiling C3", "ceiling D3", "coverage Ba Trại", "subtotal C4"]],
  ])("%s", (_name, district, total, formulas, expected) => {
    const findings = check(district, total, formulas);
    expect(told(findings)).toEqual(expected);
  });

  test("the coverage finding names the totals and the missing figures", () => {
    const [finding] = check([9, 6], [14, 10], undefined);
    expect(finding.message.vi).toEqual(expect.stringContaining("(C4 và D4)"));
    expect(finding.message.vi).toEqual(expect.stringContaining("3 tổ và 2 địa chỉ"));
    expect(finding.message.en).toEqual(expect.stringContaining("was probably deleted from the table"));
    expect(finding.message.en).toEqual(expect.stringContaining("the allocated total of Tổ truyền thông cộng đồng against the plan (C3)"));
  });
});

describe("a plan commune's row deleted from a table without district rows", () => {
  /** The communes listed under the grand total alone; Xã Ba Trại (3 tổ, 2 địa chỉ) deleted; `total` as typed. */
  function checkFlat(total: CellValue[], formulas?: Record<string, string>) {
    const rows: CellValue[][] = [
      ["BIỂU PHÂN BỔ"],
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"],
      [null, "Tổng cộng", ...total],
      [1, "Xã Khánh Thượng", 3, 2],
      [2, "Xã Minh Quang", 3, 2],
      [3, "Xã An Phú", 2, 2],
      [4, "Xã Hùng Tiến", 3, 2],
    ];
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows, formulas ? { formulas } : {})), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    return report.findings;
  }

  test.each<[string, CellValue[], Record<string, string> | undefined, string[]]>([
    ["the typed grand total still counts it: one finding", [14, 10], undefined, ["coverage Ba Trại"]],
    ["the total over its rows on one line only: a wrong total beside the missing commune", [14, 8], undefined, ["ceiling C3", "ceiling D3", "coverage Ba Trại", "subtotal C3"]],
  ])("%s", (_name, total, formulas, expected) => {
    expect(told(checkFlat(total, formulas))).toEqual(expected);
  });

  test("the coverage finding names the grand total's cells and the table", () => {
    const [finding] = checkFlat([14, 10]);
    expect(finding.message.vi).toEqual(expect.stringContaining("Các ô cộng gõ tay (C3 và D3) lớn hơn các dòng của bảng cộng lại đúng bằng số liệu còn thiếu (3 tổ và 2 địa chỉ)"));
    expect(finding.message.vi).toEqual(expect.stringContaining("thêm lại vào bảng (dưới Tổng cộng, C3)"));
  });
});
