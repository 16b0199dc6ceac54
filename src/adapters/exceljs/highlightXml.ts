/**
 * Highlights written into a worksheet part as it is: the offending cells get a
 * copy of their own cell format with the highlight fill (cells that shared the
 * old format keep it), and a note (comment + VML shape, as Excel writes them).
 * Nothing else of the sheet is rewritten.
 */
import { a1, columnIndex } from "../../core/model/address";
import { escapeXml } from "./stylesPatch";
import { cellTextXml } from "./summaryXml";

export interface CellTarget {
  readonly row: number;
  readonly col: number;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(xml: string, edits: Edit[]): string {
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}

const CELL_REF = /\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']/;
const ROW_REF = /\br\s*=\s*["'](\d+)["']/;
const STYLE = /\bs\s*=\s*["'](\d+)["']/;

/**
 * Sets the cell format of the target cells to `styleFor(current format)`,
 * adding empty cells (and rows) where the sheet has none.
 */
export function restyleCells(xml: string, targets: readonly CellTarget[], styleFor: (current: number) => number): string {
  const rootPrefix = /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? "";
  const wanted = new Map<number, Map<number, boolean>>();
  for (const t of targets) {
    let cols = wanted.get(t.row);
    if (!cols) wanted.set(t.row, (cols = new Map()));
    cols.set(t.col, false);
  }
  const newCell = (row: number, col: number) => `<${rootPrefix}c r="${a1(row, col)}" s="${styleFor(0)}"/>`;
  const pending = (row: number, beforeCol: number): string => {
    const cols = wanted.get(row);
    if (!cols) return "";
    let text = "";
    for (const [col, done] of [...cols.entries()].sort((a, b) => a[0] - b[0])) {
      if (done || col >= beforeCol) continue;
      text += newCell(row, col);
      cols.set(col, true);
    }
    return text;
  };
  const rowXml = (row: number) => `<${rootPrefix}row r="${row + 1}">${pending(row, Infinity)}</${rootPrefix}row>`;
  const missingRowsBefore = (limit: number): string => {
    let text = "";
    for (const row of [...wanted.keys()].sort((a, b) => a - b)) {
      if (row >= limit || seenRows.has(row)) continue;
      seenRows.add(row);
      text += rowXml(row);
    }
    return text;
  };

  const edits: Edit[] = [];
  const seenRows = new Set<number>();
  const dataOpen = /<(?:\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!dataOpen) return xml;
  if (dataOpen[1] === "/") {
    const rows = missingRowsBefore(Infinity);
    const tag = `${rootPrefix}sheetData`;
    edits.push({ start: dataOpen.index, end: dataOpen.index + dataOpen[0].length, text: `<${tag}>${rows}</${tag}>` });
    return applyEdits(xml, edits);
  }
  const dataEnd = xml.indexOf("sheetData>", dataOpen.index + dataOpen[0].length);
  const closeAt = dataEnd < 0 ? xml.length : xml.lastIndexOf("<", dataEnd);
  const tag = /<(?:\w+:)?(row|c)\b([^>]*?)(\/?)>|<\/(?:\w+:)?(row|c)>/g;
  tag.lastIndex = dataOpen.index + dataOpen[0].length;
  let row = -1;
  let col = -1;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml)) !== null && m.index < closeAt) {
    if (m[4] === "row") {
      // End of a row: the wanted cells after its last cell.
      const rest = pending(row, Infinity);
      if (rest) edits.push({ start: m.index, end: m.index, text: rest });
      continue;
    }
    if (m[4] === "c") continue;
    if (m[1] === "row") {
      const r = ROW_REF.exec(m[2]);
      row = r ? Number(r[1]) - 1 : row + 1;
      col = -1;
      const before = missingRowsBefore(row);
      seenRows.add(row);
      // Drop the `spans` hint of a row that gets new cells; open a self-closing row that needs cells.
      const needs = wanted.has(row);
      if (before || needs) {
        let open = m[0];
        if (needs) open = open.replace(/\s+spans\s*=\s*["'][^"']*["']/, "");
        if (needs && m[3] === "/") open = `${open.replace(/\s*\/>$/, ">")}${pending(row, Infinity)}</${rootPrefix}row>`;
        edits.push({ start: m.index, end: m.index + m[0].length, text: before + open });
      }
      continue;
    }
    // A cell.
    const ref = CELL_REF.exec(m[2]);
    if (ref) {
      col = columnIndex(ref[1]);
      row = Number(ref[2]) - 1;
    } else col += 1;
    const cols = wanted.get(row);
    if (!cols) continue;
    const insert = pending(row, col);
    if (cols.has(col)) {
      cols.set(col, true);
      const current = STYLE.exec(m[2]);
      const s = styleFor(current ? Number(current[1]) : 0);
      const open = current ? m[0].replace(STYLE, `s="${s}"`) : m[0].replace(/^(<(?:\w+:)?c\b)/, `$1 s="${s}"`);
      edits.push({ start: m.index, end: m.index + m[0].length, text: insert + open });
    } else if (insert) {
      edits.push({ start: m.index, end: m.index, text: insert });
    }
  }
  const tail = missingRowsBefore(Infinity);
  if (tail) edits.push({ start: closeAt, end: closeAt, text: tail });
  return applyEdits(xml, edits);
}

