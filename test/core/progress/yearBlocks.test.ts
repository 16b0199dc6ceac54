/**
 * One results sheet with every year side by side (`Năm 2022` merged over the lines' columns, then
 * `Năm 2023` over the same lines, …, perhaps a `Lũy kế` block last): each block is read as that year's
 * sheet, every finding at its own cell on the real sheet, an area's label finding told once; the `Lũy kế`
 * block is checked against the years, never added. A line-level table (one column per period) is not split.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellRange, CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { yearBlocks } from "../../../src/core/progress/yearBlocks";
import { allocationSheet, planSheet, sheet, workbook } from "./fixtures";

const LINES = ["Tổ truyền thông cộng đồng (tổ)", "Tỷ lệ hộ gia đình được tuyên truyền (%)", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"];
const COMMUNES = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];
// Per year, per commune [teams, rate, KP.1, KP.2]: on pace at 75 % of 2022 - 2025.
const YEARS: Record<number, number[][]> = {
  2022: [[1, 70, 50, 30], [1, 75, 50, 30], [1, 70, 50, 30], [1, 80, 50, 30]],
  2023: [[1, 78, 50, 30], [1, 80, 50, 30], [1, 78, 50, 30], [1, 85, 50, 30]],
  2024: [[0, 80, 40, 20], [0, 85, 40, 20], [0, 80, 40, 20], [0, 90, 40, 20]],
};

/** Columns C:F 2022, G:J 2023, K:N 2024, and O:R Lũy kế when asked; `edit` changes a commune's figures first. */
function blocksSheet(running: boolean, edit: (years: Record<number, number[][]>) => void = () => undefined, labels = COMMUNES, planFirst = false): SheetData {
  const years: Record<number, number[][]> = JSON.parse(JSON.stringify(YEARS));
  edit(years);
  const allocated = [2, 80, 150, 100];
  const per = (i: number) => [
    ...(planFirst ? allocated : []),
    ...[2022, 2023, 2024].flatMap((y) => years[y][i]),
    ...(running ? [0, 1, 2, 3].map((k) => (k === 1 ? years[2024][i][1] : years[2022][i][k] + years[2023][i][k] + years[2024][i][k])) : []),
  ];
  const add = (rows: number[]) => per(rows[0]).map((_, k) => (k % 4 === 1 ? null : rows.reduce((s, i) => s + per(i)[k], 0)));
  const heads = [...(planFirst ? ["Kế hoạch giai đoạn"] : []), ...[2022, 2023, 2024].map((y) => `Năm ${y}`), ...(running ? ["Lũy kế"] : [])];
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2022 - 2025"],
    [],
    ["STT", "Đơn vị", ...heads.flatMap((h) => [h, null, null, null])],
    [null, null, ...heads.flatMap(() => LINES)],
    [null, "Tổng cộng", ...add([0, 1, 2, 3])],
    ["I", "Huyện Ba Vì", ...add([0, 1])],
    [1, labels[0], ...per(0)],
    [2, labels[1], ...per(1)],
    ["II", "Huyện Quốc Oai", ...add([2, 3])],
    [3, labels[2], ...per(2)],
    [4, labels[3], ...per(3)],
  ];
  const merges: CellRange[] = [
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    ...heads.map((_, b) => ({ top: 2, left: 2 + 4 * b, bottom: 2, right: 5 + 4 * b })),
  ];
  return { ...sheet("Kết quả thực hiện", values), merges };
}

function check(results: SheetData) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), results), { workbookName: "t.xlsx" }).report);
}

const found = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.sheet === "Kết quả thực hiện" && f.severity !== "info").map((f) => `${f.rule}/${f.severity}@${f.cell}`);

