/**
 * `summary` on the one allocation workbook written the many ways producers
 * write SpreadsheetML (packageVariants.ts): every copy reads back with the
 * user's sheets unchanged and the summary added, says its namespaces in the
 * package's own conformance (Strict Open XML or Transitional), and opens in a
 * real spreadsheet program (LibreOffice headless, every sheet saved as CSV).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { summaryCopyBuffer } from "../../../src/adapters/xlsx/writeSummary";
import { checkWorkbook } from "../../../src/core/check";
import { buildHighlights, buildSummary } from "../../../src/core/summary";
import { convertWithLibreOffice, sofficePath } from "../../helpers/libreoffice";
import { SHEETS, variant, VARIANTS } from "./packageVariants";

/** Every sheet to its own CSV file, UTF-8. */
const CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
/** Namespaces only one of the two conformance classes uses (the package's own, OPC's, are shared). */
const TRANSITIONAL_ONLY = /http:\/\/schemas\.openxmlformats\.org\/(spreadsheetml|officeDocument|drawingml)\//;
const STRICT_ONLY = /http:\/\/purl\.oclc\.org\/ooxml\//;

let dir: string;
beforeAll(async () => {
  sofficePath(); // fails (never skips) when LibreOffice is missing
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-variants-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The copy's parts as text (UTF-16 ones decoded), by name, and whether each is in UTF-16. */
async function partsOf(bytes: Buffer): Promise<Map<string, { text: string; utf16: boolean }>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, { text: string; utf16: boolean }>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
    const raw = await zip.file(name)!.async("nodebuffer");
    const le = raw[0] === 0xff && raw[1] === 0xfe;
    const be = raw[0] === 0xfe && raw[1] === 0xff;
    const text = le ? raw.subarray(2).toString("utf16le") : be ? Buffer.from(raw.subarray(2)).swap16().toString("utf16le") : raw.toString("utf8");
    parts.set(name, { text, utf16: le || be });
  }
  return parts;
}

describe("summary of one allocation workbook written many ways", () => {
  test.each(VARIANTS.map(([label, options], k) => [label, options, k] as const))("%s: a valid copy with the summary", async (_, options, k) => {
    const input = await variant(options);
    const workbook = await readWorkbookBuffer(input);
    const result = checkWorkbook(workbook, { workbookName: "phan-bo.xlsx" });
    const highlights = buildHighlights(result.report, "vi");
    expect(highlights.length).toBeGreaterThan(0); // the allocation sheet is edited too
    const model = buildSummary({ report: result.report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook, lang: "vi" });
    const copy = await summaryCopyBuffer(input, model, highlights);

    const back = await readWorkbookBuffer(copy);
    for (const { name } of SHEETS) expect(back.sheets.find((s) => s.name === name)!.values).toEqual(workbook.sheets.find((s) => s.name === name)!.values);
    expect(back.sheets.map((s) => s.name)).toContain(model.name);

    const parts = [...(await partsOf(copy))];
    const foreign = options.strict === true ? TRANSITIONAL_ONLY : STRICT_ONLY;
    expect(parts.filter(([, { text }]) => foreign.test(text)).map(([name]) => name)).toEqual([]);
    // A part written in UTF-8 (an edited one of a UTF-16 package among them) does not say it is in UTF-16.
    expect(parts.filter(([, { text, utf16 }]) => !utf16 && /^\uFEFF?<\?xml[^>]*encoding="UTF-16"/i.test(text)).map(([name]) => name)).toEqual([]);
    if (options.utf16 !== undefined) expect(parts.filter(([, { utf16 }]) => !utf16).length).toBeGreaterThan(0);

    const file = path.join(dir, `variant-${k}.xlsx`);
    await fs.writeFile(file, copy);
    const csvs = await convertWithLibreOffice(file, path.join(dir, `csv-${k}`), { format: CSV_EVERY_SHEET });
    const texts = await Promise.all(csvs.map((f) => fs.readFile(f, "utf8")));
    expect(texts.some((t) => t.includes("Xã Yên Bình"))).toBe(true);
    const summaryCsv = csvs.findIndex((f) => path.basename(f).includes(model.name));
    expect(summaryCsv).toBeGreaterThanOrEqual(0);
    expect(texts[summaryCsv]).toContain("Tổ truyền thông");
  });
});
