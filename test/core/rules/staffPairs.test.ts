/**
 * Two planted mistakes at once on the staff sheets (see `staffSheet`), each of
 * a kind staff make — a line over its plan, a typed subtotal off, a number
 * typed as text, a commune written twice, a commune missing, a wrong `Cộng`,
 * a SUM over the wrong range — placed apart from each other: each told once,
 * at its own cell, and nothing else (no second finding for one cause, no
 * finding moved to the other mistake's cell).
 */
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { parseA1 } from "../../../src/core/model/address";
import { checkWorkbook } from "../../../src/core/check";
import { setCommunes, setFigure, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, withEdits, type Placed, type StaffDistrict, type StaffLayout } from "./staffSheet";

interface State {
  readonly actual: readonly StaffDistrict[];
  readonly typedDistricts: readonly StaffDistrict[];
  readonly typedGrand: readonly StaffDistrict[];
}

interface Plant {
  readonly applies: (l: StaffLayout) => boolean;
  readonly sheet?: (s: State) => State;
  /** Values typed over the laid-out sheet. */
  readonly edit?: (p: Placed) => [string, CellValue][];
  /** A formula typed over a district total: its cell and the communes it adds up (first, last, both in the district). */
  readonly formula?: (p: Placed) => { cell: string; from: string; to: string };
  readonly at: (p: Placed) => (string | null)[];
  /** Only with the plan's area list (a missing commune is known only from it). */
  readonly listedOnly?: true;
}

const all = (f: (x: readonly StaffDistrict[]) => StaffDistrict[]) => (s: State): State => ({ actual: f(s.actual), typedDistricts: f(s.typedDistricts), typedGrand: f(s.typedGrand) });
const typedDistricts = (l: StaffLayout) => l.districtTotals === "typed";
const formulaDistricts = (l: StaffLayout) => l.districtTotals === "formula";

const PLANTS: Record<string, Plant> = {
  // Phù Lưu's 125 triệu typed 260, every total typed with it: the line over its plan, at the grand total.
  over: { applies: () => true, sheet: all((x) => setFigure(x, 1, 2, 3, 260)), at: (p) => [p.grand(3)] },
  // Quốc Oai's typed địa chỉ total 6 typed 7.
  subtotal: { applies: typedDistricts, edit: (p) => [[p.district(2, 1), 7]], at: (p) => [p.district(2, 1)] },
  // Khánh Thượng's 3 địa chỉ typed as text, the totals as planned.
  text: { applies: () => true, sheet: (s) => ({ ...s, actual: setFigure(s.actual, 0, 0, 1, "3") }), at: (p) => [p.cell(0, 0, 1)] },
  // Sài Sơn's row written twice, the typed totals as planned: the copy's label.
  twice: { applies: () => true, sheet: (s) => ({ ...s, actual: setCommunes(s.actual, 2, [s.actual[2].communes[0], ...s.actual[2].communes]) }), at: (p) => [p.label(2, 1)] },
  // Hợp Thanh left out of the sheet, every total typed without it: the coverage finding (no cell).
  missing: { applies: () => true, sheet: all((x) => setCommunes(x, 1, x[1].communes.slice(0, 3))), at: () => [null], listedOnly: true },
  // Ba Vì's typed money total 455 typed 465.
  cong: { applies: typedDistricts, edit: (p) => [[p.district(0, 3), 465]], at: (p) => [p.district(0, 3)] },
  // Ba Vì's địa chỉ SUM over its first three communes only.
  range: { applies: formulaDistricts, formula: (p) => ({ cell: p.district(0, 1), from: p.cell(0, 0, 1), to: p.cell(0, 2, 1) }), at: (p) => [p.district(0, 1)] },
  // Khánh Thượng's 120 triệu typed 102 (two digits swapped), the typed totals as planned.
  swap: { applies: () => true, sheet: (s) => ({ ...s, actual: setFigure(s.actual, 0, 0, 3, 102) }), at: (p) => [p.cell(0, 0, 3)] },
};

/**
 * Pairs on one line that no reading can tell apart, not tried: a line over its plan (or a commune missing) and a swap
 * within it. (A wrong `Cộng` over the very commune swapped is told apart: the grand total showing the plan, less the
 * other districts, gives the `Cộng` its figure, and the communes' gap from it is the one swap.)
 */
