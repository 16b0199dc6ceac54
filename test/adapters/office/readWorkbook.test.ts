/** Reading sheets through Office.js: one round trip, only what the engine needs, in the engine's shape. */
import { createFakeExcel } from "../../fakes/excel";
import { InputError } from "../../../src/core/model/errors";
import { OfficeWorkbookHost } from "../../../src/adapters/office";
import { hostFor, measure, runtimeFor } from "./helpers";

function workbook(apiVersion = "1.20", strictNullChildren = false) {
  return createFakeExcel({
    apiVersion,
    strictNullChildren,
    sheets: [
      {
        name: "Kế hoạch",
        rows: [["KẾ HOẠCH"], ["1", "Số tổ", 120]],
      },
      {
        name: "Phân bổ",
        rows: [
          [],
          [],
          [null, "BIỂU PHÂN BỔ"],
          [null, "Xã", "Số tổ", "Kinh phí"],
          [null, "Ba Trại", "7", { error: "#REF!" }],
          [null, "Ba Vì", 5, 12.5],
          [null, "Tổng", 12, 12.5],
          [null, "=not a formula", true, null],
        ],
        formulas: { C7: "=SUM(C5:C6)", D7: "=SUM(D5:D6)" },
        text: { B8: "=not a formula" },
        numberFormats: { D6: "0.0%", C6: "General", E6: "#,##0", D7: "#,##0.00" },
        merges: ["B3:D3"],
      },
      { name: "Ẩn", rows: [["secret"]], visibility: "Hidden" },
      { name: "Trống" },
    ],
  });
}

