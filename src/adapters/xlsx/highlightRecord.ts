/**
 * What the summary copy's highlights replaced, kept in the copy itself so that
 * the next `allocheck summary` on that copy puts every cell it coloured back
 * as it was before colouring the current findings: the highlights are always
 * exactly the current findings, never the stale ones of an earlier run.
 *
 * Kept in a custom XML part (ECMA-376 Part 1, §22.5, Custom XML Data
 * Properties; the part is reached from the workbook part by a `customXml`
 * relationship), which spreadsheet programs keep as they found it and never
 * show; a copy saved by a program that drops it (LibreOffice) has no record,
 * and its coloured cells are then left as they are.
 *
 * Per sheet and cell: the cell's format before the highlight (its
 * `cellXfs` index), that format's fill as written (so the fill can be put back
 * when the indexes no longer match, or the user changed another part of the
 * cell's format since), and the colour allocheck applied. A cell is put back
 * only while it still shows that colour: a cell the user has filled since
 * keeps the user's fill.
 *
 * A sheet is recorded by its `sheetId` in the workbook part as well as by its
 * name, and found again by that id first: the id is the sheet's own (unique
 * in the workbook, ECMA-376 Part 1, §18.2.19 sheet) and Excel keeps it when
 * the sheet is renamed, so the colours of a sheet renamed between runs are
 * still put back. By name only for a sheet recorded without an id (records
 * written before the id was kept, or a workbook whose ids are missing or not
 * unique); a recorded id that no sheet has now is a deleted sheet, never a
 * same-named new one.
 */
import { a1, parseA1 } from "../../core/model/address";
import type { Conformance } from "./conformance";
import { escapeXml, scanXml } from "./xml";

export const RECORD_NAMESPACE = "urn:allocheck:highlights:1";
export const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
/** The data store item's id in the properties part: one fixed id, so that the same input gives the same copy. */
export const RECORD_ITEM_ID = "{5D1B7E3A-6C1F-4E0B-9A57-A11C0C4EC4B1}";

export interface RecordedCell {
  readonly row: number;
  readonly col: number;
  /** The cell's format before the highlight. */
  readonly style: number;
  /** That format's fill, as written (`<fill>…</fill>`). */
  readonly fill: string;
  /** The colour allocheck applied (ARGB, `FFF8B4B4`). */
  readonly applied: string;
}

/** One sheet's recorded cells. */
export interface RecordedSheet {
  readonly name: string;
  /** The sheet's `sheetId` in the workbook part; null when not recorded (older records) or not usable. */
  readonly sheetId: number | null;
  /** Cell (`cellKey`) → what it was. */
  readonly cells: Map<number, RecordedCell>;
}

export type HighlightRecord = RecordedSheet[];

/** A sheet of the workbook as the record knows it: its name, and its `sheetId` when usable (present and unique). */
export interface SheetIdentity {
  readonly name: string;
  readonly sheetId: number | null;
}

/**
 * The recorded cells of a sheet: the entry with its `sheetId`, else (only
 * when the record has no entry with that id) the entry of the same name
 * recorded without an id.
 */
export function recordedCellsOf(record: HighlightRecord, sheet: SheetIdentity, sameName: (a: string, b: string) => boolean): Map<number, RecordedCell> | undefined {
  if (sheet.sheetId !== null) {
    const byId = record.find((r) => r.sheetId === sheet.sheetId);
    if (byId !== undefined) return byId.cells;
  }
  return record.find((r) => r.sheetId === null && sameName(r.name, sheet.name))?.cells;
}

export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

