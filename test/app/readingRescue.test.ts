/**
 * A sheet on which no plan line is found: the check stays an unusable input
 * (the CLI's exit 2, same words), and the pane still gets the sheet's reading
 * to map its columns (or rows) to plan lines; once mapped, the check runs.
 */
import { MemoryWorkbookHost } from "../../src/adapters/memory";
import { readingWithoutPlanLine } from "../../src/app/readingRescue";
import { runCheck } from "../../src/app/runCheck";
import { addCorrection } from "../../src/core/corrections/settingValue";
import { InputError } from "../../src/core/model/errors";
import type { SheetData } from "../../src/core/model/workbook";
import { lineChoice } from "../../src/taskpane/components/reading/readingCorrections";

const PLAN: SheetData = {
  name: "Kế hoạch",
  values: [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
    ["2", "Câu lạc bộ phụ nữ", "CLB", 4],
  ],
  merges: [],
};

const BY_ROWS: SheetData = {
  name: "Số liệu xã",
  values: [
    ["STT", "Địa bàn", "Số hộ nghèo", "Diện tích lúa"],
    [null, "Tổng cộng", 7, 4],
    [1, "Xã Một", 4, 2],
    [2, "Xã Hai", 3, 2],
  ],
  merges: [],
};

const BY_COLUMNS: SheetData = {
  name: "Số liệu dòng",
  values: [
    ["STT", "Nội dung", "Tổng cộng", "Xã Một", "Xã Hai"],
    [1, "Số hộ nghèo", 7, 4, 3],
    [2, "Diện tích lúa", 4, 2, 2],
  ],
  merges: [],
};

async function failure(host: MemoryWorkbookHost, selection: { allocationSheet: string; planSheet: string }): Promise<unknown> {
  return runCheck(host, selection).then(
    () => null,
    (e: unknown) => e,
  );
}

describe.each([
  ["areas as rows", BY_ROWS, "C", "D"],
  ["indicators as rows", BY_COLUMNS, "2", "3"],
])("no plan line on a sheet (%s)", (_label, sheet, first, second) => {
  const selection = { allocationSheet: sheet.name, planSheet: PLAN.name };

  test("the check still fails with the CLI's message, and the reading is offered to map the lines", async () => {
    const host = new MemoryWorkbookHost({ sheets: [sheet, PLAN] }, "book.xlsx");
    const error = await failure(host, selection);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).text.en).toMatch(/^No plan line was found on sheet "/);

    const rescue = await readingWithoutPlanLine(host, selection, error);
    expect(rescue).not.toBeNull();
    expect(rescue!.problem).toEqual((error as InputError).text);
    const reading = rescue!.outcome.report.reading!;
    expect(reading.lines).toEqual([]);
    expect(reading.ignored.map((i) => [i.at, i.why])).toEqual([
      [first, "no plan line"],
      [second, "no plan line"],
    ]);

    // The user maps both lines in the reading view: saved, and the check now runs.
    const codes = rescue!.outcome.plan.lines.map((l) => l.code);
    let set = await host.loadCorrections();
    set = addCorrection(set, sheet.name, lineChoice(first, reading.ignored[0].header, "1", codes)!);
    set = addCorrection(set, sheet.name, lineChoice(second, reading.ignored[1].header, "2", codes)!);
    await host.saveCorrections(set);
    const outcome = await runCheck(host, selection);
    expect(outcome.report.indicators.map((i) => [i.code, i.allocated])).toEqual([
      ["1", 7],
      ["2", 4],
    ]);
  });
});

test("any other failure offers no reading", async () => {
  const host = new MemoryWorkbookHost({ sheets: [BY_ROWS, PLAN] }, "book.xlsx");
  const selection = { allocationSheet: BY_ROWS.name, planSheet: PLAN.name };
  expect(await readingWithoutPlanLine(host, selection, new Error("boom"))).toBeNull();
  expect(await readingWithoutPlanLine(host, selection, new InputError("no-plan", { vi: "x", en: "x" }))).toBeNull();
  // A workbook without any table to read: nothing to map.
  const empty = new MemoryWorkbookHost({ sheets: [{ name: "Trống", values: [], merges: [] }, PLAN] }, "book.xlsx");
  const none = { allocationSheet: "Trống", planSheet: PLAN.name };
  expect(await readingWithoutPlanLine(empty, none, await failure(empty, none))).toBeNull();
});
