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
 * `rows` with each money line's period slip brought to scale (and its `Lũy kế`
 * where it carries the slip), one `invalid-value` finding per slip added to
 * `findings` (told with a finding already at the cell, if any).
 */
export function periodUnitSlips(context: RuleContext, sheet: SheetData, plan: Plan, rows: readonly LineTableRow[], findings: Finding[]): LineTableRow[] {
  return rows.map((row, l) => {
    const planLine = plan.lines.find((p) => p.code === row.code);
    if (row.code === "" || planLine === undefined || planLine.kind !== "money") return row;
    const slip = periodSlip(sheet, row);
    if (slip === null) return row;
    const period = row.periods[slip.index];
    const unit = context.cellUnit[l];
    const told = {
      vi: `Ô này ghi ${formatAmount(period.value, unit, "vi")}, lệch hàng nghìn lần so với các kỳ khác của dòng: có lẽ số được gõ theo đơn vị khác với đơn vị của dòng (đồng, nghìn, triệu hay tỷ đồng). Có lẽ là ${formatAmount(slip.corrected, unit, "vi")}; allocheck tính tiến độ của dòng theo số này.`,
      en: `This cell holds ${formatAmount(period.value, unit, "en")}, thousands of times off the line's other periods: the figure was probably typed in another unit than the line's (đồng, thousand, million or billion đồng). It probably means ${formatAmount(slip.corrected, unit, "en")}; allocheck reads the line's progress with that figure.`,
    };
    const own = findings.findIndex((f) => f.sheet === sheet.name && f.row === period.at.row && f.col === period.at.col);
    if (own >= 0) findings[own] = { ...findings[own], message: localized(`${findings[own].message.vi} ${told.vi}`, `${findings[own].message.en} ${told.en}`) };
    else
      findings.push(
        makeFinding({
          rule: "invalid-value",
          severity: "error",
          sheet: sheet.name,
          at: { row: period.at.row, col: period.at.col },
          indicator: row.code,
          expected: null,
          actual: period.value,
          message: localized(told.vi, told.en),
        }),
      );
    const shift = slip.corrected - period.value;
    const periods = row.periods.map((p, i) => (i === slip.index ? { ...p, value: slip.corrected } : p));
    // A `Lũy kế` that adds the slip as typed carries it: read it brought to scale too.
    const typedSum = row.periods.reduce((sum, p) => sum + p.value, 0) + (row.opening?.value ?? 0);
    const carries = row.cumulative !== null && Math.abs(row.cumulative.value - typedSum) <= Math.abs(typedSum) * 1e-9 + 1e-6;
    const cumulative = carries && row.cumulative !== null ? { ...row.cumulative, value: row.cumulative.value + shift } : row.cumulative;
    return { ...row, periods, cumulative };
  });
}
