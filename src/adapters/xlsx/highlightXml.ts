/**
 * Highlights written into a worksheet part as it is: the offending cells get a
 * copy of their own cell format with the highlight fill (cells that shared the
 * old format keep it), and a note (comment + VML shape, as Excel writes them).
 * Nothing else of the sheet is rewritten.
 */
import { a1, columnIndex } from "../../core/model/address";
import { cellTextXml } from "./summaryXml";
import { TRANSITIONAL, type Conformance } from "./conformance";
import { applyEdits, appendToElement, escapeXml, scanXml, startTag, tagStart, xmlElements, type XmlEdit, type XmlTag } from "./xml";

export interface CellTarget {
  readonly row: number;
  readonly col: number;
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function withoutSpans(attributes: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter(([k]) => k !== "spans"));
}

/** Elements that come after `legacyDrawing` in a worksheet, in the schema's order. */
const AFTER_LEGACY_DRAWING = new Set(["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

interface WantedCell<T> {
  readonly target: T;
  done: boolean;
}

/**
 * The target cells by row and column, and the ones still to be written: a
 * target the sheet has no cell (or no row) for is written as an empty cell
 * with its format, in column and row order.
 */
class PendingCells<T extends CellTarget> {
  /** The namespace prefix of the sheet's elements (`x:`), as `sheetData` has it. */
  prefix = "";
  private readonly wanted = new Map<number, Map<number, WantedCell<T>>>();
  private readonly seenRows = new Set<number>();

  constructor(
    targets: readonly T[],
    private readonly styleFor: (current: number, target: T) => number,
  ) {
    for (const t of targets) {
      let cols = this.wanted.get(t.row);
      if (!cols) this.wanted.set(t.row, (cols = new Map()));
      cols.set(t.col, { target: t, done: false });
    }
  }

  inRow(row: number): ReadonlyMap<number, WantedCell<T>> | undefined {
    return this.wanted.get(row);
  }

  markRowSeen(row: number): void {
    this.seenRows.add(row);
  }

  /** The empty cells to write in `row` before column `beforeCol`. */
  cellsBefore(row: number, beforeCol: number): string {
    const cols = this.wanted.get(row);
    if (!cols) return "";
    let text = "";
    for (const [col, cell] of [...cols.entries()].sort((a, b) => a[0] - b[0])) {
      if (cell.done || col >= beforeCol) continue;
      text += `<${this.prefix}c r="${a1(row, col)}" s="${this.styleFor(0, cell.target)}"/>`;
      cell.done = true;
    }
    return text;
  }

  /** The rows the sheet lacks before row `limit`, with their cells. */
  rowsBefore(limit: number): string {
    let text = "";
    for (const row of [...this.wanted.keys()].sort((a, b) => a - b)) {
      if (row >= limit || this.seenRows.has(row)) continue;
      this.seenRows.add(row);
      text += `<${this.prefix}row r="${row + 1}">${this.cellsBefore(row, Infinity)}</${this.prefix}row>`;
    }
    return text;
  }

  /** The format a cell of the sheet gets: its own (`s`, 0 when absent) with the highlight. */
  styleOf(current: string | undefined, cell: WantedCell<T>): number {
    return this.styleFor(current !== undefined && /^\d+$/.test(current.trim()) ? Number(current) : 0, cell.target);
  }
}

/** The edits inside `sheetData`: the target cells' formats, and the cells and rows the sheet lacks. */
class SheetDataEdits<T extends CellTarget> {
  readonly edits: XmlEdit[] = [];
  private row = -1;
  private col = -1;

  constructor(
    private readonly xml: string,
    private readonly cells: PendingCells<T>,
  ) {}

  /** A `sheetData` with no content: the rows of all targets go in it. */
  emptySheetData(tag: XmlTag, end: number): void {
    const rows = this.cells.rowsBefore(Infinity);
    if (rows) this.edits.push({ start: tagStart(this.xml, end), end, text: `${startTag(tag.name, tag.attributes, false)}${rows}</${tag.name}>` });
  }

  openRow(tag: XmlTag, end: number): void {
    const r = tag.attributes.r;
    this.row = r !== undefined && /^\d+$/.test(r.trim()) ? Number(r) - 1 : this.row + 1;
    this.col = -1;
    const before = this.cells.rowsBefore(this.row);
    this.cells.markRowSeen(this.row);
    // Drop the `spans` hint of a row that gets new cells; open a self-closing row that needs cells.
    const needs = this.cells.inRow(this.row) !== undefined;
    if (!before && !needs) return;
    const start = tagStart(this.xml, end);
    let open = this.xml.slice(start, end);
    if (needs) {
      open = startTag(tag.name, withoutSpans(tag.attributes), false);
      if (tag.selfClosing) open += `${this.cells.cellsBefore(this.row, Infinity)}</${tag.name}>`;
    }
    this.edits.push({ start, end, text: before + open });
  }

  openCell(tag: XmlTag, end: number): void {
    // Only the cells of rows with targets matter (a cell's row is its row element's).
    const cols = this.cells.inRow(this.row);
    if (!cols) return;
    const ref = CELL_REF.exec((tag.attributes.r ?? "").trim());
    this.col = ref ? columnIndex(ref[1]) : this.col + 1;
    const insert = this.cells.cellsBefore(this.row, this.col);
    const start = tagStart(this.xml, end);
    const cell = cols.get(this.col);
    if (cell !== undefined) {
      cell.done = true;
      const s = this.cells.styleOf(tag.attributes.s, cell);
      this.edits.push({ start, end, text: insert + startTag(tag.name, { ...tag.attributes, s }, tag.selfClosing) });
    } else if (insert) {
      this.edits.push({ start, end: start, text: insert });
    }
  }

  /** End of a row: the wanted cells after its last cell. */
  closeRow(end: number): void {
    this.insertAt(end, this.cells.cellsBefore(this.row, Infinity));
  }

  /** End of `sheetData`: the wanted rows after its last row. */
  closeSheetData(end: number): void {
    this.insertAt(end, this.cells.rowsBefore(Infinity));
  }

  private insertAt(end: number, text: string): void {
    if (text) this.edits.push({ start: tagStart(this.xml, end), end: tagStart(this.xml, end), text });
  }
}

/** Where the legacy drawing goes: before the first element the schema puts after it, else before the root's end. */
class DrawingPlace {
  root: { name: string; attributes: Readonly<Record<string, string>>; start: number } | undefined;
  private afterData = false;
  private at: number | undefined;
  private lastClose: number | undefined;

  constructor(private readonly xml: string) {}

  openRoot(tag: XmlTag, end: number): void {
    this.root = { name: tag.name, attributes: tag.attributes, start: tagStart(this.xml, end) };
  }

  /** An element outside `sheetData`. */
  openOutsideData(tag: XmlTag, end: number): void {
    if (this.afterData && this.at === undefined && tag.depth === 1 && AFTER_LEGACY_DRAWING.has(tag.local)) this.at = tagStart(this.xml, end);
  }

  dataClosed(): void {
    this.afterData = true;
  }

  /** An element closed outside `sheetData`: the last one is the root's. */
  closeOutsideData(end: number): void {
    this.lastClose = end;
  }

  /** The `<legacyDrawing r:id="…"/>` and, when the root lacks it, the `r` namespace. */
  edits(legacyDrawingId: string, conformance: Conformance): XmlEdit[] {
    const at = this.at ?? (this.lastClose !== undefined ? tagStart(this.xml, this.lastClose) : undefined);
    if (this.root === undefined || at === undefined) return [];
    const root = this.root;
    const edits: XmlEdit[] = [{ start: at, end: at, text: `<${prefixOf(root.name)}legacyDrawing r:id="${escapeXml(legacyDrawingId)}"/>` }];
    if (root.attributes["xmlns:r"] === undefined) {
      const ns = root.start + 1 + root.name.length;
      edits.push({ start: ns, end: ns, text: ` xmlns:r="${conformance.relationships}"` });
    }
    return edits;
  }
}

/**
 * One pass over a worksheet part: the target cells get the format
 * `styleFor(current format, target)` (empty cells and rows are added where the
 * sheet has none) and, when `legacyDrawingId` is given, a
 * `<legacyDrawing r:id="…"/>` goes where the schema puts it (the notes' shapes).
 */
export function highlightSheet<T extends CellTarget>(
  xml: string,
  targets: readonly T[],
  styleFor: (current: number, target: T) => number,
  legacyDrawingId?: string,
  /** The namespaces of the package (for the `r` namespace, when the root lacks it). */
  ns: Conformance = TRANSITIONAL,
): string {
  const cells = new PendingCells(targets, styleFor);
  const data = new SheetDataEdits(xml, cells);
  const drawing = new DrawingPlace(xml);
  let dataDepth = -1;
  const dataClosed = () => {
    dataDepth = -1;
    drawing.dataClosed();
  };
  scanXml(xml, {
    open: (tag, end) => {
      if (tag.depth === 0) drawing.openRoot(tag, end);
      else if (dataDepth < 0) {
        drawing.openOutsideData(tag, end);
        if (tag.local !== "sheetData" || tag.depth !== 1) return;
        cells.prefix = tag.name.slice(0, tag.name.length - tag.local.length);
        if (tag.selfClosing) {
          data.emptySheetData(tag, end);
          dataClosed();
        } else dataDepth = tag.depth;
      } else if (tag.depth === dataDepth + 1 && tag.local === "row") data.openRow(tag, end);
      else if (tag.depth === dataDepth + 2 && tag.local === "c") data.openCell(tag, end);
    },
    close: (local, end) => {
      if (dataDepth < 0) drawing.closeOutsideData(end);
      else if (local === "row") data.closeRow(end);
      else if (local === "sheetData") {
        data.closeSheetData(end);
        dataClosed();
      }
    },
  });
  const drawingEdits = legacyDrawingId !== undefined ? drawing.edits(legacyDrawingId, ns) : [];
  return applyEdits(xml, [...data.edits, ...drawingEdits]);
}

function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

export interface NoteTarget {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

function emptyComments(ns: Conformance): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${ns.main}"><authors></authors><commentList></commentList></comments>`;
}

/** How each of allocheck's notes begins: a note that begins so (alone, or below `separator`) is ours, from an earlier run. */
export const OWN_NOTE_PREFIX = "allocheck: ";

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : XML_ENTITIES[e],
  );
}

