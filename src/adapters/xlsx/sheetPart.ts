/**
 * A worksheet part edited as it streams, without decoding or parsing its
 * cells and without ever holding it whole: its bytes are read in chunks (as
 * they are inflated), split into what comes before `sheetData`, its rows and
 * what comes after, and written out in pieces — every byte copied as it was
 * but the rows that get a highlight and the sheet's frame. Edits of the
 * frame (tab selection, the notes' drawing) work on `outside`, the part with
 * `sheetData` left empty — a few kilobytes however large the sheet — and
 * highlights rewrite only the rows they touch.
 *
 * Rows are found by their start tags (`<row`, or `<x:row` with the prefix of
 * `sheetData`) — by looking for their `w`, rare in sheet XML, rather than for
 * every `<` — comments and CDATA sections skipped. A part whose rows are not
 * all numbered (`r`) and in order up to its last highlighted row, or that
 * this split does not recognise, takes the general path (the whole part as
 * text): `stream` says "whole". Past the last row with an edit the rows are
 * not looked at: the bytes are written as they come, the last ones held to
 * find the end of `sheetData` (read again, rows and all, when it is not in
 * them: a frame's tail longer than `TAIL_KEPT`).
 *
 * The frame's head is written first but its tail is known only at the end: the
 * head is edited on a guessed frame (the head and the root's end tag) and,
 * should the real frame's edited head differ, the part is streamed again with
 * the real frame known (the rows' edits are kept from the first pass).
 */
import { highlightSheet, type CellTarget } from "./highlightXml";

/** An edit of the sheet's frame; `headOnly` when it never looks past `sheetData` (the tail need not be read). */
export interface FrameEdit {
  readonly edit: (outside: string) => string;
  readonly headOnly?: boolean;
}

/** Where the pieces of a part streamed out go. */
export interface PieceSink<R> {
  write(piece: Buffer): void | Promise<void>;
  end(): Promise<R>;
}

export type StreamOutcome<R> = { readonly kind: "whole" } | { readonly kind: "unchanged" } | { readonly kind: "written"; readonly data: R };

/** The first bytes searched for `sheetData` (a sheet's frame before its rows is small). */
const HEAD_LIMIT = 1 << 20;
/** Past the last edited row, the bytes held before the last chunk to find the end of `sheetData` in. */
const TAIL_KEPT = 1 << 16;
/** How many of a chunk's first bytes are read joined to the bytes carried from the chunk before. */
const JOINT = 1 << 12;
const BANG = 0x21;
const W = 0x77;
const LT = 0x3c;

function isNameEnd(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;
}

/** The value of attribute `r` in the start tag `tag` (bytes from `<` to `>`), or undefined. */
function rowNumberOf(tag: string): number | undefined {
  const m = /\sr\s*=\s*(?:"\s*(\d+)\s*"|'\s*(\d+)\s*')/.exec(tag);
  return m === null ? undefined : Number(m[1] ?? m[2]);
}

