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
 * Per sheet (by name) and cell: the cell's format before the highlight (its
 * `cellXfs` index), that format's fill as written (so the fill can be put back
 * when the indexes no longer match, or the user changed another part of the
 * cell's format since), and the colour allocheck applied. A cell is put back
 * only while it still shows that colour: a cell the user has filled since
 * keeps the user's fill.
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

/** Sheet name → cell (`cellKey`) → what it was. */
export type HighlightRecord = Map<string, Map<number, RecordedCell>>;

export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

export function encodeHighlightRecord(record: HighlightRecord): string {
  const fills: string[] = [];
  const fillIndex = new Map<string, number>();
  const sheets: string[] = [];
  for (const [name, cells] of record) {
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
    sheets.push(`<sheet name="${escapeXml(name)}">${items.join("")}</sheet>`);
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
  const pending: Array<{ sheet: string; ref: string; s: string; f: string; a: string }> = [];
  let fillText: string | null = null;
  let sheet: string | null = null;
  try {
    scanXml(xml, {
      open: (tag) => {
        if (tag.depth === 0) ours = tag.local === "highlights" && tag.attributes.xmlns === RECORD_NAMESPACE;
        if (!ours) return;
        if (tag.depth === 1 && tag.local === "fill") fillText = tag.selfClosing ? (fills.push(""), null) : "";
        if (tag.depth === 1 && tag.local === "sheet") sheet = tag.attributes.name ?? null;
        if (tag.depth === 2 && tag.local === "c" && sheet !== null) {
          const { r, s, f, a } = tag.attributes;
          if (r !== undefined && s !== undefined && f !== undefined && a !== undefined) pending.push({ sheet, ref: r, s, f, a });
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
  const record: HighlightRecord = new Map();
  for (const p of pending) {
    const fill = fills[Number(p.f)];
    if (!/^[A-Z]{1,3}\d+$/.test(p.ref) || fill === undefined || !/^\d+$/.test(p.s)) continue;
    const at = parseA1(p.ref);
    let cells = record.get(p.sheet);
    if (cells === undefined) record.set(p.sheet, (cells = new Map()));
    cells.set(cellKey(at.row, at.col), { row: at.row, col: at.col, style: Number(p.s), fill, applied: p.a });
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
