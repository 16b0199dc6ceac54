/**
 * A commune named `Tăng` or `Giảm`, written bare among the communes of a
 * district: the reading puts it under that district, whether the district's
 * row holds figures or is a heading only, wherever it sits in the district's
 * list; and in a table of one line its one figure, among its district's
 * communes, makes it that commune — its quota checked at its cell — while an
 * increase written under the table stays an adjustment.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Report } from "../../../src/core/model/report";
import { setCommunes, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, type Placed, type StaffDistrict, type StaffLayout } from "../rules/staffSheet";

const LINES = STAFF_LINES.map((l) => (l.code === "1" ? { ...l, target: 12 } : l.code === "2" ? { ...l, target: 27 } : l.code === "4" ? { ...l, target: 1365 } : l));
const layoutName = (l: StaffLayout) => `${l.orientation}, total ${l.grand} (${l.grandTotals}), districts ${l.districtTotals}, ${l.headerRows} header rows`;

function report(placed: Placed, listed: boolean): Report {
  const sheets = listed ? placed.sheets : placed.sheets.filter((s) => s.name !== "Địa bàn");
  return checkWorkbook({ sheets }, { workbookName: "t.xlsx" }).report;
}

/** The name of the area the reading puts `name` under. */
function parentOf(told: Report, name: string): string | null {
  const areas = told.reading?.areas ?? [];
  const at = areas.findIndex((a) => a.name === name);
  expect(at).toBeGreaterThanOrEqual(0);
  const parent = areas[at].parent;
  return parent === null ? null : areas[parent].name;
}

/** District `d` with `name` put at `pos` among its communes, holding `values`. */
function withCommuneAt(districts: readonly StaffDistrict[], d: number, pos: number, name: string, values: readonly number[]): StaffDistrict[] {
  const communes = [...districts[d].communes];
  communes.splice(pos, 0, { name, label: name, values });
  return setCommunes(districts, d, communes);
}

const cases = ["Tăng", "Giảm"].flatMap((name) =>
  [0, 2, 4].flatMap((pos) => [true, false].flatMap((listed) => staffLayouts().map((layout): [string, number, boolean, string, StaffLayout] => [name, pos, listed, layoutName(layout), layout]))),
);

test.each(cases)("a commune named `%s` at %i in its district's list (the plan lists its areas: %s) sits under the district, nothing told (%s)", (name, pos, listed, _name, layout) => {
  const planned = withCommuneAt(D, 1, pos, name, [1, 2, 85, 100]);
  const placed = staffWorkbook(LINES, planned, { actual: planned }, layout);
  const told = report(placed, listed);
  expect(told.findings.map((f) => [f.rule, f.cell])).toEqual([]);
  expect(parentOf(told, name)).toBe(`Huyện ${D[1].name}`);
});

// One line (teams, a quota of one each): the commune `Tăng` allocated two is told at its cell, and nothing else.
const ONE_LINE = [{ ...STAFF_LINES[0], target: 12 }];
const oneLine = (districts: readonly StaffDistrict[]): StaffDistrict[] => districts.map((d) => ({ ...d, communes: d.communes.map((c) => ({ ...c, values: [c.values[0]] })) }));
const byRows = staffLayouts().filter((l) => l.orientation === "areas-as-rows");
const oneLineCases = ["Tăng", "Giảm"].flatMap((name) => [0, 4].flatMap((pos) => [true, false].flatMap((listed) => byRows.map((layout): [string, number, boolean, string, StaffLayout] => [name, pos, listed, layoutName(layout), layout]))));

test.each(oneLineCases)("a table of one line: the commune `%s` at %i (the plan lists its areas: %s) is an area, its quota checked (%s)", (name, pos, listed, _name, layout) => {
  const planned = withCommuneAt(oneLine(D), 1, pos, name, [1]);
  const clean = staffWorkbook(ONE_LINE, planned, { actual: planned }, layout);
  const cleanReport = report(clean, listed);
  expect(cleanReport.findings.map((f) => [f.rule, f.cell])).toEqual([]);
  expect(parentOf(cleanReport, name)).toBe(`Huyện ${D[1].name}`);
  const actual = withCommuneAt(oneLine(D), 1, pos, name, [2]);
  const placed = staffWorkbook(ONE_LINE, planned, { actual, typedDistricts: planned, typedGrand: planned }, layout);
  expect(report(placed, listed).findings.map((f) => [f.rule, f.cell])).toEqual([["quota", placed.cell(1, pos, 0)]]);
});

test.each(byRows.filter((l) => l.grand !== "none"))("a table of one line: an increase `Tăng` under the table stays an adjustment, told at its label (%o)", (layout) => {
  const placed = staffWorkbook(ONE_LINE.map((l) => ({ ...l, target: 11 })), oneLine(D), { actual: oneLine(D), leftover: { label: "Tăng", values: [1] } }, layout);
  expect(report(placed, false).findings.map((f) => [f.rule, f.cell])).toEqual([["ceiling", placed.leftoverLabel()]]);
});

/**
 * A table of one line with a bare `Tăng` numbered after the last commune of
 * its last district (its STT going on from theirs): a commune of that name,
 * or an increase written under them. The plan's list that names the
 * communes but not it, or a typed district total that adds up the communes
 * without it, says it is an increase — no quota of its own, no guess said;
 * without either (the district a heading, or a SUM over it), it stays a
 * commune and the reading says so (uncertain). An increase is told once, at
 * its label, as the plan's total it alone puts over — with the list or
 * without; a commune, at its quota cell.
 */
describe("a table of one line: a numbered `Tăng` after the last district's communes", () => {
  const withTang = (districts: readonly StaffDistrict[]): StaffDistrict[] => setCommunes(districts, 2, [...districts[2].communes, { name: "Tăng", label: "Tăng", values: [2] }]);
  const guessed = (told: Report) => (told.reading?.confidence.reasons ?? []).some((reason) => reason.en.includes('"Tăng"') && reason.en.includes("commune of that name"));
  const cases = byRows.flatMap((layout) => [true, false].map((listed): [string, boolean, StaffLayout] => [layoutName(layout), listed, layout]));
  test.each(cases)("%s, the plan lists its areas: %s", (_name, listed, layout) => {
    const placed = staffWorkbook(ONE_LINE.map((l) => ({ ...l, target: 11 })), oneLine(D), { actual: withTang(oneLine(D)), typedDistricts: oneLine(D), typedGrand: withTang(oneLine(D)) }, layout);
    const told = report(placed, listed);
    const tang = told.reading?.areas.find((a) => a.name === "Tăng");
    const quota = told.findings.filter((f) => f.rule === "quota").map((f) => f.cell);
    // Decided as an increase: by the list, or by its district's typed total; else a commune, said to be a guess.
    const increase = listed || layout.districtTotals === "typed";
    expect(tang?.parent).not.toBeNull();
    expect(quota).toEqual(increase ? [] : [placed.cell(2, 3, 0)]);
    expect(guessed(told)).toBe(!increase);
    // One cause, one finding: an increase told at its label (the list's `coverage` there folded in, the plan's total named in it);
    // a commune its quota at its cell, the plan's total beside it.
    const said = told.findings.map((f) => `${f.rule} ${f.cell}`).sort();
    expect(said).toEqual(increase ? [`ceiling ${placed.label(2, 3)}`] : [`ceiling ${placed.grand(0)}`, `quota ${placed.cell(2, 3, 0)}`].sort());
    if (increase) expect(told.findings[0].message.en).toContain(`against the plan (${placed.grand(0)})`);
  });
});
