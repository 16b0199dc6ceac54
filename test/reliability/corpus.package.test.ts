/**
 * Hostile packages through the command (in-process): empty, corrupted,
 * truncated, encrypted, duplicate parts, odd-but-valid styles parts, .xlsm
 * and .xltx. Each ends in a report (exit 0 or 1) or in exit 2 with one line
 * on stderr and nothing written — never a stack trace, never a hang.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { expectUnusable, runCli, type CliRun } from "../cli/runCli";
import { buildWorkbook } from "../helpers/xlsxFixture";
import { HIGHLIGHT_FILL } from "../../src/core/model/summary";
import { allocationRows, CLEAN_LEAVES, partsOf, PLAN_SHEET, rawZip, tempDir, workbookSheets, xlsxBytes } from "./support";

let dir: string;
let valid: Buffer;
/** Over-allocated by one team: the ceiling error is at the line's header C2, highlighted in red. */
let overAllocated: Buffer;

beforeAll(async () => {
  dir = await tempDir("allocheck-corpus-pkg-");
  valid = await xlsxBytes(workbookSheets(allocationRows()));
  overAllocated = await xlsxBytes(workbookSheets(allocationRows([{ ...CLEAN_LEAVES[0], count: 4 }, ...CLEAN_LEAVES.slice(1)])));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Buffer): Promise<string> {
  await fs.writeFile(path.join(dir, name), bytes);
  return name;
}

async function check(name: string, bytes: Buffer): Promise<CliRun> {
  return runCli(["check", await file(name, bytes), "--json"], dir);
}

/** Repacks a package with `edit` applied to its parts (deflated again with JSZip). */
async function repack(bytes: Buffer, edit: (parts: Map<string, Buffer>) => void): Promise<Buffer> {
  const parts = new Map((await partsOf(bytes)).map((p) => [p.name, p.data] as const));
  edit(parts);
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const NOT_A_WORKBOOK = /not an Excel workbook|không phải là sổ tính|\.xls|mật khẩu|password/i;

describe("refused with one line: exit 2, nothing on stdout, nothing written", () => {
  test("an empty file", async () => {
    expectUnusable(await check("empty.xlsx", Buffer.alloc(0)), NOT_A_WORKBOOK);
  });

  test("random bytes", async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    expectUnusable(await check("random.xlsx", bytes), NOT_A_WORKBOOK);
  });

  test("a workbook with one empty sheet: no plan, no table", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1");
    expectUnusable(await check("blank.xlsx", Buffer.from(await workbook.xlsx.writeBuffer())));
  });

  test("a workbook with only a plan: no allocation table, said so", async () => {
    expectUnusable(await check("plan-only.xlsx", await xlsxBytes([PLAN_SHEET])));
  });

  test.each([0.1, 0.5, 0.9, 0.999])("a package truncated to %p of its bytes", async (share) => {
    expectUnusable(await check(`cut-${share}.xlsx`, valid.subarray(0, Math.floor(valid.length * share))), NOT_A_WORKBOOK);
  });

  test("a sheet part that is not XML", async () => {
    const bytes = await repack(valid, (parts) => parts.set("xl/worksheets/sheet1.xml", Buffer.from("<worksheet><sheetData><row><c r=\"A1\"><v>1</v></c>")));
    expectUnusable(await check("bad-xml.xlsx", bytes), NOT_A_WORKBOOK);
  });

  test("a workbook part that is not XML", async () => {
    const bytes = await repack(valid, (parts) => parts.set("xl/workbook.xml", Buffer.from("\u0000\u0001 not xml")));
    expectUnusable(await check("bad-workbook.xlsx", bytes), NOT_A_WORKBOOK);
  });

  test("a package with its compressed sheet data damaged", async () => {
    const zip = await JSZip.loadAsync(valid);
    const names = Object.keys(zip.files);
    const bytes = Buffer.from(valid);
    // Damage the middle of the first sheet's compressed data, leaving the zip directory intact.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const header = bytes.indexOf(Buffer.concat([name]));
    expect(names).toContain("xl/worksheets/sheet1.xml");
    expect(header).toBeGreaterThan(0);
    for (let i = header + name.length + 20; i < header + name.length + 60; i++) bytes[i] ^= 0x5a;
    expectUnusable(await check("damaged.xlsx", bytes), NOT_A_WORKBOOK);
  });

  test("an encrypted workbook (an OLE compound file, as Excel saves a workbook with a password)", async () => {
    const bytes = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
    expectUnusable(await check("encrypted.xlsx", bytes), /password|mật khẩu/i);
  });

  test("a zip whose entries are flagged as encrypted", async () => {
    const parts = await partsOf(valid);
    const bytes = rawZip(parts.map((p) => ({ ...p, encrypted: true })));
    expectUnusable(await check("zip-encrypted.xlsx", bytes), NOT_A_WORKBOOK);
  });

  test("summary of a refused package writes nothing", async () => {
    const name = await file("cut-summary.xlsx", valid.subarray(0, valid.length >> 1));
    const run = await runCli(["summary", name, "-o", "out-cut.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^allocheck: [^\n]+\n$/);
    await expect(fs.access(path.join(dir, "out-cut.xlsx"))).rejects.toThrow();
  });
});

describe("valid but unusual packages: a report", () => {
  test("a package written byte by byte without compression reads as the original", async () => {
    const run = await check("stored.xlsx", rawZip(await partsOf(valid)));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).counts.error).toBe(0);
  });

  test("duplicate part names (two entries of one sheet part): refused, or read without a crash", async () => {
    const parts = await partsOf(overAllocated);
    const sheet = parts.find((p) => p.name === "xl/worksheets/sheet1.xml")!;
    const cleanSheet = (await partsOf(valid)).find((p) => p.name === "xl/worksheets/sheet1.xml")!;
    // The second entry of the name holds another sheet: a reader must not mix the two.
    const bytes = rawZip([...parts, { name: sheet.name, data: cleanSheet.data }]);
    const run = await check("duplicate.xlsx", bytes);
    if (run.code === 2) expectUnusable(run);
    else {
      expect(run.stderr).toBe("");
      const report = JSON.parse(run.stdout) as { indicators: Array<{ code: string; allocated: number }> };
      // One of the two entries, read whole: 13 (the first) or 12 (the second), never a mix.
      expect([12, 13]).toContain(report.indicators.find((i) => i.code === "1")!.allocated);
    }
  });
});