describe("OfficeWorkbookHost.readWorkbook", () => {
  test("reads named sheets in one sync into the engine's shape", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    const { result, syncs } = await measure(excel, () => host.readWorkbook(["Phân bổ", "Kế hoạch", "Trống"]));
    expect(syncs).toBe(1);
    const [alloc, plan, empty] = result.sheets;
    expect(alloc.name).toBe("Phân bổ");
    expect(alloc.values[0]).toBeUndefined();
    expect(alloc.values[2]).toEqual([null, "BIỂU PHÂN BỔ", null, null]);
    expect(alloc.values[4]).toEqual([null, "Ba Trại", "7", { error: "#REF!" }]);
    expect(alloc.values[6]).toEqual([null, "Tổng", 12, 12.5]);
    // Text that looks like a formula stays text; only real formulas are formulas.
    expect(alloc.values[7]).toEqual([null, "=not a formula", true, null]);
    expect(alloc.formulas?.[6]).toEqual([null, null, "SUM(C5:C6)", "SUM(D5:D6)"]);
    expect(alloc.formulas?.[7]).toBeUndefined();
    expect(alloc.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 3 }]);
    // Formats other than General, on cells that hold something (E6 is empty).
    expect(alloc.numberFormats?.[5]).toEqual([null, null, null, "0.0%"]);
    expect(alloc.numberFormats?.[6]).toEqual([null, null, null, "#,##0.00"]);
    expect(alloc.numberFormats?.[4]).toBeUndefined();
    expect(alloc.hidden).toBe(false);
    expect(plan.values[1]).toEqual(["1", "Số tổ", 120]);
    expect(plan.formulas).toBeUndefined();
    expect(plan.numberFormats).toBeUndefined();
    expect(empty).toEqual({ name: "Trống", values: [], merges: [], hidden: false });
  });

  test("requests only the needed properties and runs with delayForCellEdit", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.readWorkbook(["Phân bổ"]);
    expect(excel.stats.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(excel.stats.history).toHaveLength(1);
    // values + formulas + valueTypes of B3:D8 and one merge: a few hundred bytes each way.
    expect(excel.stats.history[0].responseBytes).toBeLessThan(1500);
  });

  test("all visible sheets: a listing, then one sync for small sheets", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    const cold = await measure(excel, () => host.readWorkbook());
    expect(cold.syncs).toBe(2);
    expect(cold.result.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Phân bổ", "Trống"]);

    const fresh = hostFor(excel);
    await fresh.listSheets();
    const warm = await measure(excel, () => fresh.readWorkbook());
    expect(warm.syncs).toBe(2);
    expect(warm.result).toEqual(cold.result);
  });

  test("a sheet added or deleted since the listing is still seen correctly", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.listSheets();
    excel.document.addSheet("Mới").ensureCell(0, 0).value = "new";
    const added = await host.readWorkbook();
    expect(added.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Phân bổ", "Trống", "Mới"]);
    expect(added.sheets[3].values).toEqual([["new"]]);

    await host.listSheets();
    excel.document.requireSheet("Trống").deleted = true;
    const removed = await host.readWorkbook();
    expect(removed.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Phân bổ", "Mới"]);
  });

  test("a missing sheet is an InputError naming it", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    const error = await host.readWorkbook(["Phân bổ", "Không có"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("sheet-not-found");
    expect((error as InputError).text.vi).toContain('"Không có"');
  });

  test("on an ExcelApi 1.9 host merges are not asked for (no ApiNotFound)", async () => {
    const excel = workbook("1.9");
    const host = hostFor(excel);
    const { sheets } = await host.readWorkbook(["Phân bổ"]);
    expect(sheets[0].merges).toEqual([]);
    expect(sheets[0].values[4]).toEqual([null, "Ba Trại", "7", { error: "#REF!" }]);
  });

  test("a host that refuses the areas of a null merged-areas object: merges read in a second sync", async () => {
    const excel = workbook("1.20", true);
    const host = hostFor(excel);
    const first = await measure(excel, () => host.readWorkbook(["Phân bổ", "Trống"]));
    expect(first.result.sheets[0].merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 3 }]);
    expect(first.result.sheets[1].merges).toEqual([]);
    // The refused request, the removal of its change handler, then values + probe, then areas.
    expect(first.syncs).toBe(4);
    expect(excel.document.changeHandlers).toHaveLength(1);
    const next = await measure(excel, () => host.readWorkbook(["Phân bổ", "Trống"]));
    expect(next.syncs).toBe(2);
    expect(next.result).toEqual(first.result);
    const all = await measure(excel, () => host.readWorkbook());
    expect(all.syncs).toBe(3); // the listing, then sizes + probe, then areas
    expect(all.result.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Phân bổ", "Trống"]);
  });

  test("listSheets and workbookName take one sync each", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    const listed = await measure(excel, () => host.listSheets());
    expect(listed.syncs).toBe(1);
    expect(listed.result).toEqual([
      { name: "Kế hoạch", visible: true },
      { name: "Phân bổ", visible: true },
      { name: "Ẩn", visible: false },
      { name: "Trống", visible: true },
    ]);
    const named = await measure(excel, () => host.workbookName());
    expect(named).toMatchObject({ result: "Book1.xlsx", syncs: 1 });
  });

  test("the fingerprint reads nothing and changes with the values, from Excel's change events", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.readWorkbook(["Phân bổ", "Trống"]);
    const first = await measure(excel, () => host.sheetFingerprint("Phân bổ"));
    expect(first.syncs).toBe(0);
    expect(await host.sheetFingerprint("Phân bổ")).toBe(first.result);
    // A format change raises no onChanged (onFormatChanged is another event).
    excel.document.requireSheet("Phân bổ").ensureCell(10, 10).fill = { color: "#FF0000", pattern: "Solid", patternColor: null };
    await excel.document.settle();
    expect(await host.sheetFingerprint("Phân bổ")).toBe(first.result);
    excel.document.userEdit("Phân bổ", "C6", 6);
    await excel.document.settle();
    expect(await host.sheetFingerprint("Phân bổ")).not.toBe(first.result);
    expect(await host.sheetFingerprint("Trống")).not.toBe(await host.sheetFingerprint("Phân bổ"));
  });
});

