/**
 * Two mistakes whose findings meet on one line of the staff sheets (see
 * `staffSheet`): each told once, at its own cell, where the evidence tells
 * them apart — and, where it does not, the findings the check gives pinned
 * as they are (no cause moved to a cell the evidence does not single out).
 */
import type { CellValue } from "../../../src/core/model/workbook";
import type { Finding } from "../../../src/core/model/finding";
import { checkWorkbook } from "../../../src/core/check";
import { setCommunes, setFigure, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, withEdits, type Placed, type StaffLayout, type StaffLine } from "./staffSheet";
import { checkTotals, told as toldTotals, withFigure, type District, type Layout } from "./totalsSheet";

const name = (l: StaffLayout) => `${l.orientation}, total ${l.grand} (${l.grandTotals}), districts ${l.districtTotals}`;
const layouts = (keep: (l: StaffLayout) => boolean) => staffLayouts().filter((l) => l.headerRows === 2 && keep(l));
const check = (placed: Placed, listed = true): readonly Finding[] =>
  checkWorkbook({ sheets: listed ? placed.sheets : placed.sheets.filter((x) => x.name !== "Địa bàn") }, { workbookName: "t.xlsx" }).report.findings;
const cells = (findings: readonly Finding[]) => findings.map((f) => `${f.rule} ${f.cell ?? f.area ?? ""}`).sort();
const at = (rule: string, cell: string) => `${rule} ${cell}`;

/** Sài Sơn's row written twice (its copy right under it) and Khánh Thượng's 120 triệu typed 102. */
function twiceWithSwap(lines: readonly StaffLine[], layout: StaffLayout): Placed {
  const slipped = setFigure(D, 0, 0, 3, 102);
  return staffWorkbook(lines, D, { actual: setCommunes(slipped, 2, [slipped[2].communes[0], ...slipped[2].communes]) }, layout);
}

describe("a commune written twice and a digit swap in another, totals following the table", () => {
  const following = layouts((l) => l.districtTotals !== "typed" && l.grandTotals === "formula");
  const cases = following.flatMap((l) => [true, false].map((listed): [string, boolean, StaffLayout] => [name(l), listed, l]));

  // The repeat over both count lines by exactly its figures (the totals count it); the money line, the repeat left
  // out, short by 18 — Khánh Thượng's 102 read back as 120 meets the plan.
  test.each(cases)("%s, the plan lists its areas: %s — the swap told at its cell", (_n, listed, layout) => {
    const placed = twiceWithSwap(STAFF_LINES, layout);
    const findings = check(placed, listed);
    expect(cells(findings)).toEqual([at("ceiling", placed.cell(0, 0, 3)), at("duplicate", placed.label(2, 1))].sort());
    const swap = findings.find((f) => f.cell === placed.cell(0, 0, 3));
    expect(swap).toMatchObject({ rule: "ceiling", severity: "error", indicator: "4", expected: 1265e6, actual: 1387e6 });
    expect(swap?.message.en).toContain("with the row written twice (told apart) removed");
    expect(swap?.message.en).toContain("corrected to 120 million VND");
  });

  // The plan counting the repeat on the count lines (their targets 12 and 25 + 2): nothing proves the repeat counted in
  // error, so the money line is not weighed without it — its ceiling stays at the total.
  test.each(following.map((l): [string, StaffLayout] => [name(l), l]))("%s — the plan counting the repeat: the ceiling at the total", (_n, layout) => {
    const lines = STAFF_LINES.map((l, i) => (i === 0 ? { ...l, target: 12 } : i === 1 ? { ...l, target: 27 } : l));
    const placed = twiceWithSwap(lines, layout);
    expect(cells(check(placed))).toEqual([at("ceiling", placed.grand(3)), at("duplicate", placed.label(2, 1))].sort());
  });
});

/** Khánh Thượng's 120 triệu typed `figure`, Ba Vì's typed money total 455 typed 465, the other cells typed over. */
function congOverSlip(layout: StaffLayout, figure: number, more: (p: Placed) => [string, CellValue][] = () => []): Placed {
  const placed = staffWorkbook(STAFF_LINES, D, { actual: setFigure(D, 0, 0, 3, figure) }, layout);
  return withEdits(placed, [[placed.district(0, 3), 465], ...more(placed)]);
}

