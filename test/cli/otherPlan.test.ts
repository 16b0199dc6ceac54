/**
 * `--plan` naming the plan of another programme: its lines match no
 * allocation column. The workbook's own plan sheet (`Kế hoạch`) is the plan,
 * never the allocation sheet — read against the other plan it gave a
 * confident wrong reading (a `percent` error and a flood of warnings). The
 * check stops instead (CONTRACT §4, "no allocation table found": exit 2),
 * naming the sheet and the plan file.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/core/check";
import type { WorkbookData } from "../../src/core/model/workbook";
import { readPlanJson } from "../../src/core/plan";
import { buildSampleWorkbookData } from "../../src/sample";
import { inputError } from "../helpers/inputError";
import { makeTempDir, writeFixture, type FixtureSheet } from "../helpers/xlsxFixture";
import { expectUnusable, runCli } from "./runCli";

const PLAN_SHEET: FixtureSheet = {
  name: "Kế hoạch",
  rows: [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
    ["2", "Câu lạc bộ phụ nữ", "CLB", 4],
  ],
};

/** Numbered headers, matched to the workbook's plan by the row of codes below them. */
const ALLOCATION: FixtureSheet = {
  name: "Phân bổ",
  rows: [
    ["STT", "Địa bàn", "Chỉ tiêu 1", "Chỉ tiêu 2"],
    [null, null, "1", "2"],
    [null, "Tổng cộng", 5, 4],
    [1, "Xã Một", 3, 2],
    [2, "Xã Hai", 2, 2],
  ],
};

/** Another programme's plan: one line named like a line of the workbook's plan sheet, none like an allocation column. */
const OTHER_PLAN = {
  title: "Kế hoạch khác",
  indicators: [
    { code: "A", name: "Tổ truyền thông cộng đồng", unit: "%", target: 80 },
    { code: "B", name: "Mô hình sinh kế", unit: "mô hình", target: 3 },
  ],
};

function workbookOf(sheets: readonly FixtureSheet[]): WorkbookData {
  return { sheets: sheets.map((sheet) => ({ name: sheet.name, values: sheet.rows.map((row) => row.map((value) => (typeof value === "object" && value !== null ? null : value))), merges: [] })) };
}

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-other-plan-");
  await writeFixture(dir, "phan-bo.xlsx", [PLAN_SHEET, ALLOCATION]);
  await writeFixture(dir, "chi-ke-hoach.xlsx", [PLAN_SHEET]);
  writeFileSync(join(dir, "ke-hoach-khac.json"), JSON.stringify(OTHER_PLAN));
});

/** Percent lines of a gender-equality programme; the last names communes (`xã, phường`), as the sample's area list on its plan sheet does. */
const PERCENT_PLAN = {
  indicators: [
    { code: "1", name: "Sinh viên, học sinh các cấp được tuyên truyền nâng cao nhận thức về bình đẳng giới", unit: "%", target: 80 },
    { code: "2", name: "Cán bộ làm công tác bình đẳng giới ở cơ sở xã, phường, thị trấn được tập huấn nghiệp vụ ít nhất 1 lần/ năm", unit: "%", target: 100 },
  ],
};

describe("a plan file of another programme", () => {
  test("the sample workbook: its plan sheet is not read as the allocation sheet; the check stops on the allocation sheet", () => {
    const error = inputError(() => checkWorkbook(buildSampleWorkbookData(), { workbookName: "mau.xlsx", plan: readPlanJson(PERCENT_PLAN, "ke-hoach-khac.json") }));
    expect(error.code).toBe("no-table");
    expect(error.text.vi).toContain('trang "Phân bổ"');
  });

  test("a plan sheet and an allocation sheet, the other plan matching neither: the check stops on the allocation sheet", () => {
    const error = inputError(() => checkWorkbook(workbookOf([PLAN_SHEET, ALLOCATION]), { workbookName: "phan-bo.xlsx", plan: readPlanJson(OTHER_PLAN, "ke-hoach-khac.json") }));
    expect(error.code).toBe("no-table");
    expect(error.text.vi).toContain('trang "Phân bổ"');
  });

  test("check: exit 2, one line naming the sheet, the plan file and the workbook's plan sheet", async () => {
    const run = await runCli(["check", "phan-bo.xlsx", "--plan", "ke-hoach-khac.json"], dir);
    expectUnusable(run, /Không tìm thấy chỉ tiêu nào của kế hoạch trong trang "Phân bổ"/);
    expect(run.stderr).toContain("Kế hoạch lấy từ tệp ke-hoach-khac.json");
    expect(run.stderr).toContain('trang kế hoạch "Kế hoạch"');
  });

  test("check --json --lang en: the same, in English, nothing on stdout", async () => {
    const run = await runCli(["check", "phan-bo.xlsx", "--plan", "ke-hoach-khac.json", "--json", "--lang", "en"], dir);
    expectUnusable(run, /No plan line was found on sheet "Phân bổ".*The plan was read from ke-hoach-khac\.json/);
  });

  test("a workbook holding only its plan sheet: no allocation sheet, said as such (not read against the other plan)", async () => {
    const run = await runCli(["check", "chi-ke-hoach.xlsx", "--plan", "ke-hoach-khac.json"], dir);
    expectUnusable(run, /Sổ làm việc không có trang biểu phân bổ: chỉ có "Kế hoạch"/);
    expect(run.stderr).not.toContain("bỏ --plan");
  });

  test("the workbook's own plan given as a file still checks the allocation sheet", async () => {
    const own = { indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 }, { code: "2", name: "Câu lạc bộ phụ nữ", unit: "CLB", target: 4 }] };
    writeFileSync(join(dir, "ke-hoach.json"), JSON.stringify(own));
    const run = await runCli(["check", "phan-bo.xlsx", "--plan", "ke-hoach.json", "--json"], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ allocationSheet: "Phân bổ", counts: { error: 0 } });
  });
});
