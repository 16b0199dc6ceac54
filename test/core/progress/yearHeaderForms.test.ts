/**
 * Period headers of a `Tiến độ` table written in other ways than `Năm 2023`:
 * a date formatted to show its year alone (1/1/2023 shown `2023`), and the
 * plan's ordinal years (`Năm thứ nhất`, `Năm thứ 2`) counted from the plan's
 * first year. Workbooks written with ExcelJS and read by the command.
 */
import { runCli } from "../../cli/runCli";
import { makeTempDir, writeFixture, type FixtureSheet, type FixtureValue } from "../../helpers/xlsxFixture";
import { planFixture } from "./fixtures";

const PLAN = planFixture([["1", "Số tổ truyền thông cộng đồng được thành lập", "tổ", 8], ["2", "Số lớp tập huấn", "lớp", 16]]);

const ALLOCATION: FixtureSheet = {
  name: "Phân bổ",
  rows: [
    ["BIỂU PHÂN BỔ CHỈ TIÊU"],
    [],
    ["STT", "Đơn vị", "Số tổ truyền thông cộng đồng được thành lập (tổ)", "Số lớp tập huấn (lớp)"],
    [null, "Tổng cộng", 8, 16],
    [1, "Xã Ba Trại", 4, 8],
    [2, "Xã Tản Lĩnh", 4, 8],
  ],
};

/** Excel's serial of 1 January of a year (the 1900 date system). */
function januaryFirst(year: number): number {
  return Date.UTC(year, 0, 1) / 86400000 + 25569;
}

function progressSheet(periods: readonly FixtureValue[]): FixtureSheet {
  return {
    name: "Tiến độ",
    rows: [
      ["THEO DÕI TIẾN ĐỘ THỰC HIỆN"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", ...periods, "Lũy kế", "Ghi chú"],
      ["1", "Số tổ truyền thông cộng đồng được thành lập", "tổ", 8, ...periods.map(() => 2), 2 * periods.length, null],
      ["2", "Số lớp tập huấn", "lớp", 16, ...periods.map(() => 4), 4 * periods.length, null],
    ],
  };
}

const dir = makeTempDir("allocheck-year-headers-");
let written = 0;

test.each<[string, readonly FixtureValue[], readonly string[]]>([
  ["dates shown as `yyyy`", [{ value: januaryFirst(2022), numFmt: "yyyy" }, { value: januaryFirst(2023), numFmt: "yyyy" }], ["2022", "2023"]],
  ["dates shown as `\"Năm \"yyyy`", [{ value: januaryFirst(2022), numFmt: '"Năm "yyyy' }, { value: januaryFirst(2023), numFmt: '"Năm "yyyy' }], ["2022", "2023"]],
  ["Năm thứ nhất / Năm thứ hai", ["Năm thứ nhất", "Năm thứ hai"], ["2022", "2023"]],
  ["NĂM THỨ NHẤT / Năm thứ 2 / Năm thứ ba", ["NĂM THỨ NHẤT", "Năm thứ 2", "Năm thứ ba"], ["2022", "2023", "2024"]],
  ["Năm thứ nhất (2022) / Năm thứ hai (2023)", ["Năm thứ nhất (2022)", "Năm thứ hai (2023)"], ["2022", "2023"]],
])("%s", async (_, periods, expected) => {
  const file = await writeFixture(dir, `case-${++written}.xlsx`, [PLAN, ALLOCATION, progressSheet(periods)]);
  const run = await runCli(["check", file, "--json"], dir);
  const report = JSON.parse(run.stdout) as { progress?: { periods: string[] }; findings: { rule: string; severity: string }[] };
  expect(report.progress?.periods).toEqual(expected);
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("a full date (31/12/2023) is a cut-off, not a period: not read as the year", async () => {
  const file = await writeFixture(dir, `case-${++written}.xlsx`, [PLAN, ALLOCATION, progressSheet([{ value: januaryFirst(2023) + 364, numFmt: "dd/mm/yyyy" }])]);
  const run = await runCli(["check", file, "--json"], dir);
  const report = JSON.parse(run.stdout) as { progress?: { periods: string[] } };
  expect(report.progress?.periods ?? []).toEqual([]);
});
