/**
 * No full re-read to tell whether a sheet changed: Excel's change events
 * (WorksheetCollection.onChanged) mark what changed, and the next read
 * re-reads only that (and the formula cells, whose results may follow).
 */
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { OfficeWorkbookHost } from "../../../src/adapters/office";
import { detectSheets } from "../../../src/app/detectSheets";
import { hostFor, measure, runtimeFor } from "./helpers";

function workbook(rows = 3000): FakeExcel {
  const data: Array<Array<string | number>> = [["Xã", "Số tổ", "Kinh phí"]];
  for (let r = 1; r <= rows; r++) data.push([`Xã ${r}`, r, r * 10]);
  const excel = createFakeExcel({
    sheets: [
      { name: "Phân bổ", rows: data, formulas: { [`B${rows + 2}`]: `SUM(B2:B${rows + 1})` } },
      { name: "Kế hoạch", rows: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["1", "Số tổ", "tổ", 5_000_000]] },
    ],
  });
  return excel;
}

async function freshRead(excel: FakeExcel, names: string[]) {
  return new OfficeWorkbookHost(runtimeFor(excel)).readWorkbook(names);
}

describe("changes tracked with onChanged, not re-read", () => {
  test("an unchanged sheet costs no cells; an edited one only its changed cells and formulas", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    const first = await measure(excel, () => host.readWorkbook(["Phân bổ", "Kế hoạch"]));
    const full = excel.stats.responseBytes;

    const again = await measure(excel, () => host.readWorkbook(["Phân bổ", "Kế hoạch"]));
    expect(again.result).toEqual(first.result);
    expect(again.syncs).toBe(1);
    expect(excel.stats.responseBytes).toBeLessThan(full / 50);

    excel.document.userEdit("Phân bổ", "B100", 7);
    await excel.document.settle();
    const patched = await measure(excel, () => host.readWorkbook(["Phân bổ", "Kế hoạch"]));
    expect(patched.syncs).toBe(2);
    expect(excel.stats.responseBytes).toBeLessThan(full / 20);
    expect(patched.result).toEqual(await freshRead(excel, ["Phân bổ", "Kế hoạch"]));
    expect(patched.result.sheets[0].values[99]?.[1]).toBe(7);
  });

  test("a cell emptied at the bottom shrinks the sheet as a fresh read does", async () => {
    const excel = workbook(50);
    const host = hostFor(excel);
    await host.readWorkbook(["Phân bổ"]);
    excel.document.userEdit("Phân bổ", "A51", null);
    excel.document.userEdit("Phân bổ", "B51", null);
    excel.document.userEdit("Phân bổ", "C51", null);
    await excel.document.settle();
    const patched = await host.readWorkbook(["Phân bổ"]);
    expect(patched).toEqual(await freshRead(excel, ["Phân bổ"]));
  });

  test("rows inserted: the sheet is read again in full, right", async () => {
    const excel = workbook(400);
    const host = hostFor(excel);
    await host.readWorkbook(["Phân bổ"]);
    excel.document.userShiftRows("Phân bổ", 10, 2);
    excel.document.userEdit("Phân bổ", "A11", "Xã mới");
    await excel.document.settle();
    const after = await host.readWorkbook(["Phân bổ"]);
    expect(after).toEqual(await freshRead(excel, ["Phân bổ"]));
    expect(after.sheets[0].values[10]?.[0]).toBe("Xã mới");
  });

  test("an edit on another sheet marks this sheet's formula cells for re-reading", async () => {
    const excel = workbook(100);
    const host = hostFor(excel);
    await host.readWorkbook(["Phân bổ"]);
    const before = await host.sheetFingerprint("Phân bổ");
    excel.document.userEdit("Kế hoạch", "D2", 1);
    await excel.document.settle();
    expect(await host.sheetFingerprint("Phân bổ")).not.toBe(before);
    // Excel would recalculate B102; the fake keeps cached results, so the value is set by hand.
    excel.document.cellAt("Phân bổ", "B102")!.value = 123;
    const after = await host.readWorkbook(["Phân bổ"]);
    expect(after.sheets[0].values[101]?.[1]).toBe(123);
  });

  test("the summary allocheck writes does not make the checked sheets stale", async () => {
    const excel = workbook(10);
    const host = hostFor(excel);
    await host.readWorkbook(["Phân bổ"]);
    const before = await host.sheetFingerprint("Phân bổ");
    await host.writeSummary({
      name: "Tổng hợp",
      cells: [{ row: 0, col: 0, value: "x" }],
      merges: [],
      columnWidths: [],
      frozenRows: 0,
      print: { paper: "A4", orientation: "landscape", fitToWidth: true },
      rowCount: 1,
      columnCount: 1,
    });
    await excel.document.settle();
    expect(await host.sheetFingerprint("Phân bổ")).toBe(before);
  });
});

describe("opening the pane", () => {
  test("reads the first rows of each visible sheet, not the sheets in full", async () => {
    const excel = workbook(20_000);
    const { result } = await measure(excel, () => detectSheets(hostFor(excel)));
    const opening = excel.stats.responseBytes;
    const full = workbook(20_000);
    await measure(full, () => hostFor(full).readWorkbook());
    expect(opening).toBeLessThan(full.stats.responseBytes / 20);
    expect(result.detected.planSheet).toBe("Kế hoạch");
  });
});
