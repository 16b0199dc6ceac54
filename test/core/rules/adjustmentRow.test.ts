/**
 * An adjustment written as a row among the areas (`Điều chỉnh giảm`,
 * `Điều chỉnh tăng`, `Giảm`: a decrease, its figures negative, its other
 * cells blank), under the table or among a district's communes: a row that
 * is no place, like `Dự phòng`. One finding, at its label, saying its
 * negative figures are no area's allocation — `coverage` where the plan lists
 * its areas, `invalid-value` where it lists none — and no quota, rate,
 * negative-cell or total finding besides, in every layout the staff make.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/model/finding";
import { isAdjustmentLabel } from "../../../src/core/text/ownShare";
import { setCommunes, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, type Placed, type StaffLayout, type StaffSheet } from "./staffSheet";

const LABELS = ["Điều chỉnh giảm", "Điều chỉnh tăng", "Giảm", "2. Giảm trừ"];
const WHERE: Record<string, { sheet: (label: string) => StaffSheet; label: (p: Placed) => string; cell: (p: Placed) => string }> = {
  "under the table": {
    sheet: (label) => ({ actual: D, leftover: { label, values: [null, null, null, -20] } }),
    label: (p) => p.leftoverLabel(),
    cell: (p) => p.leftoverCell(3),
  },
  "among a district's communes": {
    sheet: (label) => ({
      actual: setCommunes(D, 1, [...D[1].communes, { name: "", label, values: [null, null, null, -20] }]),
      typedDistricts: setCommunes(D, 1, [...D[1].communes, { name: "", values: [0, 0, 0, 0] }]),
    }),
    label: (p) => p.label(1, 4),
    cell: (p) => p.cell(1, 4, 3),
  },
};

function findings(placed: Placed, listed: boolean): readonly Finding[] {
  const sheets = listed ? placed.sheets : placed.sheets.filter((s) => s.name !== "Địa bàn");
  return checkWorkbook({ sheets }, { workbookName: "t.xlsx" }).report.findings;
}

const cases = LABELS.flatMap((label) =>
  Object.keys(WHERE).flatMap((where) =>
    [true, false].flatMap((listed) =>
      staffLayouts().map((layout): [string, string, boolean, string, StaffLayout] => [label, where, listed, `${layout.orientation}, total ${layout.grand} (${layout.grandTotals}), districts ${layout.districtTotals}, ${layout.headerRows} header rows`, layout]),
    ),
  ),
);

test.each(cases)("`%s` %s (the plan lists its areas: %s), %s: one finding at its label", (label, where, listed, _name, layout) => {
  const placed = staffWorkbook(STAFF_LINES, D, WHERE[where].sheet(label), layout);
  const told = findings(placed, listed);
  expect(told.map((f) => [f.rule, f.cell])).toEqual([[listed ? "coverage" : "invalid-value", WHERE[where].label(placed)]]);
  expect(told[0].message.vi).toContain(`-20 triệu đồng (${WHERE[where].cell(placed)})`);
  expect(told[0].message.vi).toContain("điều chỉnh giảm không phải là");
});

test.each<[string, boolean]>([
  ["Điều chỉnh giảm", true],
  ["III. Điều chỉnh tăng", true],
  ["Giảm", true],
  ["Giảm trừ", true],
  ["Xã Tăng Tiến", false],
  ["Giảm nghèo bền vững", false],
  ["Tăng cường năng lực", false],
])("`%s` is an adjustment: %s", (label, expected) => {
  expect(isAdjustmentLabel(label)).toBe(expected);
});

test("without an area list, the totals the row alone puts off are named in its finding", () => {
  const layout = staffLayouts().find((l) => l.orientation === "areas-as-rows" && l.grand === "bottom" && l.grandTotals === "typed" && l.districtTotals === "typed" && l.headerRows === 2) as StaffLayout;
  const placed = staffWorkbook(STAFF_LINES, D, WHERE["under the table"].sheet("Điều chỉnh giảm"), layout);
  const [finding] = findings(placed, false);
  expect(finding.message.vi).toContain(`ô cộng của Tổng cộng (${placed.grand(3)})`);
  expect(finding.message.vi).toContain(`so với kế hoạch (${placed.grand(3)})`);
});

test("a commune with a negative figure, no adjustment, keeps its own findings", () => {
  const layout = staffLayouts()[0];
  const placed = staffWorkbook(STAFF_LINES, D, { actual: setCommunes(D, 1, [...D[1].communes.slice(0, 3), { name: "Hợp Thanh", values: [1, 2, 91, -100] }]) }, layout);
  expect(findings(placed, false).some((f) => f.rule === "invalid-value" && f.cell === placed.cell(1, 3, 3))).toBe(true);
});

/** An increase (`Điều chỉnh tăng`, `Tăng`, +20 triệu) written as a row, the plan (1 265 triệu) not counting it. */
const UP: Record<string, { sheet: (label: string) => StaffSheet; label: (p: Placed) => string; cell: (p: Placed) => string }> = {
  "under the table": {
    sheet: (label) => ({ actual: D, leftover: { label, values: [null, null, null, 20] } }),
    label: (p) => p.leftoverLabel(),
    cell: (p) => p.leftoverCell(3),
  },
  "among a district's communes": {
    sheet: (label) => ({
      actual: setCommunes(D, 1, [...D[1].communes, { name: "", label, values: [null, null, null, 20] }]),
      typedDistricts: setCommunes(D, 1, [...D[1].communes, { name: "", values: [0, 0, 0, 0] }]),
    }),
    label: (p) => p.label(1, 4),
    cell: (p) => p.cell(1, 4, 3),
  },
};

