/**
 * A commune's cell holding a formula of the user's that gives an error once
 * recalculated (`=H6*2` over a word): the engine counts an error value 0
 * (`invalid-value`), and so do the summary's live formulas — the table by
 * area's commune row, and the progress table's period figures summed over a
 * period sheet's communes (a range with such a cell is added up with
 * AGGREGATE, which leaves error values out, where SUM would spread #VALUE!).
 * Recalculated by LibreOffice, no summary cell shows an error, and each
 * figure is the engine's on the recalculated workbook.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { checkWorkbook } from "../../../src/core/check";
import { cellValue, isCellError, type SheetData, type WorkbookData } from "../../../src/core/model/workbook";
import { buildSummary } from "../../../src/core/summary";
import { recalculateWithLibreOffice, sofficePath } from "../../helpers/libreoffice";
import { f, writeFixture, type FixtureSheet } from "../../helpers/xlsxFixture";

const HEADER = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí truyền thông (triệu đồng)", "", "", "", "Ghi chú"];

/** An allocation or results sheet: two districts of two communes; `broken` puts `=H6*2` over the word in H6 in Xã Ba Trại's money cell. */
function areaSheet(name: string, money: readonly [number, number, number, number], broken: boolean): FixtureSheet {
  const [a, b, c, d] = money;
  return {
    name,
    rows: [
      [name === "Phân bổ" ? "BIỂU PHÂN BỔ" : "KẾT QUẢ THỰC HIỆN"],
      [],
      HEADER,
      [null, "Tổng cộng", f("C5+C8", 8), f("D5+D8", a + b + c + d)],
      ["I", "Huyện Ba Vì", f("SUM(C6:C7)", 4), f("SUM(D6:D7)", a + b)],
      [1, "Xã Ba Trại", 2, broken ? f("H6*2", a) : a, null, null, null, broken ? "chưa rõ" : null],
      [2, "Xã Tản Lĩnh", 2, b],
      ["II", "Huyện Quốc Oai", f("SUM(C9:C10)", 4), f("SUM(D9:D10)", c + d)],
      [3, "Xã Phú Mãn", 2, c],
      [4, "Xã Sài Sơn", 2, d],
    ],
  };
}

let recalculated: WorkbookData;
let summary: SheetData;

beforeAll(async () => {
  sofficePath();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-formula-errors-"));
  const input = await writeFixture(dir, "t.xlsx", [
    { name: "Kế hoạch", rows: [["KẾ HOẠCH thực hiện giai đoạn 2022 - 2025"], [], ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"], ["1", "Tổ truyền thông cộng đồng", "tổ", 8], ["2", "Kinh phí truyền thông", "triệu đồng", 600]] },
    areaSheet("Phân bổ", [150, 150, 150, 150], true),
    areaSheet("Thực hiện 2022", [40, 30, 20, 10], true),
    areaSheet("Thực hiện 2023", [50, 40, 30, 20], false),
  ]);
  const data = await readWorkbookFile(input);
  const result = checkWorkbook(data, { workbookName: "t.xlsx" });
  const model = buildSummary({ report: result.report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook: data });
  const copy = path.join(dir, "t-tong-hop.xlsx");
  await writeSummaryCopy(input, copy, model, null);
  recalculated = await readWorkbookFile(await recalculateWithLibreOffice(copy, path.join(dir, "lo")));
  summary = recalculated.sheets.find((s) => s.name === model.name)!;
}, 180_000);

/** The engine's report on the recalculated workbook (the commune's cell now holds the error its formula gives). */
function engineOnRecalculated() {
  return checkWorkbook({ sheets: recalculated.sheets.filter((s) => s !== summary) }, { workbookName: "t.xlsx" }).report;
}

test("the commune's formula gives an error once recalculated, and the engine counts it 0", () => {
  const allocation = recalculated.sheets.find((s) => s.name === "Phân bổ")!;
  expect(isCellError(cellValue(allocation, 5, 3))).toBe(true);
  const report = engineOnRecalculated();
  expect(report.findings.some((f) => f.rule === "invalid-value" && f.sheet === "Phân bổ" && f.cell === "D6")).toBe(true);
});

test("no cell of the recalculated summary shows an error", () => {
  const errors: string[] = [];
  summary.values.forEach((row, r) => (row ?? []).forEach((v, c) => isCellError(v) && errors.push(`${r + 1}:${c + 1}`)));
  expect(errors).toEqual([]);
});

test("the table by area's commune row counts the cell 0, its district the rest", () => {
  const row = summary.values.findIndex((r) => (r ?? [])[1] === "Xã Ba Trại");
  expect(row).toBeGreaterThan(0);
  let header = row - 1;
  while (header > 0 && !(summary.values[header] ?? []).some((v) => typeof v === "string" && v.startsWith("2. Kinh phí"))) header--;
  const col = (summary.values[header] ?? []).findIndex((v) => typeof v === "string" && v.startsWith("2. Kinh phí"));
  expect(cellValue(summary, row, col)).toBe(0);
  const district = summary.values.findIndex((r) => (r ?? [])[1] === "Huyện Ba Vì");
  expect(cellValue(summary, district, col)).toBe(150);
});

test("the progress table's period figures and cumulative are the engine's on the recalculated workbook", () => {
  const report = engineOnRecalculated();
  const line = report.indicators.find((i) => i.code === "2")!;
  const periods = line.progress!.periods.map((p) => p.value / 1e6);
  expect(periods).toEqual([60, 140]);
  const header = summary.values.findIndex((r) => (r ?? []).includes("Lũy kế") && (r ?? []).includes("Trạng thái"));
  const row = summary.values.findIndex((r, i) => i > header && (r ?? [])[0] === "2");
  const headers = summary.values[header] ?? [];
  const figure = (label: string) => cellValue(summary, row, headers.findIndex((v) => typeof v === "string" && v.includes(label)));
  expect([figure("2022"), figure("2023"), figure("Lũy kế")]).toEqual([...periods, periods[0] + periods[1]]);
});
