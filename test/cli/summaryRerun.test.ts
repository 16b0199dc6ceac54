/**
 * `allocheck summary` run again on its own copy: the highlights are exactly
 * the current findings. A cell fixed since gets back the format it had before
 * the first run and loses allocheck's note; a cell the user filled since keeps
 * the user's fill; a user's note keeps the user's text; `--no-highlight`
 * takes every colour and note of the earlier run off. A sheet renamed between
 * runs is found again by its `sheetId`; a record written before the id was
 * kept is still read, by sheet name.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { runCli } from "./runCli";

let dir: string;
let input: string;
let first: string;

/** Sheet name → its part's path, from the workbook part and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/\bId="([^"]+)"/.exec(m[0])![1], /\bTarget="([^"]+)"/.exec(m[0])![1]]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])![1];
    const id = /\br:id="([^"]+)"/.exec(m[0])![1];
    out.set(name, `xl/${targets.get(id)!.replace(/^\/?xl\//, "")}`);
  }
  return out;
}

async function open(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await fs.readFile(file));
}

async function sheetXml(zip: JSZip, sheet: string): Promise<string> {
  return zip.file((await sheetParts(zip)).get(sheet)!)!.async("string");
}

/** Every cell's format index (`s`, 0 when absent) by reference. */
function cellStyles(xml: string): Map<string, number> {
  return new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)\/?>/g)].map((m) => [m[1], Number(/\bs="(\d+)"/.exec(m[2])?.[1] ?? 0)]));
}

/** The text of each comment by cell, in every comments part of the package. */
async function notes(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /comments\d*\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    for (const m of xml.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) out.set(m[1], [...m[2].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""));
  }
  return out;
}

/** The sheet part of `file` edited (each `from` replaced once by `to`), written to `out`. */
async function editSheet(file: string, out: string, sheet: string, edits: ReadonlyArray<readonly [RegExp, string]>): Promise<void> {
  const zip = await open(file);
  const part = (await sheetParts(zip)).get(sheet)!;
  let xml = await zip.file(part)!.async("string");
  for (const [from, to] of edits) {
    expect(from.test(xml)).toBe(true);
    xml = xml.replace(from, to);
  }
  zip.file(part, xml);
  await fs.writeFile(out, await zip.generateAsync({ type: "nodebuffer" }));
}

async function summary(from: string, to: string, ...options: string[]): Promise<void> {
  const run = await runCli(["summary", from, "-o", to, ...options], dir);
  expect(run.stderr).toBe("");
}

/** The allocation sheet's cells the copy colours (the sheet named `sheet` in the copy), with the format each had in `input`. */
async function colouredCells(copy: string, sheet = "Phân bổ"): Promise<string[]> {
  const before = cellStyles(await sheetXml(await open(input), "Phân bổ"));
  const after = cellStyles(await sheetXml(await open(copy), sheet));
  return [...after].filter(([ref, s]) => s !== (before.get(ref) ?? 0)).map(([ref]) => ref).sort();
}

/** The cells of `sheet` that `check --json` finds in `file`. */
async function foundCells(file: string, sheet: string): Promise<string[]> {
  const check = await runCli(["check", file, "--json"], dir);
  const findings = (JSON.parse(check.stdout) as { findings: Array<{ sheet: string; cell: string | null }> }).findings;
  return [...new Set(findings.filter((f) => f.sheet === sheet && f.cell !== null).map((f) => f.cell!))].sort();
}

/** `file` with a sheet renamed as Excel does: its name in the workbook part and in every reference to it, its `sheetId` kept. */
async function renameSheet(file: string, out: string, from: string, to: string): Promise<void> {
  const zip = await open(file);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const tag = new RegExp(`(<sheet\\b[^>]*\\bname=")${from}(")`);
  expect(tag.test(workbook)).toBe(true);
  zip.file("xl/workbook.xml", workbook.replace(tag, `$1${to}$2`));
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
    const xml = await zip.file(name)!.async("string");
    if (xml.includes(`'${from}'!`)) zip.file(name, xml.split(`'${from}'!`).join(`'${to}'!`));
  }
  await fs.writeFile(out, await zip.generateAsync({ type: "nodebuffer" }));
}

