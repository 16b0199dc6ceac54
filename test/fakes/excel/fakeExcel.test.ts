/**
 * The fake Excel host behaves as Office.js does where it matters to the
 * adapter: batching, load-before-read, null objects, Excel's parsing and fill
 * quirks, limits, and round-trip counting.
 */
import { createFakeExcel, FakeOfficeError, REQUEST_LIMIT_BYTES } from "./index";

// The fake's proxies are untyped from the tests' point of view.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = any;

const NOT_LOADED =
  "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

function sample() {
  return createFakeExcel({
    sheets: [
      {
        name: "Phân bổ",
        rows: [
          ["Xã", "Số tổ", "Kinh phí"],
          ["Ba Trại", 3, { error: "#REF!" }],
          ["Ba Vì", "7", 12.5],
        ],
        formulas: { C3: "=SUM(C1:C2)" },
        merges: ["A5:C5"],
        fills: { B2: "#ff0000" },
      },
      { name: "Ẩn", rows: [["x"]], visibility: "Hidden" },
    ],
  });
}

describe("fake Excel: loading and syncing", () => {
  test("a property is unreadable before load + sync, with the Office.js error", async () => {
    const excel = sample();
    await excel.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem("Phân bổ").getRange("A1:B2");
      expect(() => range.values).toThrow(NOT_LOADED);
      range.load("values");
      let caught: unknown;
      try {
        void range.values;
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(FakeOfficeError);
      expect((caught as FakeOfficeError).code).toBe("PropertyNotLoaded");
      expect((caught as FakeOfficeError).name).toBe("RichApi.Error");
      await context.sync();
      expect(range.values).toEqual([
        ["Xã", "Số tổ"],
        ["Ba Trại", 3],
      ]);
      expect(() => range.formulas).toThrow("The property 'formulas' is not available.");
    });
  });

  test("writes are queued and applied at sync; an empty sync costs no round trip", async () => {
    const excel = sample();
    await excel.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem("Phân bổ").getRange("E1");
      range.values = [[42]];
      expect(excel.document.cellAt("Phân bổ", "E1")).toBeUndefined();
      await context.sync();
      expect(excel.document.cellAt("Phân bổ", "E1")?.value).toBe(42);
      await context.sync();
    });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.runs).toBe(1);
  });

  test("Excel.run sends what is still queued when the batch returns, and its proxies die", async () => {
    const excel = sample();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let kept: any;
    await excel.run({ delayForCellEdit: true }, async (context: Ctx) => {
      kept = context.workbook.worksheets.getItem("Phân bổ").getRange("F1");
      kept.values = [["late"]];
    });
    expect(excel.document.cellAt("Phân bổ", "F1")?.value).toBe("late");
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(() => (kept.values = [["again"]])).toThrow(/object path/);
  });

  test("getItemOrNullObject gives a null object; getItem of a missing sheet fails the sync", async () => {
    const excel = sample();
    await excel.run(async (context: Ctx) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const present = context.workbook.worksheets.getItemOrNullObject("phân BỔ");
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      context.workbook.worksheets.getItem("Không có").getRange("A1").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("a worksheets collection loads items with the properties asked for", async () => {
    const excel = sample();
    await excel.run(async (context: Ctx) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/'items'/);
      sheets.load("items/name,items/visibility");
      await context.sync();
      expect(sheets.items.map((s: Ctx) => [s.name, s.visibility])).toEqual([
        ["Phân bổ", "Visible"],
        ["Ẩn", "Hidden"],
      ]);
      expect(() => sheets.items[0].position).toThrow(/'position'/);
    });
  });
});

