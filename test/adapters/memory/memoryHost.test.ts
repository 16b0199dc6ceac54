import { MemoryWorkbookHost } from "../../../src/adapters/memory";
import type { WorkbookData } from "../../../src/core/model/workbook";
import { HIGHLIGHT_FILL, type Highlight, type SummarySheetModel } from "../../../src/core/model/summary";

function workbook(): WorkbookData {
  return {
    sheets: [
      {
        name: "Kế hoạch",
        values: [
          ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
          ["1", "Tổ truyền thông", "tổ", 14],
        ],
        merges: [],
      },
      {
        name: "Phân bổ",
        values: [
          ["Địa bàn", "Tổ truyền thông"],
          ["Tổng cộng", 14],
          ["Xã A", 7],
          ["Xã B", 8],
        ],
        formulas: [undefined, [null, "SUM(B3:B4)"]],
        merges: [{ top: 0, left: 0, bottom: 0, right: 0 }],
      },
      { name: "Ẩn", values: [["x"]], merges: [], hidden: true },
    ],
  };
}

function highlight(sheet: string, cell: string, row: number, col: number, severity: Highlight["severity"]): Highlight {
  return { sheet, cell, row, col, severity, note: `lỗi ${cell}` };
}

function summaryModel(name: string, cells: SummarySheetModel["cells"]): SummarySheetModel {
  return {
    name,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [10, 20, 12],
    frozenRows: 3,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true },
    rowCount: 4,
    columnCount: 3,
  };
}

