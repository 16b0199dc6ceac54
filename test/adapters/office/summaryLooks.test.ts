/**
 * The summary looks the same whichever writer draws it: on the same model the
 * Office.js writer (on the fake Excel) and the .xlsx writer (read back with
 * ExcelJS) give every styled cell the same fill and the same font — bold,
 * italic, underline, size and colour — the ones SUMMARY_LOOK defines.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { createFakeExcel } from "../../fakes/excel";
import { buildSummary } from "../../../src/core/summary";
import { a1 } from "../../../src/core/model/address";
import { SUMMARY_LOOK } from "../../../src/core/model/summary";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { AREA_VALUES, PLAN, REPORT, TABLE } from "../../core/summary/fixture";
import { writeFixtureXlsx } from "../xlsx/fixtureFile";
import { hostFor } from "./helpers";

interface Seen {
  readonly fill: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly size: number;
  readonly color: string | null;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-looks-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** `FFRRGGBB` (the file) or `#RRGGBB` (Office.js) as `#RRGGBB`. */
function rgb(color: string | undefined): string | null {
  if (color === undefined) return null;
  return `#${color.replace(/^#/, "").slice(-6).toUpperCase()}`;
}

test("the Office.js writer and the .xlsx writer give each styled cell the same fill and font", async () => {
  const input = path.join(dir, "in.xlsx");
  const output = path.join(dir, "out.xlsx");
  await writeFixtureXlsx(input);
  const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: await readWorkbookFile(input) });
  await writeSummaryCopy(input, output, model, null);
  const file = new ExcelJS.Workbook();
  await file.xlsx.readFile(output);
  const fromFile = file.getWorksheet(model.name)!;

  const excel = createFakeExcel({ apiVersion: "1.20", sheets: [{ name: "Phân bổ", rows: [["Xã", "Số tổ"]] }] });
  await hostFor(excel).writeSummary(model);

  const styled = model.cells.filter((c) => c.style !== undefined);
  // The looks that tell the sheet apart are all on this summary, so all are compared.
  const styles = new Set(styled.map((c) => c.style));
  for (const style of ["title", "subtitle", "header", "label", "number", "status-ok", "status-error", "link", "note"] as const) expect([style, styles.has(style)]).toEqual([style, true]);
  for (const c of styled) {
    const address = a1(c.row, c.col);
    const cell = fromFile.getCell(address);
    const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? rgb(cell.fill.fgColor?.argb) : null;
    const inFile: Seen = {
      fill,
      bold: cell.font?.bold === true,
      italic: cell.font?.italic === true,
      underline: cell.font?.underline !== undefined && cell.font.underline !== false && cell.font.underline !== "none",
      size: cell.font?.size ?? 11,
      color: rgb(cell.font?.color?.argb),
    };
    const office = excel.document.cellAt(model.name, address);
    const inExcel: Seen = {
      fill: office?.fill?.color ?? null,
      bold: office?.font?.bold === true,
      italic: office?.font?.italic === true,
      underline: office?.font?.underline !== undefined && office.font.underline !== "None",
      size: office?.font?.size ?? 11,
      color: office?.font?.color === undefined ? null : rgb(office.font.color),
    };
    expect({ address, style: c.style, look: inExcel }).toEqual({ address, style: c.style, look: inFile });
    const look = SUMMARY_LOOK[c.style!];
    expect({ address, fill: inFile.fill, color: inFile.color }).toEqual({ address, fill: look.fill ?? null, color: look.fontColor ?? null });
  }
});
