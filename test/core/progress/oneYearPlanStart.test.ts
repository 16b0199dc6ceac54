/**
 * A plan of one year (`Kế hoạch … năm 2024`) whose results start after
 * January (`Quý II/2024`): the cumulative totals lack its first months, so no
 * line is judged behind for them — one warning at the first period says so.
 * A plan over several years reporting from mid first year is judged as before
 * (approved during its first year). Parts of a year written without it
 * (`Quý I`) are in a one-year plan's year. Workbooks written with ExcelJS.
 */
import { runCli } from "../../cli/runCli";
import { makeTempDir, writeFixture, type FixtureSheet } from "../../helpers/xlsxFixture";

function plan(title: string): FixtureSheet {
  return {
    name: "Kế hoạch",
    rows: [[title], [], ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch"], ["1", "Số tổ truyền thông cộng đồng được thành lập", "tổ", 8], ["2", "Kinh phí hỗ trợ", "triệu đồng", 1000]],
  };
}

const ALLOCATION: FixtureSheet = {
  name: "Phân bổ",
  rows: [
    ["BIỂU PHÂN BỔ CHỈ TIÊU"],
    [],
    ["STT", "Đơn vị", "Số tổ truyền thông cộng đồng được thành lập (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", 8, 1000],
    [1, "Xã Ba Trại", 4, 500],
    [2, "Xã Tản Lĩnh", 4, 500],
  ],
};

/** Two periods, each a quarter of the target: half done. */
function progress(periods: readonly [string, string]): FixtureSheet {
  return {
    name: "Tiến độ",
    rows: [
      ["THEO DÕI TIẾN ĐỘ THỰC HIỆN"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", ...periods, "Lũy kế"],
      ["1", "Số tổ truyền thông cộng đồng được thành lập", "tổ", 8, 2, 2, 4],
      ["2", "Kinh phí hỗ trợ", "triệu đồng", 1000, 250, 250, 500],
    ],
  };
}

const dir = makeTempDir("allocheck-one-year-");
let written = 0;

test.each<[string, string, readonly [string, string], readonly string[]]>([
  ["one year, results from Quý II: one warning at Quý II, no line judged behind", "KẾ HOẠCH thực hiện Dự án 8 năm 2024", ["Quý II/2024", "Quý III/2024"], ["pace/warning@E3"]],
  ["one year, results from 6 tháng cuối năm: one warning", "KẾ HOẠCH thực hiện Dự án 8 năm 2024", ["Quý III/2024", "Quý IV/2024"], ["pace/warning@E3"]],
  ["one year, results from Quý I: judged (on pace, half done at mid-year)", "KẾ HOẠCH thực hiện Dự án 8 năm 2024", ["Quý I/2024", "Quý II/2024"], []],
  ["several years, results from Quý II of the first: no gap, judged as before (on pace)", "KẾ HOẠCH thực hiện Dự án 8 giai đoạn 2024 - 2025", ["Quý II/2024", "Quý III/2024"], []],
])("%s", async (_, title, periods, expected) => {
  const file = await writeFixture(dir, `case-${++written}.xlsx`, [plan(title), ALLOCATION, progress(periods)]);
  const run = await runCli(["check", file, "--json"], dir);
  const report = JSON.parse(run.stdout) as { findings: { rule: string; severity: string; sheet: string; cell: string | null }[] };
  const found = report.findings.filter((f) => f.sheet === "Tiến độ" && f.severity !== "info").map((f) => `${f.rule}/${f.severity}@${f.cell}`);
  expect(found).toEqual(expected);
});

test("the warning names the months left out and a Lũy kế column to their last day", async () => {
  const file = await writeFixture(dir, `case-${++written}.xlsx`, [plan("KẾ HOẠCH thực hiện Dự án 8 năm 2024"), ALLOCATION, progress(["Quý II/2024", "Quý III/2024"])]);
  const run = await runCli(["check", file, "--json"], dir);
  const report = JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] };
  const message = report.findings.find((f) => f.rule === "pace")?.message ?? "";
  expect(message).toContain("01/2024 - 03/2024");
  expect(message).toContain("Lũy kế đến 31/03/2024");
});

test.each<[string, string, readonly string[] | undefined]>([
  ["a one-year plan: Quý I, Quý II without a year are that year's", "KẾ HOẠCH thực hiện Dự án 8 năm 2024", ["2024-Q1", "2024-Q2"]],
  ["a plan over several years: no year to take them in, not read", "KẾ HOẠCH thực hiện Dự án 8 giai đoạn 2022 - 2025", undefined],
])("%s", async (_, title, periods) => {
  const file = await writeFixture(dir, `case-${++written}.xlsx`, [plan(title), ALLOCATION, progress(["Quý I", "Quý II"])]);
  const run = await runCli(["check", file, "--json"], dir);
  const report = JSON.parse(run.stdout) as { progress?: { periods: string[] } };
  expect(report.progress?.periods).toEqual(periods);
});
