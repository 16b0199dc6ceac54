/**
 * A plan none of whose lines has a column (or row) on the sheet: nothing is
 * compared, so it is never a pass. CONTRACT §4 counts it as "no allocation
 * table found": exit status 2 with one line naming the sheet and the headers
 * read, nothing on stdout (not even with --json), no summary written; the
 * pane, which runs the same check, shows the same message.
 */
import { existsSync } from "fs";
import { join } from "path";
import { MemoryWorkbookHost } from "../../src/adapters/memory";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { runCheck } from "../../src/app/runCheck";
import { checkWorkbook } from "../../src/core/check";
import { InputError } from "../../src/core/model/errors";
import { errorNotice } from "../../src/taskpane/hooks/usePaneTasks";
import { makeTempDir, writeFixture, type FixtureSheet } from "../helpers/xlsxFixture";
import { expectUnusable, runCli } from "./runCli";

const PLAN: FixtureSheet = {
  name: "Kế hoạch",
  rows: [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
    ["2", "Câu lạc bộ phụ nữ", "CLB", 4],
  ],
};

/** Areas as rows: two columns of figures, neither a plan line. */
const BY_ROWS: FixtureSheet = {
  name: "Số liệu xã",
  rows: [
    ["STT", "Địa bàn", "Số hộ nghèo", "Diện tích lúa"],
    [null, "Tổng cộng", 7, 40],
    [1, "Xã Một", 4, 20],
    [2, "Xã Hai", 3, 20],
  ],
};

/** Indicators as rows: two rows of figures, neither a plan line. */
const BY_COLUMNS: FixtureSheet = {
  name: "Số liệu dòng",
  rows: [
    ["STT", "Nội dung", "Tổng cộng", "Xã Một", "Xã Hai"],
    [1, "Số hộ nghèo", 7, 4, 3],
    [2, "Diện tích lúa", 40, 20, 20],
  ],
};

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-no-line-");
  await writeFixture(dir, "hang.xlsx", [PLAN, BY_ROWS]);
  await writeFixture(dir, "cot.xlsx", [PLAN, BY_COLUMNS]);
  await writeFixture(dir, "mot.xlsx", [{ name: "Kế hoạch", rows: PLAN.rows.slice(0, 2) }, BY_ROWS]);
});

describe("a plan with no line on the sheet", () => {
  test.each([
    { file: "hang.xlsx", sheet: "Số liệu xã", axis: "cột", headers: /"Số hộ nghèo" \(C1\), "Diện tích lúa" \(D1\)/ },
    { file: "cot.xlsx", sheet: "Số liệu dòng", axis: "dòng", headers: /"Số hộ nghèo" \(B2\), "Diện tích lúa" \(B3\)/ },
  ])("check $file: exit 2, one line naming the sheet and the headers read", async ({ file, sheet, axis, headers }) => {
    const run = await runCli(["check", file], dir);
    expectUnusable(run, new RegExp(`Không tìm thấy chỉ tiêu nào của kế hoạch trong trang "${sheet}": không ${axis} nào khớp`));
    expect(run.stderr).toMatch(headers);
    expect(run.stderr).not.toMatch(/ĐẠT|không có lỗi/);
  });

  test("check --json: exit 2, nothing on stdout; in English too", async () => {
    const run = await runCli(["check", "hang.xlsx", "--json", "--lang", "en"], dir);
    expectUnusable(run, /No plan line was found on sheet "Số liệu xã"[^\n]*nothing was compared/);
  });

  test("a plan of one line is told as one line, in English too", async () => {
    const run = await runCli(["check", "mot.xlsx", "--lang", "en"], dir);
    expectUnusable(run, /the name or code of the plan's one line \(1 "Tổ truyền thông cộng đồng"\), so nothing was compared/);
  });

  test("summary: exit 2, no copy written", async () => {
    const run = await runCli(["summary", "hang.xlsx", "-o", "tong-hop.xlsx"], dir);
    expectUnusable(run, /Không tìm thấy chỉ tiêu nào/);
    expect(existsSync(join(dir, "tong-hop.xlsx"))).toBe(false);
  });

  test("the pane's check fails with the same message", async () => {
    const workbook = await readWorkbookFile(join(dir, "hang.xlsx"));
    const host = new MemoryWorkbookHost(workbook, "hang.xlsx");
    const failure = await runCheck(host, { allocationSheet: "Số liệu xã", planSheet: "Kế hoạch" }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(InputError);
    expect(errorNotice(failure)).toMatchObject({ intent: "error", text: { vi: expect.stringContaining('trang "Số liệu xã"') as string } });
  });

  test("the pane and the command say where the plan was read from, in the same words: one message from the check", async () => {
    const workbook = await readWorkbookFile(join(dir, "hang.xlsx"));
    const host = new MemoryWorkbookHost(workbook, "hang.xlsx");
    const failure = await runCheck(host, { allocationSheet: "Số liệu xã", planSheet: "Kế hoạch" }).then(
      () => null,
      (error: unknown) => error,
    );
    const pane = errorNotice(failure).text;
    const sentence = {
      vi: 'Kế hoạch lấy từ trang "Kế hoạch" của sổ làm việc: hãy kiểm tra đây đúng là kế hoạch của biểu phân bổ này.',
      en: 'The plan was read from the workbook\'s sheet "Kế hoạch": check that it is the plan this allocation splits.',
    };
    expect(pane.vi).toContain(sentence.vi);
    expect(pane.en).toContain(sentence.en);
    const vi = await runCli(["check", "hang.xlsx"], dir);
    const en = await runCli(["check", "hang.xlsx", "--lang", "en"], dir);
    expect(vi.stderr).toBe(`allocheck: hang.xlsx: ${pane.vi}\n`);
    expect(en.stderr).toBe(`allocheck: hang.xlsx: ${pane.en}\n`);
  });

  test("one plan line found is enough: the report is made, the other line unmapped", async () => {
    const workbook = await readWorkbookFile(join(dir, "hang.xlsx"));
    const renamed = {
      sheets: workbook.sheets.map((s) =>
        s.name === "Số liệu xã" ? { ...s, values: s.values.map((row, r) => (r === 0 ? row?.map((v) => (v === "Số hộ nghèo" ? "Tổ truyền thông cộng đồng" : v)) : row)) } : s,
      ),
    };
    const { report } = checkWorkbook(renamed, { workbookName: "hang.xlsx" });
    expect(report.indicators.map((i) => i.status)).toEqual(["over", "unmapped"]);
  });
});
