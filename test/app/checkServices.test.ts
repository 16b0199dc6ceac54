import { MemoryWorkbookHost } from "../../src/adapters/memory";
import { detectSheets } from "../../src/app/detectSheets";
import { mergeSelection } from "../../src/app/sheetChoices";
import { clearFindingHighlights, highlightFindings } from "../../src/app/highlights";
import { ensureFresh, runCheck } from "../../src/app/runCheck";
import { writeSummarySheet } from "../../src/app/summary";
import { checkWorkbook } from "../../src/core/check";
import { InputError } from "../../src/core/model/errors";
import { HIGHLIGHT_FILL } from "../../src/core/model/summary";
import type { WorkbookData } from "../../src/core/model/workbook";
import { buildHighlights } from "../../src/core/summary";
import { PLANTED_FINDINGS, buildSampleWorkbookData } from "../../src/sample";
import { HostSpy } from "./hostSpy";

const ALLOCATION = "Phân bổ";
const PLAN = "Kế hoạch";
const CHOSEN = { allocationSheet: ALLOCATION, planSheet: PLAN };
/** The sample's results sheets (CONTRACT §7): read with the chosen sheets. */
const RESULTS = ["Tiến độ", "Giải ngân 2022", "Giải ngân 2023", "Giải ngân 6 tháng đầu năm 2024"];

function sampleHost(): { host: HostSpy; memory: MemoryWorkbookHost } {
  const memory = new MemoryWorkbookHost(buildSampleWorkbookData(), "mau.xlsx");
  return { host: new HostSpy(memory), memory };
}

/** The sample with one more, unrelated sheet: the check must not read it. */
function sampleWithExtraSheet(): WorkbookData {
  const sample = buildSampleWorkbookData();
  return { sheets: [...sample.sheets, { name: "Ghi chú", values: [["không liên quan"]], merges: [] }] };
}

