/**
 * The `<sheetData>` element of a streamed worksheet part, read from its
 * inflated bytes, window by window, without decoding them to text.
 *
 * The same reading as the text scanner (sheetDataScan.ts, kept as the
 * reference for a whole part): the same attributes read (`r`, `t`, `s` of a
 * cell; `r`, `hidden` of a row; `t`, `si` of a formula), the same
 * well-formedness checks (end tags match their start tags as written,
 * attributes quoted, entities known, comments and CDATA closed). What
 * changes is what it reads: bytes. Numbers are read from their digits, a
 * shared string's index too; only text that becomes a value (a `<v>` that is
 * not a plain number, a formula, an inline string, an attribute value read as
 * text) is decoded, and only that range. A cell of the usual form
 * (`<c r=".." t="s" s=".."><v>123</v></c>`) goes to the builder in one call,
 * with no object per cell; the others fill the one reused `ScannedCell`.
 * Element names are kept once each in a small table (bytes, local name,
 * kind), so the stack of open elements is a stack of numbers, valid across
 * windows.
 *
 * A window ends anywhere (inside a tag, a text, a UTF-8 sequence): the
 * scanner stops before the construct the window cuts and says where; the
 * caller (sheetStream.ts) starts the next window with those bytes.
 *
 * Tested against the text scanner on random serialisations cut at random
 * bytes (sheetDataBytes.test.ts) and through the streamed reader against
 * `parseSheetXml` (sheetStream.test.ts).
 */
import type { ScannedCell } from "./sheetDataScan";
import { decodeText, normalizeLineEnds } from "./sheetDataScan";
import type { PlainCells, SheetBuilder } from "./sheetXml";
import { StringItemText, XmlError } from "./xml";

// Byte values.
const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const COLON = 58;
const BANG = 33;
const QUESTION = 63;
const MINUS = 45;
const DOT = 46;
const LF = 10;

/** Local-name kinds of the elements the scanner acts on. */
const OTHER = 0;
const ROW = 1;
const C = 2;
const V = 3;
const F = 4;
const IS = 5;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT;
}

/** Exact powers of ten (10^22 is the largest a double holds exactly). */
const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** Where the number the last `scanNumber` or `scanInteger` read ends. */
let numberEnd = 0;

/**
 * A number written `-?digits(.digits)?([eE][+-]?digits)?` from `start`
 * (before `end`), read as far as that form goes (`numberEnd` says where),
 * exactly as `Number` reads its text, or NaN when it is not in that form or
 * not one this shortcut reads exactly: up to 15 digits (an integer below
 * 2^53) and a power of ten up to 10^22, both exact in a double, so that one
 * division or multiplication gives the correctly rounded value `Number`
 * gives (Clinger's fast path). Others (more digits, spaces, `+`, `.5`,
 * `1.`, hex) are read the long way by the caller. One pass: the caller
 * checks that the value ends where the number does.
 */
function scanNumber(b: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = b[i] === MINUS;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let d = 0;
  for (; i < end; i++) {
    d = b[i] - 48;
    if (d < 0 || d > 9) break;
    m = m * 10 + d;
    digits++;
  }
  if (digits === 0) return NaN;
  let scale = 0;
  if (i < end && b[i] === DOT) {
    i++;
    const fracStart = i;
    for (; i < end; i++) {
      d = b[i] - 48;
      if (d < 0 || d > 9) break;
      m = m * 10 + d;
    }
    if (i === fracStart) return NaN;
    digits += i - fracStart;
    scale = fracStart - i;
  }
  if (digits > 15) return NaN;
  if (i < end && (b[i] === 101 || b[i] === 69)) {
    // e E
    i++;
    let expNegative = false;
    if (b[i] === MINUS) {
      expNegative = true;
      i++;
    } else if (b[i] === 43) i++; // +
    const expStart = i;
    let exp = 0;
    for (; i < end; i++) {
      d = b[i] - 48;
      if (d < 0 || d > 9) break;
      exp = exp * 10 + d;
    }
    if (i === expStart || i - expStart > 4) return NaN;
    scale += expNegative ? -exp : exp;
  }
  numberEnd = i;
  let n: number;
  if (scale === 0) n = m;
  else if (scale < 0 && scale >= -22) n = m / POW10[-scale];
  else if (scale > 0 && scale <= 22) n = m * POW10[scale];
  else return NaN;
  return negative ? -n : n;
}

/** `scanNumber` over exactly `[start, end)`: NaN unless the number fills it. */
export function readNumber(b: Uint8Array, start: number, end: number): number {
  const n = scanNumber(b, start, end);
  return n === n && numberEnd === end ? n : NaN;
}

