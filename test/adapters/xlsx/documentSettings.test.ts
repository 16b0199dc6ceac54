/**
 * The corrections made in the task pane reach the CLI's check through the
 * file: saved in the add-in's document settings (here through the Office.js
 * adapter on the fake Excel host), written into the .xlsx as Excel writes
 * document settings — `xl/webextensions/webextension1.xml` with `we:property`
 * name/value pairs ([MS-OWEXML] §2.2.1–2.2.7,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-owexml/d59d5543-252a-47dd-a566-1503dbf6a233),
 * `taskpanes.xml`, their relationships and content types (see
 * test/helpers/webExtensionParts.ts) — then read by the CLI's reader and
 * handed to `checkWorkbook`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as check from "../../../src/core/check";
import { readAndCheck as runCliCheck } from "../../../src/cli/runCheck";
import { workbookSpecToBuffer } from "../../../src/adapters/exceljs/writeWorkbook";
import {
  ALLOCHECK_ADDIN_ID,
  parseWebExtension,
  readCorrectionsFile,
} from "../../../src/adapters/xlsx/documentSettings";
import { openZip } from "../../../src/adapters/xlsx/zip";
import { CORRECTIONS_SETTING_KEY, type CorrectionSet } from "../../../src/core/model/corrections";
import { buildSampleSpec, buildSampleWorkbookData, SAMPLE_ALLOCATION_SHEET } from "../../../src/sample";
import { fakeExcelFromWorkbook } from "../../fakes/excel/fromWorkbookData";
import { hostFor } from "../office/helpers";
import { webExtensionXml, withDocumentSettings } from "../../helpers/webExtensionParts";

const CORRECTIONS: CorrectionSet = {
  version: 1,
  sheets: [
    {
      sheet: SAMPLE_ALLOCATION_SHEET,
      corrections: [
        { kind: "ignore", at: "9", label: "Xã Tản Lĩnh" },
        { kind: "role", at: "7", label: "Huyện Ba Vì", role: "group" },
        { kind: "line", at: "D", header: "Số hội viên được tập huấn", code: "2" },
      ],
    },
  ],
};

let dir: string;
let sampleXlsx: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "allocheck-websettings-"));
  sampleXlsx = await workbookSpecToBuffer(buildSampleSpec());
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

afterEach(() => jest.restoreAllMocks());

/** The pane saves, Excel saves the file: the settings of the reopened document, as an .xlsx. */
async function savedByThePane(name: string, set: CorrectionSet): Promise<string> {
  const excel = fakeExcelFromWorkbook(buildSampleWorkbookData());
  await hostFor(excel).saveCorrections(set);
  const reopened = excel.reopen();
  const file = join(dir, name);
  writeFileSync(file, await withDocumentSettings(sampleXlsx, [{ addinId: ALLOCHECK_ADDIN_ID, settings: reopened.document.settings }]));
  return file;
}

const io = (stderr: string[] = []) => ({ stdout: () => undefined, stderr: (t: string) => void stderr.push(t), cwd: dir });

