/**
 * An old copy of a commune's row (areas across: its column) hidden beside the
 * new one, its figures still counted by formula totals: one cause — the plan
 * lines over by exactly its figures, the `duplicate` of the name and the
 * `hidden` note are one error, the `duplicate` at the hidden row's label.
 */
import { checkTotals, told, SIX_COMMUNES_TWO_LINES, SIX_COMMUNES_TWO_LINES_HEADERS, SIX_COMMUNES_TWO_LINES_PLAN, type District, type Layout } from "./totalsSheet";

const FORMULA: Layout = { totals: "formula", districtRows: true };

/** Ba Vì's communes (rows 4–6) with an old `Ba Trại` (1, 50) put in at `at` (0: before them all, 3: after Ba Trại). */
function withOldCopy(at: number): District[] {
  return SIX_COMMUNES_TWO_LINES.map((district, i) => {
    if (i !== 0) return district;
    const communes = [...district.communes];
    communes.splice(at, 0, { name: "Ba Trại", values: [1, 50] });
    return { ...district, communes };
  });
}

describe("an old copy of a commune's row hidden, its figures still counted", () => {
  test.each<[string, number, number[], string[]]>([
    // Hidden second: told as the repeat at its label, the hidden note said in it.
    ["the old copy after the new, hidden", 3, [7], ["duplicate B7"]],
    // Hidden first (the repeat told at the shown one): moved to the hidden label.
    ["the old copy first, hidden", 0, [4], ["duplicate B4"]],
    // Shown: the repeat is told as a repeat, at its second label.
    ["the old copy after the new, shown", 3, [], ["duplicate B7"]],
  ])("%s", (_name, at, hidden, expected) => {
    const findings = checkTotals(SIX_COMMUNES_TWO_LINES_PLAN, SIX_COMMUNES_TWO_LINES, withOldCopy(at), FORMULA, SIX_COMMUNES_TWO_LINES_HEADERS, { hiddenRows: hidden });
    expect(told(findings)).toEqual(expected);
  });

  test("the finding names the hidden row as a copy of the shown one", () => {
    const [finding] = checkTotals(SIX_COMMUNES_TWO_LINES_PLAN, SIX_COMMUNES_TWO_LINES, withOldCopy(0), FORMULA, SIX_COMMUNES_TWO_LINES_HEADERS, { hiddenRows: [4] });
    expect(finding).toMatchObject({ rule: "duplicate", severity: "error", cell: "B4" });
    expect(finding.message.vi).toEqual(expect.stringContaining("(ô B4 và B7)"));
    expect(finding.message.en).toEqual(expect.stringContaining("is hidden, yet its figures count in the totals"));
    expect(finding.message.en).toEqual(expect.stringContaining("(D2)"));
  });
});
