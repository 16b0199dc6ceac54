/**
 * What kind of SpreadsheetML package a file is, by its main part's content type
 * (ECMA-376 Part 1, the Workbook part; Microsoft's [MS-XLSX] for the
 * macro-enabled types): a workbook (.xlsx), a macro-enabled workbook (.xlsm), a template
 * (.xltx) or a macro-enabled template (.xltm). Excel opens a file only when its
 * extension agrees with this content type, so the summary copy of a workbook
 * with macros must be an .xlsm, and a template's copy — a filled-in workbook,
 * as Excel makes from a template — is a workbook of the same macro kind.
 */
import { promises as fs } from "fs";
import { parseRelationships, xmlElements } from "./xml";
import { resolvePartPath } from "./packagePaths";
import { openZipEntries, type ZipEntries, type ZipPackage } from "./zip";
import { mayBeUtf16, partText } from "./partEncoding";

export const CT_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
export const CT_MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
export const CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
export const CT_MACRO_TEMPLATE = "application/vnd.ms-excel.template.macroEnabled.main+xml";

export interface WorkbookKind {
  /** Whether the package holds macros that Excel runs (its main part is macro-enabled). */
  readonly macros: boolean;
  /** Whether the package is a template (.xltx, .xltm). */
  readonly template: boolean;
}

/** The extension a copy of a workbook of this kind must have for Excel to open it. */
export function copyExtension(kind: WorkbookKind): ".xlsx" | ".xlsm" {
  return kind.macros ? ".xlsm" : ".xlsx";
}

/** The content type of the copy's main part: always a workbook (a template's copy is a workbook), with macros if it had them. */
export function copyContentType(kind: WorkbookKind): string {
  return kind.macros ? CT_MACRO_WORKBOOK : CT_WORKBOOK;
}

/** The kind of a main part of content type `contentType` (compared without regard to case, as MIME types are). */
export function kindOfContentType(contentType: string | undefined): WorkbookKind {
  const type = (contentType ?? "").toLowerCase();
  return {
    macros: type.startsWith("application/vnd.ms-excel.") && type.includes("macroenabled"),
    template: type === CT_TEMPLATE.toLowerCase() || type === CT_MACRO_TEMPLATE.toLowerCase(),
  };
}

/** The main (workbook) part's path: the package's `officeDocument` relationship, else `xl/workbook.xml`. */
export async function mainPartPath(zip: Pick<ZipPackage, "text">): Promise<string> {
  const rels = parseRelationships((await zip.text("_rels/.rels")) ?? "");
  const office = rels.find((r) => /\/officeDocument$/i.test(r.type));
  return office ? resolvePartPath("", office.target) : "xl/workbook.xml";
}

/** The content type `[Content_Types].xml` gives the part at `path` (an Override, else the Default for its extension). */
export function contentTypeOf(contentTypesXml: string, path: string): string | undefined {
  if (contentTypesXml === "") return undefined;
  const elements = xmlElements(contentTypesXml, (local, depth) => depth === 1 && (local === "Override" || local === "Default"));
  const partName = `/${path}`.toLowerCase();
  const override = elements.find((e) => e.local === "Override" && (e.attributes.PartName ?? "").toLowerCase() === partName);
  if (override !== undefined) return override.attributes.ContentType;
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return elements.find((e) => e.local === "Default" && (e.attributes.Extension ?? "").toLowerCase() === extension)?.attributes.ContentType;
}

/** The kind of the workbook package `zip`. */
export async function workbookKindOf(zip: Pick<ZipPackage, "text">): Promise<WorkbookKind> {
  const path = await mainPartPath(zip);
  return kindOfContentType(contentTypeOf((await zip.text("[Content_Types].xml")) ?? "", path));
}

/** The kind of the workbook file at `path` (read after the file was found to be a workbook). */
export async function workbookKindOfFile(path: string): Promise<WorkbookKind> {
  const zip = await openZipEntries(await fs.readFile(path));
  return workbookKindOf({ text: (name) => utf16AwareText(zip, name) });
}

/** A part's text, a part in UTF-16 decoded as such (partEncoding.ts). */
async function utf16AwareText(zip: ZipEntries, name: string): Promise<string | undefined> {
  const text = await zip.text(name);
  if (text === undefined || !mayBeUtf16(text)) return text;
  const chunks: Buffer[] = [];
  for await (const chunk of zip.chunks(name) ?? []) chunks.push(chunk);
  return partText(Buffer.concat(chunks));
}

/**
 * Whether the workbook counts its dates from 1904 (`<workbookPr
 * date1904="1"/>`, ECMA-376 Part 1 §18.2.28; Excel for Mac's old default):
 * its date serials are then 1462 days less than the same dates' in the 1900
 * system the engine reads.
 */
export async function usesDate1904(zip: Pick<ZipPackage, "text">): Promise<boolean> {
  const xml = (await zip.text(await mainPartPath(zip))) ?? "";
  const properties = xmlElements(xml, (local, depth) => depth === 1 && local === "workbookPr")[0];
  const value = properties?.attributes.date1904?.toLowerCase();
  return value === "1" || value === "true";
}