describe("MemoryWorkbookHost", () => {
  test("lists sheets with visibility and reads visible sheets by default", async () => {
    const host = new MemoryWorkbookHost(workbook());
    expect(await host.listSheets()).toEqual([
      { name: "Kế hoạch", visible: true },
      { name: "Phân bổ", visible: true },
      { name: "Ẩn", visible: false },
    ]);
    const all = await host.readWorkbook();
    expect(all.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Phân bổ"]);
    const chosen = await host.readWorkbook(["phân bổ"]);
    expect(chosen.sheets).toHaveLength(1);
    expect(chosen.sheets[0].values[1]).toEqual(["Tổng cộng", 14]);
    expect(chosen.sheets[0].formulas?.[1]?.[1]).toBe("SUM(B3:B4)");
    expect(chosen.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 0 }]);
    await expect(host.readWorkbook(["Không có"])).rejects.toThrow(/Không có/);
  });

  test("number formats are kept and read back in the engine's shape", async () => {
    const data = workbook();
    const withFormats: WorkbookData = {
      sheets: [{ ...data.sheets[1], numberFormats: [undefined, [null, "0%"], [null, "General"]] }],
    };
    const host = new MemoryWorkbookHost(withFormats);
    const read = await host.readWorkbook();
    expect(read.sheets[0].numberFormats?.[1]?.[1]).toBe("0%");
    expect(read.sheets[0].numberFormats?.[2]?.[1] ?? null).toBeNull();
    const plain = await new MemoryWorkbookHost(workbook()).readWorkbook(["Kế hoạch"]);
    expect(plain.sheets[0].numberFormats).toBeUndefined();
  });

  test("data read is a copy: later edits do not change it", async () => {
    const host = new MemoryWorkbookHost(workbook());
    const before = await host.readWorkbook(["Phân bổ"]);
    host.setValue("Phân bổ", "B3", 6);
    expect(before.sheets[0].values[2]).toEqual(["Xã A", 7]);
    expect(host.getValue("Phân bổ", "B3")).toBe(6);
  });

  test("fingerprint changes with a value edit and not with fills or blank growth", async () => {
    const host = new MemoryWorkbookHost(workbook());
    const first = await host.sheetFingerprint("Phân bổ");
    expect(await host.sheetFingerprint("Phân bổ")).toBe(first);
    await host.applyHighlights([highlight("Phân bổ", "B2", 1, 1, "error")]);
    host.setValue("Phân bổ", "F20", null);
    expect(await host.sheetFingerprint("Phân bổ")).toBe(first);
    host.setValue("Phân bổ", "B4", 7);
    const second = await host.sheetFingerprint("Phân bổ");
    expect(second).not.toBe(first);
    host.setValue("Phân bổ", "B4", 8);
    expect(await host.sheetFingerprint("Phân bổ")).toBe(first);
    expect(await host.sheetFingerprint("Kế hoạch")).not.toBe(first);
  });

  test("highlights colour cells and clearing restores the original fill and note exactly", async () => {
    const host = new MemoryWorkbookHost(workbook(), "Sổ.xlsx", {
      fills: { "Phân bổ": { B2: "#D9E1F2" } },
      notes: { "Phân bổ": { B2: "ghi chú của người dùng" } },
    });
    await host.applyHighlights([
      highlight("Phân bổ", "B2", 1, 1, "error"),
      highlight("Phân bổ", "B4", 3, 1, "warning"),
    ]);
    expect(host.getFill("Phân bổ", "B2")).toBe(HIGHLIGHT_FILL.error);
    expect(host.getFill("Phân bổ", "B4")).toBe(HIGHLIGHT_FILL.warning);
    expect(host.getNote("Phân bổ", "B2")).toBe("lỗi B2");
    // Applying again over a coloured cell must not lose the original.
    await host.applyHighlights([highlight("Phân bổ", "B2", 1, 1, "warning")]);
    expect(host.getFill("Phân bổ", "B2")).toBe(HIGHLIGHT_FILL.warning);
    expect(host.highlightedCells().sort()).toEqual(["Phân bổ!B2", "Phân bổ!B4"]);

    expect(await host.clearHighlights()).toBe(2);
    expect(host.getFill("Phân bổ", "B2")).toBe("#D9E1F2");
    expect(host.getNote("Phân bổ", "B2")).toBe("ghi chú của người dùng");
    expect(host.getFill("Phân bổ", "B4")).toBeNull();
    expect(host.getNote("Phân bổ", "B4")).toBeNull();
    expect(await host.clearHighlights()).toBe(0);
  });

  test("highlights on a missing sheet change nothing", async () => {
    const host = new MemoryWorkbookHost(workbook());
    await expect(
      host.applyHighlights([highlight("Phân bổ", "B2", 1, 1, "error"), highlight("Nowhere", "A1", 0, 0, "error")]),
    ).rejects.toThrow(/Nowhere/);
    expect(host.getFill("Phân bổ", "B2")).toBeNull();
  });

  test("selectCell selects, activates and normalises the address; bad input throws", async () => {
    const host = new MemoryWorkbookHost(workbook());
    expect(host.getActiveSheet()).toBe("Kế hoạch");
    await host.selectCell("phân bổ", "$b$3");
    expect(host.getSelection()).toEqual({ sheet: "Phân bổ", cell: "B3" });
    expect(host.getActiveSheet()).toBe("Phân bổ");
    await expect(host.selectCell("Không có", "A1")).rejects.toThrow();
    await expect(host.selectCell("Phân bổ", "not a cell")).rejects.toThrow();
  });

  test("writeNewSheet never replaces an existing sheet, whatever the case", async () => {
    const host = new MemoryWorkbookHost(workbook());
    const name = await host.writeNewSheet("KẾ HOẠCH", [["Mã", "Chỉ tiêu"], ["1", "Tổ", 3]]);
    expect(name).toBe("KẾ HOẠCH (2)");
    expect(host.getValue("Kế hoạch", "D2")).toBe(14);
    expect(host.getValue(name, "C2")).toBe(3);
    expect(await host.writeNewSheet("Kế hoạch", [])).toBe("Kế hoạch (3)");
    expect(await host.writeNewSheet("Mới", [["a"]])).toBe("Mới");
    expect(host.getActiveSheet()).toBe("Mới");
  });

  test("writeSummary adds the sheet once, then refreshes it in place and activates it", async () => {
    const host = new MemoryWorkbookHost(workbook());
    await host.writeSummary(
      summaryModel("Tổng hợp", [
        { row: 0, col: 0, value: "BẢNG TỔNG HỢP", style: "title" },
        { row: 2, col: 1, value: 14, formula: "'Phân bổ'!B2", numFmt: "#,##0" },
        { row: 3, col: 0, value: "Xem", link: { sheet: "Phân bổ", cell: "B2" }, style: "link" },
      ]),
    );
    const names = (await host.listSheets()).map((s) => s.name);
    expect(names).toEqual(["Kế hoạch", "Phân bổ", "Ẩn", "Tổng hợp"]);
    expect(host.getActiveSheet()).toBe("Tổng hợp");
    expect(host.getValue("Tổng hợp", "B3")).toBe(14);
    const sheet = host.getSheet("Tổng hợp");
    expect(sheet?.formulas[2]?.[1]).toBe("'Phân bổ'!B2");
    expect(sheet?.links.get("A4")).toEqual({ sheet: "Phân bổ", cell: "B2" });
    expect(sheet?.styles.get("A1")).toBe("title");

    await host.selectCell("Phân bổ", "A1");
    await host.writeSummary(summaryModel("Tổng hợp", [{ row: 0, col: 0, value: "MỚI" }]));
    expect((await host.listSheets()).map((s) => s.name)).toEqual(names);
    expect(host.getValue("Tổng hợp", "A1")).toBe("MỚI");
    expect(host.getValue("Tổng hợp", "B3")).toBeNull();
    expect(host.getSheet("Tổng hợp")?.links.size).toBe(0);
    expect(host.getActiveSheet()).toBe("Tổng hợp");
  });

  test("listeners hear every change and can unsubscribe", async () => {
    const host = new MemoryWorkbookHost(workbook());
    const kinds: string[] = [];
    const stop = host.subscribe((change) => kinds.push(`${change.kind}:${change.version}`));
    await host.selectCell("Phân bổ", "B2");
    await host.applyHighlights([highlight("Phân bổ", "B2", 1, 1, "info")]);
    await host.clearHighlights();
    await host.writeNewSheet("X", [["1"]]);
    stop();
    host.setValue("X", "A1", 2);
    expect(kinds).toEqual(["selection:1", "fills:2", "fills:3", "sheets:4"]);
    expect(host.getVersion()).toBe(5);
  });
});
