/**
 * Between two runs of the pane's flow inside Excel the user renames, deletes
 * or hides the summary, or owns a sheet of its name: allocheck writes only
 * its own summary sheet and never over a user's sheet or value. Sheet names
 * with apostrophes, spaces and Vietnamese letters go through the whole flow.
 */
import { buildSampleWorkbookData } from "../../../src/sample";
import { detectSheets } from "../../../src/app/detectSheets";
import { runCheck } from "../../../src/app/runCheck";
import { highlightFindings, clearFindingHighlightsReport } from "../../../src/app/highlights";
import { writeSummarySheet } from "../../../src/app/summary";
import type { WorkbookData } from "../../../src/core/model/workbook";
import type { FakeExcel } from "../../fakes/excel";
import { fakeExcelFromWorkbook } from "../../fakes/excel/fromWorkbookData";
import { hostFor } from "./helpers";

async function flow(excel: FakeExcel) {
  const host = hostFor(excel);
  const choices = await detectSheets(host);
  const outcome = await runCheck(host, choices.detected);
  const highlighted = await highlightFindings(host, outcome, "vi");
  const summary = await writeSummarySheet(host, outcome, "vi");
  return { host, outcome, highlighted: highlighted.value, summary: summary.value };
}

const snapshot = (excel: FakeExcel, name: string) => JSON.stringify([...excel.document.requireSheet(name).cells.entries()]);

function renamed(data: WorkbookData, from: string, to: string): WorkbookData {
  return { sheets: data.sheets.map((s) => (s.name === from ? { ...s, name: to } : s)) };
}

describe("the summary between runs", () => {
  test("renamed by the user: kept as it is, a new summary written beside it", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData());
    const first = await flow(excel);
    expect(first.summary).toBe("Tổng hợp");
    excel.document.requireSheet("Tổng hợp").name = "Báo cáo tháng 11";
    excel.document.userEdit("Báo cáo tháng 11", "H3", "đã gửi xã");
    const kept = snapshot(excel, "Báo cáo tháng 11");
    const second = await flow(excel);
    expect(second.summary).toBe("Tổng hợp");
    expect(snapshot(excel, "Báo cáo tháng 11")).toBe(kept);
  });

  test("deleted by the user: written again", async () => {
    const excel = fakeExcelFromWorkbook(buildSampleWorkbookData());
    await flow(excel);
    excel.document.requireSheet("Tổng hợp").deleted = true;
    const second = await flow(excel);
    expect(second.summary).toBe("Tổng hợp");
    expect(excel.document.findSheet("Tổng hợp")?.cell(0, 0)?.value).toBe("TỔNG HỢP KIỂM TRA PHÂN BỔ");
  });

  test("a user's own sheet named Tổng hợp is never written: the summary goes to Tổng hợp (2), refreshed there next time", async () => {
    const sample = buildSampleWorkbookData();
    const data: WorkbookData = { sheets: [...sample.sheets, { name: "tổng hợp", values: [["Ghi chú của phòng"], ["Họp 5/12"]], merges: [] }] };
    const excel = fakeExcelFromWorkbook(data);
    const mine = snapshot(excel, "tổng hợp");
    expect((await flow(excel)).summary).toBe("Tổng hợp (2)");
    expect((await flow(excel)).summary).toBe("Tổng hợp (2)");
    expect(snapshot(excel, "tổng hợp")).toBe(mine);
    expect(excel.document.liveSheets().map((s) => s.name)).not.toContain("Tổng hợp (3)");
  });

  test.each(["Phân bổ 'xã' 2025", "O'Brien", "Kế hoạch – Phân bổ"])("allocation sheet %p: checked, highlighted, cleared exactly", async (name) => {
    const excel = fakeExcelFromWorkbook(renamed(buildSampleWorkbookData(), "Phân bổ", name));
    const before = snapshot(excel, name);
    const run = await flow(excel);
    expect(run.outcome.report.allocationSheet).toBe(name);
    expect(run.highlighted).toBeGreaterThan(0);
    const report = await clearFindingHighlightsReport(run.host);
    expect(report.skipped).toEqual([]);
    expect(snapshot(excel, name)).toBe(before);
  });
});
