/**
 * A number typed as text with a unit of its own (`96đ`, `96 đ`) in a column
 * of triệu đồng, the commune's row total and its district's subtotal typed
 * (or summed) with it as 96 triệu: one `text-number` finding at the cell
 * (not a `subtotal`), naming the totals that come right.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

const PLAN: CellValue[][] = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["KP", "Tổng kinh phí", "triệu đồng", 1196],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 596],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 600],
];
const HEADER = ["STT", "Đơn vị", "Tổng kinh phí (triệu đồng)", "Kinh phí truyền thông", "Kinh phí tập huấn"];

function findings(figure: CellValue, formulas: boolean) {
  const values: CellValue[][] = [
    HEADER,
    [null, "Tổng cộng", 1196, 596, 600],
    ["I", "Huyện Ba Vì", 846, 396, 450],
    [1, "Xã Ba Trại", 300, 150, 150],
    [2, "Xã Tản Lĩnh", 246, figure, 150],
    [3, "Xã Cam Thượng", 300, 150, 150],
    ["II", "Huyện Quốc Oai", 350, 200, 150],
    [1, "Xã Sài Sơn", 350, 200, 150],
  ];
  const sums: (string | null)[][] = formulas ? [[], [null, null, "C3+C7", "D3+D7", "E3+E7"], [null, null, "SUM(C4:C6)", "SUM(D4:D6)", "SUM(E4:E6)"], [], [], [], [null, null, "SUM(C8)", "SUM(D8)", "SUM(E8)"]] : [];
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: PLAN },
    { name: "Phân bổ", merges: [], values, formulas: sums },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
}

describe("a money figure typed as text with the đồng sign in a triệu column", () => {
  test.each<[string, CellValue, boolean]>([
    ["96đ, typed totals", "96đ", false],
    ["96 đ, typed totals", "96 đ", false],
    ["96đ, formula totals", "96đ", true],
  ])("%s: one text-number finding at the cell", (_name, figure, formulas) => {
    const told = findings(figure, formulas);
    expect(told.map((f) => `${f.rule} ${f.cell}`)).toEqual(["text-number D5"]);
    expect(told[0].severity).toBe("error");
    expect(told[0].message.en).toEqual(expect.stringContaining("is a number stored as text"));
    expect(told[0].message.en).toEqual(expect.stringContaining("only when it is 96 million VND"));
  });

  test("the figure typed as a number: nothing to tell", () => {
    expect(findings(96, false)).toEqual([]);
  });
});
