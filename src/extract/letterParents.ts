/**
 * The numbered item a lettered one sits under: `a)`, `b)` after `1. Truyền thông …` and again after `2. Xây dựng mô
 * hình …` are `1a`, `1b`, `2a`, `2b` — the letters alone would give two `a` and two `b`.
 */
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";

const CODE_CELL = /^(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,6})\.?$/;
const LETTER_CELL = /^[a-zđ][.)]?$/;

/** The number (`1`, `2.1`, `II`) a line or table row starts with; `letter` for a lettered one; null for neither. */
function numberOf(line: TextLine): string | "letter" | null {
  if (line.cells) {
    const first = line.cells.map((c) => c.trim()).find((c) => c !== "");
    if (first === undefined) return null;
    if (LETTER_CELL.test(first)) return "letter";
    if (CODE_CELL.test(first)) return first.replace(/\.$/, "");
    const marker = parseMarker(first);
    if (marker === null || marker.style === "bullet") return null;
    return marker.style === "letter" ? "letter" : marker.label;
  }
  const marker = parseMarker(line.text);
  if (marker === null || marker.style === "bullet") return null;
  return marker.style === "letter" ? "letter" : marker.label;
}

/** The label of the nearest numbered line or row above `index` (lettered ones and bullets passed over), or null. */
export function numberedParentAbove(body: readonly TextLine[], index: number): string | null {
  for (let j = index - 1; j >= 0; j--) {
    const n = numberOf(body[j]);
    if (n !== null && n !== "letter") return n;
  }
  return null;
}

/** A lettered label qualified by its parent's number: `1` and `a` give `1a`, `2.1` and `b` give `2.1b`. */
export const qualifiedLetter = (parent: string, letter: string): string => `${parent}${letter}`;
