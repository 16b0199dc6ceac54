/**
 * One slip of the keyboard in a commune's figure (a digit left out or typed
 * twice, two neighbouring digits swapped) under a typed subtotal and grand
 * total that show the plan: told at the commune's cell when it is the only
 * commune of the district whose figure, corrected by the subtotal's gap,
 * reads as one slip of it — otherwise at the subtotal, as before.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkTotals, told, withFigure, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, type Layout } from "./totalsSheet";

const TYPED: Layout = { totals: "typed", districtRows: true };
const GRAND_ONLY: Layout = { totals: "typed", districtRows: false };
const FORMULA: Layout = { totals: "formula", districtRows: true };

// Ba Vì: Khánh Thượng (row 4: 2, 100), Minh Quang (row 5: 3, 120), Ba Trại (row 6: 1, 80); Mỹ Đức (row 7) over
// An Phú (row 8: 2, 90), Hùng Tiến (row 9: 2, 110), Phù Lưu (row 10: 2, 100). Money in column D.
describe("a commune's figure typed with one slip of the keyboard", () => {
  test.each<[string, number, number, CellValue, Layout, string[]]>([
    // 12 for 120: of Ba Vì's communes only Minh Quang reads as a slip once 108 is added.
    ["a digit left out (12 for 120)", 0, 1, 12, TYPED, ["subtotal D5"]],
    ["a digit typed twice (1100 for 110)", 1, 1, 1100, TYPED, ["subtotal D9"]],
    ["two digits swapped (102 for 120)", 0, 1, 102, TYPED, ["subtotal D5"]],
    // 18 for Ba Trại's 80 is no slip, and no other commune reads as one: at the subtotal.
    ["a figure no slip explains (18 for 80)", 0, 2, 18, TYPED, ["subtotal D3"]],
    ["a digit left out, the grand total right over the communes", 0, 1, 12, GRAND_ONLY, ["subtotal D4"]],
    // 10 for 100: Khánh Thượng (10 → 100) reads as a slip, but so does Minh Quang (120 → 210): no cell stands out.
    ["two communes read as a slip (10 for 100)", 0, 0, 10, TYPED, ["subtotal D3"]],
    // 200 for 100 (a digit typed for another): Minh Quang's 120 as 20 is a digit left out, but Khánh Thượng is a slip too.
    ["a digit typed for another beside a chance slip (200 for 100)", 0, 0, 200, TYPED, ["subtotal D3"]],
    // Formula totals follow the slip: only the plan shows it; 12 stands out below the line's 80–110, so the plan's gap is told there (`slipCeiling`).
    ["formula totals", 0, 1, 12, FORMULA, ["ceiling D5"]],
  ])("%s", (_name, d, c, value, layout, expected) => {
    const findings = checkTotals(SIX_COMMUNES_TWO_LINES_PLAN, SIX_COMMUNES_TWO_LINES, withFigure(SIX_COMMUNES_TWO_LINES, d, c, 1, value), layout, SIX_COMMUNES_TWO_LINES_HEADERS);
    expect(told(findings)).toEqual(expected);
  });

  test("the finding gives the figure meant and names the subtotal and the plan comparison", () => {
    const [finding] = checkTotals(SIX_COMMUNES_TWO_LINES_PLAN, SIX_COMMUNES_TWO_LINES, withFigure(SIX_COMMUNES_TWO_LINES, 0, 1, 1, 12), TYPED, SIX_COMMUNES_TWO_LINES_HEADERS);
    expect(finding).toMatchObject({ rule: "subtotal", severity: "error", cell: "D5", area: "Xã Minh Quang", indicator: "3" });
    expect(finding.message.en).toEqual(expect.stringContaining("corrected to 120 million VND"));
    expect(finding.message.en).toEqual(expect.stringContaining("Huyện Ba Vì (D3)"));
    expect(finding.message.en).toEqual(expect.stringContaining("against the plan (D2)"));
  });
});
