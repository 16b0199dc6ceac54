/**
 * A cell being edited when allocheck acts: every run asks Excel to wait for
 * the edit to end (`delayForCellEdit`), so nothing fails and nothing is lost;
 * a refusal for cell-edit mode is told as such, never as a closed workbook.
 */
import { createFakeExcel } from "../../fakes/excel";
import { invalidOperationInCellEditMode, generalException } from "../../fakes/excel/errors";
import { OfficeWorkbookHost } from "../../../src/adapters/office";
import { OfficeActionError } from "../../../src/adapters/office/officeErrors";
import { HIGHLIGHT_FILL, type Highlight } from "../../../src/core/model/summary";
import { hostFor, runtimeFor, summaryModel } from "./helpers";

const highlight: Highlight = { sheet: "Phân bổ", cell: "B2", row: 1, col: 1, severity: "error", note: "Sai ở B2" };

function workbook() {
  return createFakeExcel({ sheets: [{ name: "Phân bổ", rows: [["Xã", "KH"], ["A", 1]] }] });
}

describe("a cell in edit mode", () => {
  test("the fake refuses a run that does not wait, as Excel does", async () => {
    const excel = workbook();
    excel.beginCellEdit();
    const error = await excel
      .run(async (context: { workbook: { load: (p: string) => void }; sync: () => Promise<void> }) => {
        context.workbook.load("name");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe("InvalidOperationInCellEditMode");
  });

  test("highlight, clear and summary wait for the edit to end, then complete", async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.readWorkbook(["Phân bổ"]);
    excel.beginCellEdit();
    let done = false;
    const pending = host.applyHighlights([highlight]).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(excel.document.fillAt("Phân bổ", "B2")).toBeNull();
    excel.endCellEdit();
    await pending;
    expect(excel.document.fillAt("Phân bổ", "B2")).toBe(HIGHLIGHT_FILL.error);
    excel.beginCellEdit();
    const summary = host.writeSummary(summaryModel("Tổng hợp"));
    const cleared = host.clearHighlights();
    excel.endCellEdit();
    await summary;
    expect(await cleared).toBe(1);
    expect(excel.document.findSheet("Tổng hợp")).toBeDefined();
  });

  test("a host that refuses for cell-edit mode: the user is told to finish the edit, in both languages", async () => {
    const excel = workbook();
    const runtime = runtimeFor(excel);
    const host = new OfficeWorkbookHost({ ...runtime, run: () => Promise.reject(invalidOperationInCellEditMode("RequestContext.sync")) });
    const error = (await host.applyHighlights([highlight]).catch((e: unknown) => e)) as OfficeActionError;
    expect(error).toBeInstanceOf(OfficeActionError);
    expect(error.officeCode).toBe("InvalidOperationInCellEditMode");
    expect(error.text.vi).toContain("Enter");
    expect(error.text.en).toContain("Enter");
  });

  test("an internal error while the user starts editing is not told as a closed workbook", async () => {
    const excel = workbook();
    const runtime = runtimeFor(excel);
    let first = true;
    const host = new OfficeWorkbookHost({
      ...runtime,
      run: (options, batch) => {
        if (first) {
          first = false;
          excel.beginCellEdit();
          return Promise.reject(generalException("RequestContext.sync"));
        }
        return runtime.run(options, batch);
      },
    });
    await hostFor(excel).workbookName();
    (host as unknown as { workbookIdentity: string }).workbookIdentity = "Book1.xlsx";
    const error = (await host.applyHighlights([highlight]).catch((e: unknown) => e)) as OfficeActionError;
    expect(error.officeCode).toBe("GeneralException");
    excel.endCellEdit();
  });
});
