/**
 * Hidden rows and columns read through Office.js: the used range's
 * `rowHidden`/`columnHidden` with the sizes, and the visible cells only for a
 * sheet that mixes hidden and shown lines — one more sync at most, shared
 * with the merges' follow-up — and the pane's `hidden` findings equal to the
 * command line's on the same file.
 */
import { createFakeExcel, type FakeSheetSpec } from "../../fakes/excel";
import { fakeExcelFromWorkbook } from "../../fakes/excel/fromWorkbookData";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { detectSheets } from "../../../src/app/detectSheets";
import { runCheck } from "../../../src/app/runCheck";
import { toJsonReport } from "../../../src/core/report";
import { buildWorkbook } from "../../helpers/xlsxFixture";
import { allocationRows, workbookSheets } from "../../reliability/support";
import { runCli } from "../../cli/runCli";
import { readSheets, type SheetRead } from "../../../src/adapters/office/blockRead";
import { FakeRange } from "../../fakes/excel/proxies/range";
import { hostFor, measure } from "./helpers";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROWS = [
  ["Xã", "Số tổ", "Kinh phí"],
  ["A", 1, 10],
  ["B", 2, 20],
  ["C", 3, 30],
  ["D", 4, 40],
];

function sheet(extra: Partial<FakeSheetSpec>): FakeSheetSpec {
  return { name: "Phân bổ", rows: ROWS, ...extra };
}

describe("hidden rows and columns through Office.js", () => {
  test.each([
    ["nothing hidden", {}, {}, 1],
    ["every row of the used range hidden", { hiddenRows: [0, 1, 2, 3, 4] }, { hiddenRows: [0, 1, 2, 3, 4] }, 1],
    ["a whole column hidden among shown ones", { hiddenColumns: [1] }, { hiddenColumns: [1] }, 2],
    ["rows hidden by a filter", { hiddenRows: [2, 4] }, { hiddenRows: [2, 4] }, 2],
    ["rows and columns", { hiddenRows: [1], hiddenColumns: [0, 2] }, { hiddenRows: [1], hiddenColumns: [0, 2] }, 2],
    // Outside the used range: not the table's, not reported (as rowHidden of the used range says).
    ["rows hidden below the used range only", { hiddenRows: [20, 21] }, {}, 1],
  ])("%s", async (_label, spec, expected, syncs) => {
    // Sync counts for a host that loads a null object's areas as empty; the
    // stricter host (the fake's default) is checked below.
    const excel = createFakeExcel({ sheets: [sheet(spec)], strictNullChildren: false });
    const { result } = await measure(excel, () => hostFor(excel).readWorkbook(["Phân bổ"]));
    const [read] = result.sheets;
    expect({ hiddenRows: read.hiddenRows, hiddenColumns: read.hiddenColumns }).toEqual({
      hiddenRows: undefined,
      hiddenColumns: undefined,
      ...expected,
    });
    expect(excel.stats.syncs).toBe(syncs);
  });

  test.each([
    ["nothing hidden", {}],
    ["rows and columns", { hiddenRows: [1], hiddenColumns: [0, 2] }],
  ])("%s: the same hidden lines on a host that fails loading a null object's areas", async (_label, spec) => {
    const lenient = createFakeExcel({ sheets: [sheet(spec)], strictNullChildren: false });
    const strict = createFakeExcel({ sheets: [sheet(spec)], strictNullChildren: true });
    const a = (await hostFor(lenient).readWorkbook(["Phân bổ"])).sheets[0];
    const b = (await hostFor(strict).readWorkbook(["Phân bổ"])).sheets[0];
    expect([b.hiddenRows, b.hiddenColumns]).toEqual([a.hiddenRows, a.hiddenColumns]);
    // The refused request, and the removal of its change handler (see readWorkbook.test.ts).
    expect(strict.stats.syncs).toBeLessThanOrEqual(lenient.stats.syncs + 2);
    expect(strict.document.changeHandlers).toHaveLength(1);
  });

  test("the visible cells are asked in the merges' follow-up sync, not one of their own", async () => {
    // Merges read in "probe" mode take a second sync (whether there are merges, then their areas).
    const syncsOf = async (spec: Partial<FakeSheetSpec>) => {
      const excel = createFakeExcel({ sheets: [sheet({ merges: ["A1:B1"], ...spec })], strictNullChildren: false });
      const { result, syncs } = await measure(excel, () =>
        excel.run<SheetRead[]>((context: unknown) => readSheets(context as Excel.RequestContext, ["Phân bổ"], new Map(), { mode: "probe", specialCells: true })),
      );
      return { syncs, hiddenRows: result[0].data.hiddenRows };
    };
    expect(await syncsOf({})).toEqual({ syncs: 2, hiddenRows: undefined });
    expect(await syncsOf({ hiddenRows: [2] })).toEqual({ syncs: 2, hiddenRows: [2] });
  });

  test("a host without ExcelApi 1.9 tells whole-range states only; a mixed state is left out, never guessed", async () => {
    const all = createFakeExcel({ apiVersion: "1.8", sheets: [sheet({ hiddenColumns: [0, 1, 2] })] });
    const mixed = createFakeExcel({ apiVersion: "1.8", sheets: [sheet({ hiddenRows: [2] })] });
    expect((await hostFor(all).readWorkbook(["Phân bổ"])).sheets[0].hiddenColumns).toEqual([0, 1, 2]);
    const [read] = (await hostFor(mixed).readWorkbook(["Phân bổ"])).sheets;
    expect(read.hiddenRows).toBeUndefined();
  });

  test("every column hidden: the columns are known, which rows are hidden is not (no visible cell tells)", async () => {
    const excel = createFakeExcel({ sheets: [sheet({ hiddenColumns: [0, 1, 2], hiddenRows: [3] })] });
    const [read] = (await hostFor(excel).readWorkbook(["Phân bổ"])).sheets;
    expect(read.hiddenColumns).toEqual([0, 1, 2]);
    expect(read.hiddenRows).toBeUndefined();
  });

  test("if Excel refuses the visible cells, the read goes on without them (whole-range states only), and stays so", async () => {
    // A test double, not a modelled Excel behaviour: whatever the cause, the check must not fail for it.
    const original = FakeRange.prototype.getSpecialCellsOrNullObject;
    const spy = jest.spyOn(FakeRange.prototype, "getSpecialCellsOrNullObject").mockImplementation(function (this: FakeRange, type: string, valueType?: string) {
      return original.call(this, type === "Visible" ? "Visible (refused)" : type, valueType);
    });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const excel = createFakeExcel({ sheets: [sheet({ hiddenRows: [2], hiddenColumns: [0, 1, 2] })], strictNullChildren: false });
      const host = hostFor(excel);
      const [read] = (await host.readWorkbook(["Phân bổ"])).sheets;
      expect(read.values[1]).toEqual(["A", 1, 10]);
      expect(read.hiddenColumns).toEqual([0, 1, 2]);
      expect(read.hiddenRows).toBeUndefined();
      expect(warn).toHaveBeenCalledTimes(1);
      await host.readWorkbook(["Phân bổ"]);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
      warn.mockRestore();
    }
  });

  test("a sheet read again after an edit gets its hidden rows afresh", async () => {
    const excel = createFakeExcel({ sheets: [sheet({ hiddenRows: [2] })] });
    const host = hostFor(excel);
    expect((await host.readWorkbook(["Phân bổ"])).sheets[0].hiddenRows).toEqual([2]);
    excel.document.requireSheet("Phân bổ").hiddenRows.delete(2);
    excel.document.requireSheet("Phân bổ").hiddenRows.add(4);
    expect((await host.readWorkbook(["Phân bổ"])).sheets[0].hiddenRows).toEqual([4]);
  });
});

