/** List markers at the start of a line: `I.`, `2.1.`, `a)`, `-`, `+`. */

export type MarkerStyle = "roman" | "arabic" | "letter" | "bullet";

export interface Marker {
  readonly style: MarkerStyle;
  /** `II`, `2.1`, `a`, `-`. */
  readonly label: string;
  /** Nesting depth of an arabic label (`2.1.3` → 3), 1 otherwise. */
  readonly depth: number;
  /** Length of the marker text including the spaces after it. */
  readonly length: number;
}

// `1.Phấn đấu …` (a PDF's text, or typed so): a capital right after the dot starts the item as a space would.
const ROMAN = /^([IVXLC]{1,6})[.)](?:\s+|(?=\p{Lu}\p{Ll}))/u;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2})*)[.)](?:\s+|(?=\p{Lu}))/u;
const ARABIC_NO_DOT = /^(\d{1,2}(?:\.\d{1,2})+)\s+(?=\p{Lu})/u;
const ARABIC_CAPS = /^(\d{1,2})\s+(?=\p{Lu}{2})/u;
const LETTER = /^([a-zđ])(?:[.)]\s+|\)(?=\p{Lu}))/u;
const BULLET = /^([-–—•·*+])\s*(?:[-+]\s+)?/;

/** Two words or more, all in capitals. */
function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return text.trim().split(/\s+/).length >= 2 && letters.length >= 4 && letters === letters.toLocaleUpperCase("vi");
}

export function parseMarker(text: string): Marker | null {
  let m = ROMAN.exec(text);
  if (m) return { style: "roman", label: m[1], depth: 1, length: m[0].length };
  m = ARABIC.exec(text) ?? ARABIC_NO_DOT.exec(text);
  if (m && !/^\d{3,}/.test(m[1])) {
    return { style: "arabic", label: m[1], depth: m[1].split(".").length, length: m[0].length };
  }
  // `6 CHỈ TIÊU CỦA DỰ ÁN`: a heading numbered without a dot, in capitals.
  m = ARABIC_CAPS.exec(text);
  if (m && isCapitals(text.slice(m[0].length))) return { style: "arabic", label: m[1], depth: 1, length: m[0].length };
  m = LETTER.exec(text);
  if (m) return { style: "letter", label: m[1], depth: 1, length: m[0].length };
  m = BULLET.exec(text);
  // A dash before a digit may be a minus or a range; a bullet needs a space or a letter after it.
  if (m && !/^[-–—]\d/.test(text)) return { style: "bullet", label: m[1], depth: 1, length: m[0].length };
  return null;
}

/** True when the line starts a new item (so a wrapped line never joins it). */
export function startsItem(text: string): boolean {
  return parseMarker(text) !== null;
}

/**
 * Rank of a heading marker: smaller is higher (`I.` → 0, `1.` → 1, `1.1.` → 2,
 * `a)` → 4); null for bullets.
 */
export function headingRank(marker: Marker): number | null {
  switch (marker.style) {
    case "roman":
      return 0;
    case "arabic":
      return marker.depth;
    case "letter":
      return 4;
    default:
      return null;
  }
}
