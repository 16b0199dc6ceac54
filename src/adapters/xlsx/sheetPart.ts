/**
 * A worksheet part edited without decoding or parsing its cells: the part's
 * bytes split into what comes before `sheetData`, its rows and what comes
 * after. Edits of the sheet's frame (tab selection, the notes' drawing) work
 * on `outside` — the part with `sheetData` left empty, a few kilobytes
 * however large the sheet — and highlights rewrite only the rows they touch;
 * every other byte of the part is copied as it was.
 *
 * Rows are found by their start tags (`<row`, or `<x:row` with the prefix of
 * `sheetData`), comments and CDATA sections skipped; a part whose rows are not
 * all numbered (`r`), or that this split does not recognise, is null and
 * takes the general path (the whole part as text).
 */
import { highlightSheet, type CellTarget } from "./highlightXml";

interface RowSpan {
  /** 0-based row number. */
  readonly row: number;
  readonly start: number;
  readonly end: number;
}


const MARKUP_DECLARATION = Buffer.from("<!", "latin1");

function isNameEnd(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;
}

/** The value of attribute `r` in the start tag `tag` (bytes from `<` to `>`), or undefined. */
function rowNumberOf(tag: string): number | undefined {
  const m = /\sr\s*=\s*(?:"\s*(\d+)\s*"|'\s*(\d+)\s*')/.exec(tag);
  return m === null ? undefined : Number(m[1] ?? m[2]);
}

/** Where the start tag opened at `at` ends (after its `>`), quoted `>` skipped. */
function tagEnd(bytes: Buffer, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < bytes.length; i++) {
    const b = bytes[i];
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === 0x22 || b === 0x27) quote = b;
    else if (b === 0x3e) return i + 1;
  }
  return -1;
}

/** The comments and CDATA sections of the part (`<!--`, `<![CDATA[`), found as they are needed. */
class Skips {
  /** Position of the next `<!` at or after the last search, -1 when none is left, -2 before any search. */
  private known = -2;
  private from = 0;

  constructor(private readonly bytes: Buffer) {}

  private next(from: number): number {
    if (this.known === -1 || (this.known >= from && this.from <= from)) return this.known;
    this.from = from;
    this.known = this.bytes.indexOf(MARKUP_DECLARATION, from);
    return this.known;
  }

  /** The first comment or CDATA section starting in [from, before): its start and end; null when none. */
  within(from: number, before: number): { start: number; end: number } | null {
    let at = from;
    for (;;) {
      const start = this.next(at);
      if (start < 0 || start >= before) return null;
      const head = this.bytes.toString("latin1", start, start + 9);
      const close = head.startsWith("<!--") ? "-->" : head === "<![CDATA[" ? "]]>" : null;
      if (close === null) {
        at = start + 2;
        continue;
      }
      const end = this.bytes.indexOf(close, start + 4, "latin1");
      if (end < 0) throw new Error("unclosed comment or CDATA section");
      return { start, end: end + close.length };
    }
  }
}

export class SheetPart {
  private readonly edited = new Map<number, string>();
  private readonly inserted = new Map<number, string>();
  private readonly original: string;

  private constructor(
    private readonly bytes: Buffer,
    /** The frame: the part with an empty `sheetData` (`<x:sheetData/>`). */
    public outside: string,
    private readonly stub: string,
    private readonly prefix: string,
    private readonly openTag: { readonly start: number; readonly end: number },
    private readonly closeTag: { readonly start: number; readonly end: number } | null,
    private readonly rows: readonly RowSpan[],
  ) {
    this.original = outside;
  }

  /** True when anything was edited: the part must be written again. */
  get changed(): boolean {
    return this.outside !== this.original || this.edited.size > 0 || this.inserted.size > 0;
  }

  /** The part split, or null when it takes the general path. */
  static split(bytes: Buffer): SheetPart | null {
    const found = /<([A-Za-z_][\w.-]*:)?sheetData[\s>/]/.exec(bytes.toString("latin1", 0, Math.min(bytes.length, 1 << 20)));
    if (found === null) return null;
    const start = found.index;
    const prefix = found[1] ?? "";
    const openEnd = tagEnd(bytes, start);
    if (openEnd < 0) return null;
    const stub = `<${prefix}sheetData/>`;
    const headText = bytes.toString("utf8", 0, start);
    if (headText.includes("<!--") || headText.includes("<![CDATA[")) return null;
    if (bytes[openEnd - 2] === 0x2f) {
      // `<sheetData/>`: no rows.
      const outside = headText + stub + bytes.toString("utf8", openEnd);
      return new SheetPart(bytes, outside, stub, prefix, { start, end: openEnd }, null, []);
    }
    const closeText = `</${prefix}sheetData>`;
    const closeStart = bytes.lastIndexOf(closeText, undefined, "latin1");
    if (closeStart < openEnd) return null;
    const rows = SheetPart.rowSpans(bytes, prefix, openEnd, closeStart);
    if (rows === null) return null;
    const outside = headText + stub + bytes.toString("utf8", closeStart + closeText.length);
    return new SheetPart(bytes, outside, stub, prefix, { start, end: openEnd }, { start: closeStart, end: closeStart + closeText.length }, rows);
  }

