/**
 * A `Tiến độ` table giving each year two columns, `Thực hiện` | `Giải ngân`
 * (what was done, what was disbursed): one period each, the money lines taking
 * the disbursed figure (the done one where it is blank), the other lines the
 * done one — not refused as two columns of one period, and each period is
 * labelled by its year's header. Workbooks written with
 * ExcelJS and read by the command.
 */
import { runCli } from "../../cli/runCli";
import { makeTempDir, writeFixture, type FixtureSheet, type FixtureValue } from "../../helpers/xlsxFixture";
import { planFixture } from "./fixtures";

const PLAN = planFixture([["1", "Số tổ truyền thông cộng đồng được thành lập", "tổ", 8], ["2", "Kinh phí hỗ trợ", "triệu đồng", 1000]]);

const ALLOCATION: FixtureSheet = {
  name: "Phân bổ",
  rows: [["BIỂU PHÂN BỔ"], [], ["STT", "Đơn vị", "Số tổ truyền thông cộng đồng được thành lập (tổ)", "Kinh phí hỗ trợ (triệu đồng)"], [null, "Tổng cộng", 8, 1000], [1, "Xã Ba Trại", 4, 500], [2, "Xã Tản Lĩnh", 4, 500]],
};

function progress(done: string, disbursed: string, money: readonly FixtureValue[], cumulative: readonly [number, number]): FixtureSheet {
  return {
    name: "Tiến độ",
    rows: [
      ["BÁO CÁO TIẾN ĐỘ"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", null, "Năm 2023", null, "Lũy kế"],
      [null, null, null, null, done, disbursed, done, disbursed, null],
      ["1", "Số tổ truyền thông cộng đồng được thành lập", "tổ", 8, 2, null, 2, null, cumulative[0]],
      ["2", "Kinh phí hỗ trợ", "triệu đồng", 1000, ...money, cumulative[1]],
    ],
    merges: ["E3:F3", "G3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "I3:I4"],
  };
}

const dir = makeTempDir("allocheck-done-disbursed-");
let written = 0;

test.each<[string, FixtureSheet, readonly [number, number], readonly string[]]>([
  ["Thực hiện | Giải ngân: money from Giải ngân", progress("Thực hiện", "Giải ngân", [300, 250, 300, 250], [4, 500]), [4, 500e6], []],
  ["KQ | Đã giải ngân", progress("Kết quả", "Đã giải ngân", [300, 250, 300, 250], [4, 500]), [4, 500e6], []],
  ["a money line's blank Giải ngân: its Thực hiện stands", progress("Thực hiện", "Giải ngân", [300, 250, 250, null], [4, 500]), [4, 500e6], []],
  ["a Lũy kế of the done figures for money: one cumulative error", progress("Thực hiện", "Giải ngân", [300, 250, 300, 250], [4, 600]), [4, 500e6], ["cumulative/error@I6"]],
])("%s", async (_, sheet, achieved, expected) => {
  const file = await writeFixture(dir, `case-${++written}.xlsx`, [PLAN, ALLOCATION, sheet]);
  const run = await runCli(["check", file, "--json"], dir);
  const report = JSON.parse(run.stdout) as { progress?: { periods: string[] }; indicators: { code: string; achieved?: number; periods?: { label: string }[] }[]; findings: { rule: string; severity: string; sheet: string; cell: string | null }[] };
  expect(report.progress?.periods).toEqual(["2022", "2023"]);
  // Each period named by its year's header, not by `Thực hiện` twice.
  expect(report.indicators[0].periods?.map((p) => p.label)).toEqual(["Năm 2022", "Năm 2023"]);
  expect(report.indicators.map((i) => i.achieved)).toEqual(achieved);
  expect(report.findings.filter((f) => f.sheet === "Tiến độ" && f.severity === "error").map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(expected);
});