describe("OfficeWorkbookHost.readWorkbook with many merged areas", () => {
  test("more than 512 merges: read in bands of rows, every merge once", async () => {
    const merges: string[] = [];
    for (let r = 1; r <= 700; r++) merges.push(`A${r}:B${r}`);
    merges.push("D150:E260"); // spans two bands
    const rows = Array.from({ length: 700 }, (_, i) => [`Xã ${i + 1}`, null, i]);
    const excel = createFakeExcel({ sheets: [{ name: "Gộp", rows, merges }, { name: "Khác", rows: [["x"]], merges: ["A3:C3"] }] });
    const host = hostFor(excel);
    const first = await measure(excel, () => host.readWorkbook(["Gộp", "Khác"]));
    const [sheet, other] = first.result.sheets;
    expect(sheet.merges).toHaveLength(701);
    expect(sheet.merges).toContainEqual({ top: 149, left: 3, bottom: 259, right: 4 });
    expect(sheet.merges[0]).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(other.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 2 }]);
    expect(sheet.values[699]).toEqual(["Xã 700", null, 699]);
    // Refused twice (areas, probe; each followed by the removal of its change handler), then sizes and the first
    // rows + band probes + band areas, then the other rows.
    expect(first.syncs).toBe(2 * 2 + 3 + 1);
    expect(excel.document.changeHandlers).toHaveLength(1);
    const next = await measure(excel, () => host.readWorkbook(["Gộp", "Khác"]));
    expect(next.syncs).toBe(3);
    expect(next.result).toEqual(first.result);
  });
});

/**
 * A workbook counting its dates from 1904: where the host has `Workbook.use1904DateSystem` (ExcelApi 1.16) its
 * date cells are read as the CLI reads them, counted from 1900 (1462 days on), in the read's own sync; an older
 * host's are read as Excel gives them. Numbers not shown as dates, and times of day, are never moved.
 */
