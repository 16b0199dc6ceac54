/**
 * A name cut short for a narrow column, never ending inside an open quote: a
 * plan line named `Câu lạc bộ “Thủ lĩnh của sự thay đổi”` cut after `Thủ lĩnh`
 * reads `Câu lạc bộ “Thủ lĩnh…”`, the quote closed after the ellipsis as the
 * name closes it — not `Câu lạc bộ “Thủ lĩnh…`, whose quote runs on into the
 * next column.
 */

const CLOSERS: Readonly<Record<string, string>> = { "“": "”", "‘": "’", "«": "»", "„": "“" };
/** Where a straight `"` opens a quote (else it closes one): at the start, or after a space or an opening bracket. */
const OPEN_BEFORE = new Set([" ", "\t", "\n", "(", "[", "{", "/", "–", "—", "\u00a0"]);

/** The marks that close the quotes `text` leaves open, innermost first (`""` when none is open). */
export function openQuoteClosers(text: string): string {
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const closer = CLOSERS[ch];
    // `‘` opens only where a word starts (else it is an apostrophe typed as such).
    if (closer !== undefined && (ch !== "‘" || i === 0 || OPEN_BEFORE.has(text[i - 1]))) open.push(closer);
    else if (ch === '"') {
      if (open[open.length - 1] === '"') open.pop();
      else if (i === 0 || OPEN_BEFORE.has(text[i - 1])) open.push('"');
    } else if (open.length > 0 && ch === open[open.length - 1]) open.pop();
  }
  return open.reverse().join("");
}

/** `head` (a text's first part, already cut) with `…` and the marks closing the quotes it leaves open. */
export function withEllipsis(head: string): string {
  const cut = head.replace(/\s+$/u, "");
  return `${cut}…${openQuoteClosers(cut)}`;
}

/**
 * `text` (spaces collapsed) within `size` characters (NFC code points): as it
 * is when it fits, else its first characters, `…` and the marks closing the
 * quotes the cut leaves open.
 */
export function clipText(text: string, size: number): string {
  const chars = [...text.normalize("NFC").replace(/\s+/g, " ").trim()];
  if (chars.length <= size) return chars.join("");
  for (let n = size - 1; n > 0; n--) {
    const clipped = withEllipsis(chars.slice(0, n).join(""));
    if ([...clipped].length <= size) return clipped;
  }
  return "…";
}