export interface NoteTarget {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/**
 * Adds allocheck's notes to a comments part (new or existing). A cell that
 * already has a note keeps it, with ours below `separator`. Returns the new
 * XML and the cells that got a new comment (they need a VML shape).
 */
export function addComments(existing: string | undefined, notes: readonly NoteTarget[], separator: string): { xml: string; added: NoteTarget[] } {
  const base =
    existing ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>`;
  const p = /<(\w+:)?comments\b/.exec(base)?.[1] ?? "";
  let xml = base;
  // Our author.
  const authors = [...(/<(?:\w+:)?authors\b[^>]*>([\s\S]*?)<\/(?:\w+:)?authors>/.exec(xml)?.[1] ?? "").matchAll(/<(?:\w+:)?author\b[^>]*>([\s\S]*?)<\/(?:\w+:)?author>/g)].map((m) => m[1]);
  let authorId = authors.indexOf("allocheck");
  if (authorId < 0) {
    authorId = authors.length;
    if (/<(?:\w+:)?authors\b[^>]*\/>/.test(xml)) xml = xml.replace(/<((?:\w+:)?authors)\b([^>]*)\/>/, `<$1$2><${p}author>allocheck</${p}author></$1>`);
    else xml = xml.replace(/<\/((?:\w+:)?authors)>/, `<${p}author>allocheck</${p}author></$1>`);
  }
  const run = (text: string) => `<${p}r><${p}t xml:space="preserve">${cellTextXml(text)}</${p}t></${p}r>`;
  const added: NoteTarget[] = [];
  const fresh: string[] = [];
  for (const note of notes) {
    const ref = a1(note.row, note.col);
    const comment = new RegExp(`(<(?:\\w+:)?comment\\b[^>]*\\bref="${ref}"[^>]*>[\\s\\S]*?)(<\\/(?:\\w+:)?text>)`).exec(xml);
    if (comment) {
      xml = xml.slice(0, comment.index) + comment[1] + run(`${separator}${note.text}`) + comment[2] + xml.slice(comment.index + comment[0].length);
    } else {
      fresh.push(`<${p}comment ref="${ref}" authorId="${authorId}"><${p}text>${run(note.text)}</${p}text></${p}comment>`);
      added.push(note);
    }
  }
  if (fresh.length > 0) {
    if (/<(?:\w+:)?commentList\b[^>]*\/>/.test(xml)) xml = xml.replace(/<((?:\w+:)?commentList)\b([^>]*)\/>/, `<$1$2>${fresh.join("")}</$1>`);
    else xml = xml.replace(/<\/((?:\w+:)?commentList)>/, `${fresh.join("")}</$1>`);
  }
  return { xml, added };
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

/** Adds note shapes to a VML drawing (new when `existing` is undefined); `block` is a free shape-id block for a new one. */
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

/** Adds `<legacyDrawing r:id="…"/>` where the schema puts it. */
export function addLegacyDrawing(sheetXml: string, relId: string): string {
  const p = /<(\w+:)?worksheet\b/.exec(sheetXml)?.[1] ?? "";
  let xml = sheetXml;
  if (!/xmlns:r\s*=/.test(xml.slice(0, xml.indexOf(">", xml.search(/<(?:\w+:)?worksheet\b/)) + 1))) {
    xml = xml.replace(/<((?:\w+:)?worksheet)\b/, `<$1 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`);
  }
  const element = `<${p}legacyDrawing r:id="${escapeXml(relId)}"/>`;
  const after = xml.search(/<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\b[^>]*\/>/);
  const rest = xml.slice(after);
  const next = rest.search(/<(?:\w+:)?(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/(?:\w+:)?worksheet>/);
  const at = after + next;
  return xml.slice(0, at) + element + xml.slice(at);
}
