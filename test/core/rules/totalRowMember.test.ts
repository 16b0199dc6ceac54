/**
 * A district's typed totals off, on every line, by exactly one of its
 * communes' figures: the commune added twice, or left out, when the row was
 * summed by hand. One finding, at the row's first off cell, naming the
 * commune — in every layout whose district totals are typed.
 */
import { checkWorkbook } from "../../../src/core/check";
import { setCommunes, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, type StaffLayout } from "./staffSheet";

const typed = staffLayouts().filter((l) => l.districtTotals === "typed");
const name = (l: StaffLayout) => `${l.orientation}, total ${l.grand} (${l.grandTotals}), ${l.headerRows} header rows`;
const CASES = [
  { what: "added twice", typedFrom: setCommunes(D, 1, [...D[1].communes, D[1].communes[2]]), words: ["Xã Phù Lưu", "được cộng hai lần"] },
  { what: "left out", typedFrom: setCommunes(D, 1, D[1].communes.filter((_, c) => c !== 2)), words: ["Xã Phù Lưu", "bị bỏ sót khi cộng"] },
];

test.each(CASES.flatMap((c) => typed.map((l) => [c.what, name(l), c, l] as const)))("a commune %s in a district's typed totals: one finding naming it (%s)", (_what, _name, c, layout) => {
  const placed = staffWorkbook(STAFF_LINES, D, { actual: D, typedDistricts: c.typedFrom }, layout);
  const findings = checkWorkbook({ sheets: placed.sheets.filter((s) => s.name !== "Địa bàn") }, { workbookName: "t.xlsx" }).report.findings;
  expect(findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", placed.district(1, 0)]]);
  for (const word of c.words) expect(findings[0].message.vi).toContain(word);
});
