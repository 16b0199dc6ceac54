/**
 * The summary's live formulas on messy workbooks: `allocheck summary` writes
 * the copy, LibreOffice headless recalculates every formula, and the
 * `Đã phân bổ` column must give the totals this test expects from the
 * contract (the fixtures' indicators) — text numbers in Vietnamese notation,
 * amounts typed with their unit, `#REF!`, blanks, percent cells, merged
 * district labels and money in the plan's unit included. LibreOffice missing
 * is a failure, never a skip.
 */
import { join } from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { cellValue, type SheetData } from "../../src/core/model/workbook";
import { parseUnit } from "../../src/core/text/units";
import { recalculateWithLibreOffice, sofficePath } from "../helpers/libreoffice";
import { makeTempDir } from "../helpers/xlsxFixture";
import { WORKBOOK_PLAN_FIXTURES, writeFixtureFiles } from "./fixtures";
import { allocheck, ensureBuilt } from "./command";
import { build, SEEDS } from "./generator";
import { f, writeFixture } from "../helpers/xlsxFixture";

beforeAll(() => {
  sofficePath(); // throws with the install command when LibreOffice is missing
  ensureBuilt();
});

/** Rows of the summary's first table: code → allocated (as recalculated), read under the `Mã … Đã phân bổ` header. */
function allocatedByCode(sheet: SheetData): Map<string, unknown> {
  const out = new Map<string, unknown>();
  let header = -1;
  let col = -1;
  // The column under its header, wherever the print layout put it (one page wide, the figures stand at the page's right edge).
  for (let r = 0; r < sheet.values.length && header < 0; r++) {
    if (cellValue(sheet, r, 0) !== "Mã") continue;
    col = (sheet.values[r] ?? []).findIndex((v) => v === "Đã phân bổ");
    if (col >= 0) header = r;
  }
  expect(header).toBeGreaterThanOrEqual(0);
  for (let r = header + 1; r < sheet.values.length; r++) {
    const code = cellValue(sheet, r, 0);
    if (code === null || code === "") break;
    out.set(String(code), cellValue(sheet, r, col));
  }
  return out;
}

/** `allocheck summary` on `workbook`, recalculated by LibreOffice: the summary sheet as read back. */
async function recalculatedSummary(dir: string, workbook: string): Promise<SheetData> {
  const out = join(dir, "tong-hop.xlsx");
  const run = allocheck(["summary", workbook, "-o", out], dir);
  expect(run.stderr.includes("\n    at ")).toBe(false);
  expect([0, 1]).toContain(run.status);
  const recalculated = await recalculateWithLibreOffice(out, join(dir, "libreoffice"));
  const sheets = (await readWorkbookFile(recalculated)).sheets;
  const found = sheets.find((s) => s.name === "Tổng hợp");
  expect(found).toBeDefined();
  return found as SheetData;
}

function expectAllocated(summary: SheetData, expected: ReadonlyArray<{ code: string; allocated: number | null; scale: number }>): void {
  const byCode = allocatedByCode(summary);
  for (const { code, allocated, scale } of expected) {
    if (allocated === null) continue;
    const got = byCode.get(code);
    expect({ code, isNumber: typeof got === "number" }).toEqual({ code, isNumber: true });
    expect({ code, allocated: Math.round((got as number) * 1e6) / 1e6 }).toEqual({ code, allocated: Math.round((allocated / scale) * 1e6) / 1e6 });
  }
}

describe.each(WORKBOOK_PLAN_FIXTURES.map((fixture) => [fixture.fileName, fixture] as const))("%s", (_name, fixture) => {
  let summary: SheetData;

  beforeAll(async () => {
    const dir = makeTempDir("allocheck-recalc-");
    const { workbook } = await writeFixtureFiles(dir, fixture);
    summary = await recalculatedSummary(dir, workbook);
  });

  test("the recalculated `Đã phân bổ` column gives every mapped line's allocated total, money in the plan's unit", () => {
    expectAllocated(
      summary,
      fixture.indicators.map((i) => ({
        code: i.code,
        allocated: fixture.recalculatedAllocated?.[i.code] ?? i.allocated,
        scale: i.kind === "money" ? planScale(fixture, i.code) : 1,
      })),
    );
  });
});

/** Generated workbooks (see generator.ts): the first 8 seeds. */
describe.each(SEEDS.slice(0, 8).map((seed) => [seed]))("generated workbook, seed %i", (seed) => {
  const c = build(seed);
  let summary: SheetData;

  beforeAll(async () => {
    const dir = makeTempDir("allocheck-recalc-gen-");
    const workbook = await writeFixture(dir, `generated-${seed}.xlsx`, [
      { name: "Phân bổ", rows: c.workbook, merges: c.merges },
      { name: "Kế hoạch", rows: c.plan },
    ]);
    summary = await recalculatedSummary(dir, workbook);
  });

  test("the recalculated `Đã phân bổ` column gives every mapped line's allocated total", () => {
    const unitOf = new Map(c.plan.filter((row) => row.length >= 4).map((row) => [String(row[0]), String(row[2])]));
    expectAllocated(
      summary,
      c.indicators.map((i) => ({ code: i.code, allocated: i.allocated, scale: i.kind === "money" ? parseUnit(unitOf.get(i.code) ?? "").scale : 1 })),
    );
  });
});

