/** Sheets too large for one response (Excel on the web: 5 MB) are read in blocks of rows. */
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { OfficeWorkbookHost } from "../../../src/adapters/office";
import { planBlocks } from "../../../src/adapters/office/chunkedRead";
import { hostFor, measure, runtimeFor } from "./helpers";

function bigWorkbook(rows: number, columns: number, responseLimitBytes?: number): FakeExcel {
  const excel = createFakeExcel({
    responseLimitBytes,
    sheets: [
      { name: "Nhỏ", rows: [["a", 1]], merges: ["A3:B3"] },
      { name: "Lớn", merges: ["B2:C2"] },
    ],
  });
  const sheet = excel.document.requireSheet("Lớn");
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) sheet.ensureCell(r + 1, c + 1).value = c === 0 ? `Xã ${r}` : r * columns + c;
  }
  sheet.ensureCell(rows, 2).formula = "=SUM(C2:C3)";
  sheet.ensureCell(rows, 3).numberFormat = "0%";
  sheet.ensureCell(5, 4).error = "#DIV/0!";
  return excel;
}

describe("reading a sheet too large for one response", () => {
  test("falls back to blocks of rows, each response under the limit, same data", async () => {
    const limited = bigWorkbook(3000, 10, 100_000);
    const host = new OfficeWorkbookHost(runtimeFor(limited), { cellsPerSync: 2000 });
    const { result, syncs } = await measure(limited, () => host.readWorkbook(["Lớn", "Nhỏ"]));
    const refused = limited.stats.history[0];
    expect(refused.responseBytes).toBeGreaterThan(100_000);
    for (const sync of limited.stats.history.slice(1)) expect(sync.responseBytes).toBeLessThanOrEqual(100_000);
    // refused try, sizes, then 30 000 cells in blocks of 2 000 (the small sheet shares the last block's sync).
    expect(syncs).toBe(2 + 15 + 1);

    const unlimited = bigWorkbook(3000, 10);
    const expected = await hostFor(unlimited).readWorkbook(["Lớn", "Nhỏ"]);
    expect(unlimited.stats.syncs).toBe(1);
    expect(result).toEqual(expected);
    expect(result.sheets[0].values[3000]?.[3]).toBe(2999 * 10 + 2);
    expect(result.sheets[0].values[5]?.[4]).toEqual({ error: "#DIV/0!" });
    expect(result.sheets[0].formulas?.[3000]?.[2]).toBe("SUM(C2:C3)");
    expect(result.sheets[0].numberFormats?.[3000]?.[3]).toBe("0%");
    expect(result.sheets[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(result.sheets[1].merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
  });

  test("all visible sheets, Excel's real 5 MB limit, 180 000 cells", async () => {
    const excel = bigWorkbook(60_000, 3);
    const host = hostFor(excel);
    const { result } = await measure(excel, () => host.readWorkbook());
    const sizes = excel.stats.history.map((h) => h.responseBytes);
    const refused = sizes.findIndex((bytes) => bytes > 5 * 1024 * 1024);
    expect(refused).toBeGreaterThanOrEqual(0);
    for (const bytes of sizes.slice(refused + 1)) expect(bytes).toBeLessThan(5 * 1024 * 1024);
    expect(result.sheets.map((s) => s.name)).toEqual(["Nhỏ", "Lớn"]);
    expect(result.sheets[1].values).toHaveLength(60_001);
    expect(result.sheets[1].values[60_000]?.[1]).toBe("Xã 59999");
  });

  test("the fingerprint of a large sheet is the one-sync fingerprint, read in blocks", async () => {
    const limited = bigWorkbook(3000, 10, 100_000);
    const host = new OfficeWorkbookHost(runtimeFor(limited), { cellsPerSync: 2000 });
    const { result, syncs } = await measure(limited, () => host.sheetFingerprint("Lớn"));
    expect(syncs).toBeGreaterThan(2);
    const unlimited = bigWorkbook(3000, 10);
    expect(await hostFor(unlimited).sheetFingerprint("Lớn")).toBe(result);
    limited.document.requireSheet("Lớn").ensureCell(2500, 3).value = -1;
    expect(await host.sheetFingerprint("Lớn")).not.toBe(result);
  });

  test("blocks never exceed the cell budget and cover every row once", () => {
    const groups = planBlocks([{ top: 4, left: 2, rows: 1001, columns: 7 }, null, { top: 0, left: 0, rows: 3, columns: 2 }], 700);
    for (const group of groups) expect(group.reduce((n, b) => n + b.rows * b.columns, 0)).toBeLessThanOrEqual(700);
    const rows = groups.flat().filter((b) => b.sheet === 0).map((b) => [b.top, b.rows]);
    expect(rows[0]).toEqual([4, 100]);
    expect(rows.reduce((n, [, count]) => n + count, 0)).toBe(1001);
    expect(groups.flat().filter((b) => b.sheet === 2)).toEqual([{ sheet: 2, top: 0, left: 0, rows: 3, columns: 2 }]);
  });
});