const upCases = ["Điều chỉnh tăng", "Tăng"].flatMap((label) =>
  Object.keys(UP).flatMap((where) =>
    [true, false].flatMap((listed) =>
      staffLayouts().map((layout): [string, string, boolean, string, StaffLayout] => [label, where, listed, `${layout.orientation}, total ${layout.grand} (${layout.grandTotals}), districts ${layout.districtTotals}, ${layout.headerRows} header rows`, layout]),
    ),
  ),
);

test.each(upCases)("an increase `%s` %s (the plan lists its areas: %s), %s: one finding at its label, the totals and plan it alone puts off named in it", (label, where, listed, _name, layout) => {
  const placed = staffWorkbook(STAFF_LINES, D, UP[where].sheet(label), layout);
  const told = findings(placed, listed);
  // With an area list or without, the same finding: the list's `coverage` at the label tells the same row.
  expect(told.map((f) => [f.rule, f.cell])).toEqual([["ceiling", UP[where].label(placed)]]);
  expect(told[0].severity).toBe("error");
  expect(told[0].message.vi).toContain(`20 triệu đồng (${UP[where].cell(placed)})`);
  expect(told[0].message.vi).toContain("điều chỉnh tăng không phải là");
  expect(told[0].message.en).toContain("against the plan");
});

// The plan counts the row (its target 1 285 triệu): the row is no mistake; the grand total's formula (or typed figure) leaving it out is.
test.each(staffLayouts().filter((l) => l.grand !== "none"))("an increase row under the table the plan counts: told at the grand total that leaves it out, not at the row (%o)", (layout) => {
  const lines = STAFF_LINES.map((l) => (l.code === "4" ? { ...l, target: 1285 } : l));
  const placed = staffWorkbook(lines, D, UP["under the table"].sheet("Điều chỉnh tăng"), layout);
  expect(findings(placed, false).map((f) => [f.rule, f.cell])).toEqual([["subtotal", placed.grand(3)]]);
});

test.each(staffLayouts().filter((l) => l.grandTotals === "formula" && l.districtTotals !== "typed"))("an increase row among a district's communes the plan counts, totals following the table: nothing told (%o)", (layout) => {
  const lines = STAFF_LINES.map((l) => (l.code === "4" ? { ...l, target: 1285 } : l));
  const placed = staffWorkbook(lines, D, UP["among a district's communes"].sheet("Tăng"), layout);
  expect(findings(placed, false).map((f) => [f.rule, f.cell])).toEqual([]);
});

test("an increase row with a total off by another figure besides keeps that total's finding", () => {
  const layout = staffLayouts().find((l) => l.orientation === "areas-as-rows" && l.grand === "bottom" && l.grandTotals === "formula" && l.districtTotals === "formula" && l.headerRows === 1) as StaffLayout;
  const placed = staffWorkbook(STAFF_LINES, D, { actual: setCommunes(D, 0, [...D[0].communes.slice(0, 3), { name: "Tản Lĩnh", values: [1, 3, 88, 135] }]), leftover: { label: "Tăng", values: [null, null, null, 20] } }, layout);
  expect(findings(placed, false).some((f) => f.rule === "ceiling" && f.cell === placed.grand(3))).toBe(true);
});