describe("runCheck", () => {
  test("reads the chosen sheets in one call and finds what the engine finds on the same workbook", async () => {
    const memory = new MemoryWorkbookHost(sampleWithExtraSheet(), "mau.xlsx");
    const host = new HostSpy(memory);
    const outcome = await runCheck(host, CHOSEN);

    expect(host.count("readWorkbook")).toBe(1);
    expect(host.argsOf("readWorkbook")[0][0]).toEqual([ALLOCATION, PLAN, ...RESULTS]);
    expect(outcome.workbook.sheets.map((s) => s.name)).toEqual([ALLOCATION, PLAN, ...RESULTS]);

    const direct = checkWorkbook(buildSampleWorkbookData(), { workbookName: "mau.xlsx", sheet: ALLOCATION, planSheet: PLAN });
    expect(outcome.report).toEqual(direct.report);
    expect(outcome.report.workbook).toBe("mau.xlsx");
    for (const planted of PLANTED_FINDINGS) {
      expect(outcome.report.findings).toContainEqual(
        expect.objectContaining({ rule: planted.rule, severity: planted.severity, sheet: planted.sheet, cell: planted.cell }),
      );
    }
    expect(outcome.fingerprint).toBe(await memory.sheetFingerprint(ALLOCATION));
    expect(outcome.selection).toEqual(CHOSEN);
  });

  test("reads an areas sheet along with the chosen ones", async () => {
    const sample = buildSampleWorkbookData();
    const memory = new MemoryWorkbookHost(
      { sheets: [...sample.sheets, { name: "Địa bàn", values: [["Huyện", "Xã"]], merges: [] }] },
      "mau.xlsx",
    );
    const host = new HostSpy(memory);
    await runCheck(host, CHOSEN);
    expect(host.argsOf("readWorkbook")[0][0]).toEqual([ALLOCATION, PLAN, ...RESULTS, "Địa bàn"]);
  });

  test("leaves the choice to the engine when a sheet is not chosen, reading every visible sheet", async () => {
    const { host } = sampleHost();
    const outcome = await runCheck(host, { allocationSheet: null, planSheet: null });
    expect(host.argsOf("readWorkbook")[0][0]).toBeUndefined();
    expect(outcome.report.allocationSheet).toBe(ALLOCATION);
    expect(outcome.plan.sheet).toBe(PLAN);
  });

  test("a workbook without a plan is an input error that says what was looked for", async () => {
    const sample = buildSampleWorkbookData();
    const host = new MemoryWorkbookHost({ sheets: sample.sheets.filter((s) => s.name !== PLAN) });
    const error = await runCheck(host, { allocationSheet: ALLOCATION, planSheet: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("no-plan");
    expect((error as InputError).text.vi).toMatch(/Kế hoạch/);
  });
});

describe("ensureFresh", () => {
  test("keeps the outcome while the allocation sheet is unchanged, checks again after an edit", async () => {
    const { host, memory } = sampleHost();
    const first = await runCheck(host, CHOSEN);
    await memory.applyHighlights(buildHighlights(first.report, "vi"));
    const same = await ensureFresh(host, first);
    expect(same.rechecked).toBe(false);
    expect(same.outcome).toBe(first);

    // The user types the text number as a number: its text-number warning goes.
    memory.setValue(ALLOCATION, "D9", 12);
    const fresh = await ensureFresh(host, first);
    expect(fresh.rechecked).toBe(true);
    expect(fresh.outcome.fingerprint).not.toBe(first.fingerprint);
    const textNumbers = (o: typeof first): string[] =>
      o.report.findings.filter((f) => f.rule === "text-number").map((f) => f.cell ?? "");
    expect(textNumbers(first)).toContain("D9");
    expect(textNumbers(fresh.outcome)).not.toContain("D9");
  });
});

describe("highlights", () => {
  test("colour every finding cell, then clear back to the original fills", async () => {
    const memory = new MemoryWorkbookHost(buildSampleWorkbookData(), "mau.xlsx", {
      fills: { [ALLOCATION]: { D9: "#F2F2F2" } },
    });
    const outcome = await runCheck(memory, CHOSEN);
    const expected = buildHighlights(outcome.report, "vi");
    const done = await highlightFindings(memory, outcome, "vi");
    expect(done.value).toBe(expected.length);
    expect(done.rechecked).toBe(false);
    for (const h of expected) expect(memory.getFill(h.sheet, h.cell)).toBe(HIGHLIGHT_FILL[h.severity]);
    expect(memory.getFill(ALLOCATION, "D9")).toBe(HIGHLIGHT_FILL.error);

    expect(await clearFindingHighlights(memory)).toBe(expected.length);
    expect(memory.getFill(ALLOCATION, "D9")).toBe("#F2F2F2");
    for (const h of expected.filter((x) => x.cell !== "D9")) expect(memory.getFill(h.sheet, h.cell)).toBeNull();
  });

  test("after an edit, highlight what the new check finds, not the stale marks", async () => {
    const { host, memory } = sampleHost();
    const outcome = await runCheck(host, CHOSEN);
    await highlightFindings(host, outcome, "vi");
    // The text number that the SUM in D7 skips: one error, at the text cell.
    expect(memory.getFill(ALLOCATION, "D9")).toBe(HIGHLIGHT_FILL.error);

    memory.setValue(ALLOCATION, "D9", 12);
    host.reset();
    const done = await highlightFindings(host, outcome, "vi");
    expect(done.rechecked).toBe(true);
    expect(host.count("readWorkbook")).toBe(1);
    expect(memory.getFill(ALLOCATION, "D9")).toBeNull();
    expect(memory.getFill(ALLOCATION, "D7")).toBe(HIGHLIGHT_FILL.error);
    // Old marks were cleared before the new ones were applied.
    expect(host.calls.map((c) => c.method).filter((m) => m === "clearHighlights" || m === "applyHighlights")).toEqual([
      "clearHighlights",
      "applyHighlights",
    ]);
  });
});

describe("writeSummarySheet", () => {
  test("writes the summary, activates it, and refreshes the same sheet the next time", async () => {
    const { host, memory } = sampleHost();
    const outcome = await runCheck(host, CHOSEN);
    const first = await writeSummarySheet(host, outcome, "vi");
    expect(first.value).toBe("Tổng hợp");
    expect(memory.getActiveSheet()).toBe("Tổng hợp");
    expect(memory.getValue("Tổng hợp", "A1")).toBe("TỔNG HỢP KIỂM TRA PHÂN BỔ");
    const sheetsAfterFirst = (await memory.listSheets()).map((s) => s.name);

    const second = await writeSummarySheet(host, first.outcome, "en");
    expect(second.value).toBe("Tổng hợp");
    expect((await memory.listSheets()).map((s) => s.name)).toEqual(sheetsAfterFirst);
    expect(memory.getValue("Tổng hợp", "A1")).toBe("ALLOCATION CHECK SUMMARY");
  });

  test("a summary the user hid is refreshed, left hidden and not activated, and the result says so", async () => {
    const { host, memory } = sampleHost();
    const outcome = await runCheck(host, CHOSEN);
    expect((await writeSummarySheet(host, outcome, "vi")).keptHidden).toBe(false);
    const names = (await memory.listSheets()).map((s) => s.name);
    const data = await memory.readWorkbook(names);
    const hidden = new MemoryWorkbookHost({ sheets: data.sheets.map((s) => (s.name === "Tổng hợp" ? { ...s, hidden: true } : s)) });
    const before = hidden.getActiveSheet();
    const done = await writeSummarySheet(hidden, await runCheck(hidden, CHOSEN), "en");
    expect(done.keptHidden).toBe(true);
    expect(done.keptVeryHidden).toBe(false);
    expect((await hidden.listSheets()).find((s) => s.name === "Tổng hợp")?.visible).toBe(false);
    expect(hidden.getActiveSheet()).toBe(before);
    expect(hidden.getValue("Tổng hợp", "A1")).toBe("ALLOCATION CHECK SUMMARY");
  });

  test.each([
    [{ hidden: true, veryHidden: true }, true, true],
    [{ hidden: true }, true, false],
    [{ hidden: false }, false, false],
  ])("a host's %j after writing is told to the pane as kept hidden %s, very hidden %s", async (written, hidden, veryHidden) => {
    const memory = new MemoryWorkbookHost(buildSampleWorkbookData());
    const outcome = await runCheck(memory, CHOSEN);
    const host = Object.assign(Object.create(memory) as MemoryWorkbookHost, { writeSummary: async () => written });
    const done = await writeSummarySheet(host, outcome, "vi");
    expect([done.keptHidden, done.keptVeryHidden]).toEqual([hidden, veryHidden]);
  });

  test("never writes over a user's own sheet called Tổng hợp", async () => {
    const sample = buildSampleWorkbookData();
    const memory = new MemoryWorkbookHost({
      sheets: [...sample.sheets, { name: "Tổng hợp", values: [["Số liệu của tôi"], [42]], merges: [] }],
    });
    const outcome = await runCheck(memory, CHOSEN);
    const done = await writeSummarySheet(memory, outcome, "vi");
    expect(done.value).toBe("Tổng hợp (2)");
    expect(memory.getValue("Tổng hợp", "A1")).toBe("Số liệu của tôi");
    expect(memory.getValue("Tổng hợp", "A2")).toBe(42);
    expect(memory.getValue("Tổng hợp (2)", "A1")).toBe("TỔNG HỢP KIỂM TRA PHÂN BỔ");
  });

  test("checks again instead of writing a stale summary when the sheet changed", async () => {
    const { host, memory } = sampleHost();
    const outcome = await runCheck(host, CHOSEN);
    memory.setValue(ALLOCATION, "D9", 12);
    const done = await writeSummarySheet(host, outcome, "vi");
    expect(done.rechecked).toBe(true);
    expect(done.outcome.report.findings.some((f) => f.rule === "text-number" && f.cell === "D9")).toBe(false);
    const written = host.argsOf("writeSummary")[0][0] as { cells: Array<{ value?: unknown }> };
    const texts = written.cells.map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.includes("D9"))).toBe(false);
  });
});