describe("fake Excel: what Excel does with values", () => {
  test("values, formulas and valueTypes, with an error value and a cached formula result", async () => {
    const excel = sample();
    await excel.run(async (context: Ctx) => {
      const used = context.workbook.worksheets.getItem("Phân bổ").getUsedRange(true);
      used.load("address,values,formulas,valueTypes");
      await context.sync();
      expect(used.address).toBe("'Phân bổ'!A1:C3");
      expect(used.values[1]).toEqual(["Ba Trại", 3, "#REF!"]);
      expect(used.valueTypes[1]).toEqual(["String", "Double", "Error"]);
      expect(used.values[2]).toEqual(["Ba Vì", "7", 12.5]);
      expect(used.formulas[2]).toEqual(["Ba Vì", "7", "=SUM(C1:C2)"]);
    });
  });

  test("strings written as values are parsed unless the cell is formatted as text", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S" }] });
    await excel.run(async (context: Ctx) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:D1").values = [["=1+1", "007", "-x", "TRUE"]];
      const text = sheet.getRange("A2:D2");
      text.numberFormat = [["@", "@", "@", "@"]];
      text.values = [["=1+1", "007", "-x", "TRUE"]];
    });
    const doc = excel.document;
    expect(doc.cellAt("S", "A1")).toMatchObject({ formula: "=1+1", value: null });
    expect(doc.cellAt("S", "B1")?.value).toBe(7);
    expect(doc.cellAt("S", "C1")?.formula).toBe("=-x");
    expect(doc.cellAt("S", "D1")?.value).toBe(true);
    expect(["A2", "B2", "C2", "D2"].map((a) => doc.cellAt("S", a)?.value)).toEqual(["=1+1", "007", "-x", "TRUE"]);
    expect(doc.cellAt("S", "A2")?.formula).toBeUndefined();
  });

  test("a formula over 8192 characters is refused, also when a long '-' string is parsed as one (office-js #3256)", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S" }] });
    for (const write of [
      (r: Ctx) => (r.values = [[`-${"x".repeat(8200)}`]]),
      (r: Ctx) => (r.formulas = [[`=${"1+".repeat(4100)}1`]]),
    ]) {
      await expect(
        excel.run(async (context: Ctx) => {
          write(context.workbook.worksheets.getItem("S").getRange("A1"));
        }),
      ).rejects.toMatchObject({ code: "FormulaLengthExceedsLimit" });
    }
    await excel.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.numberFormat = [["@", "General"]];
      range.values = [[`-${"x".repeat(8200)}`, `${"x".repeat(9000)}`]];
    });
    expect(excel.document.cellAt("S", "A1")?.value).toHaveLength(8201);
  });

  test("null in a 2-D write leaves the cell as it is; null for the whole property is refused; '' empties (blank-null-values page)", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S", rows: [["a", "b", "c"]], numberFormats: { A1: "0.0" } }] });
    await excel.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:C1");
      range.values = [[null, "", "z"]];
      range.numberFormat = [[null, "@", null]];
    });
    const doc = excel.document;
    expect(["A1", "B1", "C1"].map((a) => doc.cellAt("S", a)?.value ?? null)).toEqual(["a", null, "z"]);
    expect(doc.cellAt("S", "A1")?.numberFormat).toBe("0.0");
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = null;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a write must match the range's shape", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S" }] });
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B2").values = [[1, 2]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("used range by values or by anything; the OrNullObject form on an empty sheet", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S", rows: [[null, null], [null, 5]], fills: { D9: "#00FF00" } }, { name: "Empty" }] });
    await excel.run(async (context: Ctx) => {
      const s = context.workbook.worksheets.getItem("S");
      const byValues = s.getUsedRange(true);
      const byAll = s.getUsedRange();
      const none = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      byValues.load("address,rowIndex,columnIndex");
      byAll.load("address");
      await context.sync();
      expect(byValues.address).toBe("S!B2");
      expect([byValues.rowIndex, byValues.columnIndex]).toEqual([1, 1]);
      expect(byAll.address).toBe("S!B2:D9");
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe("fake Excel: fills, areas and merges", () => {
  test("no fill and a white fill both read #FFFFFF with pattern null; only tintAndShade tells them apart (office-js #4900, #6218)", async () => {
    const excel = sample();
    excel.document.requireSheet("Phân bổ").ensureCell(0, 3).fill = { color: "#FFFFFF", pattern: "Solid", patternColor: null };
    await excel.run(async (context: Ctx) => {
      const sheet = context.workbook.worksheets.getItem("Phân bổ");
      const areas = sheet.getRanges("B2,C3,D1");
      areas.areas.load("items/address,items/format/fill/color,items/format/fill/pattern,items/format/fill/tintAndShade");
      await context.sync();
      expect(
        areas.areas.items.map((r: Ctx) => [r.address, r.format.fill.color, r.format.fill.pattern, r.format.fill.tintAndShade]),
      ).toEqual([
        ["'Phân bổ'!B2", "#FF0000", null, 0],
        ["'Phân bổ'!C3", "#FFFFFF", null, null],
        ["'Phân bổ'!D1", "#FFFFFF", null, 0],
      ]);
      sheet.getRanges("A1,B3").format.fill.color = "#FFE08A";
      sheet.getRange("B2").format.fill.clear();
    });
    expect(excel.document.fillAt("Phân bổ", "A1")).toBe("#FFE08A");
    expect(excel.document.fillAt("Phân bổ", "B3")).toBe("#FFE08A");
    expect(excel.document.fillAt("Phân bổ", "B2")).toBeNull();
  });

  test("getRanges refuses an address list over 8192 characters with InvalidArgument (office-js #5198)", async () => {
    const excel = sample();
    const cells = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
    expect(cells.length).toBeGreaterThan(8192);
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("Phân bổ").getRanges(cells).format.fill.color = "#FF0000";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.document.fillAt("Phân bổ", "A1")).toBeNull();
  });

  test("merged areas come whole through areas (ExcelApi 1.13); clearing formats keeps merges, unmerge() removes them", async () => {
    const excel = sample();
    await excel.run(async (context: Ctx) => {
      const sheet = context.workbook.worksheets.getItem("Phân bổ");
      const merged = sheet.getRange().getMergedAreasOrNullObject();
      merged.areas.load("items/address");
      const none = context.workbook.worksheets.getItem("Ẩn").getRange().getMergedAreasOrNullObject();
      none.load("address");
      await context.sync();
      expect(merged.areas.items.map((r: Ctx) => r.address)).toEqual(["'Phân bổ'!A5:C5"]);
      expect(none.isNullObject).toBe(true);
      sheet.getRange().clear("Formats");
      await context.sync();
      expect(excel.document.requireSheet("Phân bổ").merges).toHaveLength(1);
      sheet.getRange().unmerge();
    });
    expect(excel.document.requireSheet("Phân bổ").merges).toEqual([]);
    expect(excel.document.fillAt("Phân bổ", "B2")).toBeNull();
    expect(excel.document.cellAt("Phân bổ", "A1")?.value).toBe("Xã");
  });

  test("loading the areas of a null object fails the sync by default; strictNullChildren: false loads them as empty", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S" }] });
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject().areas.load("items/address");
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
    const lenient = createFakeExcel({ sheets: [{ name: "S" }], strictNullChildren: false });
    await lenient.run(async (context: Ctx) => {
      const none = context.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject();
      none.areas.load("items/address");
      await context.sync();
      expect(none.areas.items).toEqual([]);
    });
  });

  test("an API newer than the host fails with ApiNotFound; isSetSupported answers from the version", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S" }], apiVersion: "1.9" });
    expect(excel.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.13")).toBe(false);
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject().load("address");
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("fake Excel: sheets, limits and persistence", () => {
  test("a hidden sheet cannot be activated; the last visible sheet cannot be hidden", async () => {
    const excel = sample();
    await expect(
      excel.run(async (context: Ctx) => context.workbook.worksheets.getItem("Ẩn").activate()),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("Phân bổ").visibility = "VeryHidden";
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("a VeryHidden sheet cannot be deleted (office-js #365), nor the last visible sheet", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "A" }, { name: "B", visibility: "VeryHidden" }, { name: "C", visibility: "Hidden" }] });
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("B").delete();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("A").delete();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("C").delete();
    });
    expect(excel.document.liveSheets().map((s) => s.name)).toEqual(["A", "B"]);
  });

  test("sheet names are unique regardless of case and limited to 31 valid characters", async () => {
    const excel = sample();
    for (const name of ["PHÂN BỔ", "a/b", "x".repeat(32)]) {
      await expect(
        excel.run(async (context: Ctx) => {
          context.workbook.worksheets.add(name);
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  test("request bytes are counted and a request over 5 MB is refused", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S" }] });
    await excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(1000)]];
    });
    // Office.js's body: {"AutoKeepReference":…,"Actions":[…],"ObjectPaths":{…}} in UTF-8.
    expect(excel.stats.requestBytes).toBeGreaterThan(1000);
    expect(excel.stats.requestBytes).toBeLessThan(1700);
    excel.stats.reset();
    await excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["ệ".repeat(1000)]];
    });
    // "ệ" is three bytes in UTF-8.
    expect(excel.stats.requestBytes).toBeGreaterThan(3000);
    const big = "y".repeat(REQUEST_LIMIT_BYTES);
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("S").getRange("A2").values = [[big]];
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.document.cellAt("S", "A2")).toBeUndefined();
  });

  test("settings and sheet ids survive save, close and reopen; the selection does not", async () => {
    const excel = sample();
    await excel.run(async (context: Ctx) => {
      context.workbook.settings.add("k", JSON.stringify({ a: 1 }));
      context.workbook.worksheets.getItem("Phân bổ").getRange("B2").select();
    });
    expect(excel.document.selection).toEqual({ sheet: "Phân bổ", address: "'Phân bổ'!B2" });
    const reopened = excel.reopen();
    expect(reopened.document.selection).toBeNull();
    expect(reopened.document.requireSheet("Phân bổ").id).toBe(excel.document.requireSheet("Phân bổ").id);
    await reopened.run(async (context: Ctx) => {
      const setting = context.workbook.settings.getItemOrNullObject("k");
      setting.load("value");
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      missing.load("value");
      await context.sync();
      expect(JSON.parse(setting.value)).toEqual({ a: 1 });
      expect(missing.isNullObject).toBe(true);
    });
    expect(reopened.document.fillAt("Phân bổ", "B2")).toBe("#FF0000");
  });
});