export function encodeHighlightRecord(record: HighlightRecord): string {
  const fills: string[] = [];
  const fillIndex = new Map<string, number>();
  const sheets: string[] = [];
  for (const { name, sheetId, cells } of record) {
    if (cells.size === 0) continue;
    const list = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const items = list.map((c) => {
      let f = fillIndex.get(c.fill);
      if (f === undefined) {
        f = fills.push(c.fill) - 1;
        fillIndex.set(c.fill, f);
      }
      return `<c r="${a1(c.row, c.col)}" s="${c.style}" f="${f}" a="${escapeXml(c.applied)}"/>`;
    });
    const id = sheetId === null ? "" : ` sheetId="${sheetId}"`;
    sheets.push(`<sheet name="${escapeXml(name)}"${id}>${items.join("")}</sheet>`);
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<highlights xmlns="${RECORD_NAMESPACE}">` +
    fills.map((f) => `<fill>${escapeXml(f)}</fill>`).join("") +
    sheets.join("") +
    `</highlights>`
  );
}

/** The record a part holds; null when the part is not allocheck's record (another program's custom XML, or unreadable). */
export function decodeHighlightRecord(xml: string): HighlightRecord | null {
  let ours = false;
  const fills: string[] = [];
  const sheets: Array<{ name: string; sheetId: number | null; cells: Array<{ ref: string; s: string; f: string; a: string }> }> = [];
  let fillText: string | null = null;
  let sheet: (typeof sheets)[number] | null = null;
  try {
    scanXml(xml, {
      open: (tag) => {
        if (tag.depth === 0) ours = tag.local === "highlights" && tag.attributes.xmlns === RECORD_NAMESPACE;
        if (!ours) return;
        if (tag.depth === 1 && tag.local === "fill") fillText = tag.selfClosing ? (fills.push(""), null) : "";
        if (tag.depth === 1 && tag.local === "sheet") {
          const { name, sheetId } = tag.attributes;
          // Records written before the id was kept have none: found by name.
          sheet = name === undefined ? null : { name, sheetId: sheetId !== undefined && /^[1-9]\d{0,9}$/.test(sheetId) ? Number(sheetId) : null, cells: [] };
          if (sheet !== null) sheets.push(sheet);
        }
        if (tag.depth === 2 && tag.local === "c" && sheet !== null) {
          const { r, s, f, a } = tag.attributes;
          if (r !== undefined && s !== undefined && f !== undefined && a !== undefined) sheet.cells.push({ ref: r, s, f, a });
        }
      },
      close: (local) => {
        if (local === "fill" && fillText !== null) {
          fills.push(fillText);
          fillText = null;
        }
        if (local === "sheet") sheet = null;
      },
      text: (text) => {
        if (fillText !== null) fillText += text;
      },
    });
  } catch {
    return null;
  }
  if (!ours) return null;
  const record: HighlightRecord = [];
  for (const recorded of sheets) {
    const cells = new Map<number, RecordedCell>();
    for (const p of recorded.cells) {
      const fill = fills[Number(p.f)];
      if (!/^[A-Z]{1,3}\d+$/.test(p.ref) || fill === undefined || !/^\d+$/.test(p.s)) continue;
      const at = parseA1(p.ref);
      cells.set(cellKey(at.row, at.col), { row: at.row, col: at.col, style: Number(p.s), fill, applied: p.a });
    }
    if (cells.size > 0) record.push({ name: recorded.name, sheetId: recorded.sheetId, cells });
  }
  return record;
}

/** The properties part of the record's custom XML item. */
export function recordPropsXml(ns: Conformance): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="${RECORD_ITEM_ID}" xmlns:ds="${ns.customXml}">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${RECORD_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

/** The colour of a solid fill as written (`FFF8B4B4`), upper case; null for any other fill. */
export function solidFillColour(fillXml: string): string | null {
  if (!/patternType\s*=\s*["']solid["']/.test(fillXml)) return null;
  const m = /fgColor\b[^>]*\brgb\s*=\s*["']([0-9A-Fa-f]{6,8})["']/.exec(fillXml);
  return m === null ? null : m[1].toUpperCase();
}

/** What the restore needs of the styles. */
export interface FillStyles {
  fillOf(index: number): string | undefined;
  sameExceptFill(a: number, b: number): boolean;
  withFillText(index: number, fillXml: string): number;
}

/**
 * The format a recorded cell goes back to: its format before the highlight
 * when the cell's format is still that one with allocheck's colour (the usual
 * case), else the cell's format with the fill it had (the user changed its
 * font or borders since). Null when the cell no longer shows allocheck's
 * colour: its fill is the user's, and stays.
 */
export function restoredStyle(current: number, cell: RecordedCell, styles: FillStyles): number | null {
  const fill = styles.fillOf(current);
  if (fill === undefined || solidFillColour(fill) !== cell.applied.toUpperCase()) return null;
  if (styles.fillOf(cell.style) === cell.fill && styles.sameExceptFill(current, cell.style)) return cell.style;
  return styles.withFillText(current, cell.fill);
}
