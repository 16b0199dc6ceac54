/**
 * How wide a text prints, in spreadsheet column units (the width of the digit
 * `0` of the sheet's default font), and on how many lines it wraps in a
 * column. An estimate made on the wider of the two fonts a summary is printed
 * with: Calibri in Excel, DejaVu Sans where LibreOffice substitutes it. Too
 * wide an estimate costs a little white space; too narrow cuts text off.
 */

/**
 * Advance widths of DejaVu Sans (regular and bold) over the regular digit `0`
 * (units per em 2048, `0` = 1303), by code from the space (32) to `~` (126):
 * as LibreOffice prints them (a printed line of a summary measures these
 * widths to within a fifth of a unit). A bold letter is wider by its own
 * amount (an `m` by 7 %, a `t` by 22 %), not by one factor.
 */
// prettier-ignore
const REGULAR_ASCII = [0.5, 0.63, 0.723, 1.317, 1.0, 1.493, 1.226, 0.432, 0.613, 0.613, 0.786, 1.317, 0.5, 0.567, 0.5, 0.53, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.53, 0.53, 1.317, 1.317, 1.317, 0.834, 1.572, 1.075, 1.078, 1.097, 1.21, 0.993, 0.904, 1.218, 1.182, 0.464, 0.464, 1.031, 0.876, 1.356, 1.176, 1.237, 0.948, 1.237, 1.092, 0.998, 0.96, 1.15, 1.075, 1.554, 1.077, 0.96, 1.077, 0.613, 0.53, 0.613, 1.317, 0.786, 0.786, 0.963, 0.998, 0.864, 0.998, 0.967, 0.553, 0.998, 0.996, 0.437, 0.437, 0.91, 0.437, 1.531, 0.996, 0.962, 0.998, 0.998, 0.646, 0.819, 0.616, 0.996, 0.93, 1.285, 0.93, 0.93, 0.825, 1.0, 0.53, 1.0, 1.317];
// prettier-ignore
const BOLD_ASCII = [0.547, 0.717, 0.819, 1.317, 1.094, 1.575, 1.371, 0.481, 0.718, 0.718, 0.822, 1.317, 0.597, 0.652, 0.597, 0.574, 1.094, 1.094, 1.094, 1.094, 1.094, 1.094, 1.094, 1.094, 1.094, 1.094, 0.629, 0.629, 1.317, 1.317, 1.317, 0.912, 1.572, 1.216, 1.198, 1.153, 1.305, 1.074, 1.074, 1.29, 1.315, 0.585, 0.585, 1.218, 1.002, 1.564, 1.315, 1.336, 1.152, 1.336, 1.21, 1.132, 1.072, 1.276, 1.216, 1.734, 1.212, 1.138, 1.14, 0.718, 0.574, 0.718, 1.317, 0.786, 0.786, 1.061, 1.125, 0.932, 1.125, 1.066, 0.684, 1.125, 1.119, 0.539, 0.539, 1.045, 0.539, 1.638, 1.119, 1.08, 1.125, 1.125, 0.775, 0.936, 0.751, 1.119, 1.025, 1.452, 1.014, 1.025, 0.915, 1.119, 0.574, 1.119, 1.317];

/** The same for the letters and marks beyond ASCII a summary holds once diacritics are set aside: [regular, bold]. */
const OTHER_WIDTHS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["đ", [0.998, 1.125]],
  ["Đ", [1.218, 1.317]],
  ["“", [0.814, 1.033]],
  ["”", [0.814, 1.033]],
  ["‘", [0.5, 0.597]],
  ["’", [0.5, 0.597]],
  ["—", [1.572, 1.572]],
  ["–", [0.786, 0.786]],
  ["…", [1.572, 1.572]],
  ["·", [0.5, 0.597]],
  ["ı", [0.437, 0.539]],
]);

/** Width of one character (not ASCII), diacritics ignored (Vietnamese marks sit above or below the letter); an unknown one as wide as the widest letters. */
function charWidth(ch: string, bold: boolean): number {
  const known = OTHER_WIDTHS.get(ch);
  if (known !== undefined) return known[bold ? 1 : 0];
  if (ch !== ch.toLowerCase()) return bold ? 1.75 : 1.56;
  return bold ? 1.65 : 1.54;
}