/** The path of allocheck's record part in a copy, and its text. */
async function recordPart(zip: JSZip): Promise<[string, string]> {
  for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    if (xml.includes("urn:allocheck:highlights:1")) return [name, xml];
  }
  throw new Error("no highlight record in the copy");
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-rerun-"));
  expect((await runCli(["demo", "-o", dir], dir)).stderr).toBe("");
  input = path.join(dir, "ke-hoach-257-phan-bo.xlsx");
  first = path.join(dir, "first.xlsx");
  await summary(input, first);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("run on its unchanged copy, it colours the same cells the same way", async () => {
  const again = path.join(dir, "again.xlsx");
  await summary(first, again);
  const [a, b] = await Promise.all([open(first), open(again)]);
  for (const sheet of ["Phân bổ", "Tiến độ"]) expect(cellStyles(await sheetXml(b, sheet))).toEqual(cellStyles(await sheetXml(a, sheet)));
  expect(await notes(b)).toEqual(await notes(a));
});

test("a cell fixed since gets back its format and loses the note; the cells still wrong stay coloured", async () => {
  const coloured = await colouredCells(first);
  expect(coloured).toContain("C11");
  // The quota cell C11 (2 for a quota of 1) fixed in the copy.
  const fixed = path.join(dir, "fixed.xlsx");
  await editSheet(first, fixed, "Phân bổ", [[/(<c r="C11"[^>]*>)<v>2<\/v>/, "$1<v>1</v>"]]);
  const second = path.join(dir, "second.xlsx");
  await summary(fixed, second);
  const inputStyles = cellStyles(await sheetXml(await open(input), "Phân bổ"));
  const secondStyles = cellStyles(await sheetXml(await open(second), "Phân bổ"));
  expect(secondStyles.get("C11")).toBe(inputStyles.get("C11"));
  const now = await colouredCells(second);
  expect(now).not.toContain("C11");
  // What the check finds now, and nothing else, is coloured.
  const check = await runCli(["check", second, "--json"], dir);
  const found = (JSON.parse(check.stdout) as { findings: Array<{ sheet: string; cell: string | null }> }).findings.filter((f) => f.sheet === "Phân bổ" && f.cell !== null).map((f) => f.cell!);
  expect(now).toEqual([...new Set(found)].sort());
  const secondNotes = await notes(await open(second));
  expect(secondNotes.has("C11")).toBe(false);
  for (const cell of found) expect(secondNotes.get(cell)).toMatch(/^allocheck: /);
});

test("a sheet renamed between runs: the earlier colours are put back by its sheetId, only the current findings are coloured", async () => {
  const fixed = path.join(dir, "rename-fixed.xlsx");
  await editSheet(first, fixed, "Phân bổ", [[/(<c r="C11"[^>]*>)<v>2<\/v>/, "$1<v>1</v>"]]);
  const renamed = path.join(dir, "renamed.xlsx");
  await renameSheet(fixed, renamed, "Phân bổ", "Phân bổ 2026");
  const out = path.join(dir, "renamed-summary.xlsx");
  await summary(renamed, out);
  const inputStyles = cellStyles(await sheetXml(await open(input), "Phân bổ"));
  expect(cellStyles(await sheetXml(await open(out), "Phân bổ 2026")).get("C11")).toBe(inputStyles.get("C11"));
  const found = await foundCells(out, "Phân bổ 2026");
  expect(found.length).toBeGreaterThan(0);
  expect(found).not.toContain("C11");
  expect(await colouredCells(out, "Phân bổ 2026")).toEqual(found);
  expect((await notes(await open(out))).has("C11")).toBe(false);
  // The record follows the sheet: its new name, the same sheetId.
  const [, record] = await recordPart(await open(out));
  const [, firstRecord] = await recordPart(await open(first));
  const id = /<sheet name="Phân bổ" sheetId="(\d+)"/.exec(firstRecord)![1];
  expect(record).toContain(`<sheet name="Phân bổ 2026" sheetId="${id}">`);
});

