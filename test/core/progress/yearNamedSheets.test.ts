/**
 * Sheets named for a year without a results prefix (`TH 2023`: TH is Thực
 * hiện as often as Tổng hợp; `Năm 2023`): read as results when their content
 * says so — a title of results, or (`TH`) figures per area of the plan's lines
 * other than the allocation's — and left unread when it says allocation or
 * summary. Workbooks written with ExcelJS and read by the command.
 */
import { join } from "path";
import { runCli } from "../../cli/runCli";
import { makeTempDir, writeFixture, type FixtureSheet, type FixtureValue } from "../../helpers/xlsxFixture";
import { planFixture } from "./fixtures";

const PLAN = planFixture([["1", "Số tổ truyền thông cộng đồng được thành lập", "tổ", 8], ["2", "Số lớp tập huấn", "lớp", 16]]);

const COMMUNES = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];

/** A sheet with the allocation's layout: a title block, then per commune [teams, classes]. */
function areaSheet(name: string, title: string | null, figures: readonly (readonly [number, number])[]): FixtureSheet {
  const total = (k: 0 | 1, from = 0, to = 4): number => figures.slice(from, to).reduce((s, f) => s + f[k], 0);
  const rows: FixtureValue[][] = [
    [title],
    ["(Kèm theo Báo cáo số 25/BC-UBND)"],
    ["STT", "Đơn vị", "Số tổ truyền thông cộng đồng được thành lập (tổ)", "Số lớp tập huấn (lớp)"],
    [null, "Tổng cộng", total(0), total(1)],
    ["I", "Huyện Ba Vì", total(0, 0, 2), total(1, 0, 2)],
    [1, COMMUNES[0], ...figures[0]],
    [2, COMMUNES[1], ...figures[1]],
    ["II", "Huyện Quốc Oai", total(0, 2, 4), total(1, 2, 4)],
    [3, COMMUNES[2], ...figures[2]],
    [4, COMMUNES[3], ...figures[3]],
  ];
  return { name, rows };
}

const ALLOCATED: readonly (readonly [number, number])[] = [
  [2, 4],
  [2, 4],
  [2, 4],
  [2, 4],
];
const DONE: readonly (readonly [number, number])[] = [
  [1, 2],
  [1, 2],
  [1, 2],
  [1, 2],
];

interface Case {
  readonly sheets: readonly FixtureSheet[];
  /** The periods read, in order; [] when no results sheet is read. */
  readonly periods: readonly string[];
  /** An info says a sheet was read from its figures alone. */
  readonly readByFigures?: boolean;
}

const dir = makeTempDir("allocheck-year-named-");
let written = 0;

test.each<[string, Case]>([
  ["`TH 2022`, `TH 2023` titled KẾT QUẢ THỰC HIỆN: read as results", { sheets: [areaSheet("TH 2022", "KẾT QUẢ THỰC HIỆN NĂM 2022", DONE), areaSheet("TH 2023", "KẾT QUẢ THỰC HIỆN NĂM 2023", DONE)], periods: ["2022", "2023"] }],
  ["`TH 2023` untitled, figures other than the allocation's: read, and said so", { sheets: [areaSheet("TH 2023", null, DONE)], periods: ["2023"], readByFigures: true }],
  ["`TH 2023` titled TỔNG HỢP PHÂN BỔ: a summary, not read", { sheets: [areaSheet("TH 2023", "TỔNG HỢP PHÂN BỔ CHỈ TIÊU NĂM 2023", DONE)], periods: [] }],
  ["`TH 2023` untitled repeating the allocation's figures: a summary, not read", { sheets: [areaSheet("TH 2023", null, ALLOCATED)], periods: [] }],
  ["`Năm 2022`, `Năm 2023` titled BÁO CÁO KẾT QUẢ: read as results", { sheets: [areaSheet("Năm 2022", "BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2022", DONE), areaSheet("Năm 2023", "BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2023", DONE)], periods: ["2022", "2023"] }],
  ["`Năm 2023` titled PHÂN BỔ: a year's allocation, not read", { sheets: [areaSheet("Năm 2023", "PHÂN BỔ CHỈ TIÊU NĂM 2023", DONE)], periods: [] }],
  ["`Năm 2023` untitled: as often a year's allocation, not read", { sheets: [areaSheet("Năm 2023", null, DONE)], periods: [] }],
])("%s", async (title, { sheets, periods, readByFigures }) => {
  const file = await writeFixture(dir, `case-${++written}.xlsx`, [PLAN, areaSheet("Phân bổ", "BIỂU PHÂN BỔ CHỈ TIÊU", ALLOCATED), ...sheets]);
  const run = await runCli(["check", join(file), "--json"], dir);
  const report = JSON.parse(run.stdout) as { progress?: { periods: string[] }; findings: { severity: string; message: string }[] };
  expect(report.progress?.periods ?? []).toEqual(periods);
  const said = report.findings.some((f) => f.severity === "info" && f.message.includes("TH = Thực hiện"));
  expect(said).toBe(readByFigures === true);
});