/**
 * Progress on a line-level `Tiến độ` table (CONTRACT §7), on an allocation sheet whose name needs quoting: the
 * recalculated progress table gives the engine's figures (its `check --json`) — a parent line whose period cell is
 * the user's formula over a text number (stale at 0 in the file, an error once recalculated, as an error value
 * counts 0) and a money period that reads 0 in another unit than the plan's.
 */
describe("progress table on a line-level Tiến độ sheet", () => {
  let summary: SheetData;
  let report: { indicators: Array<{ code: string; target: number; achieved?: number; periods?: Array<{ value: number }> }> };

  beforeAll(async () => {
    const dir = makeTempDir("allocheck-recalc-progress-");
    const workbook = await writeFixture(dir, "tien-do.xlsx", [
      {
        name: "PB Hội's 2024",
        rows: [
          ["BIỂU PHÂN BỔ"],
          ["STT", "Địa bàn", "Tổ truyền thông", "Kinh phí truyền thông (triệu đồng)", "Kinh phí đào tạo (triệu đồng)"],
          ["", "Tổng cộng", f("C4+C7", 6), f("D4+D7", 3000), f("E4+E7", 4000)],
          ["I", "Huyện Ba Vì", f("SUM(C5:C6)", 3), f("SUM(D5:D6)", 1500), f("SUM(E5:E6)", 2000)],
          ["1", "Xã Minh Quang", 1, 700, "1.000"],
          ["2", "Xã Tản Lĩnh", 2, 800, 1000],
          ["II", "Huyện Thạch Thất", f("SUM(C8:C8)", 3), f("SUM(D8:D8)", 1500), f("SUM(E8:E8)", 2000)],
          ["1", "Xã Yên Trung", 3, 1500, 2000],
        ],
      },
      {
        name: "Kế hoạch",
        rows: [
          ["Kế hoạch thực hiện giai đoạn 2022 - 2025"],
          [],
          ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
          ["1", "Tổ truyền thông", "tổ", 6],
          ["KP", "Tổng kinh phí", "tỷ đồng", 7],
          ["KP.1", "Kinh phí truyền thông", "tỷ đồng", 3],
          ["KP.2", "Kinh phí đào tạo", "tỷ đồng", 4],
        ],
      },
      {
        name: "Tiến độ",
        rows: [
          ["Mã", "Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"],
          ["1", "Tổ truyền thông", "tổ", 2, "1", 0, f("SUM(D2:F2)", 2)],
          ["KP", "Tổng kinh phí", "triệu đồng", f("D4+D5", 1500), f("E4+E5", 0), f("F4+F5", 0), f("SUM(D3:F3)", 1500)],
          ["KP.1", "Kinh phí truyền thông", "triệu đồng", 1000, "1.500,5", 0, 2500.5],
          ["KP.2", "Kinh phí đào tạo", "triệu đồng", 500, 2500, 0, 3000],
        ],
      },
    ]);
    const check = allocheck(["check", workbook, "--json"], dir);
    report = JSON.parse(check.stdout);
    summary = await recalculatedSummary(dir, workbook);
  });

  test("every line's periods and cumulative, recalculated, are the engine's in the plan's unit", () => {
    let header = -1;
    for (let r = 0; r < summary.values.length && header < 0; r++) if (cellValue(summary, r, 0) === "Mã" && (summary.values[r] ?? []).includes("Lũy kế")) header = r;
    expect(header).toBeGreaterThanOrEqual(0);
    const headers = summary.values[header] ?? [];
    const targetCol = headers.indexOf("Kế hoạch");
    const cumulativeCol = headers.indexOf("Lũy kế");
    const round = (n: unknown) => (typeof n === "number" ? Math.round(n * 1e6) / 1e6 : n);
    const lines = report.indicators.filter((i) => i.achieved !== undefined);
    expect(lines.map((i) => i.code)).toEqual(["1", "KP", "KP.1", "KP.2"]);
    for (const [k, line] of lines.entries()) {
      const row = header + 1 + k;
      expect(cellValue(summary, row, 0)).toBe(line.code);
      const scale = line.target / (cellValue(summary, row, targetCol) as number);
      const got = [...(line.periods ?? []).map((_p, i) => cellValue(summary, row, targetCol + 1 + i)), cellValue(summary, row, cumulativeCol)].map(round);
      const want = [...(line.periods ?? []).map((p) => p.value / scale), (line.achieved as number) / scale].map(round);
      expect({ code: line.code, figures: got }).toEqual({ code: line.code, figures: want });
    }
  });
});

/** Đồng per unit of the plan line's unit, as the fixture's plan sheet writes it. */
function planScale(fixture: (typeof WORKBOOK_PLAN_FIXTURES)[number], code: string): number {
  for (const sheet of fixture.sheets) {
    if (sheet.name.normalize("NFC") === fixture.allocationSheet) continue; // the plan's own rows only
    for (const row of sheet.rows) {
      if (row.length >= 4 && String(row[0]) === code && typeof row[2] === "string") {
        const unit = parseUnit(row[2]);
        if (unit.kind === "money") return unit.scale;
      }
    }
  }
  throw new Error(`no money unit for plan line ${code} in ${fixture.fileName}`);
}
