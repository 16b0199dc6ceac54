/**
 * The user's workbook as they left it: hidden sheets hidden again, protection
 * found before anything is written, a workbook switched mid-run explained,
 * the merged-areas fallback only on its own error, every Office error in the
 * user's language with what to do.
 */
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { writeLog } from "../../fakes/excel/objects";
import { FakeOfficeError } from "../../fakes/excel/errors";
import { OfficeWorkbookHost } from "../../../src/adapters/office";
import { OFFICE_ERROR_TEXT, OfficeActionError, describeOfficeError } from "../../../src/adapters/office/officeErrors";
import { SHOWN_SHEET_KEY } from "../../../src/adapters/office/officeHost";
import type { Highlight } from "../../../src/core/model/summary";
import { hostFor, measure, runtimeFor, summaryModel } from "./helpers";

function workbook(): FakeExcel {
  return createFakeExcel({
    sheets: [
      { name: "Phân bổ", rows: [["Xã", 1]], merges: ["C1:D1"] },
      { name: "Ẩn", rows: [["x", 2]], visibility: "Hidden" },
      { name: "Rất ẩn", rows: [["y", 3]], visibility: "VeryHidden" },
    ],
  });
}

const highlight = (sheet: string, cell: string): Highlight => ({ sheet, cell, row: 0, col: 0, severity: "error", note: "Sai" });

describe("hidden sheets shown for a selection are hidden again", () => {
  test("at the next selection elsewhere, with their own kind of hidden", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.selectCell("Ẩn", "B1");
    expect(excel.document.requireSheet("Ẩn").visibility).toBe("Visible");
    expect(excel.document.selection).toEqual({ sheet: "Ẩn", address: "'Ẩn'!B1" });
    await host.selectCell("Ẩn", "A1"); // the same sheet: stays shown
    expect(excel.document.requireSheet("Ẩn").visibility).toBe("Visible");
    await host.selectCell("Rất ẩn", "A1");
    expect(excel.document.requireSheet("Ẩn").visibility).toBe("Hidden");
    expect(excel.document.requireSheet("Rất ẩn").visibility).toBe("Visible");
    await host.readWorkbook(["Phân bổ"]);
    expect(excel.document.requireSheet("Rất ẩn").visibility).toBe("VeryHidden");
    expect(excel.document.settings.has(SHOWN_SHEET_KEY)).toBe(false);
  });

  test("a pane closed while a sheet was shown hides it when it opens again", async () => {
    const excel = workbook();
    await hostFor(excel).selectCell("Ẩn", "B1");
    const reopened = excel.reopen();
    const sheets = await hostFor(reopened).listSheets();
    expect(sheets.find((s) => s.name === "Ẩn")?.visible).toBe(false);
    expect(reopened.document.requireSheet("Ẩn").visibility).toBe("Hidden");
  });

  test("a hidden summary is shown before its panes are unfrozen, and hidden again after its layout", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.writeSummary(summaryModel("Tổng hợp"));
    excel.document.requireSheet("Tổng hợp").visibility = "Hidden";
    await host.writeSummary(summaryModel("Tổng hợp"));
    const order = writeLog(excel.document).filter((w) => w.sheet === "Tổng hợp").map((w) => w.what);
    expect(order.indexOf("visibility")).toBeLessThan(order.lastIndexOf("unfreeze"));
    expect(order.lastIndexOf("visibility")).toBeGreaterThan(order.lastIndexOf("freezeRows"));
    expect(excel.document.requireSheet("Tổng hợp").visibility).toBe("Hidden");
  });
});

describe("protection is found before anything is written", () => {
  test("highlighting a protected sheet: a clear message, nothing written", async () => {
    const excel = workbook();
    excel.document.requireSheet("Phân bổ").protected = true;
    const error = (await hostFor(excel).applyHighlights([highlight("Phân bổ", "A1")]).catch((e: unknown) => e)) as OfficeActionError;
    expect(error).toBeInstanceOf(OfficeActionError);
    expect(error.officeCode).toBe("SheetProtected");
    expect(error.text.vi).toContain('"Phân bổ"');
    expect(error.text.en).toContain("Unprotect");
    expect(writeLog(excel.document)).toEqual([]);
    expect(excel.document.settings.size).toBe(0);
  });

  test("a protected workbook structure: no summary sheet added, a clear message", async () => {
    const excel = workbook();
    excel.document.structureProtected = true;
    const error = (await hostFor(excel).writeSummary(summaryModel("Tổng hợp")).catch((e: unknown) => e)) as OfficeActionError;
    expect(error.officeCode).toBe("WorkbookStructureProtected");
    expect(excel.document.findSheet("Tổng hợp")).toBeUndefined();
    const select = (await hostFor(excel).selectCell("Ẩn", "A1").catch((e: unknown) => e)) as OfficeActionError;
    expect(select.officeCode).toBe("WorkbookStructureProtected");
    const plan = (await hostFor(excel).writeNewSheet("Kế hoạch", [["a"]]).catch((e: unknown) => e)) as OfficeActionError;
    expect(plan.officeCode).toBe("WorkbookStructureProtected");
  });
});

describe("Office errors, told to the user", () => {
  test("a workbook switched or closed mid-run: a message, not GeneralException", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.workbookName();
    excel.document.closed = true;
    const error = (await host.readWorkbook(["Phân bổ"]).catch((e: unknown) => e)) as OfficeActionError;
    expect(error).toBeInstanceOf(OfficeActionError);
    expect(error.officeCode).toBe("WorkbookChanged");
    expect(error.text.vi).toContain("Book1.xlsx");
  });

  test("the merged-areas fallback only on the merged-areas call's own error", async () => {
    const excel = workbook();
    let fail = true;
    const host = new OfficeWorkbookHost({
      run: (options, batch) => {
        if (fail) {
          fail = false;
          return Promise.reject(new FakeOfficeError("GeneralException", "Có lỗi nội bộ.", "Workbook"));
        }
        return runtimeFor(excel).run(options, batch);
      },
      isSetSupported: (set, version) => excel.isSetSupported(set, version),
    });
    const error = (await host.readWorkbook(["Phân bổ"]).catch((e: unknown) => e)) as OfficeActionError;
    expect(error.officeCode).toBe("GeneralException");
    // Merges are still read in the same sync as the cells ("areas" mode kept).
    const next = await measure(excel, () => host.readWorkbook(["Phân bổ"]));
    expect(next.syncs).toBe(1);
    expect(next.result.sheets[0].merges).toEqual([{ top: 0, left: 2, bottom: 0, right: 3 }]);
  });

  test.each(Object.keys(OFFICE_ERROR_TEXT))("%s: Vietnamese and English, with what to do", (code) => {
    const error = describeOfficeError(new FakeOfficeError(code, "localized text that must not be shown"), "summary");
    expect(error.text.vi).toMatch(/^Không ghi bảng tổng hợp được\. /);
    expect(error.text.en).toMatch(/^Could not write the summary sheet\. /);
    expect(error.text.vi).not.toContain("localized text");
    expect(error.text.vi).toMatch(/Hãy|hãy/);
    expect(error.text.en).toMatch(/\b(try|Try|Press|Update|Unprotect|Close|Wait|Delete|Reload|Go back)\b/);
  });

  test("an unknown code still says what failed and what to do", () => {
    const error = describeOfficeError(new FakeOfficeError("SomethingNew", "x"), "read");
    expect(error.text.vi).toContain("SomethingNew");
    expect(error.text.en).toContain("Try again");
  });
});
