/**
 * Shared pieces of the reliability tests (corpus, invariants, fuzzing): a
 * small plan and allocation table built cell by cell, the check run the way
 * `allocheck check --json` runs it (bytes → reader → engine → JSON), and
 * the CLI's outcome classified as a report or one refusal line.
 */
import { promises as fs } from "fs";
import * as path from "path";
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