/** `r="123"` right after the element name, as Excel writes it: read from the bytes; undefined otherwise. */
function quickRowNumber(bytes: Buffer, at: number, end: number): number | undefined {
  if (bytes[at] !== 0x20 || bytes[at + 1] !== 0x72 || bytes[at + 2] !== 0x3d || bytes[at + 3] !== 0x22) return undefined;
  let n = 0;
  let i = at + 4;
  for (; i < end && i < at + 14; i++) {
    const d = bytes[i] - 0x30;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return i > at + 4 && bytes[i] === 0x22 ? n : undefined;
}

/** Whether `bytes` holds `open` at `at` (read here: a call to `compare` costs more than the few bytes of a row's name). */
function holdsAt(bytes: Buffer, open: Buffer, at: number): boolean {
  for (let i = 0; i < open.length; i++) if (bytes[at + i] !== open[i]) return false;
  return true;
}

/** Where the start tag opened at `at` ends (after its `>`), quoted `>` skipped; -1 when not in `bytes`. */
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

/** Thrown inside a pass when the part takes the general path. */
class Whole extends Error {}

export interface Highlights<T extends CellTarget> {
  readonly byRow: ReadonlyMap<number, T[]>;
  /** The rows with targets, ascending. */
  readonly rows: readonly number[];
  readonly styleFor: (current: number, target: T) => number;
}

/** Bytes received but not yet written, from `from` (absolute offset) on. */
class Held {
  private chunks: Array<{ start: number; bytes: Buffer }> = [];
  from = 0;

  add(start: number, bytes: Buffer): void {
    if (bytes.length > 0) this.chunks.push({ start, bytes });
  }

  /** The held bytes in [from, to), dropped from the held ones. */
  take(to: number): Buffer[] {
    const out: Buffer[] = [];
    while (this.chunks.length > 0 && this.from < to) {
      const c = this.chunks[0];
      const a = this.from - c.start;
      const b = Math.min(c.bytes.length, to - c.start);
      if (b > a) out.push(c.bytes.subarray(a, b));
      if (c.start + c.bytes.length <= to) this.chunks.shift();
      this.from = c.start + b;
    }
    this.from = Math.max(this.from, to);
    return out;
  }

  /** All held bytes as one buffer, and the absolute offset of its first byte, still held. */
  peek(): { start: number; bytes: Buffer } {
    return { start: this.from, bytes: Buffer.concat(this.chunks.map((c, i) => (i === 0 ? c.bytes.subarray(this.from - c.start) : c.bytes))) };
  }

  /** All held bytes as one buffer, and the absolute offset of its first byte. */
  all(): { start: number; bytes: Buffer } {
    const start = this.from;
    return { start, bytes: Buffer.concat(this.take(Number.MAX_SAFE_INTEGER)) };
  }
}

export interface SheetPartOptions {
  /** How many of a chunk's first bytes are read joined to the bytes carried from the chunk before (tests make it small). */
  readonly jointBytes?: number;
  /** Past the last edited row, how many bytes before the last chunk are held to find the end of `sheetData` in (tests make it small). */
  readonly tailBytes?: number;
}

export class SheetPart {
  /** See `SheetPartOptions`. */
  readonly jointBytes: number;
  /** See `SheetPartOptions`. */
  readonly tailBytes: number;
  private readonly frameEdits: FrameEdit[] = [];
  private highlights: Highlights<CellTarget> | null = null;
  /** The rows' edits, by row (0-based), kept from a first pass for the next. */
  private readonly editedRows = new Map<number, string>();
  /** The rows the sheet lacks, written, by row. */
  private readonly insertedRows = new Map<number, string>();
  /** `styleFor` answers, so that a second pass or the general path asks for no new format. */
  private readonly styles = new Map<CellTarget, Map<number, number>>();

  constructor(options: SheetPartOptions = {}) {
    this.jointBytes = Math.max(1, options.jointBytes ?? JOINT);
    this.tailBytes = Math.max(0, options.tailBytes ?? TAIL_KEPT);
  }

  /** Records an edit of the frame, made when the part is streamed. */
  editFrame(edit: FrameEdit): void {
    this.frameEdits.push(edit);
  }

  /**
   * The target cells get the format `styleFor(current, target)`; the rows and
   * cells the sheet lacks are added in order, as `highlightSheet` does. Made
   * when the part is streamed; one set of highlights per part.
   */
  highlight<T extends CellTarget>(targets: readonly T[], styleFor: (current: number, target: T) => number): void {
    if (this.highlights !== null) throw new Error("A sheet part is highlighted once");
    const byRow = new Map<number, CellTarget[]>();
    for (const t of targets) {
      const list = byRow.get(t.row);
      if (list) list.push(t);
      else byRow.set(t.row, [t]);
    }
    const memo = (current: number, target: CellTarget): number => {
      let known = this.styles.get(target);
      if (known === undefined) this.styles.set(target, (known = new Map()));
      let id = known.get(current);
      // The targets are those given here: of type T.
      if (id === undefined) known.set(current, (id = styleFor(current, target as T)));
      return id;
    };
    this.highlights = { byRow, rows: [...byRow.keys()].sort((a, b) => a - b), styleFor: memo };
  }

  /** The part as the general path edits it: the whole text, each edit in the order it was asked for. */
  editWhole(xml: string): string {
    let text = xml;
    for (const f of this.frameEdits) text = f.edit(text);
    const h = this.highlights;
    if (h !== null && h.rows.length > 0) text = highlightSheet(text, [...h.byRow.values()].flat(), h.styleFor);
    return text;
  }

  /**
   * Streams the part from `source` (called again for a second pass) to a sink
   * from `sink`: "whole" when it takes the general path (`editWhole`),
   * "unchanged" when no edit changes it (what was written is dropped).
   */
  async stream<R>(source: () => AsyncIterable<Buffer>, sink: () => PieceSink<R>): Promise<StreamOutcome<R>> {
    const rowsEdited = this.highlights !== null && this.highlights.rows.length > 0;
    const headOnly = !rowsEdited && this.frameEdits.every((f) => f.headOnly === true);
    let known: string | undefined;
    let rowsPast = false;
    for (let attempt = 0; attempt < 3; attempt++) {
      const out = sink();
      const pass = new Pass(this, known, attempt === 0 && headOnly, rowsEdited, rowsPast);
      let result: PassEnd;
      try {
        for await (const chunk of source()) {
          pass.push(chunk);
          for (const piece of pass.drain()) await out.write(piece);
          if (pass.done) break;
        }
        result = pass.end();
        for (const piece of pass.drain()) await out.write(piece);
      } catch (error) {
        await out.end().catch(() => undefined);
        if (error instanceof Whole) return { kind: "whole" };
        throw error;
      }
      if (result.kind === "written") return { kind: "written", data: await out.end() };
      await out.end();
      if (result.kind === "unchanged") return result;
      if (result.kind === "rows") rowsPast = true;
      else known = result.frame;
    }
    throw new Error("The sheet's frame changed between two passes");
  }

  highlightsOf(): Highlights<CellTarget> | null {
    return this.highlights;
  }

  /** The edit of a row that exists (`text`: its span), computed once. */
  editRow(row: number, text: string, prefix: string): string {
    const known = this.editedRows.get(row);
    if (known !== undefined) return known;
    const h = this.highlights!;
    const wrapOpen = `<${prefix}worksheet><${prefix}sheetData>`;
    const wrapClose = `</${prefix}sheetData></${prefix}worksheet>`;
    const xml = highlightSheet(wrapOpen + text + wrapClose, h.byRow.get(row)!, h.styleFor);
    const edited = xml.slice(wrapOpen.length, xml.length - wrapClose.length);
    this.editedRows.set(row, edited);
    return edited;
  }

  /** A row the sheet lacks, written with its target cells, computed once. */
  insertRow(row: number, prefix: string): string {
    const known = this.insertedRows.get(row);
    if (known !== undefined) return known;
    const h = this.highlights!;
    const wrapOpen = `<${prefix}worksheet><${prefix}sheetData>`;
    const wrapClose = `</${prefix}sheetData></${prefix}worksheet>`;
    const xml = highlightSheet(`${wrapOpen}${wrapClose}`, h.byRow.get(row)!, h.styleFor);
    const inserted = xml.slice(wrapOpen.length, xml.length - wrapClose.length);
    this.insertedRows.set(row, inserted);
    return inserted;
  }

  /** The frame (the part with an empty `sheetData`) edited. */
  editFrameOf(outside: string): string {
    let text = outside;
    for (const f of this.frameEdits) text = f.edit(text);
    return text;
  }
}

/** "again": the frame is known now; "rows": the end of `sheetData` was not in the bytes held, the rows past the last edit are to be read. */
type PassEnd = { readonly kind: "unchanged" } | { readonly kind: "written" } | { readonly kind: "again"; readonly frame: string } | { readonly kind: "rows" };

/** One pass over the part's bytes. */
class Pass {
  private pos = 0;
  private phase: "head" | "rows" | "tail" = "head";
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;
  private out: Buffer[] = [];
  /** True once the bytes still to come are not needed. */
  done = false;

  private prefix = "";
  private stub = "";
  private headText = "";
  private openTag: Buffer = Buffer.alloc(0);
  private openEnd = 0;
  private selfClosing = false;
  /** The edited head written (or to write); undefined when not yet known. */
  private writtenHead: string | undefined;
  private emitting = false;

  private readonly held = new Held();
  private carry: Buffer = Buffer.alloc(0);
  private open: Buffer = Buffer.alloc(0);
  private inComment: string | null = null;
  private lastRow = -1;
  private lastRowStart = -1;
  private lastRowOpenEnd = -1;
  /** The row whose span is being read, when it gets an edit. */
  private editing = -1;
  private nextTarget = 0;
  private rowEdits = false;
  /** Past the last row with an edit: the rows are no longer looked at. */
  private past = false;
  /** Whether a row the sheet lacks was written (a later row of its number, out of order, is then the general path's to edit). */
  private inserted = false;

  private readonly highlights: Highlights<CellTarget> | null;

  constructor(
    private readonly part: SheetPart,
    private readonly knownFrame: string | undefined,
    private readonly headOnly: boolean,
    private readonly rowsEdited: boolean,
    /** Whether the rows past the last edit are read (a pass after one that did not find the end of `sheetData`). */
    private readonly rowsPast: boolean,
  ) {
    this.highlights = part.highlightsOf();
  }

  private emit(piece: Buffer | string): void {
    if (!this.emitting) return;
    const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
    if (bytes.length > 0) this.out.push(bytes);
  }

  drain(): Buffer[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  push(chunk: Buffer): void {
    const start = this.pos;
    this.pos += chunk.length;
    if (this.phase === "head") {
      this.headChunks.push(chunk);
      this.headLength += chunk.length;
      this.findSheetData(false);
      return;
    }
    this.held.add(start, chunk);
    if (this.phase !== "rows") return;
    // Past the last edit, this chunk and the bytes just before it are held for the end of `sheetData`; the rest is written.
    if (this.past) this.flushTo(Math.max(this.lastRowStart, start - this.part.tailBytes));
    else this.scan(chunk, start);
  }

  /** Finds `sheetData` in the first bytes; at the end of the part (`last`), or past the limit, without it the part is whole. */
  private findSheetData(last: boolean): void {
    const bytes = this.headChunks.length === 1 ? this.headChunks[0] : Buffer.concat(this.headChunks);
    this.headChunks.length = 0;
    this.headChunks.push(bytes);
    const found = /<([A-Za-z_][\w.-]*:)?sheetData[\s>/]/.exec(bytes.toString("latin1", 0, Math.min(bytes.length, HEAD_LIMIT)));
    if (found === null) {
      if (last || bytes.length >= HEAD_LIMIT) throw new Whole();
      return;
    }
    const start = found.index;
    const openEnd = tagEnd(bytes, start);
    if (openEnd < 0) {
      if (last) throw new Whole();
      return;
    }
    this.prefix = found[1] ?? "";
    this.stub = `<${this.prefix}sheetData/>`;
    this.headText = bytes.toString("utf8", 0, start);
    if (this.headText.includes("<!--") || this.headText.includes("<![CDATA[")) throw new Whole();
    this.openTag = Buffer.from(bytes.subarray(start, openEnd));
    this.openEnd = openEnd;
    this.selfClosing = bytes[openEnd - 2] === 0x2f;
    this.startBody();
    this.headChunks.length = 0;
    this.phase = this.selfClosing ? "tail" : "rows";
    this.held.from = openEnd;
    const rest = bytes.subarray(openEnd);
    this.held.add(openEnd, rest);
    if (this.phase === "rows") {
      this.open = Buffer.from(`<${this.prefix}row`, "latin1");
      this.scan(rest, openEnd);
    }
  }

  /** The head written: the known frame's, or one edited on a guessed frame; nothing when the edits may leave the part as it is. */
  private startBody(): void {
    if (this.knownFrame !== undefined) {
      this.writtenHead = this.headOf(this.knownFrame);
      this.emitting = true;
    } else {
      const root = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)[\s>/]/.exec(this.headText);
      try {
        this.writtenHead = root === null ? undefined : this.headOf(this.part.editFrameOf(`${this.headText}${this.stub}</${root[1]}>`));
      } catch {
        this.writtenHead = undefined;
      }
      // Edits of the head alone: the head tells whether the part changes.
      if (this.headOnly && this.writtenHead === this.headText) {
        this.done = true;
        return;
      }
      // Written now when the part surely changes; else this pass only reads it.
      this.emitting = this.writtenHead !== undefined && (this.rowsEdited || this.writtenHead !== this.headText);
    }
    if (this.writtenHead !== undefined) {
      this.emit(this.writtenHead);
      this.emit(this.selfClosing ? Buffer.alloc(0) : this.openTag);
    }
  }

  private headOf(frame: string): string {
    const at = frame.indexOf(this.stub);
    if (at < 0) throw new Error("The sheet's frame lost its sheetData");
    return frame.slice(0, at);
  }

  /**
   * Scans a chunk (starting at absolute `chunkStart`) for row start tags, with
   * the bytes carried from the last chunk. The chunk is not copied: the carried
   * bytes are read joined to the chunk's first bytes only, and the chunk itself
   * from where that leaves off (joined whole only when what the carried bytes
   * begin runs past those first bytes).
   */
  private scan(chunk: Buffer, chunkStart: number): void {
    const carried = this.carry.length;
    if (carried === 0) {
      this.carry = Buffer.from(chunk.subarray(this.scanBytes(chunk, chunkStart, 0, Number.MAX_SAFE_INTEGER)));
    } else if (chunk.length <= this.part.jointBytes) {
      const w = Buffer.concat([this.carry, chunk]);
      this.carry = Buffer.from(w.subarray(this.scanBytes(w, chunkStart - carried, 0, Number.MAX_SAFE_INTEGER)));
    } else {
      const joint = Buffer.concat([this.carry, chunk.subarray(0, this.part.jointBytes)]);
      const resume = this.scanBytes(joint, chunkStart - carried, 0, carried);
      if (resume >= carried) {
        this.carry = Buffer.from(chunk.subarray(this.scanBytes(chunk, chunkStart, resume - carried, Number.MAX_SAFE_INTEGER)));
      } else {
        const w = Buffer.concat([this.carry, chunk]);
        this.carry = Buffer.from(w.subarray(this.scanBytes(w, chunkStart - carried, resume, Number.MAX_SAFE_INTEGER)));
      }
    }
    // Rows before the last one found are written; the last one's span may hold the end of sheetData.
    if (this.editing < 0 && this.lastRowStart >= 0) this.flushTo(this.lastRowStart);
  }

  /**
   * Scans `w` (its first byte at absolute offset `base`) from `from` for row
   * start tags, until it reaches `stop` or needs the bytes after `w`; returns
   * where the scan is to resume (everything before it has been read).
   */
  private scanBytes(w: Buffer, base: number, from: number, stop: number): number {
    const open = this.open;
    const reach = open.length - 1; // from the `<` to the `w`
    let at = from;
    let nextW = -2;
    let nextBang = -2;
    let carryFrom = -1;
    for (;;) {
      if (this.past) {
        carryFrom = w.length;
        break;
      }
      if (at >= stop) {
        carryFrom = at;
        break;
      }
      if (this.inComment !== null) {
        const e = w.indexOf(this.inComment, at, "latin1");
        if (e < 0) {
          carryFrom = Math.max(at, w.length - (this.inComment.length - 1));
          break;
        }
        at = e + this.inComment.length;
        this.inComment = null;
        continue;
      }
      if (nextW !== -1 && nextW < at) nextW = w.indexOf(W, at);
      if (nextBang !== -1 && nextBang < at) nextBang = w.indexOf(BANG, at);
      if (nextBang >= 0 && (nextW < 0 || nextBang < nextW)) {
        const lt = nextBang - 1;
        if (lt >= at && w[lt] === LT) {
          if (lt + 9 > w.length) {
            carryFrom = lt;
            break;
          }
          const head = w.toString("latin1", lt, lt + 9);
          const close = head.startsWith("<!--") ? "-->" : head === "<![CDATA[" ? "]]>" : null;
          if (close !== null) {
            this.inComment = close;
            at = lt + 4;
            continue;
          }
        }
        at = nextBang + 1;
        continue;
      }
      if (nextW < 0) {
        carryFrom = Math.max(at, w.length - reach);
        break;
      }
      const start = nextW - reach;
      // `</row>` and words with a `w` are most of the `w`s: told apart by the byte where `<` would be.
      if (start < at || w[start] !== LT || !holdsAt(w, open, start)) {
        at = nextW + 1;
        continue;
      }
      if (nextW + 1 >= w.length) {
        carryFrom = start;
        break;
      }
      if (!isNameEnd(w[nextW + 1])) {
        at = nextW + 1;
        continue;
      }
      const end = tagEnd(w, start);
      if (end < 0) {
        carryFrom = start;
        break;
      }
      const row = quickRowNumber(w, nextW + 1, end) ?? rowNumberOf(w.toString("latin1", start, end));
      if (row === undefined || row - 1 <= this.lastRow) throw new Whole();
      this.rowStart(row - 1, base + start, base + end);
      at = end;
    }
    return carryFrom;
  }

  private flushTo(to: number): void {
    const pieces = this.held.take(to);
    for (const p of pieces) this.emit(p);
  }

  /** The row span read so far, from `from` to `to`, as text. */
  private spanText(to: number): string {
    return Buffer.concat(this.held.take(to)).toString("utf8");
  }

  /** A row's start tag at `start`: the span before it ends; the rows the sheet lacks before it are written. */
  private rowStart(row: number, start: number, openEnd: number): void {
    this.endSpan(start);
    this.insertBefore(row, start);
    this.lastRow = row;
    this.lastRowStart = start;
    this.lastRowOpenEnd = openEnd;
    if (this.highlights?.byRow.has(row) === true) {
      this.flushTo(start);
      this.editing = row;
      this.rowEdits = true;
    }
    // No edit to come in this row or after it, every edited row one of the sheet's: the rest of the rows are copied unread.
    if (this.editing < 0 && !this.rowsPast && !this.inserted && this.nextTarget >= (this.highlights?.rows.length ?? 0)) this.past = true;
  }

  /** The last row's span ends at `end`: written edited when it has highlights. */
  private endSpan(end: number): void {
    if (this.editing < 0) return;
    const text = this.spanText(end);
    this.emit(this.part.editRow(this.editing, text, this.prefix));
    this.editing = -1;
  }

  /** The rows with targets before `row` that the sheet lacks, written before `at`. */
  private insertBefore(row: number, at: number): void {
    const h = this.highlights;
    if (h === null) return;
    let flushed = false;
    while (this.nextTarget < h.rows.length && h.rows[this.nextTarget] <= row) {
      const target = h.rows[this.nextTarget++];
      if (target === row) continue;
      if (!flushed) {
        this.flushTo(at);
        flushed = true;
      }
      this.rowEdits = true;
      this.inserted = true;
      this.emit(this.part.insertRow(target, this.prefix));
    }
  }

  /**
   * Past the last edit: the last row's start found in the bytes held, before
   * the end of `sheetData`, and the bytes before it written — where the scan
   * would have found it. False when it cannot be told there (the end of
   * `sheetData` or a row's start not in them, or a comment or CDATA section,
   * where a `<row` may be text): the rows are then read.
   */
  private findLastRow(): boolean {
    const { start, bytes } = this.held.peek();
    const close = bytes.lastIndexOf(`</${this.prefix}sheetData>`, undefined, "latin1");
    if (close < 0) return false;
    const before = bytes.subarray(0, close);
    if (before.includes("<!") || before.includes("-->") || before.includes("]]>")) return false;
    let at = before.lastIndexOf(this.open);
    while (at >= 0 && !isNameEnd(before[at + this.open.length])) at = at === 0 ? -1 : before.lastIndexOf(this.open, at - 1);
    const openEnd = at < 0 ? -1 : tagEnd(before, at);
    if (openEnd < 0) return false;
    this.lastRowStart = start + at;
    this.lastRowOpenEnd = start + openEnd;
    this.flushTo(this.lastRowStart);
    return true;
  }

  end(): PassEnd {
    if (this.phase === "head") {
      this.findSheetData(true);
      if (this.phase === "head") throw new Whole();
    }
    if (this.done) return { kind: "unchanged" };
    if (this.inComment !== null) throw new Whole();
    if (this.past && !this.findLastRow()) return { kind: "rows" };
    const { start, bytes } = this.held.all();
    let tailFrom: number;
    if (this.phase === "tail") {
      // `<sheetData/>`: rows with targets make it whole.
      const h = this.highlights;
      if (h !== null && h.rows.length > 0) {
        this.emit(`<${this.prefix}sheetData>`);
        for (const row of h.rows) this.emit(this.part.insertRow(row, this.prefix));
        this.emit(`</${this.prefix}sheetData>`);
        this.rowEdits = true;
      } else this.emit(this.openTag);
      tailFrom = this.openEnd;
    } else {
      const closeText = `</${this.prefix}sheetData>`;
      const closeAt = bytes.lastIndexOf(closeText, undefined, "latin1");
      const closeStart = closeAt < 0 ? -1 : start + closeAt;
      if (closeStart < Math.max(this.openEnd, this.lastRowOpenEnd)) throw new Whole();
      // The last row's span, the rows after it the sheet lacks, the end tag.
      this.held.from = start;
      this.held.add(start, bytes);
      if (this.editing >= 0) this.endSpan(closeStart);
      this.insertBefore(Number.MAX_SAFE_INTEGER, closeStart);
      this.flushTo(closeStart);
      this.emit(bytes.subarray(closeAt, closeAt + closeText.length));
      tailFrom = closeStart + closeText.length;
    }
    const tailText = bytes.toString("utf8", tailFrom - start);
    const frame = `${this.headText}${this.stub}${tailText}`;
    const edited = this.part.editFrameOf(frame);
    const editedHead = this.headOf(edited);
    if (!this.rowEdits && edited === frame) return { kind: "unchanged" };
    if (!this.emitting || this.writtenHead !== editedHead) return { kind: "again", frame: edited };
    this.emit(edited.slice(editedHead.length + this.stub.length));
    return { kind: "written" };
  }
}