  /**
   * The rows' start tags, in order; a row's span runs to the next row's start
   * (or to the end of `sheetData`), with the white space or comments after it.
   */
  private static rowSpans(bytes: Buffer, prefix: string, from: number, to: number): RowSpan[] | null {
    const open = Buffer.from(`<${prefix}row`, "latin1");
    const skips = new Skips(bytes);
    const starts: Array<{ row: number; start: number }> = [];
    let at = from;
    let last = -1;
    while (at < to) {
      const start = bytes.indexOf(open, at);
      if (start < 0 || start >= to) break;
      const skip = skips.within(at, start);
      if (skip !== null) {
        at = skip.end;
        continue;
      }
      at = start + open.length;
      if (!isNameEnd(bytes[at])) continue;
      const openEnd = tagEnd(bytes, start);
      if (openEnd < 0 || openEnd > to) return null;
      const row = rowNumberOf(bytes.toString("latin1", start, openEnd));
      if (row === undefined || row - 1 <= last) return null;
      starts.push({ row: row - 1, start });
      last = row - 1;
      at = openEnd;
    }
    return starts.map((s, i) => ({ row: s.row, start: s.start, end: i + 1 < starts.length ? starts[i + 1].start : to }));
  }

  /**
   * The target cells get the format `styleFor(current, target)`; the rows and
   * cells the sheet lacks are added in order, as `highlightSheet` does.
   */
  highlight<T extends CellTarget>(targets: readonly T[], styleFor: (current: number, target: T) => number): void {
    const byRow = new Map<number, T[]>();
    for (const t of targets) {
      const list = byRow.get(t.row);
      if (list) list.push(t);
      else byRow.set(t.row, [t]);
    }
    const wrapOpen = `<${this.prefix}worksheet><${this.prefix}sheetData>`;
    const wrapClose = `</${this.prefix}sheetData></${this.prefix}worksheet>`;
    const spans = new Map(this.rows.map((r, i) => [r.row, i] as const));
    for (const [row, list] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
      const index = spans.get(row);
      if (index !== undefined) {
        const span = this.rows[index];
        const text = this.edited.get(index) ?? this.bytes.toString("utf8", span.start, span.end);
        const xml = highlightSheet(wrapOpen + text + wrapClose, list, styleFor);
        this.edited.set(index, xml.slice(wrapOpen.length, xml.length - wrapClose.length));
        continue;
      }
      // A row the sheet lacks: written before the first row after it (or at the end).
      const next = this.rows.findIndex((r) => r.row > row);
      const at = next < 0 ? this.rows.length : next;
      const xml = highlightSheet(`${wrapOpen}${wrapClose}`, list, styleFor);
      this.inserted.set(at, (this.inserted.get(at) ?? "") + xml.slice(wrapOpen.length, xml.length - wrapClose.length));
    }
  }

  /** The part's bytes in pieces: the frame as edited, the rows as they were but those edited. */
  toPieces(): Buffer[] {
    const stubAt = this.outside.indexOf(this.stub);
    if (stubAt < 0) throw new Error("The sheet's frame lost its sheetData");
    const pieces: Buffer[] = [Buffer.from(this.outside.slice(0, stubAt), "utf8")];
    if (this.closeTag === null && this.inserted.size === 0) {
      pieces.push(this.bytes.subarray(this.openTag.start, this.openTag.end));
    } else {
      if (this.closeTag === null) pieces.push(Buffer.from(`<${this.prefix}sheetData>`, "utf8"));
      else pieces.push(this.bytes.subarray(this.openTag.start, this.openTag.end));
      let copied = this.openTag.end;
      const end = this.closeTag === null ? this.openTag.end : this.closeTag.start;
      for (let i = 0; i <= this.rows.length; i++) {
        const insert = this.inserted.get(i);
        const edit = this.edited.get(i);
        if (insert === undefined && edit === undefined) continue;
        const span = this.rows[i] as RowSpan | undefined;
        const at = span === undefined ? end : span.start;
        if (at > copied) pieces.push(this.bytes.subarray(copied, at));
        copied = at;
        if (insert !== undefined) pieces.push(Buffer.from(insert, "utf8"));
        if (edit !== undefined && span !== undefined) {
          pieces.push(Buffer.from(edit, "utf8"));
          copied = span.end;
        }
      }
      if (end > copied) pieces.push(this.bytes.subarray(copied, end));
      pieces.push(this.closeTag === null ? Buffer.from(`</${this.prefix}sheetData>`, "utf8") : this.bytes.subarray(this.closeTag.start, this.closeTag.end));
    }
    pieces.push(Buffer.from(this.outside.slice(stubAt + this.stub.length), "utf8"));
    return pieces;
  }
}
