/**
 * One cause, one finding for a money figure on a per-period results sheet
 * typed in another unit than its column's (`90000000` đồng among `90`-ish
 * triệu): as the allocation sheet's `scaleCause` does, one area's figure a
 * million times (or more) above or below the line's other areas on the
 * sheet, that brought to their scale sits among them, is told at its cell
 * as typed in another unit (`invalid-value`), and the sheet is read with the
 * figure brought to scale (the totals that carry it with it) — so the
 * typed totals it alone puts off, the `overspend`, `area-progress` and
 * `pace` it would make are not told for it. Without arithmetic to confirm
 * it, a factor of a thousand tells nothing (`1.500` among figures of 1 or 2).
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import { localized } from "../model/text";
import { cellPosition, type RuleContext } from "../rules/context";
import { makeFinding } from "../rules/finding";
import { isFormulaAt } from "../rules/leafCause";
import { lineRanges, scaleSlips, type Slip } from "../rules/scaleCause";
import { subtotalRule } from "../rules";
import { formatAmount } from "../text/format";

/** The least factor that tells a slip without arithmetic to confirm it. */
const LEAST = 1e6;

/** The one area's figure of the line a unit's factor (a million or more) off the others, or null. */
function sheetSlip(context: RuleContext, line: number): Slip | null {
  const range = lineRanges(context, [line]).get(line);
  if (range === undefined) return null;
  const slips = scaleSlips(context, line, range).filter((slip) => {
    const value = context.base[slip.cell];
    return (slip.above ? value / slip.corrected : slip.corrected / value) >= LEAST * 0.999;
  });
  if (slips.length !== 1) return null;
  const slip = slips[0];
  return isFormulaAt(context, slip.area, line) ? null : slip;
}

/**
 * Brings each money line's slip on the sheet to scale in `context` (its
 * cell, the formula totals above it and the line's leaf sum) and returns
 * `findings` with one `invalid-value` per slip (told with a finding already
 * at the cell) and the `subtotal` findings told again over the corrected
 * figures.
 */
export function periodSheetSlips(context: RuleContext, plan: Plan, findings: readonly Finding[]): Finding[] {
  const told: Finding[] = [];
  const merged = new Set<Finding>();
  for (let line = 0; line < context.lineCount; line++) {
    const code = context.table.lines[line].planCode;
    const planLine = code === null ? undefined : plan.lines.find((p) => p.code === code);
    if (planLine === undefined || planLine.kind !== "money" || context.lineKind[line] !== "money") continue;
    const slip = sheetSlip(context, line);
    if (slip === null) continue;
    const value = context.base[slip.cell];
    const shift = slip.corrected - value;
    const at = cellPosition(context, slip.area, line);
    const unit = context.cellUnit[line];
    const text = {
      vi: `Ô này ghi ${formatAmount(value, unit, "vi")}, lệch hàng nghìn lần so với các địa bàn khác của dòng trên trang này: có lẽ số được gõ theo đơn vị khác với đơn vị của cột (đồng, nghìn, triệu hay tỷ đồng). Có lẽ là ${formatAmount(slip.corrected, unit, "vi")}; allocheck tính tiến độ theo số này.`,
      en: `This cell holds ${formatAmount(value, unit, "en")}, thousands of times off the line's other areas on this sheet: the figure was probably typed in another unit than the column's (đồng, thousand, million or billion đồng). It probably means ${formatAmount(slip.corrected, unit, "en")}; allocheck reads the progress with that figure.`,
    };
    const own = findings.find((f) => f.sheet === context.table.sheet && f.row === at.row && f.col === at.col && !merged.has(f));
    if (own !== undefined) {
      merged.add(own);
      told.push({ ...own, message: localized(`${own.message.vi} ${text.vi}`, `${own.message.en} ${text.en}`) });
    } else {
      told.push(
        makeFinding({
          rule: "invalid-value",
          severity: "error",
          sheet: context.table.sheet,
          at,
          indicator: planLine.code,
          area: context.table.areas[slip.area].label,
          expected: null,
          actual: value,
          message: localized(text.vi, text.en),
        }),
      );
    }
    // The figure brought to scale, and the totals above it that carry it (formulas following it, or typed with it:
    // no subtotal told there before).
    context.base[slip.cell] = slip.corrected;
    context.leafSums[line] += shift;
    for (let parent = context.table.areas[slip.area].parent; parent !== null; parent = context.table.areas[parent].parent) {
      const pos = cellPosition(context, parent, line);
      if (!isFormulaAt(context, parent, line) && findings.some((f) => f.rule === "subtotal" && f.sheet === context.table.sheet && f.row === pos.row && f.col === pos.col)) break;
      context.base[parent * context.lineCount + line] += shift;
    }
  }
  if (told.length === 0) return [...findings];
  const kept = findings.filter((f) => !merged.has(f) && f.rule !== "subtotal");
  return [...kept, ...subtotalRule.evaluate(context), ...told];
}