/**
 * The fill colour (RGB) the copy gives a cell, read from the package itself
 * (the cell's `s` → the styles part's n-th cell format → its fill), whatever
 * namespace prefix the styles part uses; within an mc:AlternateContent block,
 * the first (Choice) list, as Excel reads it.
 */
async function fillOf(file: string, sheetPart: string, cell: string): Promise<string | undefined> {
  const parts = new Map((await partsOf(await fs.readFile(path.join(dir, file)))).map((p) => [p.name, p.data.toString("utf8")] as const));
  const unprefixed = (xml: string) => xml.replace(/<(\/?)[A-Za-z0-9]+:/g, "<$1");
  const sheet = unprefixed(parts.get(sheetPart)!);
  const style = new RegExp(`<c r="${cell}"[^>]*?\\ss="(\\d+)"`).exec(sheet);
  if (style === null) return undefined;
  const styles = unprefixed(parts.get("xl/styles.xml")!);
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*>/g)!;
  const fillId = /fillId="(\d+)"/.exec(xfs[Number(style[1])])?.[1] ?? "0";
  const fills = /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)![1].split(/<\/fill>/);
  return /<fgColor[^>]*rgb="([0-9A-Fa-f]+)"/.exec(fills[Number(fillId)])?.[1];
}

/** Replaces the styles part of `bytes` with `styles`. */
async function withStyles(bytes: Buffer, styles: (original: string) => string): Promise<Buffer> {
  const original = (await partsOf(bytes)).find((p) => p.name === "xl/styles.xml")!.data.toString("utf8");
  return repack(bytes, (parts) => parts.set("xl/styles.xml", Buffer.from(styles(original))));
}

const RED = new RegExp(`^(FF)?${HIGHLIGHT_FILL.error.slice(1)}$`, "i");

