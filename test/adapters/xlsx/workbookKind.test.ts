/** The workbook part's date system, as each producer writes `workbookPr`. */
import { usesDate1904 } from "../../../src/adapters/xlsx/workbookKind";

const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';

function packageWith(workbookPr: string, rels: string | undefined = RELS): { text(name: string): Promise<string | undefined> } {
  const parts: Record<string, string | undefined> = {
    "_rels/.rels": rels,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${workbookPr}<sheets/></workbook>`,
  };
  return { text: async (name: string) => parts[name] };
}

test.each<[string, string, boolean]>([
  ["Excel for Mac", '<workbookPr date1904="1"/>', true],
  ["a producer writing true", '<workbookPr date1904="true" defaultThemeVersion="124226"/>', true],
  ["Excel on Windows", '<workbookPr defaultThemeVersion="166925"/>', false],
  ["date1904 turned off", '<workbookPr date1904="0"/>', false],
  ["date1904 false", '<workbookPr date1904="false"/>', false],
  ["no workbookPr (Google Sheets)", "", false],
])("%s", async (_, workbookPr, expected) => {
  expect(await usesDate1904(packageWith(workbookPr))).toBe(expected);
  // Without a package relationship the main part is xl/workbook.xml too.
  expect(await usesDate1904(packageWith(workbookPr, undefined))).toBe(expected);
});