describe("corrections in the file's add-in settings", () => {
  test("the manifest's Id is the add-in id the reader looks for", () => {
    const manifest = readFileSync(join(__dirname, "../../../manifest.xml"), "utf8");
    expect(manifest).toContain(`<Id>${ALLOCHECK_ADDIN_ID}</Id>`);
  });

  test("saved through the host's settings, written as Excel writes them, read back by the CLI reader", async () => {
    const file = await savedByThePane("corrected.xlsx", CORRECTIONS);
    const zip = await openZip(readFileSync(file));
    expect(zip.names).toEqual(expect.arrayContaining(["xl/webextensions/webextension1.xml", "xl/webextensions/taskpanes.xml"]));
    // The value is JSON text, escaped in the attribute (`&quot;`), as Excel writes a string setting.
    expect(await zip.text("xl/webextensions/webextension1.xml")).toMatch(
      new RegExp(`<we:property name="${CORRECTIONS_SETTING_KEY.replace(".", "\\.")}" value="&quot;\\{`),
    );
    const read = await readCorrectionsFile(file);
    expect(read).toEqual({ set: CORRECTIONS, rejected: 0, part: "xl/webextensions/webextension1.xml" });
  });

  test("the CLI hands them to checkWorkbook", async () => {
    await savedByThePane("for-check.xlsx", CORRECTIONS);
    const spy = jest.spyOn(check, "checkWorkbook");
    const run = await runCliCheck({ workbook: "for-check.xlsx" }, io());
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0][1].corrections).toEqual(CORRECTIONS.sheets);
    expect(run.report.allocationSheet).toBe(SAMPLE_ALLOCATION_SHEET);
  });

  test("a file without add-in settings gives no corrections to the check", async () => {
    const file = join(dir, "plain.xlsx");
    writeFileSync(file, sampleXlsx);
    expect(await readCorrectionsFile(file)).toEqual({ set: { version: 1, sheets: [] }, rejected: 0, part: null });
    const spy = jest.spyOn(check, "checkWorkbook");
    await runCliCheck({ workbook: "plain.xlsx" }, io());
    expect(spy.mock.calls[0][1].corrections).toBeUndefined();
  });

  test("another add-in's settings are left alone; allocheck's part is found by its id", async () => {
    const other = new Map<string, unknown>([
      ["Office.AutoShowTaskpaneWithDocument", true],
      [CORRECTIONS_SETTING_KEY, "not ours"],
    ]);
    const ours = new Map<string, unknown>([[CORRECTIONS_SETTING_KEY, JSON.stringify(CORRECTIONS)]]);
    const file = join(dir, "two-addins.xlsx");
    writeFileSync(
      file,
      await withDocumentSettings(sampleXlsx, [
        { addinId: "WA104380646", settings: other },
        { addinId: ALLOCHECK_ADDIN_ID.toUpperCase(), settings: ours },
      ]),
    );
    expect(await readCorrectionsFile(file)).toEqual({ set: CORRECTIONS, rejected: 0, part: "xl/webextensions/webextension2.xml" });
  });

  test("unreadable corrections are dropped and said on stderr, the check still runs", async () => {
    const garbled = new Map<string, unknown>([
      [
        CORRECTIONS_SETTING_KEY,
        JSON.stringify({ version: 1, sheets: [{ sheet: SAMPLE_ALLOCATION_SHEET, corrections: [{ kind: "ignore", at: "9", label: "x" }, { kind: "?" }] }] }),
      ],
    ]);
    const file = join(dir, "garbled.xlsx");
    writeFileSync(file, await withDocumentSettings(sampleXlsx, [{ addinId: ALLOCHECK_ADDIN_ID, settings: garbled }]));
    const stderr: string[] = [];
    const spy = jest.spyOn(check, "checkWorkbook");
    await runCliCheck({ workbook: "garbled.xlsx" }, io(stderr));
    expect(spy.mock.calls[0][1].corrections).toEqual([{ sheet: SAMPLE_ALLOCATION_SHEET, corrections: [{ kind: "ignore", at: "9", label: "x" }] }]);
    expect(stderr.join("")).toMatch(/1 unreadable correction\(s\) in xl\/webextensions\/webextension1\.xml/);
  });
});

describe("parseWebExtension", () => {
  test("reads the reference id and the property bag; entities decoded", () => {
    const xml = webExtensionXml({
      addinId: "abc",
      settings: new Map<string, unknown>([
        ["a", "x\"<&>y"],
        ["b", { n: 1 }],
      ]),
    });
    const parsed = parseWebExtension("p.xml", xml);
    expect(parsed?.addinId).toBe("abc");
    expect([...parsed!.properties]).toEqual([
      ["a", JSON.stringify("x\"<&>y")],
      ["b", '{"n":1}'],
    ]);
  });

  test("a part that is not a webextension, and properties outside the bag, are not settings", () => {
    expect(parseWebExtension("p.xml", '<wetp:taskpanes xmlns:wetp="x"/>')).toBeNull();
    const stray =
      '<we:webextension xmlns:we="x"><we:reference id="i"/><we:bindings><we:property name="k" value="1"/></we:bindings><we:properties/></we:webextension>';
    expect(parseWebExtension("p.xml", stray)?.properties.size).toBe(0);
  });
});