describe("odd-but-valid styles parts: the summary copy highlights in red and keeps the user's formats", () => {
  async function summarize(name: string, bytes: Buffer): Promise<{ run: CliRun; out: string }> {
    const out = `${name.replace(/\.xlsx$/, "")}-out.xlsx`;
    const run = await runCli(["summary", await file(name, bytes), "-o", out], dir);
    return { run, out };
  }

  test("the plain styles part ExcelJS writes (the baseline)", async () => {
    const { run, out } = await summarize("styles-plain.xlsx", overAllocated);
    expect(run.code).toBe(1);
    expect(await fillOf(out, "xl/worksheets/sheet1.xml", "C2")).toMatch(RED);
  });

  test("a styles part with a namespace prefix (x:styleSheet), as some libraries write it", async () => {
    const bytes = await withStyles(overAllocated, (xml) =>
      xml
        .replace(/<(\/?)([A-Za-z]+)([\s>/])/g, "<$1x:$2$3")
        .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'),
    );
    const { run, out } = await summarize("styles-prefixed.xlsx", bytes);
    expect(run.code).toBe(1);
    expect(await fillOf(out, "xl/worksheets/sheet1.xml", "C2")).toMatch(RED);
  });

  test("a styles part with an extLst and a dxfs list after the cell formats", async () => {
    const bytes = await withStyles(overAllocated, (xml) =>
      xml.replace(
        "</styleSheet>",
        '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>',
      ),
    );
    const { run, out } = await summarize("styles-ext.xlsx", bytes);
    expect(run.code).toBe(1);
    expect(await fillOf(out, "xl/worksheets/sheet1.xml", "C2")).toMatch(RED);
  });

  test("a styles part whose cell formats sit in an mc:AlternateContent block", async () => {
    const bytes = await withStyles(overAllocated, (xml) =>
      xml
        .replace(
          /<cellXfs([^>]*)>([\s\S]*?)<\/cellXfs>/,
          '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><cellXfs$1>$2</cellXfs></mc:Choice><mc:Fallback><cellXfs$1>$2</cellXfs></mc:Fallback></mc:AlternateContent>',
        ),
    );
    const { run, out } = await summarize("styles-alternate.xlsx", bytes);
    expect(run.code).toBe(1);
    expect(await fillOf(out, "xl/worksheets/sheet1.xml", "C2")).toMatch(RED);
  });

  test("a self-closing styles root", async () => {
    const bytes = await withStyles(overAllocated, () => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    const { run, out } = await summarize("styles-empty.xlsx", bytes);
    expect(run.code).toBe(1);
    expect(await fillOf(out, "xl/worksheets/sheet1.xml", "C2")).toMatch(RED);
  });
});

describe("macro-enabled and template packages", () => {
  const MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  const TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

  async function asType(contentType: string): Promise<Buffer> {
    return repack(overAllocated, (parts) => {
      const types = parts.get("[Content_Types].xml")!.toString("utf8");
      parts.set("[Content_Types].xml", Buffer.from(types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", contentType)));
      if (contentType === MACRO_TYPE) parts.set("xl/vbaProject.bin", Buffer.from("not really a VBA project, kept byte for byte"));
    });
  }

  test("an .xlsm is checked like an .xlsx", async () => {
    const run = await check("macro.xlsm", await asType(MACRO_TYPE));
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings).toMatchObject([{ rule: "ceiling", cell: "C2" }]);
  });

  test("an .xltx template is checked like an .xlsx", async () => {
    const run = await check("template.xltx", await asType(TEMPLATE_TYPE));
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings).toMatchObject([{ rule: "ceiling", cell: "C2" }]);
  });

  test("an .xlsm gives an .xlsm copy with its macro part byte for byte", async () => {
    const input = await file("macro-summary.xlsm", await asType(MACRO_TYPE));
    const run = await runCli(["summary", input, "-o", "macro-copy.xlsm"], dir);
    expect(run.code).toBe(1);
    const copy = await JSZip.loadAsync(await fs.readFile(path.join(dir, "macro-copy.xlsm")));
    expect(await copy.file("xl/vbaProject.bin")!.async("string")).toBe("not really a VBA project, kept byte for byte");
  });

  test("an .xlsm with an .xlsx output name is refused with one line", async () => {
    const input = await file("macro-xlsx.xlsm", await asType(MACRO_TYPE));
    expectUnusable(await runCli(["summary", input, "-o", "macro-copy.xlsx"], dir));
  });

  test("an .xltx's summary copy is a workbook Excel opens: its main part's content type matches the .xlsx name", async () => {
    const input = await file("template-summary.xltx", await asType(TEMPLATE_TYPE));
    const run = await runCli(["summary", input, "-o", "template-copy.xlsx"], dir);
    if (run.code === 2) {
      expectUnusable(run);
      return;
    }
    expect(run.code).toBe(1);
    const types = await (await JSZip.loadAsync(await fs.readFile(path.join(dir, "template-copy.xlsx")))).file("[Content_Types].xml")!.async("string");
    expect(types).not.toContain(TEMPLATE_TYPE);
  });
});

test("the workbook builder used here writes what the reader reads (guards the corpus itself)", async () => {
  const workbook = buildWorkbook(workbookSheets(allocationRows()));
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["Phân bổ", "Kế hoạch"]);
});