describe("OfficeWorkbookHost: the 1904 date system", () => {
  // 1 January 2023: serial 44927 counted from 1900, 43465 from 1904.
  const SHEET = {
    name: "Tiến độ",
    rows: [
      ["Mã", "Chỉ tiêu", 43465, 0.5, 43465],
      ["1", "Số tổ", 3, 0.25, 7],
    ],
    numberFormats: { C1: "yyyy", D1: "h:mm", E1: "#,##0" },
  };

  test.each([
    ["1904, ExcelApi 1.16", "1.16", true, 43465 + 1462],
    ["1904, ExcelApi 1.20", "1.20", true, 43465 + 1462],
    ["1900, ExcelApi 1.20", "1.20", false, 43465],
    ["1904 on a host without ExcelApi 1.16: read as Excel gives it", "1.15", true, 43465],
  ])("%s", async (_, apiVersion, date1904, year) => {
    const older = createFakeExcel({ apiVersion: "1.15", sheets: [SHEET] });
    const before = await measure(older, () => hostFor(older).readWorkbook(["Tiến độ"]));
    const excel = createFakeExcel({ apiVersion, date1904, sheets: [SHEET] });
    const host = hostFor(excel);
    const { result, syncs } = await measure(excel, () => host.readWorkbook(["Tiến độ"]));
    // No sync of its own: read with the sheets' cells.
    expect(syncs).toBe(before.syncs);
    expect(result.sheets[0].values[0]).toEqual(["Mã", "Chỉ tiêu", year, 0.5, 43465]);
    expect(result.sheets[0].values[1]).toEqual(["1", "Số tổ", 3, 0.25, 7]);
    const tops = await host.readSheetTops(["Tiến độ"]);
    expect(tops.workbook.sheets[0].values[0]?.[2]).toBe(year);
  });

  test("a host that says ExcelApi 1.16 yet refuses the property still reads, once more without it, and is not asked again", async () => {
    // The fake refuses the property (as a host below 1.16 does) while the runtime says 1.16 is there.
    const excel = createFakeExcel({ apiVersion: "1.15", date1904: true, sheets: [SHEET] });
    const says116 = { ...runtimeFor(excel), isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) <= 16 };
    const host = new OfficeWorkbookHost(says116);
    const first = await host.readWorkbook(["Tiến độ"]);
    expect(first.sheets[0].values[0]).toEqual(["Mã", "Chỉ tiêu", 43465, 0.5, 43465]);
    // The same two reads on a host that never asks: the second read costs the same syncs (no retry).
    const plainExcel = createFakeExcel({ apiVersion: "1.15", sheets: [SHEET] });
    const plainHost = hostFor(plainExcel);
    await plainHost.readWorkbook(["Tiến độ"]);
    const plain = await measure(plainExcel, () => plainHost.readWorkbook(["Tiến độ"]));
    const again = await measure(excel, () => host.readWorkbook(["Tiến độ"]));
    expect(again.result.sheets[0].values[0]).toEqual(["Mã", "Chỉ tiêu", 43465, 0.5, 43465]);
    expect(again.syncs).toBe(plain.syncs);
  });

  test("the fake host refuses the property below ExcelApi 1.16, as Excel does", async () => {
    const excel = createFakeExcel({ apiVersion: "1.15", date1904: true });
    await expect(
      excel.run({}, async (context) => {
        context.workbook.load("use1904DateSystem");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

/**
 * Excel keeps an `onChanged` handler until the add-in reloads, and removes it only through the request context
 * that added it (test/fakes/excel/proxies/worksheets.ts): a read that fails, whether retried or not, removes the
 * handler it registered, so that the pane ends with one handler whatever path its reads took.
 */
describe("OfficeWorkbookHost: one change handler, none left behind by a failed read", () => {
  const MANY_MERGES = Array.from({ length: 600 }, (_, i) => `A${i + 1}:B${i + 1}`);
  const date1904Host = (excel: ReturnType<typeof createFakeExcel>) =>
    new OfficeWorkbookHost({ ...runtimeFor(excel), isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) <= 16 });

  test.each([
    ["merged areas refused once (a null object's areas)", () => workbook("1.20", true), hostFor, ["Phân bổ", "Trống"]],
    ["merged areas refused twice (more than 512)", () => createFakeExcel({ sheets: [{ name: "Gộp", rows: [["x"]], merges: MANY_MERGES }] }), hostFor, ["Gộp"]],
    ["the date system refused by a host that says it has it", () => createFakeExcel({ apiVersion: "1.15", date1904: true, sheets: [{ name: "S", rows: [[1]] }] }), date1904Host, ["S"]],
    ["nothing refused", () => workbook(), hostFor, ["Phân bổ"]],
  ] as const)("%s: one handler, and an edit is heard once", async (_label, make, host, names) => {
    const excel = make();
    const pane = host(excel);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await pane.readWorkbook([...names]);
      await pane.readWorkbook([...names]);
      await pane.readSheetTops([...names]);
    } finally {
      warn.mockRestore();
    }
    expect(excel.document.changeHandlers).toHaveLength(1);
    const before = await pane.sheetFingerprint(names[0]);
    excel.document.userEdit(names[0], "A1", 7);
    await excel.document.settle();
    const after = await pane.sheetFingerprint(names[0]);
    // `id:version*`: one edit, one version more.
    const version = (f: string) => Number(/:(\d+)/.exec(f)![1]);
    expect(version(after)).toBe(version(before) + 1);
  });

  test("a read that fails for the user (a sheet not found) leaves no handler; the next read registers one", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await expect(host.readWorkbook(["Không có"])).rejects.toBeInstanceOf(InputError);
    await expect(host.readSheetTops(["Không có"])).rejects.toBeInstanceOf(InputError);
    expect(excel.document.changeHandlers).toHaveLength(0);
    await host.readWorkbook(["Phân bổ"]);
    expect(excel.document.changeHandlers).toHaveLength(1);
  });

  test("a read of a workbook closed meanwhile: its error reaches the user, no handler is left", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    excel.document.closed = true;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await expect(host.readWorkbook(["Phân bổ"])).rejects.toMatchObject({ officeCode: "GeneralException" });
    } finally {
      warn.mockRestore();
    }
    expect(excel.document.changeHandlers).toHaveLength(0);
  });
});
