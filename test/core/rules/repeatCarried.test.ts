/**
 * One cause, one finding: a commune written twice in its district, the
 * district's subtotal typed with the repeat counted, the grand total typed
 * without it (the plan's figure; the per-commune quota met on every row). The
 * grand total disagrees with its districts by exactly the repeat, and the
 * plan comparison is over by as much: both come right when the repeat goes
 * and the district's subtotal is typed again — one `duplicate` finding, naming
 * them and the subtotal to correct.
 */
import { checkWorkbook } from "../../../src/core/check";
import { sheet } from "../layout/sheetBuilder";
import { formulaSheet, transposeTyped, transposedAddress, type Typed } from "./formulaSheet";

const plan = (teams: number) =>
  sheet("Kế hoạch", [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Định mức"],
    ["1", "Thành lập mới tổ truyền thông cộng đồng", "tổ", teams, 1],
    ["2", "Kinh phí hỗ trợ", "triệu đồng", 270, null],
  ]);
const AREAS = sheet("Địa bàn", [["Huyện", "Xã"], ["Lang Chánh", "Yên Khương"], ["Lang Chánh", "Trí Nang"], ["Lang Chánh", "Giao An"], ["Bá Thước", "Lũng Niêm"], ["Bá Thước", "Cổ Lũng"], ["Bá Thước", "Thành Sơn"]]);

/** Giao An written twice under Lang Chánh; the typed subtotals of Lang Chánh and the grand total given. */
function allocation(langChanh: [Typed, Typed], grand: [Typed, Typed]): Typed[][] {
  return [
    ["TT", "Đơn vị", "Thành lập mới tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", ...grand],
    ["I", "Huyện Lang Chánh", ...langChanh],
    [1, "Xã Yên Khương", 1, 45],
    [2, "Xã Trí Nang", 1, 45],
    [3, "Xã Giao An", 1, 45],
    [4, "Xã Giao An", 1, 45],
    ["II", "Huyện Bá Thước", 3, 135],
    [1, "Xã Lũng Niêm", 1, 45],
    [2, "Xã Cổ Lũng", 1, 45],
    [3, "Xã Thành Sơn", 1, 45],
  ];
}

describe("a repeat the district's typed subtotal counts and the grand total leaves out is one finding", () => {
  test.each<[string, number, [Typed, Typed], [Typed, Typed], [string, string][]]>([
    ["district with it, grand total without (the plan's)", 6, [4, 180], [6, 270], [["duplicate", "B7"]]],
    ["district without it, grand total without", 6, [3, 135], [6, 270], [["duplicate", "B7"]]],
    ["district and grand total with it", 6, [4, 180], [7, 315], [["duplicate", "B7"]]],
    ["district with it, grand total a formula", 6, [4, 180], ["=C3+C8", "=D3+D8"], [["duplicate", "B7"]]],
  ])("%s", (_name, teams, langChanh, grand, expected) => {
    for (const across of [false, true]) {
      const rows = allocation(langChanh, grand);
      const data = formulaSheet("Phân bổ", across ? transposeTyped(rows) : rows);
      const { report } = checkWorkbook({ sheets: [data, plan(teams), AREAS] }, { workbookName: "x.xlsx" });
      const cells = expected.map(([rule, cell]) => [rule, across ? transposedAddress(cell) : cell]);
      const order = (a: (string | null)[], b: (string | null)[]) => ((a[1] ?? "") < (b[1] ?? "") ? -1 : (a[1] ?? "") > (b[1] ?? "") ? 1 : 0);
      expect(report.findings.map((f) => [f.rule, f.cell]).sort(order)).toEqual(cells.sort(order));
      // Where the district's subtotal counted the repeat and the grand total did not, the subtotal to type again is named.
      const repeat = report.findings.find((f) => f.rule === "duplicate");
      if (langChanh[0] === 4 && grand[0] === 6) expect(repeat?.message.vi).toContain(`Huyện Lang Chánh (${across ? transposedAddress("C3") : "C3"})`);
    }
  });
});
