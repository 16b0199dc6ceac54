/** Writing the summary sheet through Office.js: in place, in two syncs, text kept as text. */
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { writeLog } from "../../fakes/excel/objects";
import { widthInPoints } from "../../../src/adapters/office/summaryStyles";
import { hostFor, measure, summaryModel } from "./helpers";

function workbook(apiVersion = "1.20"): FakeExcel {
  return createFakeExcel({
    apiVersion,
    sheets: [
      { name: "Phân bổ", rows: [["Xã", "Số tổ"], ["Ba Trại", 3]], fills: { B2: "#00B050" } },
      { name: "Ghi chú", rows: [["do not touch"]] },
    ],
  });
}

describe("OfficeWorkbookHost.writeSummary", () => {
  test("creates the sheet in two syncs with values, formulas, text, formats, links and layout", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    const { syncs } = await measure(excel, () => host.writeSummary(summaryModel("Tổng hợp")));
    expect(syncs).toBeLessThanOrEqual(2);
    const doc = excel.document;
    const cell = (a: string) => doc.cellAt("Tổng hợp", a);

    expect(cell("A1")?.value).toBe("TỔNG HỢP KIỂM TRA PHÂN BỔ");
    // A linked number: a HYPERLINK formula showing the number, with its format.
    expect(cell("C5")).toMatchObject({ formula: `=HYPERLINK("#'Phân bổ'!C9",120)`, numberFormat: "#,##0" });
    expect(cell("D5")).toMatchObject({ formula: "=SUM('Phân bổ'!C5:C9)", numberFormat: "#,##0" });
    expect(cell("E5")?.formula).toBe("=D5-C5");
    // Strings are text, whatever they start with.
    for (const [address, text] of [
      ["B6", "=SUM(A1) (text from a user sheet)"],
      ["C6", "-5"],
      ["D6", "+84 912"],
      ["E6", "@mention"],
      ["A7", "007"],
      ["A5", "1"],
    ]) {
      if (address === "B5") continue;
      expect(cell(address)).toMatchObject({ value: text });
      expect(cell(address)?.formula).toBeUndefined();
    }
    expect(cell("C7")).toMatchObject({ value: 0.15, numberFormat: "0%" });

    expect(cell("A4")?.fill?.color).toBe("#D9E1F2");
    expect(cell("A4")?.font?.bold).toBe(true);
    expect(cell("E5")?.fill?.color).toBe("#FFC7CE");
    // Links are HYPERLINK formulas in the block: no hyperlink operation per cell.
    expect(cell("B5")?.formula).toBe(`=HYPERLINK("#'Phân bổ'!C5","Số tổ hợp tác")`);
    expect(cell("B5")?.hyperlink).toBeUndefined();
    expect(writeLog(doc).filter((w) => w.what === "hyperlink")).toEqual([]);
    const sheet = doc.requireSheet("Tổng hợp");
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(sheet.columnWidths.get(1)).toBe(widthInPoints(40));
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(doc.activeSheet).toBe("Tổng hợp");
    expect(doc.selection?.sheet).toBe("Tổng hợp");
    expect(excel.stats.runOptions).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
  });

  test("refreshes an existing summary in place: same sheet, old content gone, never deleted", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.writeSummary(summaryModel("Tổng hợp", [{ row: 30, col: 9, value: "old tail", style: "note" }]));
    const before = excel.document.requireSheet("Tổng hợp");
    before.ensureCell(40, 2).value = "typed by the user";
    before.merges.push({ top: 20, left: 0, bottom: 21, right: 1 });
    excel.document.activeSheet = "Phân bổ";

    const { syncs } = await measure(excel, () => host.writeSummary(summaryModel("Tổng hợp")));
    // The third finds allocheck's previous progress chart, to replace it.
    expect(syncs).toBeLessThanOrEqual(3);
    const after = excel.document.requireSheet("Tổng hợp");
    expect(after).toBe(before);
    expect(excel.document.deletedSheets).toEqual([]);
    expect(excel.document.liveSheets().map((s) => s.name)).toEqual(["Phân bổ", "Ghi chú", "Tổng hợp"]);
    expect(excel.document.cellAt("Tổng hợp", "J31")).toBeUndefined();
    expect(excel.document.cellAt("Tổng hợp", "C41")).toBeUndefined();
    expect(after.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(after.visibility).toBe("Visible");
    expect(excel.document.activeSheet).toBe("Tổng hợp");
    expect(excel.document.cellAt("Tổng hợp", "D5")?.formula).toBe("=SUM('Phân bổ'!C5:C9)");
  });

  test.each(["Hidden", "VeryHidden"] as const)("a summary the user made %s is refreshed and stays so, and is not activated", async (visibility) => {
    const excel = workbook();
    const host = hostFor(excel);
    expect(await host.writeSummary(summaryModel("Tổng hợp", [{ row: 30, col: 9, value: "old tail", style: "note" }]))).toEqual({ hidden: false });
    const sheet = excel.document.requireSheet("Tổng hợp");
    sheet.frozenRows = 2;
    sheet.visibility = visibility;
    excel.document.activeSheet = "Ghi chú";
    excel.document.selection = { sheet: "Ghi chú", address: "A1" };

    const { result, syncs } = await measure(excel, () => host.writeSummary(summaryModel("Tổng hợp")));
    // VeryHidden is told apart: Excel's Unhide dialog does not list it, the pane says what shows it instead.
    expect(result).toEqual(visibility === "VeryHidden" ? { hidden: true, veryHidden: true } : { hidden: true });
    expect(syncs).toBeLessThanOrEqual(3);
    expect(sheet.visibility).toBe(visibility);
    expect(excel.document.cellAt("Tổng hợp", "J31")).toBeUndefined();
    expect(excel.document.cellAt("Tổng hợp", "D5")?.formula).toBe("=SUM('Phân bổ'!C5:C9)");
    expect(sheet.frozenRows).toBe(4);
    expect(excel.document.activeSheet).toBe("Ghi chú");
    expect(excel.document.selection?.sheet).toBe("Ghi chú");
  });

  test("a hidden summary whose print settings the host refuses is still hidden again", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.writeSummary(summaryModel("Tổng hợp"));
    excel.document.requireSheet("Tổng hợp").visibility = "Hidden";
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      // The fake refuses a footer that is not text, at `HeaderFooter.centerFooter`: what follows it in the request does not run.
      const model = summaryModel("Tổng hợp");
      expect(await host.writeSummary({ ...model, print: { ...model.print, footer: 42 as unknown as string } })).toEqual({ hidden: true });
    } finally {
      warn.mockRestore();
    }
    expect(excel.document.requireSheet("Tổng hợp").visibility).toBe("Hidden");
    expect(excel.document.cellAt("Tổng hợp", "A1")?.value).toBe("TỔNG HỢP KIỂM TRA PHÂN BỔ");
  });

  test("writes nowhere but the summary sheet", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.writeSummary(summaryModel("Tổng hợp"));
    await host.writeSummary(summaryModel("Tổng hợp"));
    const touched = new Set(writeLog(excel.document).map((w) => w.sheet));
    expect([...touched]).toEqual(["Tổng hợp"]);
    expect(excel.document.fillAt("Phân bổ", "B2")).toBe("#00B050");
  });

  test("on an ExcelApi 1.9 host: no undo group (1.20), the rest unchanged", async () => {
    const excel = workbook("1.9");
    const host = hostFor(excel);
    await host.writeSummary(summaryModel("Tổng hợp"));
    expect(excel.stats.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(excel.document.requireSheet("Tổng hợp").pageLayout.paperSize).toBe("A4");
  });

  test("a large summary stays within two syncs and under the request limit", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    const rows = Array.from({ length: 3000 }, (_, i) => [
      { row: 7 + i, col: 0, value: `${i + 1}`, style: "label" as const },
      { row: 7 + i, col: 1, value: `Xã số ${i + 1}`, style: "label" as const, link: { sheet: "Phân bổ", cell: `A${i + 2}` } },
      { row: 7 + i, col: 2, value: i, numFmt: "#,##0", style: "number" as const },
      { row: 7 + i, col: 3, value: i, formula: `C${8 + i}*1`, style: i % 2 ? ("status-ok" as const) : ("status-error" as const) },
    ]).flat();
    const model = { ...summaryModel("Tổng hợp", rows), rowCount: 3007 };
    const { syncs, maxRequestBytes } = await measure(excel, () => host.writeSummary(model));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(excel.document.cellAt("Tổng hợp", "D3007")?.formula).toBe("=C3007*1");
    expect(excel.document.cellAt("Tổng hợp", "D3007")?.fill?.color).toBe("#C6EFCE");
  });
});