test("a record written before sheets were recorded by sheetId (by name only) still puts the earlier colours back", async () => {
  const zip = await open(first);
  const [name, xml] = await recordPart(zip);
  expect(xml).toMatch(/<sheet name="Phân bổ" sheetId="\d+">/);
  zip.file(name, xml.replace(/(<sheet name="[^"]*") sheetId="\d+"/g, "$1"));
  const older = path.join(dir, "older-record.xlsx");
  await fs.writeFile(older, await zip.generateAsync({ type: "nodebuffer" }));
  const fixed = path.join(dir, "older-record-fixed.xlsx");
  await editSheet(older, fixed, "Phân bổ", [[/(<c r="C11"[^>]*>)<v>2<\/v>/, "$1<v>1</v>"]]);
  const out = path.join(dir, "older-record-summary.xlsx");
  await summary(fixed, out);
  const inputStyles = cellStyles(await sheetXml(await open(input), "Phân bổ"));
  expect(cellStyles(await sheetXml(await open(out), "Phân bổ")).get("C11")).toBe(inputStyles.get("C11"));
  const found = await foundCells(out, "Phân bổ");
  expect(found).not.toContain("C11");
  expect(await colouredCells(out)).toEqual(found);
  // Written again in the current form.
  expect((await recordPart(await open(out)))[1]).toMatch(/<sheet name="Phân bổ" sheetId="\d+">/);
});

test("a coloured cell the user filled since keeps the user's fill when it is no longer found", async () => {
  const zip = await open(first);
  const styles = await zip.file("xl/styles.xml")!.async("string");
  // A format of the user's with a fill of their own: the first one in the file with a fill other than none (not allocheck's).
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]).matchAll(/<xf\b[^>]*>/g)];
  const fills = [...(/<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)![1]).matchAll(/<fill>[\s\S]*?<\/fill>/g)].map((m) => m[0]);
  const userStyle = xfs.findIndex((m) => {
    const fill = fills[Number(/fillId="(\d+)"/.exec(m[0])?.[1] ?? 0)];
    return /solid/.test(fill) && !/F8B4B4|FFE08A|FFC7CE|FFEB9C/i.test(fill);
  });
  expect(userStyle).toBeGreaterThan(0);
  const refilled = path.join(dir, "refilled.xlsx");
  await editSheet(first, refilled, "Phân bổ", [[/<c r="C11"( s="\d+")?([^>]*)><v>2<\/v>/, `<c r="C11" s="${userStyle}"$2><v>1</v>`]]);
  const out = path.join(dir, "refilled-summary.xlsx");
  await summary(refilled, out);
  expect(cellStyles(await sheetXml(await open(out), "Phân bổ")).get("C11")).toBe(userStyle);
});