test.each<[string, boolean, (years: Record<number, number[][]>) => void, string[]]>([
  ["right", false, () => undefined, []],
  ["right, with a Lũy kế block", true, () => undefined, []],
  // Xã Tản Lĩnh's KP.1 in 2024 (column M, row 8): 50 + 50 + 120 > 150 allocated.
  ["a commune overspending in 2024", false, (y) => (y[2024][1][2] = 120), ["overspend/error@M8"]],
  ["a commune overspending in 2024, with a Lũy kế block", true, (y) => (y[2024][1][2] = 120), ["overspend/error@M8"]],
])("%s", (_, running, edit, expected) => {
  const report = check(blocksSheet(running, edit));
  expect(report.progress?.periods).toEqual(["2022", "2023", "2024"]);
  expect(found(report)).toEqual(expected);
  expect(report.indicators.find((i) => i.code === "KP.1")?.achieved).toBe(560_000_000 + (expected.length > 0 ? 80_000_000 : 0));
});

test.each<[string, (years: Record<number, number[][]>) => void, string[]]>([
  ["right", () => undefined, []],
  // Xã Tản Lĩnh's KP.1 in 2024 (column Q with the plan's block first, row 8).
  ["a commune overspending in 2024", (y) => (y[2024][1][2] = 120), ["overspend/error@Q8"]],
])("the plan's block before the years: %s", (_, edit, expected) => {
  const report = check(blocksSheet(true, edit, COMMUNES, true));
  expect(report.progress?.periods).toEqual(["2022", "2023", "2024"]);
  expect(found(report)).toEqual(expected);
});

test("a commune not in the allocation: one coverage warning at its label", () => {
  const report = check(blocksSheet(false, () => undefined, [...COMMUNES.slice(0, 3), "Xã Yên Bài"]));
  expect(found(report).filter((f) => f.startsWith("coverage"))).toEqual(["coverage/warning@B11"]);
});

test("a district's figure off in one year: the subtotal at its cell", () => {
  const sheetWithSubtotal = blocksSheet(false);
  const values = sheetWithSubtotal.values.map((row, r) => (r === 5 && row !== undefined ? row.map((v, c) => (c === 8 ? 99 : v)) : row));
  expect(found(check({ ...sheetWithSubtotal, values }))).toEqual(["subtotal/error@I6"]);
});

test("a commune's Lũy kế off: one cumulative error at its cell", () => {
  const base = blocksSheet(true);
  // Xã Phú Mãn (row 10), Lũy kế of KP.1 (column Q), and its district (row 9) kept right.
  const values = base.values.map((row, r) => (r === 9 && row !== undefined ? row.map((v, c) => (c === 16 ? 999 : v)) : row));
  expect(found(check({ ...base, values }))).toEqual(["cumulative/error@Q10"]);
});

test("period headers one column wide (a line-level table's) make no blocks", () => {
  const table = sheet("Kết quả thực hiện", [["Mã", "Chỉ tiêu", "Năm 2022", "Năm 2023"], ["1", "Tổ truyền thông cộng đồng", 4, 4]]);
  expect(yearBlocks(table)).toEqual([]);
  expect(yearBlocks({ ...table, merges: [{ top: 0, left: 2, bottom: 1, right: 2 }] })).toEqual([]);
});

test("each block's period is named by its header, and a year missing between blocks is told at the next block's header", () => {
  const report = check(blocksSheet(false));
  expect(report.indicators.find((i) => i.code === "1")?.periods?.map((p) => p.label)).toEqual(["Năm 2022", "Năm 2023", "Năm 2024"]);
  const base = blocksSheet(false);
  // The 2023 block's header mistyped Năm 2025: 2023 is missing, told at the 2024 block's header.
  const values = base.values.map((row, r) => (r === 2 && row !== undefined ? row.map((v) => (v === "Năm 2023" ? "Năm 2025" : v)) : row));
  const gap = check({ ...base, values });
  expect(gap.progress?.periods).toEqual(["2022", "2024", "2025"]);
  expect(found(gap).filter((f) => f.startsWith("pace"))).toEqual(["pace/warning@K3"]);
});