/**
 * Where allocheck's note from an earlier run begins in a comment's text
 * (`inner`, the XML between `<text>` and `</text>`): `cut` is the offset from
 * which the rest of the text is ours, `prefix` the edit that keeps a user's
 * text sharing a run with it, `alone` whether nothing of the user's is before
 * it. Null when the comment holds no note of ours.
 */
export function ownNoteIn(inner: string, separator: string): { cut: number; prefix?: XmlEdit; alone: boolean } | null {
  const texts = /<((?:[A-Za-z_][\w.-]*:)?)t(\s[^>]*)?>([\s\S]*?)<\/\1t>/g;
  let before = "";
  for (let m = texts.exec(inner); m !== null; m = texts.exec(inner)) {
    const text = decodeXmlText(m[3]);
    const at = before === "" && text.startsWith(OWN_NOTE_PREFIX) ? 0 : text.indexOf(`${separator}${OWN_NOTE_PREFIX}`);
    if (at < 0) {
      before += text;
      continue;
    }
    const p = m[1];
    // The run the text stands in, if any: our note begins with a run of its own.
    const runOpen = Math.max(inner.lastIndexOf(`<${p}r>`, m.index), inner.lastIndexOf(`<${p}r `, m.index));
    const inRun = runOpen >= 0 && inner.lastIndexOf(`</${p}r>`, m.index) < runOpen;
    const end = m.index + m[0].length;
    const runEnd = inRun ? inner.indexOf(`</${p}r>`, end) : -1;
    if (at === 0) return { cut: inRun ? runOpen : m.index, alone: before === "" };
    // A user's text and ours in one run (the note was edited and saved): the user's is kept.
    const contentStart = end - m[3].length - `</${p}t>`.length;
    const prefix = { start: contentStart, end: end - `</${p}t>`.length, text: escapeXml(text.slice(0, at)) };
    return { cut: runEnd >= 0 ? runEnd + `</${p}r>`.length : end, prefix, alone: false };
  }
  return null;
}

