/**
 * The user's corrections in the workbook's add-in settings (Office.js host on
 * the fake Excel, and the in-memory host), and showing the reading by
 * selecting ranges.
 */
import { MemoryWorkbookHost } from "../../../src/adapters/memory";
import { runCheck } from "../../../src/app/runCheck";
import * as check from "../../../src/core/check";
import { CORRECTIONS_SETTING_KEY, type CorrectionSet } from "../../../src/core/model/corrections";
import { buildSampleWorkbookData, SAMPLE_ALLOCATION_SHEET, SAMPLE_PLAN_SHEET } from "../../../src/sample";
import { writeLog } from "../../fakes/excel";
import { fakeExcelFromWorkbook } from "../../fakes/excel/fromWorkbookData";
import { hostFor, measure } from "./helpers";

const CORRECTIONS: CorrectionSet = {
  version: 1,
  sheets: [
    {
      sheet: SAMPLE_ALLOCATION_SHEET,
      corrections: [
        { kind: "ignore", at: "9", label: "Xã Tản Lĩnh" },
        { kind: "role", at: "12", label: "Cộng huyện", role: "subtotal" },
      ],
    },
  ],
};

afterEach(() => jest.restoreAllMocks());

describe("OfficeWorkbookHost corrections", () => {
  test("saved corrections survive save, close and reopen (a new context over the same document settings)", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData());
    const host = hostFor(excel);
    expect(await host.loadCorrections()).toEqual({ version: 1, sheets: [] });
    const saved = await measure(excel, () => host.saveCorrections(CORRECTIONS));
    expect(saved.syncs).toBe(1);
    // Nothing written to any cell or sheet: only the setting.
    expect(writeLog(excel.document)).toEqual([]);

    const reopened = excel.reopen();
    const loaded = await measure(reopened, () => hostFor(reopened).loadCorrections());
    expect(loaded.result).toEqual(CORRECTIONS);
    expect(loaded.syncs).toBe(1);
  });

  test("saving again replaces; saving the empty set removes the setting", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData());
    const host = hostFor(excel);
    await host.saveCorrections(CORRECTIONS);
    const fewer: CorrectionSet = { version: 1, sheets: [{ ...CORRECTIONS.sheets[0], corrections: CORRECTIONS.sheets[0].corrections.slice(1) }] };
    await host.saveCorrections(fewer);
    expect(await hostFor(excel.reopen()).loadCorrections()).toEqual(fewer);
    await host.saveCorrections({ version: 1, sheets: [] });
    expect(excel.document.settings.has(CORRECTIONS_SETTING_KEY)).toBe(false);
    // Removing what is not there is no error.
    await host.saveCorrections({ version: 1, sheets: [] });
  });

  test("a stored value this version cannot read loads as no corrections", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData());
    excel.document.settings.set(CORRECTIONS_SETTING_KEY, "{broken");
    expect(await hostFor(excel).loadCorrections()).toEqual({ version: 1, sheets: [] });
  });

  test("the pane's check reads the saved corrections and hands them to the engine", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData());
    await hostFor(excel).saveCorrections(CORRECTIONS);
    const spy = jest.spyOn(check, "checkWorkbook");
    await runCheck(hostFor(excel.reopen()), { allocationSheet: SAMPLE_ALLOCATION_SHEET, planSheet: SAMPLE_PLAN_SHEET });
    expect(spy.mock.calls[0][1].corrections).toEqual(CORRECTIONS.sheets);
  });
});

describe("OfficeWorkbookHost.showReading", () => {
  const marks = [
    { range: "A4:N29", kind: "table" as const },
    { range: "a7:n7", kind: "group" as const },
    { range: "C4:C29", kind: "line" as const },
  ];

  test("selects all the ranges as one multi-area selection (ExcelApi 1.18), in one sync", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData(), "1.18");
    const run = await measure(excel, () => hostFor(excel).showReading(SAMPLE_ALLOCATION_SHEET, marks));
    expect(run.syncs).toBe(1);
    expect(excel.document.selection?.sheet).toBe(SAMPLE_ALLOCATION_SHEET);
    expect(excel.document.selection?.address.split(",").map((a) => a.replace(/^.*!/, ""))).toEqual(["A4:N29", "A7:N7", "C4:C29"]);
  });

  test("an older host selects the first range only (RangeAreas.select is ExcelApi 1.18)", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData(), "1.17");
    await hostFor(excel).showReading(SAMPLE_ALLOCATION_SHEET, marks);
    expect(excel.document.selection?.address.replace(/^.*!/, "")).toBe("A4:N29");
  });

  test("a hidden sheet is shown first, as selectCell does", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData(), "1.18");
    excel.document.requireSheet(SAMPLE_ALLOCATION_SHEET).visibility = "Hidden";
    await hostFor(excel).showReading(SAMPLE_ALLOCATION_SHEET, marks);
    expect(excel.document.requireSheet(SAMPLE_ALLOCATION_SHEET).visibility).toBe("Visible");
    expect(excel.document.selection?.sheet).toBe(SAMPLE_ALLOCATION_SHEET);
  });

  test("no marks: nothing selected, no round trip", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData());
    const run = await measure(excel, () => hostFor(excel).showReading(SAMPLE_ALLOCATION_SHEET, []));
    expect(run.syncs).toBe(0);
    expect(excel.document.selection).toBeNull();
  });
});

describe("MemoryWorkbookHost corrections", () => {
  test("kept in the document settings: a new host over the same settings finds them", async () => {
    const settings = new Map<string, unknown>();
    const first = new MemoryWorkbookHost(buildSampleWorkbookData(), "Book.xlsx", { settings });
    await first.saveCorrections(CORRECTIONS);
    expect(typeof settings.get(CORRECTIONS_SETTING_KEY)).toBe("string");
    const second = new MemoryWorkbookHost(buildSampleWorkbookData(), "Book.xlsx", { settings });
    expect(await second.loadCorrections()).toEqual(CORRECTIONS);
    await second.saveCorrections({ version: 1, sheets: [] });
    expect(settings.size).toBe(0);
  });

  test("showReading records the marks for the grid and shows the sheet; no marks clears", async () => {
    const host = new MemoryWorkbookHost(buildSampleWorkbookData(), "Book.xlsx");
    const changes: string[] = [];
    host.subscribe((change) => changes.push(change.kind));
    await host.showReading(SAMPLE_ALLOCATION_SHEET, [{ range: "A7:N7", kind: "group" }]);
    expect(host.getReadingView()).toEqual({ sheet: SAMPLE_ALLOCATION_SHEET, marks: [{ range: "A7:N7", kind: "group" }] });
    expect(host.getActiveSheet()).toBe(SAMPLE_ALLOCATION_SHEET);
    await host.showReading(SAMPLE_ALLOCATION_SHEET, []);
    expect(host.getReadingView()).toBeNull();
    expect(changes).toEqual(["reading", "reading"]);
  });
});