describe("the pane and the command line on the same workbook with hidden rows and a hidden column", () => {
  test("the same `hidden` findings, in the same words", async () => {
    const workbook = buildWorkbook(workbookSheets(allocationRows()));
    const alloc = workbook.getWorksheet("Phân bổ")!;
    alloc.autoFilter = "A2:D6";
    alloc.getRow(4).hidden = true;
    alloc.getRow(6).hidden = true;
    alloc.getColumn(4).hidden = true;
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const dir = mkdtempSync(join(tmpdir(), "allocheck-hidden-"));
    writeFileSync(join(dir, "hidden.xlsx"), bytes);

    const cli = await runCli(["check", "hidden.xlsx", "--json", "--lang", "en"], dir);
    expect(cli.stderr).toBe("");
    const fromCli = (JSON.parse(cli.stdout) as { findings: Array<{ rule: string }> }).findings.filter((f) => f.rule === "hidden");
    expect(fromCli.map((f) => (f as { cell?: string }).cell).sort()).toEqual(["B4", "B6", "D2"]);

    // The same workbook open in Excel: the fake host holds what the file holds, hidden lines included.
    const excel = fakeExcelFromWorkbook(await readWorkbookBuffer(bytes, "hidden.xlsx"));
    excel.document.name = "hidden.xlsx";
    const host = hostFor(excel);
    const outcome = await runCheck(host, (await detectSheets(host)).detected);
    const fromPane = toJsonReport(outcome.report, "en").findings.filter((f) => f.rule === "hidden");
    expect(fromPane).toEqual(fromCli);
  });
});
