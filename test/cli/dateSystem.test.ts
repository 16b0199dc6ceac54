/**
 * A workbook that counts its dates from 1904 (Excel for Mac's old default):
 * period headers typed as dates and shown as a year (`yyyy`) read as the
 * years they show, as in a workbook counting from 1900 — never as the years
 * four years earlier that the same serials would be from 1900.
 */
import { join } from "path";
import { buildWorkbook, makeTempDir, pct, type FixtureSheet, type FixtureValue } from "../helpers/xlsxFixture";
import { CLEAN_SHEETS, runCli } from "./runCli";

/** 1 January of `year` as Excel stores it in each date system. */
function newYear(year: number, date1904: boolean): FixtureValue {
  const serial1900 = Math.round((Date.UTC(year, 0, 1) - Date.UTC(1899, 11, 30)) / 86400000);
  return { value: date1904 ? serial1900 - 1462 : serial1900, numFmt: "yyyy" };
}

function progress(date1904: boolean): FixtureSheet {
  return {
    name: "Tiến độ",
    rows: [
      ["BẢNG THEO DÕI TIẾN ĐỘ", null, null, null, null, null, null],
      ["Mã", "Chỉ tiêu", newYear(2022, date1904), newYear(2023, date1904), "6 tháng đầu năm 2024", "Lũy kế", "% so với KH"],
      ["1", "Địa chỉ tin cậy tại cộng đồng", 1, 1, 1, 3, pct(0.5)],
      ["KP", "Kinh phí hỗ trợ (triệu đồng)", 300, 400, 100, 800, pct(0.64)],
    ],
  };
}

const PLAN: FixtureSheet = { ...CLEAN_SHEETS[0], rows: [["KẾ HOẠCH giai đoạn 2022 - 2025", null, null, null], [null, null, null, null], ...CLEAN_SHEETS[0].rows] };

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-date-system-");
  for (const date1904 of [false, true]) {
    const workbook = buildWorkbook([PLAN, CLEAN_SHEETS[1], progress(date1904)]);
    workbook.properties.date1904 = date1904;
    await workbook.xlsx.writeFile(join(dir, `tien-do-${date1904 ? 1904 : 1900}.xlsx`));
  }
});

test.each([
  ["1900", "tien-do-1900.xlsx"],
  ["1904", "tien-do-1904.xlsx"],
])("dates counted from %s: the year headers are the years they show", async (_, file) => {
  const run = await runCli(["check", file, "--json"], dir);
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout);
  expect(report.progress).toMatchObject({ periods: ["2022", "2023", "2024-H1"], planStart: "2022", planEnd: "2025" });
  expect(report.indicators[0].periods.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual([
    ["2022", 1],
    ["2023", 1],
    ["2024-H1", 1],
  ]);
  expect(report.findings.filter((f: { rule: string }) => f.rule === "cumulative" || f.rule === "rate")).toEqual([]);
});