describe("a wrong `Cộng` over the very commune with a digit swap", () => {
  const typed = layouts((l) => l.districtTotals === "typed");
  // The grand total showing the plan (typed, or a formula's value saved before the `Cộng` was typed over): less the
  // other districts it leaves Ba Vì 455 — its `Cộng` 465 is wrong whatever its communes hold, and they fall 18 short of
  // 455, which only Khánh Thượng's 102 read back as 120 makes up.
  test.each(typed.map((l): [string, StaffLayout] => [name(l), l]))("%s — told at the `Cộng` and at the swap", (_n, layout) => {
    const placed = congOverSlip(layout, 102);
    const findings = check(placed);
    expect(cells(findings)).toEqual([at("subtotal", placed.district(0, 3)), at("subtotal", placed.cell(0, 0, 3))].sort());
    expect(findings.find((f) => f.cell === placed.district(0, 3))).toMatchObject({ expected: 455e6, actual: 465e6 });
    const swap = findings.find((f) => f.cell === placed.cell(0, 0, 3));
    expect(swap).toMatchObject({ expected: 120e6, actual: 102e6 });
    expect(swap?.message.en).toContain("against the plan");
  });

  // The grand total a formula showing its parts as they stand (1,275): the plan alone measures the line, the gap two
  // neighbouring digits swapped.
  const formulaGrand = typed.filter((l) => l.grandTotals === "formula");
  test.each(formulaGrand.map((l): [string, StaffLayout] => [name(l), l]))("%s, the grand total recalculated — the plan alone: the same two", (_n, layout) => {
    const placed = congOverSlip(layout, 102, (p) => [[p.grand(3), 1275]]);
    expect(cells(check(placed))).toEqual([at("subtotal", placed.district(0, 3)), at("subtotal", placed.cell(0, 0, 3))].sort());
  });

  // 120 typed 107: a gap of 13 no one slip makes. The `Cộng` is told; the communes' gap, nowhere in particular, stays at
  // the grand total (its subtotal, the ceiling naming it as the same cause) — pinned as it is.
  test.each(typed.map((l): [string, StaffLayout] => [name(l), l]))("%s — no slip explaining the communes' gap: pinned", (_n, layout) => {
    const placed = congOverSlip(layout, 107);
    expect(cells(check(placed))).toEqual([at("ceiling", placed.grand(3)), at("subtotal", placed.district(0, 3)), at("subtotal", placed.grand(3))].sort());
  });
  test.each(formulaGrand.map((l): [string, StaffLayout] => [name(l), l]))("%s, the grand total recalculated — no slip: pinned", (_n, layout) => {
    const placed = congOverSlip(layout, 107, (p) => [[p.grand(3), 1275]]);
    expect(cells(check(placed))).toEqual([at("ceiling", placed.grand(3)), at("subtotal", placed.district(0, 3))].sort());
  });
});

// Hợp Thanh's row deleted, every total typed (or added up) without it, the plan listing no areas: every line short by
// what one commune could hold, the quota line (11 tổ at 1 a commune, 10 communes) by exactly one commune's quota.
// Told once, as the quota line's ceiling naming the others; where any of that fails, one warning per line (pinned).
describe("a commune deleted, the plan listing no areas", () => {
  const deleted = (lines: readonly StaffLine[], layout: StaffLayout, figures = D[1].communes.slice(0, 3)): Placed => {
    const actual = setCommunes(D, 1, figures);
    return staffWorkbook(lines, D, { actual, typedDistricts: actual, typedGrand: actual }, layout);
  };
  const all = layouts(() => true).map((l): [string, StaffLayout] => [name(l), l]);

  test.each(all)("%s — one finding naming the lines", (_n, layout) => {
    const placed = deleted(STAFF_LINES, layout);
    const findings = check(placed, false);
    expect(cells(findings)).toEqual([at("ceiling", placed.grand(0))]);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].message.en).toContain("the sheet has 10");
    expect(findings[0].message.en).toContain(`2 địa chỉ for the allocated total of Xây dựng địa chỉ tin cậy tại cộng đồng against the plan (${placed.grand(1)})`);
    expect(findings[0].message.en).toContain(`100 million VND for the allocated total of Kinh phí hỗ trợ hoạt động against the plan (${placed.grand(3)})`);
  });

  // Where the evidence fails, each line's warning stands (pinned).
  const [layout] = layouts((l) => l.orientation === "areas-as-rows" && l.grand === "top" && l.districtTotals === "typed" && l.grandTotals === "typed");
  test.each<[string, readonly StaffLine[], number[]]>([
    // The quota line short by two communes' quota: not one row.
    ["the quota line short by two quotas", STAFF_LINES.map((l, i) => (i === 0 ? { ...l, target: 12 } : l)), [0, 1, 3]],
    // The money line short by more than any commune holds (400): not one row.
    ["a line short by more than a commune holds", STAFF_LINES.map((l, i) => (i === 3 ? { ...l, target: 1565 } : l)), [0, 1, 3]],
    // No quota line: nothing counts the communes the plan meant.
    ["no quota line", STAFF_LINES.map((l) => ({ ...l, quota: undefined })), [0, 1, 3]],
  ])("%s — one warning per line", (_n, lines, warned) => {
    const placed = deleted(lines, layout);
    expect(cells(check(placed, false))).toEqual(warned.map((line) => at("ceiling", placed.grand(line))).sort());
  });

  // No quota line, Phù Lưu's row deleted from the middle of Mỹ Đức and the communes' STT left as typed (1, 2, 4): the
  // number skipped tells the one row missing — told once, at the first line's ceiling, naming the others and the place.
  const noQuota = STAFF_LINES.map((l) => ({ ...l, quota: undefined }));
  const rows = layouts((l) => l.orientation === "areas-as-rows").map((l): [string, StaffLayout] => [name(l), l]);
  const skipping = (layout: StaffLayout, stt: number): Placed => {
    const placed = deleted(noQuota, layout, [D[1].communes[0], D[1].communes[1], D[1].communes[3]]);
    return withEdits(placed, [[placed.label(1, 2).replace(/^[A-Z]+/, "A"), stt]]);
  };
  test.each(rows)("%s — no quota line, the STT skipping the deleted row's number: one finding", (_n, layout) => {
    const placed = skipping(layout, 4);
    const findings = check(placed, false);
    expect(cells(findings)).toEqual([at("ceiling", placed.grand(0))]);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].message.en).toContain("the areas' STT skips 3");
    expect(findings[0].message.en).toContain(`125 million VND for the allocated total of Kinh phí hỗ trợ hoạt động against the plan (${placed.grand(3)})`);
  });
  // The STT renumbered (1, 2, 3) or jumping by more than one row: nothing tells one row missing, one warning per line.
  test.each<[string, number]>([
    ["renumbered", 3],
    ["jumping by two", 5],
  ])("no quota line, the STT %s — one warning per line", (_n, stt) => {
    const placed = skipping(layout, stt);
    expect(cells(check(placed, false))).toEqual([0, 1, 3].map((line) => at("ceiling", placed.grand(line))).sort());
  });
});

