/**
 * A bounded, seeded fuzz run of the command's reading path: package bytes
 * (bits flipped, ranges overwritten, truncated, bytes inserted and deleted in
 * small valid packages), the XML of their parts (mutated, then repacked so that
 * the damage reaches the XML readers instead of stopping at the zip's CRC),
 * and cell contents (any mix of numbers, text numbers, units, spaces, signs,
 * error values and booleans in the table). Every case must end as the
 * command ends: a report (exit 0 or 1, JSON on stdout) or exit 2 with one
 * line on stderr — never an unexpected exception, never more than a few
 * seconds of CPU or a few hundred MiB.
 *
 * The seed is fixed (FUZZ_SEED to change it, FUZZ_SCALE to run more cases);
 * a failure prints the seed and path that replay it.
 */
import { promises as fs } from "fs";
import * as path from "path";
import fc from "fast-check";
import JSZip from "jszip";
import { checkWorkbook } from "../../src/core/check";
import { InputError } from "../../src/core/model/errors";
import type { CellValue, SheetData, WorkbookData } from "../../src/core/model/workbook";
import { toJsonReport } from "../../src/core/report";
import { runCli } from "../cli/runCli";
import { allocheck, ensureBuilt } from "../integration/command";
import { allocationRows, CLEAN_LEAVES, partsOf, PLAN_SHEET, tempDir, workbookSheets, xlsxBytes } from "./support";
import type { FixtureValue } from "../helpers/xlsxFixture";

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const RUNS = { bytes: 1500 * SCALE, xml: 600 * SCALE, cells: 1500 * SCALE };
/** Per case: CPU seconds, and resident memory above what the run started with. */
const MAX_CASE_CPU_S = 3;
const MAX_RSS_GROWTH_MIB = 300;

let dir: string;
let seeds: Buffer[];
let rssBase: number;
const tally = { report: 0, refused: 0 };

