/**
 * What a text that is not a figure of its line looks like, so that its
 * `invalid-value` finding says how it was read rather than only "not a
 * number": a percentage in a line of counts or money (`2%`), an amount of
 * money in a line of counts (`1,2 tỷ`), a sum typed without its `=` (`5+1`),
 * a number with words around it (`5 (đã gồm 1 dự phòng)`, `khoảng 5`), or a
 * fraction or a day (`5/6`), a number with a footnote mark (`5*`, `5 (*)`), or
 * a formula typed into a cell formatted as text (`=SUM(C6:C9)`, shown as
 * typed), a number with one letter after it (`2o`, `4x`). Null for anything else (`x`, `✓`, `chưa có`).
 * Looked at only for the few text cells of a sheet.
 */
import type { IndicatorKind } from "../model/plan";
import { splitMoneyText } from "../text/units";
import { narrowForms, normalizeVietnameseNumber } from "../text/vnNumber";

export type TextShape =
  | { readonly kind: "percent" }
  | { readonly kind: "money" }
  | { readonly kind: "arithmetic" }
  | { readonly kind: "slash" }
  | { readonly kind: "noted"; readonly number: string }
  | { readonly kind: "marked"; readonly number: string }
  | { readonly kind: "formula" }
  | { readonly kind: "letter"; readonly number: string; readonly letter: string };

const NUMBER = String.raw`\d(?:[\d.,]*\d)?`;
const PERCENT = new RegExp(String.raw`^[+-]?${NUMBER}\s*%$`);
const ARITHMETIC = new RegExp(String.raw`^[+-]?${NUMBER}(?:\s*[-+*/x×]\s*${NUMBER})*\s*[+*×]\s*${NUMBER}(?:\s*[-+*/x×]\s*${NUMBER})*$`);
const SLASH = new RegExp(String.raw`^${NUMBER}\s*/\s*${NUMBER}$`);
/** A number with a footnote mark after it: `5*`, `5 (*)`, `5**`, `5 (1)`. */
const MARKED = new RegExp(String.raw`^(${NUMBER})\s*(?:\*+|\(\s*\*+\s*\)|\(\s*\d\s*\))$`);
/** A formula typed into a cell formatted as text: Excel shows it as typed and works nothing out. */
const FORMULA = /^=\s*[\p{L}\d(+-]/u;
/** A number with one letter after it, a slip of the keyboard: `2o` (the letter o for a zero, or stray), `4x`. */
const LETTER = new RegExp(String.raw`^(${NUMBER}) ?(\p{L})$`, "u");
/** The one number in a text of words (at most one other number, inside a note). */
const LEADING = new RegExp(String.raw`^(${NUMBER})(?:\s+|\s*[(\-–:;]\s*)\S*\p{L}`, "u");
const TRAILING = new RegExp(String.raw`^[\p{L}\p{M}\s~≈:]+(${NUMBER})$`, "u");

export function textShape(text: string, kind: IndicatorKind | null): TextShape | null {
  const t = narrowForms(text).replace(/[\s\u00a0\u202f]+/g, " ").trim();
  if (FORMULA.test(t)) return { kind: "formula" };
  if (!/\d/.test(t)) return null;
  if (kind !== "percent" && PERCENT.test(t)) return { kind: "percent" };
  if (kind !== "money" && splitMoneyText(t) !== null) return { kind: "money" };
  if (ARITHMETIC.test(t)) return { kind: "arithmetic" };
  if (SLASH.test(t)) return { kind: "slash" };
  const marked = MARKED.exec(t)?.[1];
  if (marked !== undefined && normalizeVietnameseNumber(marked) !== null) return { kind: "marked", number: marked };
  const letter = LETTER.exec(t);
  if (letter !== null && normalizeVietnameseNumber(letter[1]) !== null) return { kind: "letter", number: letter[1], letter: letter[2] };
  const number = LEADING.exec(t)?.[1] ?? TRAILING.exec(t)?.[1];
  if (number !== undefined && normalizeVietnameseNumber(number) !== null) return { kind: "noted", number };
  return null;
}
