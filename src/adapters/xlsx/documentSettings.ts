/**
 * The add-ins' document settings as Excel saves them in an .xlsx, and the
 * user's corrections among them: what lets the CLI read a sheet the way the
 * task pane was told to.
 *
 * The format ([MS-OWEXML], Office Web Extensibility Extensions to Office Open
 * XML): an add-in inserted in a workbook is a `webextension` part,
 * `xl/webextensions/webextensionN.xml`, whose root `we:webextension`
 * (CT_OsfWebExtension, §2.2.7,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-owexml/d59d5543-252a-47dd-a566-1503dbf6a233)
 * holds a `we:reference` to the add-in (its `id` is the manifest's `<Id>` for
 * a sideloaded or catalog add-in) and a `we:properties` bag
 * (CT_OsfWebExtensionPropertyBag, §2.2.2) of `we:property` elements
 * (CT_OsfWebExtensionProperty, §2.2.1) with `name` and `value` attributes —
 * the add-in's settings, each value the JSON text of the setting's value (a
 * string setting `e1c6` is stored as `value="&quot;e1c6&quot;"`, the flag
 * `Office.AutoShowTaskpaneWithDocument` as `value="true"`,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document).
 * A task-pane add-in's part is reached from `xl/webextensions/taskpanes.xml`
 * (related to the package by a `…/2011/relationships/webextensiontaskpanes`
 * relationship); a content add-in's from a drawing. Every webextension part
 * is read here, whatever refers to it.
 */
import { promises as fs } from "fs";
import { CORRECTIONS_SETTING_KEY } from "../../core/model/corrections";
import { decodeCorrections, type DecodedCorrections } from "../../core/corrections/settingValue";
import { openZipEntries, type ZipEntries } from "./zip";
import { scanXml } from "./xml";

/** The manifest's `<Id>` (manifest.xml); the test checks they agree. */
export const ALLOCHECK_ADDIN_ID = "3245470d-241f-49d8-be59-073fa98182eb";

const WEBEXTENSION_PART = /(^|\/)webextensions\/webextension[^/]*\.xml$/i;

export interface WebExtensionSettings {
  /** The part's name in the package. */
  readonly part: string;
  /** `we:reference/@id`: which add-in the settings belong to. */
  readonly addinId: string | null;
  /** Setting name → the stored value attribute (JSON text). */
  readonly properties: ReadonlyMap<string, string>;
}

/** The settings of one webextension part; null when the part is not one. */
export function parseWebExtension(part: string, xml: string): WebExtensionSettings | null {
  let isWebExtension = false;
  let inProperties = false;
  let addinId: string | null = null;
  const properties = new Map<string, string>();
  scanXml(xml, {
    open: (tag) => {
      if (tag.depth === 0) isWebExtension = tag.local === "webextension";
      if (!isWebExtension) return;
      if (tag.depth === 1 && tag.local === "reference") addinId = tag.attributes.id ?? null;
      if (tag.depth === 1 && tag.local === "properties") inProperties = !tag.selfClosing;
      if (tag.depth === 2 && inProperties && tag.local === "property") {
        const name = tag.attributes.name;
        const value = tag.attributes.value;
        if (name !== undefined && value !== undefined) properties.set(name, value);
      }
    },
    close: (local) => {
      if (local === "properties") inProperties = false;
    },
  });
  return isWebExtension ? { part, addinId, properties } : null;
}

export async function readWebExtensions(zip: ZipEntries): Promise<WebExtensionSettings[]> {
  const out: WebExtensionSettings[] = [];
  for (const name of zip.names.filter((n) => WEBEXTENSION_PART.test(n)).sort()) {
    const xml = await zip.text(name);
    const parsed = xml === undefined ? null : parseWebExtension(name, xml);
    if (parsed !== null) out.push(parsed);
  }
  return out;
}

/** A setting's value from its stored JSON text (a text that is not JSON is taken as it stands). */
export function settingValue(stored: string): unknown {
  try {
    return JSON.parse(stored) as unknown;
  } catch {
    return stored;
  }
}

export interface FileCorrections extends DecodedCorrections {
  /** The part they came from, or null when the file carries none. */
  readonly part: string | null;
}

/**
 * The corrections saved by the task pane: the `allocheck.corrections`
 * setting of allocheck's webextension part (by add-in id; any part holding
 * the setting when none has allocheck's id, e.g. an add-in installed from a
 * store under another id).
 */
export async function readCorrectionsFromPackage(zip: ZipEntries): Promise<FileCorrections> {
  const holders = (await readWebExtensions(zip)).filter((w) => w.properties.has(CORRECTIONS_SETTING_KEY));
  const chosen = holders.find((w) => w.addinId?.toLowerCase() === ALLOCHECK_ADDIN_ID) ?? holders[0];
  if (chosen === undefined) return { ...decodeCorrections(undefined), part: null };
  const decoded = decodeCorrections(settingValue(chosen.properties.get(CORRECTIONS_SETTING_KEY)!));
  return { ...decoded, part: chosen.part };
}

/**
 * The corrections in an .xlsx file. Call after the workbook itself was read
 * (`readWorkbookFile`), which reports a missing or unreadable file.
 */
export async function readCorrectionsFile(path: string): Promise<FileCorrections> {
  return readCorrectionsFromPackage(await openZipEntries(await fs.readFile(path)));
}