describe("detectSheets", () => {
  test("finds the plan and allocation sheets of the sample", async () => {
    const memory = new MemoryWorkbookHost(sampleWithExtraSheet());
    const choices = await detectSheets(memory);
    expect(choices.detected).toEqual({ planSheet: PLAN, allocationSheet: ALLOCATION });
    expect(choices.sheets.map((s) => s.name)).toEqual([PLAN, ALLOCATION, ...RESULTS, "Ghi chú"]);
  });

  test("says null for what it cannot find", async () => {
    const sample = buildSampleWorkbookData();
    const noPlan = new MemoryWorkbookHost({ sheets: sample.sheets.filter((s) => s.name !== PLAN) });
    expect((await detectSheets(noPlan)).detected).toEqual({ planSheet: null, allocationSheet: null });
    const planOnly = new MemoryWorkbookHost({ sheets: sample.sheets.filter((s) => s.name === PLAN) });
    expect((await detectSheets(planOnly)).detected).toEqual({ planSheet: PLAN, allocationSheet: null });
  });

  /** The check's own message on the same workbook (what Kiểm tra would answer). */
  async function checkRefusal(host: MemoryWorkbookHost): Promise<unknown> {
    return runCheck(host, { allocationSheet: null, planSheet: PLAN }).then(
      () => "checked",
      (error: unknown) => (error instanceof InputError ? error.text : error),
    );
  }

  const planSheet = (): WorkbookData["sheets"][number] => buildSampleWorkbookData().sheets.find((s) => s.name === PLAN)!;
  test.each([
    ["only the plan", [] as WorkbookData["sheets"]],
    ["the plan and a sheet of notes", [{ name: "Ghi chú", values: [["Biểu phân bổ sẽ gửi sau"], ["Người lập: Nguyễn Thị Hoa"]], merges: [] }]],
    ["the plan and two sheets of words", [
      { name: "Ghi chú", values: [["Biểu phân bổ sẽ gửi sau"]], merges: [] },
      { name: "Danh bạ", values: [["Họ tên", "Chức vụ"], ["Nguyễn Thị Hoa", "Kế toán"]], merges: [] },
    ]],
  ])("with %s: no allocation sheet, and why, in the check's own words", async (_label, others) => {
    const host = new MemoryWorkbookHost({ sheets: [planSheet(), ...others] }, "mau.xlsx");
    const choices = await detectSheets(host);
    expect(choices.detected).toEqual({ planSheet: PLAN, allocationSheet: null });
    expect(choices.allocationProblem).toBeDefined();
    expect(choices.allocationProblem).toEqual(await checkRefusal(host));
  });

  test("a table below the first rows read at opening is found on the whole sheet, with no problem told", async () => {
    const sample = buildSampleWorkbookData();
    const pushed = sample.sheets.map((s) =>
      s.name === ALLOCATION ? { ...s, values: [...Array.from({ length: 12 }, () => [null]), ...s.values], merges: [] } : s,
    );
    const memory = new MemoryWorkbookHost({ sheets: pushed.filter((s) => s.name === PLAN || s.name === ALLOCATION) }, "mau.xlsx");
    // As Excel's host at opening: only each sheet's first rows.
    const host = Object.assign(Object.create(memory) as MemoryWorkbookHost, {
      async readSheetTops(names?: readonly string[]) {
        const whole = await memory.readWorkbook(names);
        return { workbook: { sheets: whole.sheets.map((s) => ({ ...s, values: s.values.slice(0, 8), merges: [] })) }, complete: [] };
      },
    });
    const choices = await detectSheets(host);
    expect(choices.detected).toEqual({ planSheet: PLAN, allocationSheet: ALLOCATION });
    expect(choices.allocationProblem).toBeUndefined();
  });

  test("a table on which no plan line is found is picked (Kiểm tra then offers to map its columns), no problem told", async () => {
    const sheet = { name: "Số liệu xã", values: [["STT", "Địa bàn", "Nhóm nòng cốt"], [null, "Tổng cộng", 7], [1, "Xã Một", 4], [2, "Xã Hai", 3]], merges: [] };
    const host = new MemoryWorkbookHost({ sheets: [sheet, planSheet()] }, "mau.xlsx");
    const choices = await detectSheets(host);
    expect(choices.detected).toEqual({ planSheet: PLAN, allocationSheet: "Số liệu xã" });
    expect(choices.allocationProblem).toBeUndefined();
  });

  test("mergeSelection keeps a user's choice that still exists", () => {
    const choices = {
      sheets: [
        { name: "A", visible: true },
        { name: "B", visible: true },
        { name: "H", visible: false },
      ],
      detected: { allocationSheet: "A", planSheet: "B" },
    };
    expect(mergeSelection(null, choices)).toEqual({ allocationSheet: "A", planSheet: "B" });
    expect(mergeSelection({ allocationSheet: "B", planSheet: "Gone" }, choices)).toEqual({
      allocationSheet: "B",
      planSheet: "B",
    });
    expect(mergeSelection({ allocationSheet: "H", planSheet: null }, choices)).toEqual({
      allocationSheet: "A",
      planSheet: "B",
    });
  });
});