/** An integer of up to 15 digits, optionally negative, from `start` (before `end`), as far as its digits go (`numberEnd`); NaN when there is none. */
function scanInteger(b: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = b[i] === MINUS;
  if (negative) i++;
  const digitsStart = i;
  let n = 0;
  for (; i < end; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  if (i === digitsStart || i - digitsStart > 15) return NaN;
  numberEnd = i;
  return negative ? -n : n;
}

/** The same over text (a value read the long way). */
function integerText(v: string): number {
  let i = 0;
  const negative = v.charCodeAt(0) === MINUS;
  if (negative) i++;
  if (i === v.length || v.length - i > 15) return NaN;
  let n = 0;
  for (; i < v.length; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return negative ? -n : n;
}

/** A non-negative integer written in `[start, end)` (spaces around allowed); -1 when it is not one. */
function readInt(b: Uint8Array, start: number, end: number): number {
  while (start < end && isSpace(b[start])) start++;
  while (end > start && isSpace(b[end - 1])) end--;
  if (start === end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** An attribute value `1` or `true` (xsd:boolean), as written. */
function isTrueAt(b: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  return (length === 1 && b[start] === 49) || (length === 4 && b[start] === 116 && b[start + 1] === 114 && b[start + 2] === 117 && b[start + 3] === 101);
}

/** The cell types as bytes and as the constant strings the builder compares. */
const CELL_TYPES = ["s", "str", "inlineStr", "b", "e", "n", "d"];
const CELL_TYPE_BYTES = CELL_TYPES.map((t) => Buffer.from(t, "latin1"));
const HIDDEN = Buffer.from("hidden", "latin1");
const CDATA = Buffer.from("<![CDATA[", "latin1");
const COMMENT_END = Buffer.from("-->", "latin1");
const CDATA_END = Buffer.from("]]>", "latin1");
const PI_END = Buffer.from("?>", "latin1");

/**
 * Zero bytes after each window: the scanner looks a few bytes ahead (`</c>`,
 * `<v>`) without checking the window's end first; past the end it reads a
 * zero, which matches nothing. (A read past a typed array's end would make
 * V8 throw away the loop's compiled code, window after window.)
 */
const PADDING = 64;

/**
 * The least a window holds (a streamed part's chunks may be smaller): fewer,
 * longer runs of the loop. Windows of 2, 4 and 8 MiB read the 100 000-row
 * sheet in no less CPU and take more memory (BENCHMARKS.md).
 */
const WINDOW = 1024 * 1024;

const ROW_END = Buffer.from("</row>", "latin1");

/** How far back from the end of new bytes a window's last `</row>` is looked for. */
const ROW_END_SPAN = 64 * 1024;

/**
 * Where a window that is not the part's last ends: after the last `</row>` in
 * `bytes` from `start` (looked for in their last `ROW_END_SPAN` bytes), else
 * (a row longer than that, a prefixed name) after the last `>`. Any end is
 * read correctly (the scanner stops before a construct the window cuts); a
 * window of whole rows is read by the usual cells' path alone, whereas a cut
 * inside a cell sends its end through the general path, and V8 throws away
 * the loop's compiled code the first time each such path runs (a new
 * compilation of the loop, ≈ 25 ms of a compiler thread, each time).
 */
function windowEnd(bytes: Buffer, start: number): number {
  const from = Math.max(start, bytes.length - ROW_END_SPAN);
  const row = bytes.subarray(from).lastIndexOf(ROW_END);
  return row >= 0 ? from + row + ROW_END.length : bytes.lastIndexOf(GT) + 1;
}

/** The least the first window of a part holds (the others: `WINDOW`). */
const FIRST_WINDOW = 16 * 1024;

/**
 * Where the first window of a part ends: after the first `</row>` past its
 * first `FIRST_WINDOW` bytes. A short first window is read to its end
 * before V8 compiles the loop (it compiles it while a long window is read,
 * once the loop has run long enough), so the compiled loop has met a
 * window's end already and is not thrown away at the first one.
 */
function firstWindowEnd(bytes: Buffer, start: number): number {
  const row = bytes.indexOf(ROW_END, start + FIRST_WINDOW);
  return row >= 0 ? row + ROW_END.length : windowEnd(bytes, start);
}

function bytesAre(b: Uint8Array, start: number, end: number, name: Uint8Array): boolean {
  if (end - start !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[start + k] !== name[k]) return false;
  return true;
}

/** The text of `[start, end)`, UTF-8. */
function utf8(b: Buffer, start: number, end: number): string {
  return b.toString("utf8", start, end);
}

/** Attribute values: as text, white space characters read as spaces (XML attribute-value normalisation), entities decoded. */
function attributeText(b: Buffer, start: number, end: number): string {
  const raw = utf8(b, start, end);
  const text = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n?|[\t\n]/g, " ") : raw;
  return text.indexOf("&") >= 0 ? decodeText(text) : text;
}

function cellType(b: Buffer, start: number, end: number): string {
  if (end - start === 1 && b[start] === 115) return "s";
  for (let k = 0; k < CELL_TYPES.length; k++) if (bytesAre(b, start, end, CELL_TYPE_BYTES[k])) return CELL_TYPES[k];
  return attributeText(b, start, end);
}

/** Element names met, each once: its bytes as written, its length, its local name, its kind. */
class NameTable {
  readonly bytes: Buffer[] = [];
  readonly length: number[] = [];
  readonly local: string[] = [];
  readonly kind: number[] = [];

  constructor() {
    // The unprefixed names of SpreadsheetML's sheet data first, at known ids (ROW_ID, C_ID).
    for (const name of ["row", "c", "v", "f", "is"]) this.add(Buffer.from(name, "latin1"), 0, name.length);
  }

  /** The id of the name in `[start, end)`, added when new. */
  id(b: Buffer, start: number, end: number): number {
    const len = end - start;
    const names = this.bytes;
    const lengths = this.length;
    for (let k = 0; k < lengths.length; k++) {
      if (lengths[k] !== len) continue;
      const n = names[k];
      let same = true;
      for (let j = 0; j < len; j++) {
        if (b[start + j] !== n[j]) {
          same = false;
          break;
        }
      }
      if (same) return k;
    }
    return this.add(b, start, end);
  }

  private add(b: Buffer, start: number, end: number): number {
    const name = Buffer.from(b.subarray(start, end));
    let localStart = 0;
    for (let k = name.length - 1; k >= 0; k--) {
      if (name[k] === COLON) {
        localStart = k + 1;
        break;
      }
    }
    const local = name.toString("utf8", localStart);
    this.bytes.push(name);
    this.length.push(name.length);
    this.local.push(local);
    this.kind.push(local === "row" ? ROW : local === "c" ? C : local === "v" ? V : local === "f" ? F : local === "is" ? IS : OTHER);
    return this.bytes.length - 1;
  }
}

/** The ids of `row` and `c` (without prefix) in every name table. */
const ROW_ID = 0;
const C_ID = 1;

/**
 * Thrown instead of an error when the window ends inside a construct that is
 * not the part's last: the scanner stops before it.
 */
const CUT_SHORT = { cutShort: true } as const;

/**
 * Reads the content of `<sheetData>`, window by window, into a `SheetBuilder`.
 * `scan` reads a window from `start` as far as its last complete construct
 * and returns where it stopped; the next window must start with the bytes
 * from there.
 */
export class SheetDataBytesScanner {
  /** True once `</sheetData>` was read. */
  done = false;
  /** Newlines in the bytes of earlier windows, for error messages. */
  private lineBase = 0;
  private readonly names = new NameTable();
  /** The ids of the open elements inside sheetData. */
  private readonly open: number[] = [];
  private readonly sheetDataName: Buffer;
  private row = -1;
  private col = -1;
  private readonly cell: ScannedCell = { row: 0, col: 0, type: undefined, style: undefined, value: undefined, formula: undefined, formulaType: undefined, formulaIndex: undefined, inline: undefined, integer: NaN };
  private inCell = false;
  private cellDepth = 0;
  private inInline = false;
  // What text goes to: 0 nothing, 1 the value, 2 the formula, 3 the inline string.
  private target = 0;
  private readonly item = new StringItemText();
  /** Set while a window that is not the last is read. */
  private notLast = false;
  private window: Buffer = Buffer.alloc(0);

  private readonly plain: PlainCells;

  constructor(
    /** The `sheetData` element's name as written (`sheetData`, `x:sheetData`). */
    name: string,
    private readonly builder: SheetBuilder,
  ) {
    this.sheetDataName = Buffer.from(name, "utf8");
    this.plain = builder.plain;
  }

  /** The window: the bytes left unread by the last one, then the new ones, then `PADDING` zero bytes. */
  private pool: Buffer = Buffer.alloc(1 << 16);
  /** How many bytes at the start of `pool` the last window left unread. */
  private carried = 0;
  /** Whether no window of the part has been read yet (`firstWindowEnd`). */
  private firstWindow = true;

  /**
   * Reads the next bytes of the part (`bytes` from `start`), after those the
   * last call left unread. `last`: they are the end of the part (then a
   * missing end is an error). Returns the bytes after `</sheetData>` once it
   * is read (`done`), else null.
   */
  feed(bytes: Buffer, start: number, last: boolean): Buffer | null {
    // The lines before `start`, for error messages.
    if (start > 0) for (let n = bytes.indexOf(LF); n >= 0 && n < start; n = bytes.indexOf(LF, n + 1)) this.lineBase++;
    // The window ends after the new bytes' last `</row>` (`windowEnd`), so that the loop stops between two
    // rows, not inside a cell; the bytes after it wait for the next window.
    if (!last && this.carried + bytes.length - start < (this.firstWindow ? FIRST_WINDOW : WINDOW)) {
      this.hold(bytes.subarray(start));
      return null;
    }
    const cut = last ? bytes.length : this.firstWindow ? firstWindowEnd(bytes, start) : windowEnd(bytes, start);
    this.firstWindow = false;
    if (!last && cut <= start) {
      this.hold(bytes.subarray(start));
      return null;
    }
    const length = this.carried + cut - start;
    this.reserve(length);
    const pool = this.pool;
    pool.set(bytes.subarray(start, cut), this.carried);
    pool.fill(0, length, length + PADDING);
    // A view of exactly the window and its padding: searches end there.
    const window = pool.subarray(0, length + PADDING);
    const stop = this.scan(window, length, last);
    if (this.done) {
      this.carried = 0;
      return Buffer.concat([window.subarray(stop, length), bytes.subarray(cut)]);
    }
    pool.copyWithin(0, stop, length);
    this.carried = length - stop;
    this.hold(bytes.subarray(cut));
    return null;
  }

  /** Keeps `bytes` after those carried, for the next window. */
  private hold(bytes: Buffer): void {
    this.reserve(this.carried + bytes.length);
    this.pool.set(bytes, this.carried);
    this.carried += bytes.length;
  }

  /** Room in the pool for a window of `length` bytes and its padding, the carried bytes kept. */
  private reserve(length: number): void {
    if (length + PADDING <= this.pool.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(length + PADDING, this.pool.length * 2));
    this.pool.copy(bigger, 0, 0, this.carried);
    this.pool = bigger;
  }

  /**
   * Reads the window `b` (its `end` first bytes; zeros after them) from 0.
   * Returns the index just after `</sheetData>` once read (`done`), else where
   * the window's last complete construct ends.
   */
  private scan(b: Buffer, end: number, last: boolean): number {
    this.notLast = !last;
    this.window = b;
    let stop: number;
    try {
      stop = this.read(b, end, last);
    } catch (error) {
      if (error === CUT_SHORT) stop = this.resumeAt;
      else throw error;
    }
    for (let n = b.indexOf(LF); n >= 0 && n < stop; n = b.indexOf(LF, n + 1)) this.lineBase++;
    return stop;
  }

  /** Where the construct being read when the window ran out starts. */
  private resumeAt = 0;

  private malformed(at: number, what: string): XmlError {
    const b = this.window;
    let line = this.lineBase + 1;
    for (let n = b.indexOf(LF); n >= 0 && n < at; n = b.indexOf(LF, n + 1)) line++;
    return new XmlError(`${what} (line ${line})`);
  }

  /** The window ends at `at` inside a construct: malformed, or in a window that is not the last, more to come. */
  private cutShort(at: number, what: string): XmlError | typeof CUT_SHORT {
    return this.notLast ? CUT_SHORT : this.malformed(at, what);
  }

  /** The reading's state, kept across windows. */
  private keep(row: number, col: number, inCell: boolean, cellDepth: number, inInline: boolean, target: number, resume: number): void {
    this.row = row;
    this.col = col;
    this.inCell = inCell;
    this.cellDepth = cellDepth;
    this.inInline = inInline;
    this.target = target;
    this.resumeAt = resume;
  }

  /** Text inside a cell, added to what `target` names. */
  private addText(target: number, text: string): void {
    const cell = this.cell;
    if (target === 1) cell.value = (cell.value ?? "") + text;
    else if (target === 2) cell.formula = (cell.formula ?? "") + text;
    else if (target === 3) this.item.add(text);
  }

  /** A cell read the long way, its `<v>` (if a number or an index) given as a number. */
  private endCell(): void {
    const cell = this.cell;
    const v = cell.value;
    const t = cell.type;
    if (v !== undefined && (t === undefined || t === "n" || t === "s")) {
      const n = integerText(v);
      if (n === n) {
        cell.integer = n;
        cell.value = undefined;
      }
    }
    this.builder.onCell(cell);
  }

  /**
   * The loop over a window: cells of the usual form read here, directly;
   * everything else (rows, cells read the long way and what is inside them,
   * comments, the end of the sheet data) by `construct`, so that this loop,
   * compiled again whenever V8 meets a path it has not run, stays small.
   */
  private read(b: Buffer, end: number, last: boolean): number {
    const open = this.open;
    let row = this.row;
    let col = this.col;
    let i = 0;
    let resume = 0;
    try {
      for (;;) {
        // Tags mostly follow each other: look at the next byte before searching. At the window's end (only zeros
        // after it) nothing is searched: there, in a part of tags alone, the search would be the loop's only call of
        // `Buffer.prototype.indexOf`, whose own inner call may have no type feedback yet when V8 compiles the loop
        // with it inlined, and V8 would throw the compiled loop away at the first window's end (two compilations
        // more, OSR and whole, of this large function).
        const lt = i < end ? (b[i] === LT ? i : b.indexOf(LT, i)) : -1;
        if (lt < 0) {
          if (!last) {
            // Text cut by the window's end (it may end inside a UTF-8 sequence): read with the next window.
            this.row = row;
            this.col = col;
            this.resumeAt = i;
            return i;
          }
          throw this.malformed(i, `no end tag for ${this.sheetDataName.toString("utf8")}`);
        }
        resume = lt;
        if (b[lt + 1] === 99 && !this.inCell) {
          // A cell's start tag in the usual form (outside a cell, no text is kept).
          const after = readCellTag(b, lt + 2);
          if (after > 0) {
            if (tag.hasRef) {
              col = tag.col;
              row = tag.row;
            } else {
              col += 1;
              if (row < 0) row = 0;
            }
            const style = tag.style < 0 ? undefined : tag.style;
            if (b[after] === LT && b[after + 1] === 118 && b[after + 2] === GT) {
              const n = this.plainValue(b, after + 3, end, row, col, tag.type === 1, style);
              if (n > 0) {
                i = n;
                continue;
              }
            }
            open.push(C_ID);
            this.startCell(row, col, TAG_TYPES[tag.type], style);
            this.target = 0;
            this.inCell = true;
            this.cellDepth = open.length;
            i = after;
            continue;
          }
        } else if (b[lt + 1] === 114 && b[lt + 2] === 111 && b[lt + 3] === 119 && !this.inCell) {
          // A row's start tag in the usual form (as `construct` reads it outside a cell).
          const after = readRowTag(b, lt + 4);
          if (after > 0) {
            open.push(ROW_ID);
            row = rowRef >= 0 ? rowRef - 1 : row + 1;
            col = -1;
            i = after;
            continue;
          }
        } else if (b[lt + 1] === SLASH && b[lt + 2] === 114 && b[lt + 3] === 111 && b[lt + 4] === 119 && b[lt + 5] === GT && !this.inCell) {
          // `</row>` ending the open `<row>` (as `construct` reads it: outside a cell, no text is kept).
          const depth = open.length;
          if (depth > 0 && open[depth - 1] === ROW_ID) {
            open.pop();
            i = lt + 6;
            continue;
          }
        }
        this.row = row;
        this.col = col;
        i = this.construct(b, i, lt, end);
        if (this.done) return i;
        row = this.row;
        col = this.col;
      }
    } catch (error) {
      if (error !== CUT_SHORT) {
        this.row = row;
        this.col = col;
      }
      this.resumeAt = resume;
      throw error;
    }
  }

  /**
   * Reads what lies from `i` (text) to `lt` and the construct at `lt` (a
   * tag, a comment, CDATA, a processing instruction), the long way, from and
   * into the reading's state; returns the index after it.
   */
  private construct(b: Buffer, i: number, lt: number, end: number): number {
    const { open, names, cell, builder } = this;
    const nameKind = names.kind;
    const nameBytes = names.bytes;
    let { row, col, inCell, cellDepth, inInline, target } = this;

    const resume = lt;
    try {
      // One pass (`continue` ends it).
      do {
        if (lt > i && target !== 0) this.addText(target, decodeText(utf8(b, i, lt)));
        const c1 = b[lt + 1];

        // Fast path inside a cell: `</c>`, without prefix.
        if (inCell && !inInline && c1 === SLASH && b[lt + 2] === 99 && b[lt + 3] === GT && open.length === cellDepth && open[cellDepth - 1] === C_ID) {
          open.pop();
          inCell = false;
          this.endCell();
          i = lt + 4;
          continue;
        }

        if (c1 === SLASH) {
          // An end tag.
          const nameStart = lt + 2;
          let nameEnd = nameStart;
          while (nameEnd < end && !isNameEnd(b[nameEnd])) nameEnd++;
          let gt = nameEnd;
          while (gt < end && isSpace(b[gt])) gt++;
          if (b[gt] !== GT) throw gt >= end ? this.cutShort(lt, "unterminated end tag") : this.malformed(lt, "unterminated end tag");
          const depth = open.length;
          if (depth === 0) {
            if (!bytesAre(b, nameStart, nameEnd, this.sheetDataName)) throw this.malformed(lt, `end tag ${utf8(b, nameStart, nameEnd)} does not match ${this.sheetDataName.toString("utf8")}`);
            this.done = true;
            this.keep(row, col, inCell, cellDepth, inInline, target, gt + 1);
            return gt + 1;
          }
          const id = open[depth - 1];
          if (nameEnd - nameStart !== names.length[id] || !bytesAre(b, nameStart, nameEnd, nameBytes[id])) {
            throw this.malformed(lt, `end tag ${utf8(b, nameStart, nameEnd)} does not match ${nameBytes[id].toString("utf8")}`);
          }
          open.pop();
          i = gt + 1;
          if (!inCell) continue;
          if (inInline) {
            if (nameKind[id] === IS) {
              cell.inline = this.item.take();
              inInline = false;
              target = 0;
            } else this.item.close(names.local[id]);
          } else if (depth === cellDepth) {
            inCell = false;
            this.endCell();
          } else target = 0;
          continue;
        }

        if (c1 === BANG) {
          if (b[lt + 2] === 45 && b[lt + 3] === 45) {
            // <!--
            const close = b.indexOf(COMMENT_END, lt + 4);
            if (close < 0) throw this.cutShort(lt, "unterminated comment");
            i = close + 3;
          } else if (lt + 9 <= end && bytesAre(b, lt, lt + 9, CDATA)) {
            const close = b.indexOf(CDATA_END, lt + 9);
            if (close < 0) throw this.cutShort(lt, "unterminated CDATA section");
            if (target !== 0) this.addText(target, normalizeLineEnds(utf8(b, lt + 9, close)));
            i = close + 3;
          } else throw lt + 9 > end ? this.cutShort(lt, "unexpected '<!'") : this.malformed(lt, "unexpected '<!'");
          continue;
        }

        if (c1 === QUESTION) {
          const close = b.indexOf(PI_END, lt + 2);
          if (close < 0) throw this.cutShort(lt, "unterminated processing instruction");
          i = close + 2;
          continue;
        }

        // A start tag.
        const nameStart = lt + 1;
        let nameEnd = nameStart;
        while (nameEnd < end && !isNameEnd(b[nameEnd])) nameEnd++;
        if (nameEnd >= end) throw this.cutShort(lt, "a '<' that starts no tag");
        if (nameEnd === nameStart) throw this.malformed(lt, "a '<' that starts no tag");
        const nameLen = nameEnd - nameStart;
        const id =
          nameLen === 1 && b[nameStart] === 99 ? C_ID : nameLen === 3 && b[nameStart] === 114 && b[nameStart + 1] === 111 && b[nameStart + 2] === 119 ? ROW_ID : names.id(b, nameStart, nameEnd);
        const kind = inCell && inInline ? OTHER : nameKind[id];

        // Attributes: those of interest read, the others skipped.
        let a = nameEnd;
        let selfClosing = false;
        let rowRef = -2; // row: -2 no r attribute, -1 one that is not a number
        let rowHidden = false;
        let hasRef = false;
        let refRow = 0;
        let refCol = 0;
        let type: string | undefined;
        let style: number | undefined;
        let fType: string | undefined;
        let fIndex: string | undefined;
        for (;;) {
          const c = b[a];
          if (c === GT) {
            a++;
            break;
          }
          if (c === SLASH) {
            if (b[a + 1] !== GT) throw a + 1 >= end ? this.cutShort(a, "'/' not followed by '>'") : this.malformed(a, "'/' not followed by '>'");
            selfClosing = true;
            a += 2;
            break;
          }
          if (isSpace(c)) {
            a++;
            continue;
          }
          if (a >= end) throw this.cutShort(lt, "unterminated start tag");
          // An attribute: its name, `=`, its quoted value.
          const nStart = a;
          let ch = c;
          while (!isSpace(ch) && ch !== EQ && ch !== GT && ch !== SLASH && a < end) ch = b[++a];
          if (a === nStart || a >= end) throw this.attributeError(nStart, a >= end, "attribute without a name or a value");
          const nLen = a - nStart;
          while (isSpace(ch)) ch = b[++a];
          if (ch !== EQ) throw this.attributeError(a, a >= end, "attribute without a value");
          ch = b[++a];
          while (isSpace(ch)) ch = b[++a];
          if (ch !== QUOT && ch !== APOS) throw this.attributeError(a, a >= end, "unquoted attribute value");
          const vStart = a + 1;
          let vEnd = vStart;
          for (; vEnd < end; vEnd++) {
            const v = b[vEnd];
            if (v === ch) break;
            if (v === LT) throw this.malformed(vEnd, "'<' in an attribute value");
          }
          if (vEnd >= end) throw this.attributeError(a, true, "unterminated attribute value");
          if (kind === C) {
            if (nLen === 1) {
              const n = b[nStart];
              if (n === 114) {
                // r
                hasRef = readCellRef(b, vStart, vEnd);
                if (hasRef) {
                  refRow = ref.row;
                  refCol = ref.col;
                }
              } else if (n === 116) type = cellType(b, vStart, vEnd); // t
              else if (n === 115) {
                // s
                const v = readInt(b, vStart, vEnd);
                style = v >= 0 ? v : undefined;
              }
            }
          } else if (kind === ROW) {
            if (nLen === 1 && b[nStart] === 114) rowRef = readInt(b, vStart, vEnd); // r
            else if (bytesAre(b, nStart, nStart + nLen, HIDDEN)) rowHidden = isTrueAt(b, vStart, vEnd);
          } else if (kind === F) {
            if (nLen === 1 && b[nStart] === 116) fType = attributeText(b, vStart, vEnd);
            else if (nLen === 2 && b[nStart] === 115 && b[nStart + 1] === 105) fIndex = attributeText(b, vStart, vEnd);
          }
          a = vEnd + 1;
        }
        i = a;

        if (inCell) {
          if (!selfClosing) open.push(id);
          if (inInline) this.item.open(names.local[id], selfClosing);
          else if (kind === V) {
            target = selfClosing ? 0 : 1;
            cell.integer = NaN;
            if (!selfClosing) cell.value = "";
          } else if (kind === F) {
            cell.formula = "";
            cell.formulaType = fType;
            cell.formulaIndex = fIndex;
            target = selfClosing ? 0 : 2;
          } else if (kind === IS) {
            cell.inline = "";
            inInline = !selfClosing;
            target = inInline ? 3 : 0;
          }
          continue;
        }
        if (kind === C) {
          if (hasRef) {
            col = refCol;
            row = refRow;
          } else {
            col += 1;
            if (row < 0) row = 0;
          }
          // A self-closing `<c/>` (a styled empty cell) only moves the column on.
          if (selfClosing) continue;
          // The usual cell: `<v>` with a number (or a shared string's index), then `</c>`.
          if (id === C_ID && (type === undefined || type === "n" || type === "s") && b[i] === LT && b[i + 1] === 118 && b[i + 2] === GT) {
            const n = this.plainValue(b, i + 3, end, row, col, type === "s", style);
            if (n > 0) {
              i = n;
              continue;
            }
          }
          open.push(id);
          this.startCell(row, col, type, style);
          target = 0;
          inCell = true;
          cellDepth = open.length;
          continue;
        }
        if (!selfClosing) open.push(id);
        if (kind === ROW) {
          row = rowRef >= 0 ? rowRef - 1 : row + 1;
          col = -1;
          if (rowHidden) builder.onHiddenRow(row);
        }
        // eslint-disable-next-line no-constant-condition
      } while (false);
    } catch (error) {
      this.keep(row, col, inCell, cellDepth, inInline, target, resume);
      throw error;
    }
    this.keep(row, col, inCell, cellDepth, inInline, target, resume);
    return i;
  }

  /**
   * A cell whose content from `at` (after `<v>`) is a plain number (a shared
   * string's index when `shared`) then `</v></c>`: given to the builder;
   * returns the index after `</c>`, or -1 when the cell is not of that form.
   */
  private plainValue(b: Buffer, at: number, end: number, row: number, col: number, shared: boolean, style: number | undefined): number {
    // Digits then `<` (most values: an integer, or an index) read here; other forms by `scanNumber`/`scanInteger`.
    let p = at;
    let n = 0;
    for (let d = b[p] - 48; d >= 0 && d <= 9; d = b[++p] - 48) n = n * 10 + d;
    if (p === at || p - at > 15 || b[p] !== LT) {
      n = shared ? scanInteger(b, at, end) : scanNumber(b, at, end);
      if (n !== n) return -1;
      p = numberEnd;
    }
    if (p + 8 > end || b[p] !== LT || b[p + 1] !== SLASH || b[p + 2] !== 118 || b[p + 3] !== GT || b[p + 4] !== LT || b[p + 5] !== SLASH || b[p + 6] !== 99 || b[p + 7] !== GT) return -1;
    if (shared) this.plain.sharedString(row, col, style, n);
    else this.plain.number(row, col, style, n);
    return p + 8;
  }

  /** A cell opened, to be read the long way. */
  private startCell(row: number, col: number, type: string | undefined, style: number | undefined): void {
    const cell = this.cell;
    cell.row = row;
    cell.col = col;
    cell.type = type;
    cell.style = style;
    cell.value = cell.formula = cell.formulaType = cell.formulaIndex = cell.inline = undefined;
    cell.integer = NaN;
  }

  /** An attribute that is not well-formed, or cut by the window's end (`atEnd`); kept out of the loop. */
  private attributeError(at: number, atEnd: boolean, what: string): XmlError | typeof CUT_SHORT {
    return atEnd ? this.cutShort(at, what) : this.malformed(at, what);
  }
}

const ref = { row: 0, col: 0 };

/**
 * A cell's start tag as `readCellTag` read it: `type` 0 none, 1 `s`, 2 `n`;
 * `style` -1 none (numbers only: the object's shape never changes).
 */
const tag = { hasRef: false, row: 0, col: 0, type: 0, style: -1 };
const TAG_TYPES = [undefined, "s", "n"];

/**
 * The attributes of a cell's start tag from `at` (after `<c`), when they are
 * in the form producers write: each after one space, double-quoted, only `r`
 * (upper-case letters and digits), `t="s"` or `t="n"`, `s` (digits), then
 * `>`. Reads them into `tag` and returns the index after `>`; -1 when the tag
 * is in another form (then it is read the long way, which reads these alike).
 */
function readCellTag(b: Uint8Array, at: number): number {
  tag.hasRef = false;
  tag.type = 0;
  tag.style = -1;
  let p = at;
  for (;;) {
    const c = b[p];
    if (c === GT) return p + 1;
    if (c !== 32 || b[p + 2] !== EQ || b[p + 3] !== QUOT) return -1;
    const name = b[p + 1];
    p += 4;
    if (name === 114) {
      // r
      let col = 0;
      const letters = p;
      for (let d = b[p]; d >= 65 && d <= 90; d = b[++p]) col = col * 26 + (d - 64);
      if (p === letters || p - letters > 3) return -1;
      let row = 0;
      const digits = p;
      for (let d = b[p]; d >= 48 && d <= 57; d = b[++p]) row = row * 10 + (d - 48);
      if (p === digits || p - digits > 9 || b[p] !== QUOT) return -1;
      tag.hasRef = true;
      tag.row = row - 1;
      tag.col = col - 1;
    } else if (name === 116) {
      // t
      const t = b[p];
      if (b[p + 1] !== QUOT || (t !== 115 && t !== 110)) return -1;
      tag.type = t === 115 ? 1 : 2;
      p++;
    } else if (name === 115) {
      // s
      let style = 0;
      const digits = p;
      for (let d = b[p]; d >= 48 && d <= 57; d = b[++p]) style = style * 10 + (d - 48);
      if (p === digits || p - digits > 15 || b[p] !== QUOT) return -1;
      tag.style = style;
    } else return -1;
    p++;
  }
}

/** The `r` of the row start tag `readRowTag` read: -2 none. */
let rowRef = -2;

/** Bytes of attribute names a row's usual start tag holds (`r`, `spans`, `x14ac:dyDescent`, `ht`, `customHeight`…). */
function isNameByte(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === MINUS || c === DOT;
}

/**
 * The attributes of a row's start tag from `at` (after `<row`), when they are
 * in the form producers write: each after one space, its name of letters,
 * digits and `:_.-`, then `="` and a value without `<`; `r` digits only; no
 * `hidden`; then `>`. Reads `r` into `rowRef` and returns the index after
 * `>`; -1 when the tag is in another form (or cut by the window's end: the
 * zero bytes after it end no value), read the long way, which reads these alike.
 */
function readRowTag(b: Uint8Array, at: number): number {
  rowRef = -2;
  let p = at;
  for (;;) {
    if (b[p] === GT) return p + 1;
    if (b[p] !== 32) return -1;
    const name = ++p;
    while (isNameByte(b[p])) p++;
    const nameLength = p - name;
    if (nameLength === 0 || b[p] !== EQ || b[p + 1] !== QUOT) return -1;
    p += 2;
    if (nameLength === 1 && b[name] === 114) {
      // r
      let n = 0;
      const digits = p;
      for (let d = b[p]; d >= 48 && d <= 57; d = b[++p]) n = n * 10 + (d - 48);
      if (p === digits || p - digits > 15 || b[p] !== QUOT) return -1;
      rowRef = n;
    } else {
      if (nameLength === 6 && bytesAre(b, name, p - 2, HIDDEN)) return -1;
      for (let v = b[p]; v !== QUOT; v = b[++p]) if (v === LT || v === 0) return -1;
    }
    p++;
  }
}

/**
 * A cell reference (`B12`, `$B$12`, `b12`) in `[start, end)` into `ref`;
 * false when it is not one. The same reading as the text scanner's.
 */
function readCellRef(b: Uint8Array, start: number, end: number): boolean {
  if (isSpace(b[start]) || isSpace(b[end - 1])) {
    while (start < end && isSpace(b[start])) start++;
    while (end > start && isSpace(b[end - 1])) end--;
  }
  let i = start;
  if (i < end && b[i] === 36) i++; // $
  let col = 0;
  const colStart = i;
  for (; i < end; i++) {
    const c = b[i] | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3) return false;
  if (i < end && b[i] === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < end; i++) {
    const c = b[i];
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (i === rowStart || i !== end) return false;
  ref.row = row - 1;
  ref.col = col - 1;
  return true;
}
