/**
 * A blank commune cell whose gap the arithmetic gives (`blankCellCause`,
 * `blankCellCeiling`) reads two ways when the next area's cell on the line
 * (the next row, or column, of the sheet) holds a figure: the blank's own
 * figure left out (the gap its figure), or its figure typed one cell on, over
 * the next area's (that cell's figure the blank's, the gap the figure typed
 * over — the figures after it perhaps pushed on likewise). The totals cannot
 * tell which; the note names the second reading beside the first.
 */
import { a1 } from "../model/address";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { cellPosition, type RuleContext } from "./context";
import { standing } from "./compare";

/** The note on the other reading, or null where the next area's cell holds no figure other than the gap. */
export function typedOnNote(context: RuleContext, area: number, line: number, gap: number): LocalizedText | null {
  const { areas } = context.table;
  const next = areas.findIndex((entry) => entry.kind === "leaf" && entry.index === areas[area].index + 1);
  if (next < 0) return null;
  const at = next * context.lineCount + line;
  const figure = context.base[at];
  if (context.state[at] !== CELL.number || !(figure > 0) || standing(figure, gap) === "equal") return null;
  const { row, col } = cellPosition(context, next, line);
  const cell = a1(row, col);
  const label = areas[area].label;
  const nextLabel = areas[next].label;
  const unit = context.cellUnit[line];
  return localized(
    `Cũng có thể số ở ô ${cell} (${nextLabel}, ${formatAmount(figure, unit, "vi")}) là số của ${label} bị gõ lệch sang ô kế tiếp (các số sau nó có thể cũng lệch theo): khi đó chuyển số đó về ô này; ${formatAmount(gap, unit, "vi")} là số còn thiếu trong số đó.`,
    `Or the figure in ${cell} (${nextLabel}, ${formatAmount(figure, unit, "en")}) is ${label}'s, typed one cell on (any figures after it perhaps likewise): then move it back here; ${formatAmount(gap, unit, "en")} is the figure then missing among them.`,
  );
}

/** The message with the note added, where there is one. */
export function withTypedOnNote(message: LocalizedText, note: LocalizedText | null): LocalizedText {
  return note === null ? message : localized(`${message.vi} ${note.vi}`, `${message.en} ${note.en}`);
}
