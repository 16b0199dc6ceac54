/**
 * The `<sheetData>` element of a worksheet part, read by hand.
 *
 * Why not saxes here: on a 100 000 × 30 sheet (92 MB of XML, 6.4 million
 * elements) saxes' character-by-character state machine and its per-element
 * tag and attribute objects took about two thirds of the whole load (`node
 * --cpu-prof`, see BENCHMARKS.md). This scanner jumps from `<` to `<` with
 * `indexOf`, reads only the attributes a cell needs (`r`, `t`, `s`; `t` and
 * `si` of a formula) without building objects, and still checks that what it
 * reads is well-formed: start and end tags match (names compared as written),
 * attributes are quoted, entities are known, comments and CDATA are closed.
 * The rest of the part (the root, merges, extensions) stays with saxes
 * (sheetXml.ts).
 *
 * It is tested against SheetJS and ExcelJS on random sheets
 * (test/adapters/xlsx/sheetDataScan.test.ts).
 */
import { StringItemText, XmlError } from "./xml";

/** One cell as read; the object is reused from cell to cell. */
export interface ScannedCell {
  /** 0-based, after the `r` attributes of the row and the cell (or counting on when absent). */
  row: number;
  col: number;
  /** The `t` attribute (`s`, `str`, `inlineStr`, `b`, `e`, `n`, `d`), undefined when absent. */
  type: string | undefined;
  /** The `s` attribute (cell style index), undefined when absent. */
  style: number | undefined;
  /** The text of `<v>`, entities decoded; undefined when the cell has none. */
  value: string | undefined;
  /** The text of `<f>` ("" for `<f/>`); undefined when the cell has none. */
  formula: string | undefined;
  /** The `t` and `si` attributes of `<f>`. */
  formulaType: string | undefined;
  formulaIndex: string | undefined;
  /** The plain text of `<is>` (rich text runs joined, phonetic runs left out, OOXML escapes decoded). */
  inline: string | undefined;
  /**
   * The value of a number or shared-string cell (`t` absent, `n` or `s`) whose
   * `<v>` holds only an integer of up to 15 digits, read without building its
   * text (`value` is then undefined); NaN otherwise.
   */
  integer: number;
}

export interface SheetDataBounds {
  /** Index of the `<` of the `<sheetData>` start tag. */
  readonly start: number;
  /** Index just after its start tag's `>`. */
  readonly contentStart: number;
  /** The name as written (`sheetData`, `x:sheetData`). */
  readonly name: string;
  readonly selfClosing: boolean;
}

const SHEET_DATA = /<((?:[A-Za-z_][\w.-]*:)?sheetData)(?=[\s/>])/;

/** Where the `<sheetData>` start tag is, or null when the part has none. */
export function findSheetData(xml: string): SheetDataBounds | null {
  const m = SHEET_DATA.exec(xml);
  if (!m) return null;
  const end = tagEnd(xml, m.index + 1 + m[1].length);
  return { start: m.index, contentStart: end.next, name: m[1], selfClosing: end.selfClosing };
}

export function malformed(xml: string, at: number, what: string): XmlError {
  let line = 1;
  for (let i = xml.indexOf("\n"); i >= 0 && i < at; i = xml.indexOf("\n", i + 1)) line++;
  return new XmlError(`${what} (line ${line})`);
}

/**
 * Thrown instead of an error when a window of a streamed part ends inside a
 * construct (a tag, a comment, a CDATA section): the scanner stops there and
 * goes on when the next window, which starts with that construct, comes.
 */
const CUT_SHORT = { cutShort: true } as const;

/** True while a window of a streamed part that is not its last is scanned. */
let windowNotLast = false;

/** The input ends at `at` inside a construct: malformed, or in a window that is not the last, more to come. */
function cutShort(xml: string, at: number, what: string): XmlError | typeof CUT_SHORT {
  return windowNotLast ? CUT_SHORT : malformed(xml, at, what);
}

// Character codes.
const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const COLON = 58;
const BANG = 33;
const QUESTION = 63;

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT;
}

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z_][\w.-]*));|&/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML reads CR LF and a lone CR as LF, everywhere (CDATA included). */
export function normalizeLineEnds(raw: string): string {
  return raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
}