test("a note the user wrote on a coloured cell keeps the user's text when the cell is no longer found", async () => {
  const zip = await open(first);
  // The user writes above allocheck's note on C11, as Excel keeps it: one run of text.
  const parts = await sheetParts(zip);
  const rels = await zip.file(parts.get("Phân bổ")!.replace(/worksheets\//, "worksheets/_rels/") + ".rels")!.async("string");
  const comments = `xl/${/Target="(?:\.\.\/)?([^"]*comments\d*\.xml)"/.exec(rels)![1]}`;
  expect(zip.file(comments)).not.toBeNull();
  let xml = await zip.file(comments)!.async("string");
  xml = xml.replace(/(<comment ref="C11"[^>]*><text><r><t xml:space="preserve">)/, "$1Đã hỏi xã — Lan\n— allocheck —\n");
  zip.file(comments, xml);
  const noted = path.join(dir, "noted.xlsx");
  await fs.writeFile(noted, await zip.generateAsync({ type: "nodebuffer" }));
  const fixed = path.join(dir, "noted-fixed.xlsx");
  await editSheet(noted, fixed, "Phân bổ", [[/(<c r="C11"[^>]*>)<v>2<\/v>/, "$1<v>1</v>"]]);
  const out = path.join(dir, "noted-summary.xlsx");
  await summary(fixed, out);
  expect((await notes(await open(out))).get("C11")).toBe("Đã hỏi xã — Lan");
});

test("--no-highlight on the copy takes the earlier run's colours, notes and record off", async () => {
  const plain = path.join(dir, "plain.xlsx");
  await summary(first, plain, "--no-highlight");
  const zip = await open(plain);
  expect(await colouredCells(plain)).toEqual([]);
  expect(cellStyles(await sheetXml(zip, "Tiến độ"))).toEqual(cellStyles(await sheetXml(await open(input), "Tiến độ")));
  expect([...(await notes(zip)).values()].filter((t) => t.includes("allocheck"))).toEqual([]);
  expect(Object.keys(zip.files).filter((n) => n.startsWith("customXml/"))).toEqual([]);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  expect(rels).not.toMatch(/customXml/);
  // And a summary with highlights on that copy colours what the first run coloured.
  const again = path.join(dir, "plain-again.xlsx");
  await summary(plain, again);
  expect(await colouredCells(again)).toEqual(await colouredCells(first));
});

/** The number of items of each list of a copy's styles part (`fonts`, `cellXfs`…). */
async function styleCounts(file: string): Promise<Record<string, number>> {
  const styles = await (await open(file)).file("xl/styles.xml")!.async("string");
  return Object.fromEntries([...styles.matchAll(/<(numFmts|fonts|fills|borders|cellStyleXfs|cellXfs|dxfs)\b[^>]*\bcount="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
}

test("run again and again on its own copy, the styles part does not grow: the summary's formats are the ones it wrote before", async () => {
  const second = path.join(dir, "styles-second.xlsx");
  const third = path.join(dir, "styles-third.xlsx");
  await summary(first, second);
  await summary(second, third);
  const counts = await styleCounts(first);
  expect(counts.cellXfs).toBeGreaterThan((await styleCounts(input)).cellXfs);
  expect(await styleCounts(second)).toEqual(counts);
  expect(await styleCounts(third)).toEqual(counts);
  const [a, b] = await Promise.all([open(second), open(third)]);
  expect(await b.file("xl/styles.xml")!.async("string")).toBe(await a.file("xl/styles.xml")!.async("string"));
  // The summary's cells have the same formats each time.
  expect(cellStyles(await sheetXml(b, "Tổng hợp"))).toEqual(cellStyles(await sheetXml(await open(first), "Tổng hợp")));
});

test("run again on its own copy, the summary's chart replaces the earlier one: no drawing or chart part is left behind", async () => {
  const second = path.join(dir, "parts-second.xlsx");
  const third = path.join(dir, "parts-third.xlsx");
  await summary(first, second);
  await summary(second, third);
  const names = async (file: string) => Object.keys((await open(file)).files).filter((n) => !n.endsWith("/")).sort();
  const firstNames = await names(first);
  expect(firstNames.filter((n) => /charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
  expect(await names(second)).toEqual(firstNames);
  expect(await names(third)).toEqual(firstNames);
  const types = await (await open(third)).file("[Content_Types].xml")!.async("string");
  expect([...types.matchAll(/PartName="[^"]*\/charts\/chart\d+\.xml"/g)]).toHaveLength(1);
});

test("a drawing another part points at too is kept on a rerun, its chart with it", async () => {
  const zip = await open(first);
  const allocation = (await sheetParts(zip)).get("Phân bổ")!;
  const relsPath = allocation.replace(/worksheets\//, "worksheets/_rels/") + ".rels";
  const rels = zip.file(relsPath) === null ? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>' : await zip.file(relsPath)!.async("string");
  const drawing = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
  const link = `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/${drawing.slice("xl/drawings/".length)}"/>`;
  zip.file(relsPath, rels.replace("</Relationships>", `${link}</Relationships>`));
  const shared = path.join(dir, "shared-drawing.xlsx");
  await fs.writeFile(shared, await zip.generateAsync({ type: "nodebuffer" }));
  const out = path.join(dir, "shared-drawing-summary.xlsx");
  await summary(shared, out);
  const names = Object.keys((await open(out)).files);
  expect(names).toContain(drawing);
  expect(names.filter((n) => /charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
});
