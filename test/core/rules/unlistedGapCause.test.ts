/**
 * One cause, one finding for a commune's row deleted where the plan lists no
 * areas and no typed total records the row (SUM formulas that follow the
 * deletion, or none): every line under its plan by what one commune could
 * hold, a quota line short by exactly one quota, is one warning, at the
 * first line's total, naming each line's gap. No quota line, a gap another
 * commune could not hold, a line on its plan, or anything else told keeps
 * one ceiling per line.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/model/finding";
import { setCommunes, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, type StaffLayout, type StaffLine } from "./staffSheet";

function findings(sheets: ReturnType<typeof staffWorkbook>["sheets"]): readonly Finding[] {
  return checkWorkbook({ sheets: sheets.filter((s) => s.name !== "Địa bàn") }, { workbookName: "t.xlsx" }).report.findings;
}

/** Ba Vì's first commune (1 tổ, 3 địa chỉ, 85 %, 120 triệu) deleted. */
const DELETED = setCommunes(D, 0, D[0].communes.slice(1));
const following = staffLayouts().filter((l) => l.districtTotals !== "typed" && l.grandTotals === "formula");
const name = (l: StaffLayout) => `${l.orientation}, total ${l.grand}, districts ${l.districtTotals}, ${l.headerRows} header rows`;

test.each(following.map((l) => [name(l), l] as const))("a deleted commune, no area list, totals following the table: one warning (%s)", (_name, layout) => {
  const placed = staffWorkbook(STAFF_LINES, D, { actual: DELETED }, layout);
  const told = findings(placed.sheets);
  expect(told.map((f) => [f.rule, f.severity])).toEqual([["ceiling", "warning"]]);
  const at = (line: number) => (layout.grand === "none" ? "" : ` (${placed.grand(line)})`);
  expect(told[0].message.vi).toContain(`thiếu 1 tổ${at(0)}`);
  expect(told[0].message.vi).toContain(`thiếu 3 địa chỉ${at(1)}`);
  expect(told[0].message.vi).toContain(`thiếu 120 triệu đồng${at(3)}`);
  expect(told[0].message.en).toContain("may be missing");
});

const KEPT: readonly { what: string; lines: readonly StaffLine[]; ceilings: number }[] = [
  // 2 tổ short where the quota is one per commune: more than one commune.
  { what: "a quota line short by two communes' quota", lines: STAFF_LINES.map((l) => (l.code === "1" ? { ...l, target: 12 } : l)), ceilings: 3 },
  // 170 triệu short: more than any commune holds (140).
  { what: "a money line short by more than any commune holds", lines: STAFF_LINES.map((l) => (l.code === "4" ? { ...l, target: 1315 } : l)), ceilings: 3 },
  // No quota: lines each a little under their plan are as often shares still to allocate.
  { what: "no quota line", lines: STAFF_LINES.map((l) => (l.code === "1" ? { code: l.code, name: l.name, unit: l.unit, target: l.target } : l)), ceilings: 3 },
  // The addresses on their plan without the deleted commune's 3.
  { what: "a line on its plan", lines: STAFF_LINES.map((l) => (l.code === "2" ? { ...l, target: 22 } : l)), ceilings: 2 },
];
test.each(KEPT.flatMap((k) => following.map((l) => [k.what, name(l), k, l] as const)))("%s keeps one ceiling per line (%s)", (_what, _name, kept, layout) => {
  const placed = staffWorkbook(kept.lines, D, { actual: DELETED }, layout);
  expect(findings(placed.sheets).map((f) => [f.rule, f.severity])).toEqual(Array.from({ length: kept.ceilings }, () => ["ceiling", "warning"]));
});

test.each(following.map((l) => [name(l), l] as const))("with the plan's list of areas the deleted commune's coverage finding tells it (%s)", (_name, layout) => {
  const placed = staffWorkbook(STAFF_LINES, D, { actual: DELETED }, layout);
  const told = checkWorkbook({ sheets: placed.sheets }, { workbookName: "t.xlsx" }).report.findings;
  expect(told.map((f) => f.rule)).toEqual(["coverage"]);
});