/** Character data as XML gives it: line ends normalised to `\n`, entities decoded. */
export function decodeText(raw: string): string {
  let text = normalizeLineEnds(raw);
  if (text.indexOf("&") < 0) return text;
  text = text.replace(ENTITY, (whole: string, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined || dec !== undefined) {
      const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XmlError(`invalid character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    if (name !== undefined && Object.prototype.hasOwnProperty.call(NAMED, name)) return NAMED[name];
    throw new XmlError(`undefined entity ${whole}`);
  });
  return text;
}

/** Attribute values: as text, then white space characters read as spaces (XML attribute-value normalisation). */
function decodeAttribute(raw: string): string {
  const text = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n?|[\t\n]/g, " ") : raw;
  return decodeText(text);
}

interface TagEnd {
  /** Index just after the tag's `>`. */
  next: number;
  selfClosing: boolean;
}

/** Skips the attributes of a start tag whose name ends at `i`. */
export function tagEnd(xml: string, i: number): TagEnd {
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c === GT) return { next: i + 1, selfClosing: false };
    if (c === SLASH) {
      if (xml.charCodeAt(i + 1) !== GT) throw malformed(xml, i, "'/' not followed by '>'");
      return { next: i + 2, selfClosing: true };
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    i = skipAttribute(xml, i).valueEnd + 1;
  }
}

/** An attribute at `i`: where its name ends and where its value starts and ends (the closing quote). */
interface AttributeSpan {
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

const span: AttributeSpan = { nameEnd: 0, valueStart: 0, valueEnd: 0 };

function skipAttribute(xml: string, i: number): AttributeSpan {
  const nameStart = i;
  let c = xml.charCodeAt(i);
  while (!isSpace(c) && c !== EQ && c !== GT && c !== SLASH && i < xml.length) c = xml.charCodeAt(++i);
  if (i === nameStart || i >= xml.length) throw attributeError(xml, nameStart, i >= xml.length, "attribute without a name or a value");
  span.nameEnd = i;
  while (isSpace(c)) c = xml.charCodeAt(++i);
  if (c !== EQ) throw attributeError(xml, i, i >= xml.length, "attribute without a value");
  c = xml.charCodeAt(++i);
  while (isSpace(c)) c = xml.charCodeAt(++i);
  if (c !== QUOT && c !== APOS) throw attributeError(xml, i, i >= xml.length, "unquoted attribute value");
  const quote = c;
  let close = i + 1;
  for (; close < xml.length; close++) {
    const v = xml.charCodeAt(close);
    if (v === quote) break;
    if (v === LT) throw malformed(xml, close, "'<' in an attribute value");
  }
  if (close >= xml.length) throw attributeError(xml, i, true, "unterminated attribute value");
  span.valueStart = i + 1;
  span.valueEnd = close;
  return span;
}

/**
 * An attribute that is not well-formed, or cut by the window's end (`atEnd`).
 * Kept out of `skipAttribute` so that its small body stays inlined in the scanner's loop.
 */
function attributeError(xml: string, at: number, atEnd: boolean, what: string): XmlError | typeof CUT_SHORT {
  return atEnd ? cutShort(xml, at, what) : malformed(xml, at, what);
}

function attributeValue(xml: string, a: AttributeSpan): string {
  const raw = xml.slice(a.valueStart, a.valueEnd);
  return raw.indexOf("&") >= 0 || raw.indexOf("\r") >= 0 || raw.indexOf("\n") >= 0 || raw.indexOf("\t") >= 0 ? decodeAttribute(raw) : raw;
}

/** The cell types, as constants (no new string per cell). */
const CELL_TYPES = ["s", "str", "inlineStr", "b", "e", "n", "d"];

function cellType(xml: string, a: AttributeSpan): string {
  const len = a.valueEnd - a.valueStart;
  for (const t of CELL_TYPES) if (t.length === len && xml.startsWith(t, a.valueStart)) return t;
  return attributeValue(xml, a);
}

/** A non-negative integer written in `[start, end)` (spaces around allowed); -1 when it is not one. */
function readInt(xml: string, start: number, end: number): number {
  while (start < end && isSpace(xml.charCodeAt(start))) start++;
  while (end > start && isSpace(xml.charCodeAt(end - 1))) end--;
  if (start === end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** An integer of up to 15 digits, optionally negative, filling `[start, end)`; NaN when it is not one. */
function readInteger(xml: string, start: number, end: number): number {
  let i = start;
  const negative = xml.charCodeAt(i) === 45; // -
  if (negative) i++;
  if (i === end || end - i > 15) return NaN;
  let n = 0;
  for (; i < end; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return negative ? -n : n;
}

/** A value read the long way (CDATA, prefixes, several text pieces) given as `integer` when it is one. */
function integerValue(cell: ScannedCell): ScannedCell {
  const v = cell.value;
  const t = cell.type;
  if (v !== undefined && (t === undefined || t === "n" || t === "s")) {
    const n = readInteger(v, 0, v.length);
    if (n === n) {
      cell.integer = n;
      cell.value = undefined;
    }
  }
  return cell;
}

const ref = { row: 0, col: 0 };

/**
 * A cell reference (`B12`, `$B$12`, `b12`) in `[start, end)` into `ref`;
 * false when it is not one. The same reading as sheetXml's `readCellRef`.
 */
function readCellRef(xml: string, start: number, end: number): boolean {
  if (isSpace(xml.charCodeAt(start)) || isSpace(xml.charCodeAt(end - 1))) {
    while (start < end && isSpace(xml.charCodeAt(start))) start++;
    while (end > start && isSpace(xml.charCodeAt(end - 1))) end--;
  }
  let i = start;
  if (i < end && xml.charCodeAt(i) === 36) i++; // $
  let col = 0;
  const colStart = i;
  for (; i < end; i++) {
    const c = xml.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3) return false;
  if (i < end && xml.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (i === rowStart || i !== end) return false;
  ref.row = row - 1;
  ref.col = col - 1;
  return true;
}

/**
 * Text inside a cell, added to what `target` names: 1 the value, 2 the formula, 3 the inline string.
 * A function of its own, not a closure: the scanner's `target` then stays a local of its loop.
 */
function addText(cell: ScannedCell, item: StringItemText, target: number, text: string): void {
  if (target === 1) cell.value = (cell.value ?? "") + text;
  else if (target === 2) cell.formula = (cell.formula ?? "") + text;
  else if (target === 3) item.add(text);
}

/** Local-name kinds of the elements the scanner acts on. */
const OTHER = 0;
const ROW = 1;
const C = 2;
const V = 3;
const F = 4;
const IS = 5;

/** Is `[start, end)` the local name `name`? */
export function localIs(xml: string, start: number, end: number, name: string): boolean {
  return end - start === name.length && xml.startsWith(name, start);
}

function kindOf(xml: string, localStart: number, end: number): number {
  const len = end - localStart;
  if (len === 1) {
    const c = xml.charCodeAt(localStart);
    return c === 99 ? C : c === 118 ? V : c === 102 ? F : OTHER;
  }
  if (len === 3 && localIs(xml, localStart, end, "row")) return ROW;
  if (len === 2 && localIs(xml, localStart, end, "is")) return IS;
  return OTHER;
}

export function sameText(xml: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (xml.charCodeAt(a + k) !== xml.charCodeAt(b + k)) return false;
  return true;
}

export function localStartOf(xml: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (xml.charCodeAt(i) === COLON) return i + 1;
  return start;
}

/**
 * Reads the content of `<sheetData>` from `bounds.contentStart` to its end tag,
 * calling `onCell` for every `<c>…</c>` in document order. Returns the index just
 * after `</sheetData>`. Malformed XML throws `XmlError`.
 */
/** An attribute value `1` or `true` (xsd:boolean). */
function isTrueAt(xml: string, start: number, end: number): boolean {
  const length = end - start;
  return (length === 1 && xml.charCodeAt(start) === 49) || (length === 4 && xml.startsWith("true", start));
}

export function scanSheetData(xml: string, bounds: SheetDataBounds, onCell: (cell: ScannedCell) => void, onHiddenRow?: (row: number) => void): number {
  if (bounds.selfClosing) return bounds.contentStart;
  const scanner = new SheetDataScanner(bounds.name, onCell, onHiddenRow);
  return scanner.scan(xml, bounds.contentStart, true);
}

/**
 * The same reading over a part that comes in windows of text (streamed
 * sheets are now read from their bytes, sheetDataBytes.ts): `scan` reads a window as far as its last
 * complete construct and says where it stopped; the next window must start
 * with the text from there (`carry`). Elements still open across windows are
 * matched by their names, kept as text.
 */
export class SheetDataScanner {
  /** True once `</sheetData>` was read. */
  done = false;
  /** Newlines in the text of earlier windows, for error messages. */
  private lineBase = 0;
  // Open elements inside sheetData: where each name starts and its length, to match end tags.
  private readonly openAt: number[] = [];
  private readonly openLen: number[] = [];
  private row = -1;
  private col = -1;
  private readonly cell: ScannedCell = { row: 0, col: 0, type: undefined, style: undefined, value: undefined, formula: undefined, formulaType: undefined, formulaIndex: undefined, inline: undefined, integer: NaN };
  private inCell = false;
  private cellDepth = 0;
  private inInline = false;
  // What text goes to: 0 nothing, 1 the value, 2 the formula, 3 the inline string.
  private target = 0;
  private readonly item = new StringItemText();

  constructor(
    private readonly name: string,
    private readonly onCell: (cell: ScannedCell) => void,
    /** Called with each row marked `hidden="1"` (or `"true"`), 0-based. */
    private readonly onHiddenRow?: (row: number) => void,
  ) {}

  /**
   * Reads `xml` from `start`. `last`: the window holds the rest of the part
   * (then a missing end is an error). Returns the index just after
   * `</sheetData>` once read (`done`), else where the window's last complete
   * construct ends.
   */
  scan(xml: string, start: number, last: boolean): number {
    windowNotLast = !last;
    try {
      return this.read(xml, start, last);
    } catch (error) {
      if (error instanceof XmlError && this.lineBase > 0) throw new XmlError(error.message.replace(/\(line (\d+)\)$/, (_m, n: string) => `(line ${Number(n) + this.lineBase})`));
      throw error;
    } finally {
      windowNotLast = false;
    }
  }

  /**
   * Leaves the window `xml`: the names of the elements still open are kept
   * as text (their position is then -1), and the text from `from` (where
   * `scan` stopped, usually nothing) is returned, for the next window to
   * start with.
   */
  carry(xml: string, from: number): string {
    for (let k = 0; k < this.openAt.length; k++) {
      const at = this.openAt[k];
      if (at < 0) continue;
      this.carriedNames[k] = xml.slice(at, at + this.openLen[k]);
      this.openAt[k] = -1;
    }
    for (let n = xml.indexOf("\n"); n >= 0 && n < from; n = xml.indexOf("\n", n + 1)) this.lineBase++;
    return xml.slice(from);
  }

  /** The names of open elements started in an earlier window, by depth. */
  private readonly carriedNames: string[] = [];

  /** The reading's state, kept across windows (passed, not captured, so the loop's variables stay local). */
  private keep(row: number, col: number, inCell: boolean, cellDepth: number, inInline: boolean, target: number): void {
    this.row = row;
    this.col = col;
    this.inCell = inCell;
    this.cellDepth = cellDepth;
    this.inInline = inInline;
    this.target = target;
  }

  private read(xml: string, start: number, last: boolean): number {
    const { openAt, openLen, cell, item, name } = this;
    let { row, col, inCell, cellDepth, inInline, target } = this;
    const onCell = this.onCell;

    let i = start;
    let resume = i;
    try {
      for (;;) {
        // Tags mostly follow each other: look at the next character before searching.
        const lt = i < xml.length && xml.charCodeAt(i) === LT ? i : xml.indexOf("<", i);
        if (lt < 0) {
          if (!last) {
            this.keep(row, col, inCell, cellDepth, inInline, target);
            return i;
          }
          throw malformed(xml, i, `no end tag for ${name}`);
        }
        if (lt > i && target !== 0) addText(cell, item, target, decodeText(xml.slice(i, lt)));
        resume = lt;
        const c1 = xml.charCodeAt(lt + 1);

        // Fast paths for the usual forms inside a cell: `<v>text</v>` and `</c>`, without prefix.
        if (inCell && !inInline) {
          if (c1 === 118 && xml.charCodeAt(lt + 2) === GT) {
            // Values are short: a loop finds their end sooner than a search call.
            let end = lt + 3;
            while (end < xml.length && xml.charCodeAt(end) !== LT) end++;
            if (end < xml.length && xml.charCodeAt(end + 1) === SLASH && xml.charCodeAt(end + 2) === 118 && xml.charCodeAt(end + 3) === GT) {
              const t = cell.type;
              const n = t === undefined || t === "n" || t === "s" ? readInteger(xml, lt + 3, end) : NaN;
              if (n === n) {
                cell.integer = n;
                cell.value = undefined;
              } else {
                cell.integer = NaN;
                cell.value = decodeText(xml.slice(lt + 3, end));
              }
              target = 0;
              i = end + 4;
              continue;
            }
          } else if (c1 === SLASH && xml.charCodeAt(lt + 2) === 99 && xml.charCodeAt(lt + 3) === GT && openAt.length === cellDepth && openLen[cellDepth - 1] === 1 && openAt[cellDepth - 1] >= 0 && xml.charCodeAt(openAt[cellDepth - 1]) === 99) {
            openAt.pop();
            openLen.pop();
            inCell = false;
            onCell(integerValue(cell));
            i = lt + 4;
            resume = i;
            continue;
          }
        }

        if (c1 === SLASH) {
          // An end tag.
          const nameStart = lt + 2;
          let nameEnd = nameStart;
          while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
          let gt = nameEnd;
          while (isSpace(xml.charCodeAt(gt))) gt++;
          if (xml.charCodeAt(gt) !== GT) throw gt >= xml.length ? cutShort(xml, lt, "unterminated end tag") : malformed(xml, lt, "unterminated end tag");
          const depth = openAt.length;
          if (depth === 0) {
            if (!localIs(xml, nameStart, nameEnd, name)) throw malformed(xml, lt, `end tag ${xml.slice(nameStart, nameEnd)} does not match ${name}`);
            this.done = true;
            this.keep(row, col, inCell, cellDepth, inInline, target);
            return gt + 1;
          }
          const at = openAt[depth - 1];
          const len = openLen[depth - 1];
          if (at >= 0 ? nameEnd - nameStart !== len || !sameText(xml, at, nameStart, len) : !localIs(xml, nameStart, nameEnd, this.carriedNames[depth - 1])) {
            throw malformed(xml, lt, `end tag ${xml.slice(nameStart, nameEnd)} does not match ${at >= 0 ? xml.slice(at, at + len) : this.carriedNames[depth - 1]}`);
          }
          openAt.pop();
          openLen.pop();
          i = gt + 1;
          if (!inCell) continue;
          const localStart = localStartOf(xml, nameStart, nameEnd);
          if (inInline) {
            if (localIs(xml, localStart, nameEnd, "is")) {
              cell.inline = item.take();
              inInline = false;
              target = 0;
            } else item.close(xml.slice(localStart, nameEnd));
          } else if (depth === cellDepth) {
            inCell = false;
            onCell(integerValue(cell));
          } else target = 0;
          continue;
        }

        if (c1 === BANG) {
          if (xml.startsWith("<!--", lt)) {
            const end = xml.indexOf("-->", lt + 4);
            if (end < 0) throw cutShort(xml, lt, "unterminated comment");
            i = end + 3;
          } else if (xml.startsWith("<![CDATA[", lt)) {
            const end = xml.indexOf("]]>", lt + 9);
            if (end < 0) throw cutShort(xml, lt, "unterminated CDATA section");
            if (target !== 0) addText(cell, item, target, normalizeLineEnds(xml.slice(lt + 9, end)));
            i = end + 3;
          } else throw lt + 9 > xml.length ? cutShort(xml, lt, "unexpected '<!'") : malformed(xml, lt, "unexpected '<!'");
          continue;
        }

        if (c1 === QUESTION) {
          const end = xml.indexOf("?>", lt + 2);
          if (end < 0) throw cutShort(xml, lt, "unterminated processing instruction");
          i = end + 2;
          continue;
        }

        // A start tag.
        const nameStart = lt + 1;
        let nameEnd = nameStart;
        while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
        if (nameEnd >= xml.length) throw cutShort(xml, lt, "a '<' that starts no tag");
        if (nameEnd === nameStart) throw malformed(xml, lt, "a '<' that starts no tag");
        const localStart = localStartOf(xml, nameStart, nameEnd);
        const kind = inCell && inInline ? OTHER : kindOf(xml, localStart, nameEnd);

        // Attributes: those of interest read, the others skipped.
        let a = nameEnd;
        let selfClosing = false;
        let rowRef = -2; // row: -2 no r attribute, -1 one that is not a number
        let rowHidden = false;
        let hasCellRef = false;
        let type: string | undefined;
        let style: number | undefined;
        let fType: string | undefined;
        let fIndex: string | undefined;
        for (;;) {
          const c = xml.charCodeAt(a);
          if (c === GT) {
            a++;
            break;
          }
          if (c === SLASH) {
            if (xml.charCodeAt(a + 1) !== GT) throw a + 1 >= xml.length ? cutShort(xml, a, "'/' not followed by '>'") : malformed(xml, a, "'/' not followed by '>'");
            selfClosing = true;
            a += 2;
            break;
          }
          if (isSpace(c)) {
            a++;
            continue;
          }
          if (a >= xml.length) throw cutShort(xml, lt, "unterminated start tag");
          const nStart = a;
          const s = skipAttribute(xml, a);
          const nLen = s.nameEnd - nStart;
          if (kind === ROW) {
            if (nLen === 1 && xml.charCodeAt(nStart) === 114) rowRef = readInt(xml, s.valueStart, s.valueEnd); // r
            else if (nLen === 6 && xml.startsWith("hidden", nStart)) rowHidden = isTrueAt(xml, s.valueStart, s.valueEnd);
          } else if (kind === C) {
            if (nLen === 1) {
              const n = xml.charCodeAt(nStart);
              if (n === 114) hasCellRef = readCellRef(xml, s.valueStart, s.valueEnd); // r
              else if (n === 116) type = cellType(xml, s); // t
              else if (n === 115) {
                // s
                const v = readInt(xml, s.valueStart, s.valueEnd);
                style = v >= 0 ? v : undefined;
              }
            }
          } else if (kind === F) {
            if (nLen === 1 && xml.charCodeAt(nStart) === 116) fType = attributeValue(xml, s);
            else if (nLen === 2 && xml.startsWith("si", nStart)) fIndex = attributeValue(xml, s);
          }
          a = s.valueEnd + 1;
        }
        i = a;
        if (!selfClosing) {
          openAt.push(nameStart);
          openLen.push(nameEnd - nameStart);
        }

        if (inCell) {
          if (inInline) item.open(xml.slice(localStart, nameEnd), selfClosing);
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
        if (kind === ROW) {
          row = rowRef >= 0 ? rowRef - 1 : row + 1;
          col = -1;
          if (rowHidden && this.onHiddenRow !== undefined) this.onHiddenRow(row);
        } else if (kind === C) {
          if (hasCellRef) {
            col = ref.col;
            row = ref.row;
          } else {
            col += 1;
            if (row < 0) row = 0;
          }
          cell.row = row;
          cell.col = col;
          cell.type = type;
          cell.style = style;
          cell.value = cell.formula = cell.formulaType = cell.formulaIndex = cell.inline = undefined;
          cell.integer = NaN;
          target = 0;
          // A self-closing `<c/>` (a styled empty cell) only moves the column on.
          if (!selfClosing) {
            inCell = true;
            cellDepth = openAt.length;
          }
        }
      }
    } catch (error) {
      this.keep(row, col, inCell, cellDepth, inInline, target);
      if (error === CUT_SHORT) return resume;
      throw error;
    }
  }
}