const SAME_LINE = new Set(["over with swap", "missing with swap"]);

/** The sheet with a district's formula retyped over a shorter range: its saved value, and a grand total formula's over it, follow. */
function withFormula(placed: Placed, edit: { cell: string; from: string; to: string }, grand: string | null): Placed {
  const [plan, areas, allocation] = placed.sheets;
  const values = allocation.values.map((row) => [...(row ?? [])]);
  const formulas = (allocation.formulas ?? []).map((row) => [...(row ?? [])]);
  const at = parseA1(edit.cell);
  const a = parseA1(edit.from);
  const b = parseA1(edit.to);
  let sum = 0;
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) sum += typeof values[r][c] === "number" ? (values[r][c] as number) : 0;
  const change = sum - (values[at.row][at.col] as number);
  values[at.row][at.col] = sum;
  while (formulas.length <= at.row) formulas.push([]);
  formulas[at.row][at.col] = `SUM(${edit.from}:${edit.to})`;
  if (grand !== null) {
    const g = parseA1(grand);
    if (typeof formulas[g.row]?.[g.col] === "string") values[g.row][g.col] = (values[g.row][g.col] as number) + change;
  }
  const sheet: SheetData = { ...allocation, values, formulas };
  return { ...placed, sheets: [plan, areas, sheet] };
}

const name = (l: StaffLayout) => `${l.orientation}, total ${l.grand} (${l.grandTotals}), districts ${l.districtTotals}`;
const names = Object.keys(PLANTS);
const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b): [string, string] => [a, b]));

/**
 * Not yet one finding per cause (the layouts where it is not; left out below, listed here rather than as
 * todo tests so that no run reports a test it did not run): none at present.
 */
const KNOWN: Record<string, (l: StaffLayout) => boolean> = {};

describe.each(pairs)("%s with %s", (first, second) => {
  if (SAME_LINE.has(`${first} with ${second}`)) return;
  const known = KNOWN[`${first} with ${second}`] ?? (() => false);
  const plants = [PLANTS[first], PLANTS[second]];
  const layouts = staffLayouts().filter((l) => l.headerRows === 2 && plants.every((p) => p.applies(l)) && !known(l));
  const listings = plants.some((p) => p.listedOnly === true) ? [true] : [true, false];
  if (layouts.length === 0) return;
  test.each(layouts.flatMap((l) => listings.map((listed): [string, boolean, StaffLayout] => [name(l), listed, l])))("%s, the plan lists its areas: %s", (_name, listed, layout) => {
    let state: State = { actual: D, typedDistricts: D, typedGrand: D };
    for (const plant of plants) if (plant.sheet !== undefined) state = plant.sheet(state);
    let placed = staffWorkbook(STAFF_LINES, D, state, layout);
    for (const plant of plants) if (plant.edit !== undefined) placed = withEdits(placed, plant.edit(placed));
    for (const plant of plants) if (plant.formula !== undefined) placed = withFormula(placed, plant.formula(placed), layout.grandTotals === "formula" ? placed.grand(1) : null);
    const told = checkWorkbook({ sheets: listed ? placed.sheets : placed.sheets.filter((x) => x.name !== "Địa bàn") }, { workbookName: "t.xlsx" }).report.findings.map((f) => f.cell);
    const expected = plants.flatMap((plant) => plant.at(placed));
    expect([...told].sort()).toEqual([...expected].sort());
  });
});

test("a slip beside a repeated row: told at the slip, the plan comparison coming right with the repeat removed too", () => {
  const layout = staffLayouts().find((l) => l.districtTotals === "typed" && l.headerRows === 2) as StaffLayout;
  const slipped = setFigure(D, 0, 0, 3, 102);
  const placed = staffWorkbook(STAFF_LINES, D, { actual: setCommunes(slipped, 2, [slipped[2].communes[0], ...slipped[2].communes]) }, layout);
  const findings = checkWorkbook({ sheets: placed.sheets }, { workbookName: "t.xlsx" }).report.findings;
  const slip = findings.find((f) => f.cell === placed.cell(0, 0, 3));
  expect(slip).toMatchObject({ rule: "subtotal", expected: 120e6, actual: 102e6 });
  expect(slip?.message.en).toContain("with the row written twice (told apart) removed");
  expect(findings.map((f) => f.rule).sort()).toEqual(["duplicate", "subtotal"]);
});