describe("fake Excel: the limits and events it models", () => {
  test("a read over 5 000 000 cells: values null (office-js #4783, #6781), value types refused with RangeExceedsLimit", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S", rows: [["x"]] }] });
    await excel.run(async (context: Ctx) => {
      const huge = context.workbook.worksheets.getItem("S").getRange("A1:E1000001");
      huge.load("values");
      await context.sync();
      expect(huge.values).toBeNull();
    });
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("S").getRange("A1:E1000001").load("valueTypes");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  test("unbounded ranges: cell-level reads come back null, cell-level writes fail (excel-add-ins-ranges-unbounded)", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S", rows: [["x", 1]], numberFormats: { B1: "0.00" } }] });
    await excel.run(async (context: Ctx) => {
      const columns = context.workbook.worksheets.getItem("S").getRange("A:B");
      columns.load("values,numberFormat,valueTypes,formulas,text,address,cellCount");
      await context.sync();
      expect(columns.values).toBeNull();
      expect(columns.numberFormat).toBeNull();
      expect(columns.valueTypes).toBeNull();
      expect(columns.formulas).toBeNull();
      expect(columns.text).toBeNull();
      expect(columns.address).toBe("S!A1:B1048576");
      expect(columns.cellCount).toBe(2 * 1048576);
    });
    for (const property of ["values", "numberFormat", "formulas"]) {
      await expect(
        excel.run(async (context: Ctx) => {
          context.workbook.worksheets.getItem("S").getRange("2:3")[property] = "x";
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("S").getRange("A:A").clear("Formats");
    });
  });

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S" }] });
    const sheet = excel.document.requireSheet("S");
    for (let r = 0; r < 60_000; r++) sheet.ensureCell(r, 0).value = "x".repeat(90);
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A60000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(excel.stats.maxResponseBytes).toBeGreaterThan(5_000_000);
  });

  test("settings over ~1 MB are refused with InvalidArgument (office-js #621, #3957)", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S" }] });
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.settings.add("big", "x".repeat(1_100_000));
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.document.settings.has("big")).toBe(false);
    // Counted in UTF-8 bytes: 400 000 Vietnamese characters are 1.2 MB.
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.settings.add("vi", "ệ".repeat(400_000));
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("protected sheets and workbook structure refuse changes with AccessDenied", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S", protected: true }, { name: "T" }] });
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("S").getRange("A1").format.fill.color = "#FF0000";
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    excel.document.structureProtected = true;
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.add("Mới");
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await excel.run(async (context: Ctx) => {
      const s = context.workbook.worksheets.getItem("S");
      s.protection.load("protected");
      context.workbook.protection.load("protected");
      await context.sync();
      expect([s.protection.protected, context.workbook.protection.protected]).toEqual([true, true]);
    });
  });

  test.each([
    ["row height", (s: Ctx) => (s.getRange("A1").format.rowHeight = 30)],
    ["column width", (s: Ctx) => (s.getRange("A1").format.columnWidth = 30)],
    ["hiding rows", (s: Ctx) => (s.getRange("2:3").rowHidden = true)],
    ["hiding columns", (s: Ctx) => (s.getRange("B:B").columnHidden = true)],
    ["adding a chart", (s: Ctx) => s.charts.add("ColumnClustered", s.getRange("A1:A3"), "Columns")],
  ])("a protected sheet refuses %s with AccessDenied (WorksheetProtectionOptions)", async (_what, write) => {
    const excel = createFakeExcel({ sheets: [{ name: "S", protected: true, rows: [[1], [2], [3]] }] });
    await expect(
      excel.run(async (context: Ctx) => {
        write(context.workbook.worksheets.getItem("S"));
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    const sheet = excel.document.requireSheet("S");
    expect([sheet.rowHeights.size, sheet.columnWidths.size, sheet.hiddenRows.size, sheet.hiddenColumns.size]).toEqual([0, 0, 0, 0]);
  });

  test("onChanged handlers outlive their run and hear edits, row inserts and the add-in's own writes", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S", rows: [[1], [2]] }] });
    const events: Array<{ address: string; changeType: string }> = [];
    await excel.run(async (context: Ctx) => {
      context.workbook.worksheets.onChanged.add((e: { address: string; changeType: string }) => events.push(e));
      await context.sync();
    });
    excel.document.userEdit("S", "A2", 5);
    excel.document.userShiftRows("S", 0, 1);
    await excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("S").getRange("B1").values = [[3]];
    });
    await excel.document.settle();
    expect(events.map((e) => [e.changeType, e.address])).toEqual([
      ["RangeEdited", "A2"],
      ["RowInserted", "1:1"],
      ["RangeEdited", "B1"],
    ]);
    expect(excel.document.cellAt("S", "A3")?.value).toBe(5);
  });

  test("an onChanged handler is removed through its own request context, at its sync (excel-add-ins-events)", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S", rows: [[1]] }] });
    let calls = 0;
    let registration: { remove(): void } | undefined;
    await excel.run(async (context: Ctx) => {
      registration = context.workbook.worksheets.onChanged.add(() => calls++);
      await context.sync();
      registration!.remove();
      expect(excel.document.changeHandlers).toHaveLength(1);
      await context.sync();
      expect(excel.document.changeHandlers).toHaveLength(0);
    });
    await excel.run(async (context: Ctx) => {
      registration = context.workbook.worksheets.onChanged.add(() => calls++);
    });
    expect(() => registration!.remove()).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    excel.document.userEdit("S", "A1", 2);
    await excel.document.settle();
    expect(calls).toBe(1);
  });

  test("a note needs one cell (InvalidArgument, NoteCollection docs) and a cell without a note or a threaded comment", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S", notes: { A1: "n" }, comments: { B1: "c" } }] });
    for (const [cell, code] of [["A1:A2", "InvalidArgument"], ["A1", "InvalidOperation"], ["B1", "InvalidOperation"]]) {
      await expect(
        excel.run(async (context: Ctx) => {
          context.workbook.worksheets.getItem("S").notes.add(cell, "x");
        }),
      ).rejects.toMatchObject({ code });
    }
    await excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("S").notes.add("C1", "x");
    });
    expect(excel.document.requireSheet("S").notes.get("C1")).toBe("x");
  });

  test("getSpecialCells finds formulas and error values as rectangles (ExcelApi 1.9)", async () => {
    const excel = createFakeExcel({
      sheets: [{ name: "S", rows: [[1, 2, 3], [4, { error: "#REF!" }, 6]], formulas: { A3: "SUM(A1:A2)", B3: "SUM(B1:B2)", C3: "1/0" } }],
    });
    excel.document.cellAt("S", "C3")!.error = "#DIV/0!";
    await excel.run(async (context: Ctx) => {
      const all = context.workbook.worksheets.getItem("S").getRange();
      const formulas = all.getSpecialCellsOrNullObject("Formulas");
      const errors = all.getSpecialCellsOrNullObject("Constants", "Errors");
      const none = context.workbook.worksheets.getItem("S").getRange("A1:A2").getSpecialCellsOrNullObject("Formulas");
      formulas.load("address");
      errors.load("address");
      await context.sync();
      expect(formulas.address).toBe("S!A3:C3");
      expect(errors.address).toBe("S!B2");
      expect(none.isNullObject).toBe(true);
    });
  });

  test("rowHidden/columnHidden: true when all, false when none, null when mixed; Visible special cells skip hidden lines", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S", rows: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], hiddenRows: [1], hiddenColumns: [2] }] });
    await excel.run(async (context: Ctx) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const ranges = ["A1:C3", "A2:C2", "A1:C1", "C1:C3", "A1:B3"].map((a) => sheet.getRange(a).load("rowHidden,columnHidden"));
      const visible = sheet.getRange("A1:C3").getSpecialCellsOrNullObject("Visible");
      visible.load("address");
      const hiddenOnly = sheet.getRange("C2").getSpecialCellsOrNullObject("Visible");
      await context.sync();
      expect(ranges.map((r) => [r.rowHidden, r.columnHidden])).toEqual([
        [null, null],
        [true, null],
        [false, null],
        [null, true],
        [null, false],
      ]);
      expect(visible.address).toBe("S!A1:B1, S!A3:B3");
      expect(hiddenOnly.isNullObject).toBe(true);
      sheet.getRange("A2").rowHidden = false;
      sheet.getRange("A1").columnHidden = true;
      await context.sync();
    });
    expect([...excel.document.requireSheet("S").hiddenRows]).toEqual([]);
    expect([...excel.document.requireSheet("S").hiddenColumns].sort()).toEqual([0, 2]);
    // Saved with the file.
    expect([...excel.reopen().document.requireSheet("S").hiddenColumns].sort()).toEqual([0, 2]);
  });

  test("a workbook the user switched away from fails the next sync with GeneralException", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "S" }] });
    excel.document.closed = true;
    await expect(
      excel.run(async (context: Ctx) => {
        context.workbook.load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });
});
