/**
 * Adds an add-in's document settings to an .xlsx the way Excel saves them, so
 * that tests can hand the CLI a workbook "saved after the task pane stored
 * something". The parts and their links, as Excel writes them:
 *
 * - `xl/webextensions/webextension1.xml`: `we:webextension` with the add-in
 *   reference and a `we:properties` bag of `we:property name= value=` pairs
 *   ([MS-OWEXML] §2.2.1 CT_OsfWebExtensionProperty, §2.2.2
 *   CT_OsfWebExtensionPropertyBag, §2.2.7 CT_OsfWebExtension,
 *   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-owexml/d59d5543-252a-47dd-a566-1503dbf6a233;
 *   the example part in
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document);
 *   each value is the JSON text of the setting (a string `"e1c6"` is written
 *   `value="&quot;e1c6&quot;"`, a boolean `true` as `value="true"`);
 * - `xl/webextensions/taskpanes.xml`: `wetp:taskpanes` / `wetp:taskpane`
 *   pointing at the webextension part through `wetp:webextensionref r:id`,
 *   with its `_rels/taskpanes.xml.rels` (relationship type
 *   `http://schemas.microsoft.com/office/2011/relationships/webextension`);
 * - the package's `_rels/.rels` relates the task panes part with type
 *   `http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes`
 *   (Open XML SDK `WebExTaskpanesPart`,
 *   https://learn.microsoft.com/en-us/dotnet/api/documentformat.openxml.packaging.webextaskpanespart);
 * - `[Content_Types].xml` overrides: `application/vnd.ms-office.webextension+xml`
 *   and `application/vnd.ms-office.webextensiontaskpanes+xml`.
 */
import JSZip from "jszip";

const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface AddInSettings {
  /** `we:reference/@id`: the manifest's `<Id>` for a sideloaded add-in. */
  readonly addinId: string;
  /** The settings as the add-in sees them (key → JSON-able value). */
  readonly settings: ReadonlyMap<string, unknown>;
}

export function webExtensionXml({ addinId, settings }: AddInSettings): string {
  const properties = [...settings]
    .map(([name, value]) => `<we:property name="${escapeAttribute(name)}" value="${escapeAttribute(JSON.stringify(value))}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<we:webextension xmlns:we="${WE_NS}" id="{6C3F1A52-3B0E-4E1C-9B7D-2F9B1D0C4A11}">` +
    `<we:reference id="${escapeAttribute(addinId)}" version="1.0.0.0" store="developer" storeType="Registry"/>` +
    "<we:alternateReferences/>" +
    `<we:properties>${properties}</we:properties>` +
    "<we:bindings/>" +
    `<we:snapshot xmlns:r="${R_NS}"/>` +
    "</we:webextension>"
  );
}

function taskpanesXml(relIds: readonly string[]): string {
  const panes = relIds
    .map(
      (id, i) =>
        `<wetp:taskpane dockstate="right" visibility="0" width="350" row="${i + 1}">` +
        `<wetp:webextensionref xmlns:r="${R_NS}" r:id="${id}"/></wetp:taskpane>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wetp:taskpanes xmlns:wetp="${WETP_NS}">${panes}</wetp:taskpanes>`;
}

/** A copy of the .xlsx with one task-pane add-in part per entry, as Excel saves them. */
export async function withDocumentSettings(xlsx: Buffer, addIns: readonly AddInSettings[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const relIds = addIns.map((_, i) => `rId${i + 1}`);
  addIns.forEach((addIn, i) => zip.file(`xl/webextensions/webextension${i + 1}.xml`, webExtensionXml(addIn)));
  zip.file("xl/webextensions/taskpanes.xml", taskpanesXml(relIds));
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_RELS_NS}">` +
      relIds
        .map(
          (id, i) =>
            `<Relationship Id="${id}" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension${i + 1}.xml"/>`,
        )
        .join("") +
      "</Relationships>",
  );

  const rels = (await zip.file("_rels/.rels")!.async("string")).replace(
    "</Relationships>",
    '<Relationship Id="rIdWebExt" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
  );
  zip.file("_rels/.rels", rels);

  const overrides =
    '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
    addIns
      .map((_, i) => `<Override PartName="/xl/webextensions/webextension${i + 1}.xml" ContentType="application/vnd.ms-office.webextension+xml"/>`)
      .join("");
  const types = (await zip.file("[Content_Types].xml")!.async("string")).replace("</Types>", `${overrides}</Types>`);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