/**
 * Adds allocheck's notes to a comments part (new or existing). A cell that
 * already has a note keeps it, with ours below `separator`; a note of ours
 * from an earlier run is replaced by the new one, never repeated. Returns the
 * new XML and the cells that got a new comment (they need a VML shape).
 */
export function addComments(existing: string | undefined, notes: readonly NoteTarget[], separator: string, ns: Conformance = TRANSITIONAL): { xml: string; added: NoteTarget[] } {
  const xml = existing ?? emptyComments(ns);
  const elements = xmlElements(xml, (local, depth) => depth <= 1 || (depth === 2 && (local === "author" || local === "comment")) || (depth === 3 && local === "text"));
  const root = elements[0];
  const p = root.name.slice(0, root.name.length - root.local.length);
  const authorsElement = elements.find((e) => e.depth === 1 && e.local === "authors");
  const listElement = elements.find((e) => e.depth === 1 && e.local === "commentList");
  const authors: string[] = [];
  if (authorsElement !== undefined) {
    let current: string | null = null;
    scanXml(xml.slice(authorsElement.start, authorsElement.end), {
      open: (tag) => {
        if (tag.depth === 1 && tag.local === "author") current = "";
        if (tag.depth === 1 && tag.local === "author" && tag.selfClosing) authors.push("");
      },
      close: (local) => {
        if (local === "author" && current !== null) authors.push(current);
        current = null;
      },
      text: (text) => {
        if (current !== null) current += text;
      },
    });
  }
  const edits: XmlEdit[] = [];
  // Our author.
  let authorId = authors.indexOf("allocheck");
  if (authorId < 0) {
    authorId = authors.length;
    const author = `<${p}author>allocheck</${p}author>`;
    if (authorsElement !== undefined) edits.push(appendToElement(authorsElement, author));
    else edits.push({ start: root.openEnd, end: root.openEnd, text: `<${p}authors>${author}</${p}authors>` });
  }
  // The comments there are: where each one's text stands, by cell.
  const texts = new Map<string, { start: number; end: number }>();
  elements.forEach((e) => {
    if (e.depth !== 3 || e.local !== "text" || e.selfClosing) return;
    const comment = elements[e.parent];
    if (comment?.local === "comment" && comment.attributes.ref !== undefined && !texts.has(comment.attributes.ref)) texts.set(comment.attributes.ref, { start: e.openEnd, end: e.closeStart });
  });
  const run = (text: string) => `<${p}r><${p}t xml:space="preserve">${cellTextXml(text)}</${p}t></${p}r>`;
  const added: NoteTarget[] = [];
  const fresh: string[] = [];
  for (const note of notes) {
    const ref = a1(note.row, note.col);
    const text = texts.get(ref);
    const own = text === undefined ? null : ownNoteIn(xml.slice(text.start, text.end), separator);
    if (text !== undefined && own !== null) {
      if (own.prefix !== undefined) edits.push({ ...own.prefix, start: text.start + own.prefix.start, end: text.start + own.prefix.end });
      edits.push({ start: text.start + own.cut, end: text.end, text: run(own.alone ? note.text : `${separator}${note.text}`) });
    } else if (text !== undefined) edits.push({ start: text.end, end: text.end, text: run(`${separator}${note.text}`) });
    else {
      fresh.push(`<${p}comment ref="${ref}" authorId="${authorId}"><${p}text>${run(note.text)}</${p}text></${p}comment>`);
      added.push(note);
    }
  }
  if (fresh.length > 0) {
    if (listElement !== undefined) edits.push(appendToElement(listElement, fresh.join("")));
    else edits.push({ start: root.closeStart, end: root.closeStart, text: `<${p}commentList>${fresh.join("")}</${p}commentList>` });
  }
  return { xml: applyEdits(xml, edits), added };
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function noteShape(id: number, target: CellTarget, z: number): string {
  const anchor = [target.col + 1, 15, Math.max(0, target.row - 1), 2, target.col + 4, 15, target.row + 4, 4].join(", ");
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:260pt;height:90pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${target.row}</x:Row><x:Column>${target.col}</x:Column></x:ClientData></v:shape>`
  );
}

/**
 * Adds note shapes to a VML drawing (new when `existing` is undefined); `block`
 * is a free shape-id block for a new one. VML is read as text, not parsed:
 * Excel's VML is HTML-like and not always well-formed XML (`<br>` in note text).
 */
export function addNoteShapes(existing: string | undefined, targets: readonly CellTarget[], block: number): string {
  if (existing === undefined) {
    const first = block * 1024 + 1;
    const shapes = targets.map((t, i) => noteShape(first + i, t, i + 1)).join("");
    return (
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPE_TYPE}${shapes}</xml>`
    );
  }
  const ids = [...existing.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  const dataBlock = Number(/<o:idmap\b[^>]*\bdata="(\d+)/.exec(existing)?.[1] ?? block);
  let next = Math.max(dataBlock * 1024, ...ids) + 1;
  const shapes = targets.map((t, i) => noteShape(next++, t, ids.length + i + 1)).join("");
  const withType = /_x0000_t202/.test(existing) ? existing : existing.replace(/(<\/o:shapelayout>)/, `$1${SHAPE_TYPE}`);
  const closing = withType.lastIndexOf("</xml>");
  return closing < 0 ? withType + shapes : withType.slice(0, closing) + shapes + withType.slice(closing);
}

/**
 * Takes allocheck's notes of an earlier run off the cells not in `keep` (A1
 * references): a comment that was allocheck's alone goes, with its shape
 * (returned in `removed`); a user's note that had allocheck's below
 * `separator` keeps the user's text alone.
 */
export function removeOwnNotes(xml: string, keep: ReadonlySet<string>, separator: string): { xml: string; removed: CellTarget[] } {
  const elements = xmlElements(xml, (local, depth) => depth <= 1 || (depth === 2 && local === "comment") || (depth === 3 && local === "text"));
  const edits: XmlEdit[] = [];
  const removed: CellTarget[] = [];
  elements.forEach((e) => {
    if (e.depth !== 3 || e.local !== "text" || e.selfClosing) return;
    const comment = elements[e.parent];
    const ref = comment?.attributes.ref;
    if (comment?.local !== "comment" || ref === undefined || keep.has(ref) || !CELL_REF.test(ref)) return;
    const own = ownNoteIn(xml.slice(e.openEnd, e.closeStart), separator);
    if (own === null) return;
    if (own.alone) {
      edits.push({ start: comment.start, end: comment.end, text: "" });
      const m = CELL_REF.exec(ref)!;
      removed.push({ row: Number(m[2]) - 1, col: columnIndex(m[1]) });
      return;
    }
    if (own.prefix !== undefined) edits.push({ ...own.prefix, start: e.openEnd + own.prefix.start, end: e.openEnd + own.prefix.end });
    edits.push({ start: e.openEnd + own.cut, end: e.closeStart, text: "" });
  });
  return { xml: edits.length === 0 ? xml : applyEdits(xml, edits), removed };
}

/** A VML drawing without the note shapes of these cells (read as text: see `addNoteShapes`). */
export function removeNoteShapes(vml: string, cells: readonly CellTarget[]): string {
  if (cells.length === 0) return vml;
  const gone = new Set(cells.map((c) => `${c.row}:${c.col}`));
  return vml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
    if (!/ObjectType\s*=\s*"Note"/.test(shape)) return shape;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
    return row !== null && col !== null && gone.has(`${row[1]}:${col[1]}`) ? "" : shape;
  });
}
