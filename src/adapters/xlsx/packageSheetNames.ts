/**
 * The names of a workbook file's sheets, from its workbook part alone: no
 * sheet is read, so a large workbook costs only its zip directory and one
 * small part. Null when the bytes are not a workbook package.
 */
import { openRawZip, rawZipText } from "./zipCopy";
import { parseRelationships, scanXml, XmlError } from "./xml";
import { resolvePartPath } from "./packagePaths";

const OFFICE_DOCUMENT = /\/officeDocument$/i;

export async function packageSheetNames(bytes: Buffer): Promise<string[] | null> {
  const raw = openRawZip(bytes);
  if (raw === null) return null;
  try {
    const text = rawZipText(raw);
    const rootRels = await text("_rels/.rels");
    const officeDocument = rootRels !== undefined ? parseRelationships(rootRels).find((r) => OFFICE_DOCUMENT.test(r.type)) : undefined;
    const workbookXml = await text(officeDocument ? resolvePartPath("", officeDocument.target) : "xl/workbook.xml");
    if (workbookXml === undefined) return null;
    let isWorkbook = false;
    const names: string[] = [];
    scanXml(workbookXml, {
      open: (tag) => {
        if (tag.depth === 0) isWorkbook = tag.local === "workbook";
        else if (isWorkbook && tag.depth === 2 && tag.local === "sheet") names.push(tag.attributes.name ?? "");
      },
    });
    return isWorkbook ? names : null;
  } catch (error) {
    if (error instanceof XmlError) return null;
    // A damaged entry: not a workbook that can be told apart.
    return null;
  }
}