// One line, totals following the table; the grand total in row 2; Ba Vì (row 3): rows 4–6; Mỹ Đức (row 7): rows 8–10.
const FORMULA: Layout = { totals: "formula", districtRows: true };
const sheetOf = (figures: number[]): District[] => [
  { name: "Ba Vì", communes: [{ name: "Khánh Thượng", values: [figures[0]] }, { name: "Minh Quang", values: [figures[1]] }, { name: "Ba Trại", values: [figures[2]] }] },
  { name: "Mỹ Đức", communes: [{ name: "An Phú", values: [figures[3]] }, { name: "Hùng Tiến", values: [figures[4]] }, { name: "Phù Lưu", values: [figures[5]] }] },
];

describe("a line off its plan by what a swap of two digits makes, no swap planted", () => {
  test.each<[string, number[], number, string[]]>([
    // Figures in fives, short by 18: only Ba Trại's 135 reads as a swap (of 153), but 153 is off the fives every other
    // figure keeps while 135 is on them — a figure typed on purpose, the gap the line's own: at the total.
    ["short by 18, the figure meant off the line's fives", [100, 160, 135, 95, 110, 105], 18, ["ceiling C2"]],
    // Over by 18 the same way round: 120 for 102 would be off the fives — at the total.
    ["over by 18, the figure meant off the line's fives", [100, 160, 120, 95, 115, 105], -18, ["ceiling C2"]],
    // Short by 45, Ba Trại's 105 reads as a swap of 150, but typed and meant both keep the fives like the rest: no
    // figure tells a swap from a line merely short by 45 (a gap still to allocate) — at the total.
    ["short by 45, typed and meant both on the line's fives", [100, 160, 105, 95, 110, 125], 45, ["ceiling C2"]],
    // Over by 45 the same way round (150 typed, 105 meant): over the ceiling is a mistake somewhere, and the one swap
    // that puts it right is told at its cell.
    ["over by 45, typed and meant both on the line's fives", [100, 160, 150, 95, 110, 125], -45, ["ceiling C6"]],
    // Short by 18 on figures in no step (103, 152 …): Ba Trại's 113 for 131 — no round figures to weigh it by, the
    // swap told at its cell.
    ["short by 18, figures in no step", [103, 152, 113, 91, 127, 97], 18, ["ceiling C6"]],
  ])("%s", (_n, figures, gap, expected) => {
    const districts = sheetOf(figures);
    const target = figures.reduce((a, b) => a + b, 0) + gap;
    const findings = checkTotals({ lines: [{ code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target }] }, districts, districts, FORMULA, ["Kinh phí hỗ trợ (triệu đồng)"]);
    expect(toldTotals(findings)).toEqual(expected);
  });

  // The swap planted in such a line is still told at its cell: 95 typed 59 among figures in fives (59 off them, 95 on).
  test("a swap planted among figures in fives: at the cell", () => {
    const planned = sheetOf([100, 120, 80, 95, 110, 105]);
    const findings = checkTotals({ lines: [{ code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 610 }] }, planned, withFigure(planned, 1, 0, 0, 59), FORMULA, ["Kinh phí hỗ trợ (triệu đồng)"]);
    expect(toldTotals(findings)).toEqual(["ceiling C8"]);
  });
});
