/**
 * How wide a text prints, in spreadsheet column units (the width of the digit
 * `0` of the sheet's default font), and on how many lines it wraps in a
 * column. An estimate made on the wider of the two fonts a summary is printed
 * with: Calibri in Excel, DejaVu Sans where LibreOffice substitutes it. Too
 * wide an estimate costs a little white space; too narrow cuts text off.
 */

/** Widths relative to the digit `0`, from DejaVu Sans advance widths (units per em 2048, `0` = 1303). */
const NARROW = new Set([..."iljI.,:;'|!`ı"]);
const SEMI = new Set([..."frt()[]{}/\\-*\"“”‘’"]);
const WIDE = new Set([..."mwMW%@—"]);

/** Width of one character, diacritics ignored (Vietnamese marks sit above or below the letter). */
function charWidth(ch: string): number {
  if (ch === " ") return 0.5;
  if (NARROW.has(ch)) return 0.47;
  if (SEMI.has(ch)) return 0.62;
  if (WIDE.has(ch)) return 1.55;
  if (ch >= "0" && ch <= "9") return 1;
  if (ch === "Đ" || ch === "đ") return ch === "Đ" ? 1.25 : 1;
  if (ch !== ch.toLowerCase()) return 1.2;
  return 0.97;
}

/** A text's base letters, without combining marks (done once per text: a big sheet has many). */
function baseText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** `charWidth` of the ASCII characters, by code (most of a sheet's text: numbers, references). */
const ASCII_WIDTHS = Array.from({ length: 128 }, (_, code) => charWidth(String.fromCharCode(code)));

/** Width of base letters at 11 pt, regular. */
function rawWidth(base: string): number {
  return addBaseWidth(0, base);
}

/** `width` with the width of each of `base`'s characters added, in order. */
function addBaseWidth(width: number, base: string): number {
  let sum = width;
  for (let i = 0; i < base.length; i++) {
    const code = base.charCodeAt(i);
    if (code < 128) {
      sum += ASCII_WIDTHS[code];
      continue;
    }
    // Characters by code point, as a string's iterator gives them.
    const point = base.codePointAt(i)!;
    if (point > 0xffff) i++;
    sum += charWidth(String.fromCodePoint(point));
  }
  return sum;
}

/** Width of an ASCII character (code below 128), as `charWidth` gives it. */
export function asciiWidth(code: number): number {
  return ASCII_WIDTHS[code];
}

/** `width` with the base letters of `text` added one by one, as `textWidth` adds them (the same sum, in the same order). */
export function addTextWidth(width: number, text: string): number {
  return addBaseWidth(width, baseText(text));
}

export interface FontSpec {
  /** Size in points (11 is the sheet's default). */
  readonly size: number;
  readonly bold: boolean;
}

export const DEFAULT_FONT: FontSpec = { size: 11, bold: false };

export function fontFactor(font: FontSpec): number {
  return (font.size / 11) * (font.bold ? 1.1 : 1);
}

/** Printed width of `text` on one line, in column units. */
export function textWidth(text: string, font: FontSpec = DEFAULT_FONT): number {
  return rawWidth(baseText(text)) * fontFactor(font);
}

/** Width of the longest word (what a column must hold for the text not to break inside a word). */
export function longestWordWidth(text: string, font: FontSpec = DEFAULT_FONT): number {
  let widest = 0;
  for (const word of baseText(text).split(/\s+/)) widest = Math.max(widest, rawWidth(word));
  return widest * fontFactor(font);
}

/**
 * Lines `text` takes when wrapped in `width` column units: words are placed
 * greedily as a spreadsheet does; a word longer than a line breaks inside.
 */
export function wrappedLines(text: string, width: number, font: FontSpec = DEFAULT_FONT): number {
  const usable = Math.max(1, width - CELL_PADDING);
  const factor = fontFactor(font);
  const space = charWidth(" ") * factor;
  let lines = 0;
  for (const paragraph of baseText(text).split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/ +/)) {
      if (word === "") continue;
      let w = rawWidth(word) * factor;
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

/** A cell's inner padding, in column units (a few pixels each side). */
export const CELL_PADDING = 0.8;