beforeAll(async () => {
  dir = await tempDir("allocheck-fuzz-");
  const over = allocationRows([{ ...CLEAN_LEAVES[0], count: 4, money: "1.300" }, ...CLEAN_LEAVES.slice(1)]);
  seeds = [
    await xlsxBytes(workbookSheets(allocationRows())),
    await xlsxBytes(workbookSheets([...over, [null, "Tổng cộng", { formula: "SUM(C3:C6)", result: 13 }, { formula: "SUM(D3:D6)", result: 900 }]], { merges: ["A1:D1"] })),
  ];
  rssBase = process.memoryUsage().rss;
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

let caseNo = 0;

/** Runs `allocheck check --json --lang en` in-process on `bytes` and asserts the command's contract. */
async function checkCase(bytes: Buffer): Promise<void> {
  const name = `case-${caseNo++ % 8}.xlsx`;
  await fs.writeFile(path.join(dir, name), bytes);
  const cpu = process.cpuUsage();
  const run = await runCli(["check", name, "--json", "--lang", "en"], dir);
  const used = process.cpuUsage(cpu);
  expect((used.user + used.system) / 1e6).toBeLessThan(MAX_CASE_CPU_S);
  expect((process.memoryUsage().rss - rssBase) / 2 ** 20).toBeLessThan(MAX_RSS_GROWTH_MIB);
  if (run.code === 2) {
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^allocheck: [^\n]+\n$/);
    expect(run.stderr).not.toMatch(/unexpected error/);
    tally.refused++;
  } else {
    expect([0, 1]).toContain(run.code);
    const report = JSON.parse(run.stdout) as { counts: { error: number } };
    expect(run.code).toBe(report.counts.error > 0 ? 1 : 0);
    tally.report++;
  }
}

type ByteMutation =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "set"; at: number; bytes: number[] }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: number[] }
  | { kind: "delete"; at: number; length: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: position.map((p) => p), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant("set" as const), at: position, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: position }),
  fc.record({ kind: fc.constant("insert" as const), at: position, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
) as fc.Arbitrary<ByteMutation>;

function mutate(input: Buffer, mutations: readonly ByteMutation[]): Buffer {
  let bytes = Buffer.from(input);
  for (const m of mutations) {
    const at = Math.floor(m.at * bytes.length);
    if (m.kind === "flip") {
      if (bytes.length > 0) bytes[at] ^= 1 << m.bit;
    } else if (m.kind === "set") {
      m.bytes.forEach((b, i) => {
        if (at + i < bytes.length) bytes[at + i] = b;
      });
    } else if (m.kind === "truncate") bytes = bytes.subarray(0, at);
    else if (m.kind === "insert") bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    else bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
  }
  return bytes;
}

describe("fuzzing the command (in-process)", () => {
  test(`${RUNS.bytes} mutated packages (bits, ranges, truncation, insertions, deletions)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1 }), fc.array(byteMutation, { minLength: 1, maxLength: 4 }), async (which, mutations) => {
        await checkCase(mutate(seeds[which], mutations));
      }),
      { seed: SEED, numRuns: RUNS.bytes, endOnFailure: true },
    );
  }, 300_000);

  /** Mutations of a part's XML text: characters replaced, cut, duplicated, tags unbalanced. */
  const xmlMutation = fc.record({
    part: fc.constantFrom("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "_rels/.rels"),
    at: position,
    length: fc.integer({ min: 0, max: 40 }),
    text: fc.oneof(
      fc.constantFrom("<", ">", "/>", "</c>", "<c r=\"ZZZZ99999999\">", "<v>1e308</v>", "<v>-</v>", "&amp;", "&#0;", "&bogus;", "\"", "<row r=\"0\">", "<mergeCell ref=\"A1:XFD1048576\"/>", "s=\"99999\"", "t=\"s\"", "<v>999999</v>", "<f>SUM(A1:XFD1048576)</f>", "\u0000", "<![CDATA[", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>"),
      fc.string({ maxLength: 12 }),
    ),
  });

  test(`${RUNS.xml} packages with the XML of a part mutated and repacked`, async () => {
    const parts = await Promise.all(seeds.map(partsOf));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1 }), fc.array(xmlMutation, { minLength: 1, maxLength: 3 }), async (which, mutations) => {
        const zip = new JSZip();
        const texts = new Map(parts[which].map((p) => [p.name, p.data] as const));
        for (const m of mutations) {
          const text = texts.get(m.part)?.toString("utf8") ?? "";
          const at = Math.floor(m.at * text.length);
          texts.set(m.part, Buffer.from(text.slice(0, at) + m.text + text.slice(at + m.length), "utf8"));
        }
        for (const [name, data] of texts) zip.file(name, data);
        await checkCase(await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }));
      }),
      { seed: SEED + 1, numRuns: RUNS.xml, endOnFailure: true },
    );
  }, 300_000);
});

/** Cell contents as they come in real and broken sheets. */
const cellContent: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e12, max: 1e15, noNaN: true, noDefaultInfinity: true }) },
  // Within the 15 significant digits Excel keeps (a sum of figures near Excel's 9.99E+307 limit overflows in any program).
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e-300, 999_999_999_999_999, -999_999_999_999_999, 2 ** 53 + 2) },
  {
    weight: 4,
    arbitrary: fc
      .array(fc.constantFrom("1", "2", "5", "0", ".", ",", " ", "\u00a0", "\u2009", "\u202f", "-", "+", "%", "(", ")", "đ", " VNĐ", " tỷ", " triệu", " trđ", "e", "E", "\u200b", "x", "Ⅻ", "٣"), { maxLength: 12 })
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(true, false, null, "", " ", "-", { error: "#REF!" }, { error: "#DIV/0!" }, { error: "#N/A" }, { error: "#SPILL!" }) },
);

const labelContent = fc.oneof(
  fc.constantFrom("Xã Phú Mãn", "Xã Đông Xuân", "Huyện Quốc Oai", "Tổng cộng", "Cộng", "I", "II", "=x", "+1", "@a", "", "Xã Phú Mãn"),
  fc.string({ maxLength: 16 }),
);

describe("fuzzing cell contents (reader-independent: the engine on the workbook model)", () => {
  test(`${RUNS.cells} tables with any mix of values, labels and orientation: a report or a refusal with a reason`, () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(labelContent, cellContent, cellContent), { minLength: 0, maxLength: 12 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 4 }), cellContent), { maxLength: 4 }),
        (rowsAsAreas, body, stray) => {
          const rows: CellValue[][] = [
            ["BIỂU PHÂN BỔ", null, null, null],
            ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
            ...body.map(([label, a, b], i) => [i + 1, label, a, b]),
          ];
          for (const [r, c, v] of stray) {
            while (rows.length <= r) rows.push([]);
            rows[r][c] = v;
          }
          const grid = rowsAsAreas ? rows : transpose(rows);
          const workbook: WorkbookData = { sheets: [{ name: "Phân bổ", values: grid, merges: [] }, planSheetData()] };
          const cpu = process.cpuUsage();
          try {
            const result = checkWorkbook(workbook, { workbookName: "fuzz.xlsx" });
            const json = JSON.stringify(toJsonReport(result.report, "en"));
            expect(json.length).toBeGreaterThan(0);
            for (const line of result.report.indicators) {
              if (line.allocated !== null) expect(Number.isFinite(line.allocated)).toBe(true);
            }
            tally.report++;
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            expect(error.text.en).not.toMatch(/\n/);
            expect(error.text.en.length).toBeGreaterThan(10);
            tally.refused++;
          }
          const used = process.cpuUsage(cpu);
          expect((used.user + used.system) / 1e6).toBeLessThan(MAX_CASE_CPU_S);
        },
      ),
      { seed: SEED + 2, numRuns: RUNS.cells, endOnFailure: true },
    );
  }, 300_000);
});

function transpose(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? null));
}

function planSheetData(): SheetData {
  return { name: PLAN_SHEET.name, values: PLAN_SHEET.rows.map((r) => r.map((v: FixtureValue) => v as CellValue)), merges: [] };
}

describe("through the real binary (bin/allocheck.js)", () => {
  beforeAll(() => ensureBuilt());

  test("a handful of mutated packages end in exit 2 with one line, or a report", async () => {
    const rng = fc.sample(fc.array(byteMutation, { minLength: 1, maxLength: 3 }), { seed: SEED + 3, numRuns: 6 });
    for (const [i, mutations] of rng.entries()) {
      const name = `bin-${i}.xlsx`;
      await fs.writeFile(path.join(dir, name), mutate(seeds[i % 2], mutations));
      const run = allocheck(["check", name, "--json", "--lang", "en"], dir);
      if (run.status === 2) {
        expect(run.stdout).toBe("");
        expect(run.stderr).toMatch(/^allocheck: [^\n]+\n$/);
        expect(run.stderr).not.toMatch(/unexpected error/);
      } else {
        expect([0, 1]).toContain(run.status);
        expect(() => JSON.parse(run.stdout)).not.toThrow();
      }
    }
  }, 120_000);
});

describe("the run itself", () => {
  // A describe block: runs after the ones above.
  test("the fuzz run reached both ends: reports and refusals", () => {
    expect(tally.report).toBeGreaterThan(100 * SCALE);
    expect(tally.refused).toBeGreaterThan(100 * SCALE);
  });
});
