/**
 * Where the summary copy opens and what repeats when the summary prints: the
 * workbook part's active tab and `_xlnm.Print_Titles` (ECMA-376 Part 1,
 * §18.2.30 workbookView, §18.2.5 definedName; the built-in name is local to a
 * sheet through `localSheetId`, its 0-based place in `<sheets>`), and the
 * other sheets' tabs unselected (two selected tabs would open grouped).
 */
import { columnLetters, quoteSheetName } from "../../core/model/address";
import type { SummaryPrint } from "../../core/model/summary";
import { escapeXml, startTag, type XmlEdit, type XmlElement } from "./xml";

const PRINT_TITLES = "_xlnm.Print_Titles";

/** `'Tổng hợp'!$A:$B,'Tổng hợp'!$24:$24` (columns first, as Excel writes it), or undefined when nothing repeats. */
export function printTitlesFormula(sheetName: string, print: SummaryPrint): string | undefined {
  const sheet = quoteSheetName(sheetName);
  const parts: string[] = [];
  if (print.titleColumns !== undefined) {
    parts.push(`${sheet}!$${columnLetters(print.titleColumns.first)}:$${columnLetters(print.titleColumns.last)}`);
  }
  if (print.titleRows !== undefined) parts.push(`${sheet}!$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  return parts.length === 0 ? undefined : parts.join(",");
}

export interface WorkbookViewParts {
  readonly root: XmlElement;
  readonly sheetsElement: XmlElement | undefined;
  readonly bookViews: XmlElement | undefined;
  readonly workbookView: XmlElement | undefined;
  readonly definedNames: XmlElement | undefined;
  readonly definedName: readonly XmlElement[];
  /** Where a new `definedNames` goes: after the last of sheets, functionGroups, externalReferences. */
  readonly definedNamesAt: number | undefined;
}

function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

/**
 * Edits of the workbook part that make sheet `index` the active tab and set
 * (or, when `titles` is undefined, remove) its print titles.
 */
export function workbookViewEdits(parts: WorkbookViewParts, index: number, titles: string | undefined): XmlEdit[] {
  const prefix = prefixOf(parts.root.name);
  const edits: XmlEdit[] = [];
  const view = parts.workbookView;
  if (view !== undefined) {
    const attributes: Record<string, string> = { ...view.attributes, activeTab: String(index) };
    if (Number(attributes.firstSheet ?? 0) > index) attributes.firstSheet = String(index);
    edits.push({ start: view.start, end: view.openEnd, text: startTag(view.name, attributes, view.selfClosing) });
  } else if (parts.bookViews === undefined && parts.sheetsElement !== undefined) {
    const at = parts.sheetsElement.start;
    edits.push({ start: at, end: at, text: `<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews>` });
  }

  // Our old print titles go; the user's names stay. An empty definedNames is not valid: it goes with its last name.
  const ours = parts.definedName.filter((d) => d.attributes.name === PRINT_TITLES && d.attributes.localSheetId === String(index));
  const list = parts.definedNames;
  if (titles === undefined && list !== undefined && ours.length > 0 && ours.length === parts.definedName.length) {
    edits.push({ start: list.start, end: list.end, text: "" });
    return edits;
  }
  for (const d of ours) edits.push({ start: d.start, end: d.end, text: "" });
  if (titles === undefined) return edits;
  const name = `<${prefix}definedName name="${PRINT_TITLES}" localSheetId="${index}">${escapeXml(titles)}</${prefix}definedName>`;
  if (list !== undefined && !list.selfClosing) edits.push({ start: list.closeStart, end: list.closeStart, text: name });
  else if (list !== undefined) edits.push({ start: list.start, end: list.end, text: `<${prefix}definedNames>${name}</${prefix}definedNames>` });
  else if (parts.definedNamesAt !== undefined) edits.push({ start: parts.definedNamesAt, end: parts.definedNamesAt, text: `<${prefix}definedNames>${name}</${prefix}definedNames>` });
  return edits;
}

/** How far into a sheet part its `sheetViews` can be: before the cells. */
function headEnd(xml: string): number {
  const data = xml.search(/<(?:\w+:)?sheetData[\s>/]/);
  return data < 0 ? xml.length : data;
}

const TAB_SELECTED = /(<(?:\w+:)?sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/g;

/** A sheet part with its tab unselected (unchanged, same string, when it was not selected). */
export function unselectSheetXml(xml: string): string {
  const end = headEnd(xml);
  const head = xml.slice(0, end);
  const edited = head.replace(TAB_SELECTED, "$1");
  return edited === head ? xml : edited + xml.slice(end);
}
