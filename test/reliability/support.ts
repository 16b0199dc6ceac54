/**
 * Shared pieces of the reliability tests (corpus, invariants, fuzzing): a
 * small plan and allocation table built cell by cell, the check run the way
 * `allocheck check --json` runs it (bytes → reader → engine → JSON), and
 * the CLI's outcome classified as a report or one refusal line.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { crc32 } from "zlib";
import JSZip from "jszip";
import { readWorkbookBuffer } from "../../src/adapters/xlsx/readWorkbook";
import { checkWorkbook } from "../../src/core/check";
import { InputError } from "../../src/core/model/errors";
import { toJsonReport } from "../../src/core/report";
import { buildWorkbook, type FixtureSheet, type FixtureValue } from "../helpers/xlsxFixture";
import type { JsonReport } from "../integration/support";

/** A plan with one count line and one money line (triệu đồng), and its areas. */
export const PLAN_SHEET: FixtureSheet = {
  name: "Kế hoạch",
  rows: [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 12],
    ["2", "Kinh phí hỗ trợ", "triệu đồng", 1200],
    [null, null, null, null],
    ["Huyện", "Xã", null, null],
    ["Quốc Oai", "Phú Mãn", null, null],
    ["Quốc Oai", "Đông Xuân", null, null],
    ["Mỹ Đức", "An Phú", null, null],
    ["Mỹ Đức", "Hợp Tiến", null, null],
  ],
};

export interface Leaf {
  readonly name: string;
  readonly count: FixtureValue;
  readonly money: FixtureValue;
}

/** The four communes of the plan, in two districts; 3 teams and 300 triệu each: the plan exactly. */
export const CLEAN_LEAVES: readonly Leaf[] = [
  { name: "Phú Mãn", count: 3, money: 300 },
  { name: "Đông Xuân", count: 3, money: 300 },
  { name: "An Phú", count: 3, money: 300 },
  { name: "Hợp Tiến", count: 3, money: 300 },
];

/**
 * An allocation sheet, areas as rows: a title, the header on row 2, the
 * communes from row 3 on (two per district, no typed subtotals, so the
 * totals come from the leaves alone), a grand-total row last with SUM formulas
 * whose cached values are what Excel would show.
 */
export function allocationRows(leaves: readonly Leaf[] = CLEAN_LEAVES): FixtureValue[][] {
  const rows: FixtureValue[][] = [
    ["BIỂU PHÂN BỔ KINH PHÍ", null, null, null],
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
  ];
  leaves.forEach((leaf, i) => rows.push([i + 1, `Xã ${leaf.name}`, leaf.count, leaf.money]));
  return rows;
}

/** The allocation sheet (`Phân bổ` unless named) and the plan. */
export function workbookSheets(rows: FixtureValue[][], extra: Partial<FixtureSheet> = {}): FixtureSheet[] {
  return [{ name: "Phân bổ", rows, ...extra }, PLAN_SHEET];
}

export async function xlsxBytes(sheets: readonly FixtureSheet[]): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(sheets).xlsx.writeBuffer());
}

/** What a check of some bytes ends in: the JSON report, or the one-line refusal (InputError). */
export type Outcome = { readonly report: JsonReport } | { readonly refused: InputError };

/** Reads and checks bytes as `allocheck check --json` does; any error other than an InputError propagates. */
export async function checkBytes(bytes: Buffer, name = "corpus.xlsx"): Promise<Outcome> {
  try {
    const workbook = await readWorkbookBuffer(bytes, name);
    const result = checkWorkbook(workbook, { workbookName: name });
    const json: unknown = toJsonReport(result.report, "en");
    return { report: (typeof json === "string" ? JSON.parse(json) : json) as JsonReport };
  } catch (error) {
    if (error instanceof InputError) return { refused: error };
    throw error;
  }
}

export function reportOf(outcome: Outcome): JsonReport {
  if ("refused" in outcome) throw new Error(`expected a report, got a refusal: ${outcome.refused.text.en}`);
  return outcome.report;
}

export function refusalOf(outcome: Outcome): InputError {
  if ("report" in outcome) throw new Error(`expected a refusal, got a report with ${outcome.report.findings.length} findings`);
  return outcome.refused;
}

/** An indicator's allocated total by plan code. */
export function allocated(report: JsonReport, code: string): number | null {
  const line = report.indicators.find((i) => i.code === code);
  if (line === undefined) throw new Error(`no indicator ${code}`);
  return line.allocated;
}

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(process.env.TMPDIR ?? "/tmp", prefix));
}

/** The parts of a package, in the archive's order. */
export async function partsOf(bytes: Buffer): Promise<Array<{ name: string; data: Buffer }>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Array<{ name: string; data: Buffer }> = [];
  for (const entry of Object.values(zip.files)) if (!entry.dir) out.push({ name: entry.name, data: await entry.async("nodebuffer") });
  return out;
}

/**
 * A zip written byte by byte (stored entries, no compression), so that a test
 * can make what zip libraries refuse to write: two entries of one name, an
 * entry flagged as encrypted.
 */
export function rawZip(entries: ReadonlyArray<{ name: string; data: Buffer; encrypted?: boolean }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const crc = crc32(entry.data);
    const flags = 0x0800 | (entry.encrypted === true ? 0x0001 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(0, 10); // time and date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
