/**
 * The summary copy's two ways of editing a sheet give the same part: row by
 * row on the part's bytes (sheetPart.ts), and the whole part as text (taken
 * when a sheet has, say, a comment before its cells). And the copy keeps
 * every part it does not edit (the workbook's list, styles, the highlighted
 * sheets and their notes) byte for byte, compressed bytes included.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { summaryCopyBuffer } from "../../../src/adapters/xlsx/writeSummary";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { openRawZip, rawEntryBytes, type RawZip } from "../../../src/adapters/xlsx/zipCopy";
import { buildHighlights, buildSummary } from "../../../src/core/summary";
import { PLAN, REPORT, TABLE, AREA_VALUES } from "../../core/summary/fixture";
import { writeFixtureXlsx } from "./fixtureFile";
import JSZip from "jszip";

const COMMENT = "<!-- kept -->";

let input: Buffer;
let sheetPaths: string[];

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-paths-"));
  const file = path.join(dir, "in.xlsx");
  await writeFixtureXlsx(file);
  input = await fs.readFile(file);
  await fs.rm(dir, { recursive: true, force: true });
  sheetPaths = [...openRawZip(input)!.entries.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
});

async function copyOf(bytes: Buffer): Promise<RawZip> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-paths-"));
  const file = path.join(dir, "in.xlsx");
  await fs.writeFile(file, bytes);
  const workbook = await readWorkbookFile(file);
  await fs.rm(dir, { recursive: true, force: true });
  const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook });
  return openRawZip(await summaryCopyBuffer(bytes, model, buildHighlights(REPORT, "vi")))!;
}

/** The input with a comment after each worksheet's root start tag: the whole-text path. */
async function withComments(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of sheetPaths) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/(<(?:\w+:)?worksheet\b[^>]*>)/, `$1${COMMENT}`));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

test("row by row and whole text: the same highlighted sheets", async () => {
  const fast = await copyOf(input);
  const slow = await copyOf(await withComments(input));
  let highlighted = 0;
  for (const name of sheetPaths) {
    const a = rawEntryBytes(fast, fast.entries.get(name)!).toString("utf8");
    const b = rawEntryBytes(slow, slow.entries.get(name)!).toString("utf8");
    expect(b).toContain(COMMENT);
    expect(a).toBe(b.replace(COMMENT, ""));
    const original = rawEntryBytes(openRawZip(input)!, openRawZip(input)!.entries.get(name)!).toString("utf8");
    if (a !== original) highlighted++;
  }
  expect(highlighted).toBeGreaterThan(0);
});

test("parts not edited keep their stored bytes", async () => {
  const before = openRawZip(input)!;
  const after = await copyOf(input);
  const rewritten = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", ...sheetPaths]);
  let kept = 0;
  for (const [name, entry] of before.entries) {
    // The notes of highlighted sheets go into their comments, drawings and relationships.
    if (rewritten.has(name) || /comments\d*\.xml$|\.vml$|worksheets\/_rels\//.test(name)) continue;
    const copy = after.entries.get(name);
    expect(copy).toBeDefined();
    const stored = (z: RawZip, e: typeof entry) => {
      const start = e.offset + 30 + z.bytes.readUInt16LE(e.offset + 26) + z.bytes.readUInt16LE(e.offset + 28);
      return z.bytes.subarray(start, start + e.compressedSize);
    };
    expect({ name, same: stored(after, copy!).equals(stored(before, entry)) }).toEqual({ name, same: true });
    kept++;
  }
  expect(kept).toBeGreaterThan(0);
});
