/**
 * Where typed totals were added up with the mistaken figures (a keyboard
 * slip, a copied row) — the totals "carry" them — the one finding at the
 * cell to fix names them too: they are to be typed again with it.
 */
import { localized, type LocalizedText } from "../model/text";
import { joinList } from "../text/joinList";
import type { RuleContext } from "./context";
import { subtotalName } from "./leafCause";
import type { Named } from "./singleCause";

/** What was carried (`số gõ nhầm`, the mistyped figure) and the cell or row to fix (`ô này`, this cell). */
export interface CarriedWords {
  readonly what: Named;
  readonly self: Named;
}

export const SLIP_WORDS: CarriedWords = { what: { vi: "số gõ nhầm", en: "the mistyped figure" }, self: { vi: "ô này", en: "this cell" } };

const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The message, and where typed totals (`carried`, their cells) carry the mistake, a sentence naming them: to correct with `words.self`. */
export function withCarriedTotals(context: RuleContext, message: LocalizedText, carried: readonly number[], words: CarriedWords): LocalizedText {
  if (carried.length === 0) return message;
  const again = carried.map((cell) => subtotalName(context, Math.floor(cell / context.lineCount), cell % context.lineCount));
  const many = again.length > 1;
  return localized(
    `${message.vi} ${upper(joinList(again.map((x) => x.vi), "và"))} đã cộng theo ${words.what.vi}: sửa ${words.self.vi} thì sửa cả ${many ? "các ô cộng đó" : "ô cộng đó"}.`,
    `${message.en} ${upper(joinList(again.map((x) => x.en), "and"))} ${many ? "were" : "was"} added up with ${words.what.en}: correct ${many ? "them" : "it"} with ${words.self.en}.`,
  );
}
