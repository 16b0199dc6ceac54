/**
 * One cause, one finding for a money line's period figure on a line-level
 * progress table typed in another unit than the line's (`150000000` đồng
 * among `150`-ish triệu): as the allocation sheet's `scaleCause` does across
 * communes, one typed period figure a million times (or more) above or below
 * its line's other periods, that brought to their scale sits among them, is
 * told at its cell as typed in another unit (`invalid-value`), and the line
 * is read with the figure brought to scale — so the `Lũy kế` that only
 * carries it, the rate, `overspend` and `pace` are not told again for it.
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import { localized } from "../model/text";
import { cellFormula, type SheetData } from "../model/workbook";
import type { RuleContext } from "../rules";
import { makeFinding } from "../rules/finding";
import { formatAmount } from "../text/format";
import type { LineTableRow } from "./lineTable";
import type { CellRef } from "./types";
import { addedCells } from "../formula/evaluate";

/** The factors a figure typed in another unit is off by (nghìn, triệu, tỷ). */
const FACTORS = [1e9, 1e6];
/** How near its siblings' range the figure must come once brought to scale. */
const NEAR = 20;
/** How far off its siblings' range a figure must be. */
const OFF = 100;
/** Periods besides the slip it is told against. */
const SIBLINGS = 2;

interface PeriodSlip {
  readonly index: number;
  readonly corrected: number;
}

/** The one typed period figure of `row` a unit's factor (a million or more) off its siblings, or null. */
function periodSlip(sheet: SheetData, row: LineTableRow): PeriodSlip | null {
  const positive = row.periods.map((p, index) => ({ value: p.value, index })).filter((p) => p.value > 0);
  if (positive.length < SIBLINGS + 1) return null;
  const found: PeriodSlip[] = [];
  for (const { value, index } of positive) {
    const others = positive.filter((p) => p.index !== index).map((p) => p.value);
    const high = Math.max(...others);
    const low = Math.min(...others);
    for (const factor of FACTORS) {
      const above = value > high * OFF ? value / factor : null;
      const below = value * OFF < low ? value * factor : null;
      const corrected = above ?? below;
      if (corrected !== null && corrected * NEAR >= low && corrected <= high * NEAR) {
        found.push({ index, corrected });
        break;
      }
    }
  }
  if (found.length !== 1) return null;
  const at = row.periods[found[0].index].at;
  // A formula's figure follows its inputs: the typed cell is the one to fix.
  return cellFormula(sheet, at.row, at.col) === undefined ? found[0] : null;
}

/**
 * `rows` with each money line's period slip brought to scale — and the
 * figures that carry it with it: a parent line's period formula over the
 * cell (`=F5+F6`), a `Lũy kế` that adds it as typed — one `invalid-value`
 * finding per slip added to `findings` (told with a finding already at the
 * cell, if any).
 */
export function periodUnitSlips(context: RuleContext, sheet: SheetData, plan: Plan, rows: readonly LineTableRow[], findings: Finding[]): LineTableRow[] {
  const key = (at: CellRef) => `${at.row},${at.col}`;
  const shifts = new Map<string, { readonly row: number; readonly col: number; readonly shift: number }>();
  rows.forEach((row, l) => {
    const planLine = plan.lines.find((p) => p.code === row.code);
    if (row.code === "" || planLine === undefined || planLine.kind !== "money") return;
    const slip = periodSlip(sheet, row);
    if (slip === null) return;
    const period = row.periods[slip.index];
    shifts.set(key(period.at), { row: period.at.row, col: period.at.col, shift: slip.corrected - period.value });
    findings.push(slipFinding(context, sheet, row, l, period, slip.corrected, findings));
  });
  if (shifts.size === 0) return [...rows];
  // Period formulas over a slip (a parent line's `=F5+F6`, and its own parent's over it) follow it.
  for (let pass = 0, moved = true; moved && pass < rows.length; pass++) {
    moved = false;
    for (const row of rows) {
      for (const p of row.periods) {
        if (shifts.has(key(p.at))) continue;
        const formula = cellFormula(sheet, p.at.row, p.at.col);
        const boxes = formula === undefined ? null : addedCells(formula);
        if (boxes === null) continue;
        let shift = 0;
        for (const s of shifts.values()) if (boxes.some((b) => s.row >= b.top && s.row <= b.bottom && s.col >= b.left && s.col <= b.right)) shift += s.shift;
        if (shift === 0) continue;
        shifts.set(key(p.at), { row: p.at.row, col: p.at.col, shift });
        moved = true;
      }
    }
  }
  return rows.map((row) => {
    let total = 0;
    const periods = row.periods.map((p) => {
      const shift = shifts.get(key(p.at))?.shift ?? 0;
      total += shift;
      return shift === 0 ? p : { ...p, value: p.value + shift };
    });
    if (total === 0) return row;
    // A `Lũy kế` that adds the periods as typed carries the slip: read it brought to scale too.
    const typedSum = row.periods.reduce((sum, p) => sum + p.value, 0) + (row.opening?.value ?? 0);
    const carries = row.cumulative !== null && Math.abs(row.cumulative.value - typedSum) <= Math.abs(typedSum) * 1e-9 + 1e-6;
    const cumulative = carries && row.cumulative !== null ? { ...row.cumulative, value: row.cumulative.value + total } : row.cumulative;
    return { ...row, periods, cumulative };
  });
}

/** The `invalid-value` error at a period figure typed in another unit (or the cell's own finding, told with it and taken out of `findings`). */
function slipFinding(context: RuleContext, sheet: SheetData, row: LineTableRow, l: number, period: LineTableRow["periods"][number], corrected: number, findings: Finding[]): Finding {
  const unit = context.cellUnit[l];
  const told = {
    vi: `Ô này ghi ${formatAmount(period.value, unit, "vi")}, lệch hàng nghìn lần so với các kỳ khác của dòng: có lẽ số được gõ theo đơn vị khác với đơn vị của dòng (đồng, nghìn, triệu hay tỷ đồng). Có lẽ là ${formatAmount(corrected, unit, "vi")}; allocheck tính tiến độ của dòng theo số này.`,
    en: `This cell holds ${formatAmount(period.value, unit, "en")}, thousands of times off the line's other periods: the figure was probably typed in another unit than the line's (đồng, thousand, million or billion đồng). It probably means ${formatAmount(corrected, unit, "en")}; allocheck reads the line's progress with that figure.`,
  };
  const own = findings.findIndex((f) => f.sheet === sheet.name && f.row === period.at.row && f.col === period.at.col);
  if (own >= 0) {
    const [found] = findings.splice(own, 1);
    return { ...found, message: localized(`${found.message.vi} ${told.vi}`, `${found.message.en} ${told.en}`) };
  }
  return makeFinding({
    rule: "invalid-value",
    severity: "error",
    sheet: sheet.name,
    at: { row: period.at.row, col: period.at.col },
    indicator: row.code,
    expected: null,
    actual: period.value,
    message: localized(told.vi, told.en),
  });
}