/** A text's base letters, without combining marks (done once per text: a big sheet has many). */
function baseText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** The widths by code below 128 (control characters as wide as a space: never printed). */
const ASCII_WIDTHS = Array.from({ length: 128 }, (_, code) => (code >= 32 && code < 127 ? REGULAR_ASCII[code - 32] : REGULAR_ASCII[0]));
const BOLD_WIDTHS = Array.from({ length: 128 }, (_, code) => (code >= 32 && code < 127 ? BOLD_ASCII[code - 32] : BOLD_ASCII[0]));

/** `width` with the width of each of `base`'s characters added, in order, at 11 pt. */
function addBaseWidth(width: number, base: string, bold = false): number {
  const table = bold ? BOLD_WIDTHS : ASCII_WIDTHS;
  let sum = width;
  for (let i = 0; i < base.length; i++) {
    const code = base.charCodeAt(i);
    if (code < 128) {
      sum += table[code];
      continue;
    }
    // Characters by code point, as a string's iterator gives them.
    const point = base.codePointAt(i)!;
    if (point > 0xffff) i++;
    sum += charWidth(String.fromCodePoint(point), bold);
  }
  return sum;
}

/** Width of base letters at 11 pt. */
function rawWidth(base: string, bold: boolean): number {
  return addBaseWidth(0, base, bold);
}

/** Width of an ASCII character (code below 128) at 11 pt, regular. */
export function asciiWidth(code: number): number {
  return ASCII_WIDTHS[code];
}

/** `width` with the base letters of `text` added one by one (regular, 11 pt), as `textWidth` adds them (the same sum, in the same order). */
export function addTextWidth(width: number, text: string): number {
  return addBaseWidth(width, baseText(text));
}

export interface FontSpec {
  /** Size in points (11 is the sheet's default). */
  readonly size: number;
  readonly bold: boolean;
}

export const DEFAULT_FONT: FontSpec = { size: 11, bold: false };

/** A regular text's width in `font` over its width at 11 pt (bold has its own widths: `textWidth`). */
export function fontFactor(font: FontSpec): number {
  return font.size / 11;
}

/** Printed width of `text` on one line, in column units. */
export function textWidth(text: string, font: FontSpec = DEFAULT_FONT): number {
  return rawWidth(baseText(text), font.bold) * (font.size / 11);
}

/** Width of the longest word (what a column must hold for the text not to break inside a word). */
export function longestWordWidth(text: string, font: FontSpec = DEFAULT_FONT): number {
  let widest = 0;
  for (const word of baseText(text).split(/\s+/)) widest = Math.max(widest, rawWidth(word, font.bold));
  return widest * (font.size / 11);
}

/**
 * Lines `text` takes when wrapped in `width` column units: words are placed
 * greedily as a spreadsheet does; a word longer than a line breaks inside.
 */
export function wrappedLines(text: string, width: number, font: FontSpec = DEFAULT_FONT): number {
  const usable = Math.max(1, width - LINE_PADDING);
  const factor = font.size / 11;
  const space = (font.bold ? BOLD_WIDTHS : ASCII_WIDTHS)[0x20] * factor;
  let lines = 0;
  for (const paragraph of baseText(text).split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/ +/)) {
      if (word === "") continue;
      let w = rawWidth(word, font.bold) * factor;
      const needed = used === 0 ? w : used + space + w;
      if (needed <= usable) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the line fills whole lines.
      while (w > usable) {
        lines++;
        w -= usable;
      }
      used = w;
    }
  }
  return lines;
}

/** A cell's inner padding, in column units (a few pixels each side): the room a column is given beyond its text. */
export const CELL_PADDING = 0.8;

/**
 * The part of a column's width its wrapped lines leave empty, in units:
 * LibreOffice prints a line within about 0.3 unit of the column's width (a
 * summary's printed lines measured), Excel's padding (5 px) is outside the
 * width a column's units give.
 */
export const LINE_PADDING = 0.4;