// A commune named `Tăng` (or `Giảm`), written bare, that the plan's list names: an area like its siblings, its rate checked —
// 70 % against the plan's 80 % told at its cell, and nothing else.
const withCommune = (name: string, rate: number) => setCommunes(D, 1, [...D[1].communes, { name, label: name, values: [1, 2, rate, 100] }]);
const LINES_WITH_ONE_MORE = STAFF_LINES.map((l) => (l.code === "1" ? { ...l, target: 12 } : l.code === "2" ? { ...l, target: 27 } : l.code === "4" ? { ...l, target: 1365 } : l));
test.each(["Tăng", "Giảm"].flatMap((name) => staffLayouts().map((layout): [string, string, StaffLayout] => [name, `${layout.orientation}, total ${layout.grand} (${layout.grandTotals}), districts ${layout.districtTotals}, ${layout.headerRows} header rows`, layout])))(
  "a commune named `%s` in the plan's list stays an area (%s)",
  (name, _layoutName, layout) => {
    const planned = withCommune(name, 85);
    const clean = staffWorkbook(LINES_WITH_ONE_MORE, planned, { actual: planned }, layout);
    expect(findings(clean, true).map((f) => [f.rule, f.cell])).toEqual([]);
    const placed = staffWorkbook(LINES_WITH_ONE_MORE, planned, { actual: withCommune(name, 70), typedDistricts: planned, typedGrand: planned }, layout);
    expect(findings(placed, true).map((f) => [f.rule, f.cell])).toEqual([["percent", placed.cell(1, 4, 2)]]);
  },
);

// Without an area list, a commune named bare `Tăng` (or `Giảm`) allocated as its siblings are — a figure on every
// line they fill — is that commune: its rate and quota checked at its cells, nothing else told. An adjustment moves
// a line or two (the `Tăng` rows above, money only), or its group's figure takes it away.
const unlisted = ["Tăng", "Giảm"].flatMap((name) => staffLayouts().map((layout): [string, string, StaffLayout] => [name, `${layout.orientation}, total ${layout.grand} (${layout.grandTotals}), districts ${layout.districtTotals}, ${layout.headerRows} header rows`, layout]));
const PLANTS: readonly { what: string; values: readonly number[]; told: (p: Placed) => [string, string][] }[] = [
  { what: "a rate under the plan", values: [1, 2, 70, 100], told: (p) => [["percent", p.cell(1, 4, 2)]] },
  { what: "two teams where the quota is one", values: [2, 2, 85, 100], told: (p) => [["quota", p.cell(1, 4, 0)]] },
];
test.each(unlisted)("a commune named `%s`, the plan listing no areas, stays an area (%s)", (name, _layoutName, layout) => {
  const planned = withCommune(name, 85);
  const clean = staffWorkbook(LINES_WITH_ONE_MORE, planned, { actual: planned }, layout);
  const report = checkWorkbook({ sheets: clean.sheets.filter((s) => s.name !== "Địa bàn") }, { workbookName: "t.xlsx" }).report;
  expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([]);
  // A guess from the figures alone: the reading says so.
  expect(report.reading?.confidence.reasons.filter((r) => r.vi.includes(`"${name}" ở`))).toHaveLength(1);
  for (const plant of PLANTS) {
    const actual = setCommunes(D, 1, [...D[1].communes, { name, label: name, values: plant.values }]);
    const placed = staffWorkbook(LINES_WITH_ONE_MORE, planned, { actual, typedDistricts: planned, typedGrand: planned }, layout);
    expect([plant.what, findings(placed, false).map((f) => [f.rule, f.cell])]).toEqual([plant.what, plant.told(placed)]);
  }
});

test.each(staffLayouts().filter((l) => l.districtTotals === "typed"))("a `Giảm` row its district's typed total takes away is a decrease, its rate no commune's (%o)", (layout) => {
  const row = { name: "", label: "Giảm", values: [1, 2, 70, 20] };
  const actual = setCommunes(D, 1, [...D[1].communes, row]);
  const typedDistricts = setCommunes(D, 1, [...D[1].communes, { name: "", values: [-1, -2, 0, -20] }]);
  const placed = staffWorkbook(STAFF_LINES, D, { actual, typedDistricts }, layout);
  expect(findings(placed, false).filter((f) => f.rule === "percent")).toEqual([]);
  // The same row its district's total counts is a commune named Giảm: its rate is told.
  const counted = staffWorkbook(STAFF_LINES, D, { actual, typedDistricts: actual }, layout);
  expect(findings(counted, false).filter((f) => f.rule === "percent").map((f) => f.cell)).toEqual([counted.cell(1, 4, 2)]);
});

// The plan lists a commune the sheet has no row for: the increase row may be that commune under another name, so the list's `coverage` findings stay.
test("an increase row beside a plan commune with no row keeps the list's coverage finding at its label", () => {
  const layout = staffLayouts().find((l) => l.orientation === "areas-as-rows" && l.grand === "top" && l.grandTotals === "formula" && l.districtTotals === "formula" && l.headerRows === 1) as StaffLayout;
  const placed = staffWorkbook(STAFF_LINES, D, { actual: setCommunes(D, 0, D[0].communes.slice(0, 3)), leftover: { label: "Tăng", values: [null, null, null, 20] } }, layout);
  const told = findings(placed, true);
  expect(told.some((f) => f.rule === "coverage" && f.cell === null)).toBe(true);
  expect(told.some((f) => f.rule === "coverage" && f.cell === placed.leftoverLabel())).toBe(true);
});
