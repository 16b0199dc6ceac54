/**
 * The progress table's status where a line's typed `Lũy kế` is on pace and
 * its periods' sum is not (`Số liệu chưa khớp`): a live formula like the other
 * statuses, over the typed `Lũy kế` and the sum. Recalculated by LibreOffice,
 * it says what the engine says of the same figures — on the copy as written,
 * and after the user fixes either side of the disagreement in the copy.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { checkWorkbook } from "../../../src/core/check";
import { cellValue, type WorkbookData } from "../../../src/core/model/workbook";
import { PROGRESS_STATUS_TEXT, progressStatus, type ProgressStatus } from "../../../src/core/progress/status";
import { buildSummary } from "../../../src/core/summary";
import { recalculateWithLibreOffice, sofficePath } from "../../helpers/libreoffice";
import { writeFixture } from "../../helpers/xlsxFixture";
import { allocationSheet, GOOD_LINES, lineTable, planSheet, withCell } from "../../core/progress/fixtures";

const LINE = "Tổ truyền thông cộng đồng";
let dir: string;
let copy: string;

/** The engine's status of the line on a workbook, without the summary sheet. */
function engineStatus(data: WorkbookData): ProgressStatus | null {
  const report = checkWorkbook({ sheets: data.sheets.filter((s) => s.name !== "Tổng hợp") }, { workbookName: "t.xlsx" }).report;
  return progressStatus(report.indicators.find((i) => i.name === LINE)!);
}

/** The status LibreOffice computes for the line in the summary of `file`. */
async function recalculatedStatus(file: string, name: string): Promise<unknown> {
  const data = await readWorkbookFile(await recalculateWithLibreOffice(file, path.join(dir, `lo-${name}`)));
  const sheet = data.sheets.find((s) => s.name === "Tổng hợp")!;
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const statusCol = row.indexOf("Trạng thái");
    if (statusCol < 0 || !row.includes("Lũy kế")) continue;
    for (let k = r + 1; k < sheet.values.length; k++) if (cellValue(sheet, k, 1) === LINE) return cellValue(sheet, k, statusCol);
  }
  throw new Error("no progress row for the line");
}

/** The copy with the `Tiến độ` sheet's cell `ref` set to `value`. */
async function editResults(ref: string, value: number, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(copy));
  const data = await readWorkbookFile(copy);
  const index = data.sheets.findIndex((s) => s.name === "Tiến độ");
  const part = `xl/worksheets/sheet${index + 1}.xml`;
  const xml = await zip.file(part)!.async("string");
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  expect(cell.test(xml)).toBe(true);
  zip.file(part, xml.replace(cell, (_m, attributes: string) => `<c r="${ref}"${attributes.replace(/\s+t="[^"]*"/, "")}><v>${value}</v></c>`));
  const out = path.join(dir, `${name}.xlsx`);
  await fs.writeFile(out, await zip.generateAsync({ type: "nodebuffer" }));
  return out;
}

beforeAll(async () => {
  sofficePath();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-pace-doubt-"));
  // Line 1 (target 8, 5 due by now): 2 | 0 | 1 = 3 behind pace, its typed Lũy kế 5 on pace.
  const rows = withCell(withCell(GOOD_LINES, 0, 5, 0), 0, 7, 5);
  const input = await writeFixture(dir, "t.xlsx", [planSheet(), allocationSheet(), lineTable(rows)].map((s) => ({ name: s.name, rows: s.values.map((row) => [...(row ?? [])]) })));
  const data = await readWorkbookFile(input);
  const result = checkWorkbook(data, { workbookName: "t.xlsx" });
  copy = path.join(dir, "t-tong-hop.xlsx");
  await writeSummaryCopy(input, copy, buildSummary({ report: result.report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook: data }), null);
}, 120_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test.each<[string, string | null, number]>([
  ["as written: the figures disagree", null, 0],
  ["the typed Lũy kế fixed to the periods' sum (3): behind pace", "H4", 3],
  ["the 2023 figure fixed (2), the sum now the typed 5: on track", "F4", 2],
])("%s", async (name, ref, value) => {
  const file = ref === null ? copy : await editResults(ref, value, name.replace(/\W+/g, "-"));
  const status = engineStatus(await readWorkbookFile(file));
  expect(status).toBe(ref === null ? "figures-disagree" : ref === "H4" ? "behind" : "on-track");
  expect(await recalculatedStatus(file, name.replace(/\W+/g, "-"))).toBe(PROGRESS_STATUS_TEXT.vi[status!]);
}, 120_000);
