/**
 * One allocation workbook (a plan sheet; an allocation sheet with a title
 * block, a merged two-row header, district subtotals as formulas, communes, a
 * number stored as text in a text-formatted cell, a hidden row, a percent
 * line, a boolean and an error) written the many ways producers write
 * SpreadsheetML: inline or shared strings, rich-text runs with phonetic runs,
 * a namespace prefix, cells and rows without `r`, shared and array formulas,
 * numbers in exponent form, a byte order mark and `standalone`, absolute part
 * paths, sheet parts not named sheetN, hidden, very hidden and chart sheets,
 * defined names, Strict Open XML namespaces, stored entries and data
 * descriptors, `_x000D_` escapes, pretty-printed XML, parts in UTF-16 (the
 * workbook's making: packageVariants.ts). Every variant must read
 * to the same workbook and give the same report as the plain one.
 */
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { checkWorkbook } from "../../../src/core/check";
import { SHEETS, variant, VARIANTS } from "./packageVariants";

function report(workbook: Awaited<ReturnType<typeof readWorkbookBuffer>>): string {
  return JSON.stringify(checkWorkbook(workbook, { workbookName: "phan-bo.xlsx" }).report);
}

describe("one allocation workbook, many ways of writing it", () => {
  let plain: Awaited<ReturnType<typeof readWorkbookBuffer>>;
  beforeAll(async () => {
    plain = await readWorkbookBuffer(await variant({}));
  });

  test("the plain form reads as written", () => {
    const allocation = plain.sheets.find((s) => s.name === "Phân bổ")!;
    expect(allocation.values[8]).toEqual([2, "  Xã Minh Quang", "2", 1, 200, { error: "#DIV/0!" }]);
    expect(allocation.formulas?.[6]?.[2]).toBe("SUM(C8:C9)");
    expect(allocation.numberFormats?.[13]?.[2]).toBe("0%");
    expect(allocation.hiddenRows).toEqual([11]);
    expect(allocation.merges).toHaveLength(6);
    expect(allocation.values[4]?.[2]).toBe("Tổ truyền thông\ncộng đồng");
  });

  test.each(VARIANTS)("%s: the same workbook and the same report", async (_, options) => {
    const workbook = await readWorkbookBuffer(await variant(options));
    const expected = options.crEscapes ? withCarriageReturns(plain) : plain;
    expect({ sheets: workbook.sheets.filter((s) => SHEETS.some((k) => k.name === s.name)) }).toEqual(expected);
    if (options.extraSheets) expect(workbook.sheets.map((s) => [s.name, s.hidden])).toEqual([["Kế hoạch", false], ["Ẩn", true], ["Phân bổ", false], ["Rất ẩn", true]]);
    expect(report(workbook)).toBe(report(plain));
  });
});

/** `_x000D_` before a line end is a carriage return kept in the text (Excel writes CR LF so). */
function withCarriageReturns(workbook: Awaited<ReturnType<typeof readWorkbookBuffer>>): typeof workbook {
  return { sheets: workbook.sheets.map((s) => ({ ...s, values: s.values.map((row) => row?.map((v) => (typeof v === "string" ? v.replace(/\n/g, "\r\n") : v))) })) };
}
