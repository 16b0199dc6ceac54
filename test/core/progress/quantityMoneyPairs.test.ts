/**
 * A `Theo dõi` table giving the target, each period and `Lũy kế` two
 * sub-columns, `Số lượng` | `Kinh phí` under merged headers: count and
 * percent lines read the quantity, money lines the money — one period each,
 * one target, one running total (not refused as two columns of one period, and
 * the money `Lũy kế` not taken for a running total between the periods). One
 * planted mistake gives one finding at its cell.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellRange, CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, workbook } from "./fixtures";

type Row = CellValue[];

/** `Năm 2022` … `6 tháng đầu năm 2024`, `Lũy kế đến 30/6/2024`, each over `Số lượng` | `Kinh phí`, rows from row 5. */
function pairedTable(rows: Row[], sub: readonly [string, string] = ["Số lượng", "Kinh phí"], years: readonly string[] = ["Năm 2022", "Năm 2023", "6 tháng đầu năm 2024"]): SheetData {
  const groups = ["Kế hoạch giai đoạn", ...years, "Lũy kế đến 30/6/2024"];
  const top: Row = ["STT", "Nội dung", "ĐVT", ...groups.flatMap((g) => [g, null]), "Tỷ lệ (%)", "Ghi chú"];
  const under: Row = [null, null, null, ...groups.flatMap(() => [...sub]), null, null];
  const merges: CellRange[] = [0, 1, 2, 13, 14].map((c) => ({ top: 2, left: c, bottom: 3, right: c }));
  groups.forEach((_, g) => merges.push({ top: 2, left: 3 + 2 * g, bottom: 2, right: 4 + 2 * g }));
  return { name: "Theo dõi", values: [["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2022-2025"], [], top, under, ...rows], merges };
}

/** A count line: the quantity in the first sub-column of each pair. */
const count = (code: string, name: string, unit: string, target: number, p: readonly number[], cum: number, rate: number): Row => [code, name, unit, target, null, p[0], null, p[1], null, p[2], null, cum, null, rate, null];
/** A money line: the money in the second sub-column. */
const money = (code: string, name: string, target: number, p: readonly number[], cum: number, rate: number): Row => [code, name, "triệu đồng", null, target, null, p[0], null, p[1], null, p[2], null, cum, rate, null];

function rows(edit: (r: Row[]) => void = () => {}): Row[] {
  const r = [
    count("1", "Tổ truyền thông cộng đồng", "tổ", 8, [2, 2, 1], 5, 62.5),
    count("2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, [50, 60, 70], 70, 87.5),
    money("KP", "Tổng kinh phí", 1000, [200, 300, 150], 650, 65),
    money("KP.1", "Kinh phí truyền thông", 600, [150, 200, 50], 400, 66.67),
    money("KP.2", "Kinh phí tập huấn", 400, [50, 100, 100], 250, 62.5),
  ];
  edit(r);
  return r;
}

function check(table: SheetData) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), table), { workbookName: "t.xlsx" }).report);
}

const M = 1e6;

test.each<[string, SheetData, readonly number[], readonly string[]]>([
  ["clean", pairedTable(rows()), [5, 70, 650 * M, 400 * M, 250 * M], []],
  ["SL | KP", pairedTable(rows(), ["SL", "KP"]), [5, 70, 650 * M, 400 * M, 250 * M], []],
  ["Khối lượng | Số tiền", pairedTable(rows(), ["Khối lượng", "Số tiền"]), [5, 70, 650 * M, 400 * M, 250 * M], []],
  ["a count line's wrong Lũy kế (rate from it)", pairedTable(rows((r) => { r[0][11] = 6; r[0][13] = 75; })), [5, 70, 650 * M, 400 * M, 250 * M], ["cumulative@L5:5:6"]],
  ["a money line's wrong Lũy kế (rate from it)", pairedTable(rows((r) => { r[3][12] = 450; r[3][13] = 75; })), [5, 70, 650 * M, 400 * M, 250 * M], ["cumulative@M8:400000000:450000000"]],
  ["a money line's wrong rate", pairedTable(rows((r) => { r[4][13] = 52.5; })), [5, 70, 650 * M, 400 * M, 250 * M], ["rate@N9:62.5:52.5"]],
  ["a money line's target copied wrong", pairedTable(rows((r) => { r[3][4] = 650; })), [5, 70, 650 * M, 400 * M, 250 * M], ["plan-copy@E8:600000000:650000000"]],
  ["a count line's target copied wrong", pairedTable(rows((r) => { r[0][3] = 9; })), [5, 70, 650 * M, 400 * M, 250 * M], ["plan-copy@D5:8:9"]],
  [
    "a money line over its ceiling",
    pairedTable(rows((r) => { r[4][10] = 300; r[4][12] = 450; r[4][13] = 112.5; r[2][10] = 350; r[2][12] = 850; r[2][13] = 85; })),
    [5, 70, 850 * M, 400 * M, 450 * M],
    ["overspend@M9:400000000:450000000"],
  ],
])("%s", (_, table, achieved, expected) => {
  const report = check(table);
  expect(report.progress?.periods).toEqual(["2022", "2023", "2024-H1"]);
  expect(report.indicators[0].periods?.map((p) => p.label)).toEqual(["Năm 2022", "Năm 2023", "6 tháng đầu năm 2024"]);
  expect(report.indicators.map((i) => i.achieved)).toEqual(achieved);
  expect(report.findings.map((f) => `${f.rule}@${f.cell}:${f.expected}:${f.actual}`)).toEqual(expected);
});

test("an estimated year over both sub-columns is told once", () => {
  const report = check(pairedTable(rows(), ["Số lượng", "Kinh phí"], ["Năm 2022", "Năm 2023 (ước)", "6 tháng đầu năm 2024"]));
  expect(report.findings.map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["pace/info@H4"]);
  expect(report.indicators.map((i) => i.achieved)).toEqual([5, 70, 650 * M, 400 * M, 250 * M]);
});

test.each<[string, (r: Row[]) => void, readonly string[]]>([
  ["money on a count line's row: said once, at its first money cell, not counted", (r) => { r[0][6] = 60; r[0][8] = 100; r[0][12] = 160; }, ["unmapped/info@G5"]],
  ["money on a count line's target: said at the target's money cell", (r) => { r[0][4] = 300; }, ["unmapped/info@E5"]],
  ["a money line's own rows: nothing said", () => {}, []],
])("%s", (_, edit, expected) => {
  const report = check(pairedTable(rows(edit)));
  expect(report.findings.map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(expected);
  expect(report.indicators.map((i) => i.achieved)).toEqual([5, 70, 650 * M, 400 * M, 250 * M]);
});

test.each<[string, readonly [string, string], string]>([
  ["Số lượng | Kinh phí", ["Số lượng", "Kinh phí"], "Năm 2023"],
  ["SL | KP", ["SL", "KP"], "Năm 2023"],
  ["Khối lượng | Số tiền", ["Khối lượng", "Số tiền"], "Năm 2023"],
])("a parent money line's wrong period figure under %s: one subtotal naming the period, not the joined header", (_, sub, area) => {
  const report = check(pairedTable(rows((r) => { r[2][8] = 310; r[2][12] = 660; r[2][13] = 66; }), sub));
  expect(report.findings.map((f) => `${f.rule}@${f.cell}:${f.area}`)).toEqual([`subtotal@I7:${area}`]);
  expect(report.findings[0].message).toContain(`của ${area} ghi`);
});

test.each<[string, (r: Row[]) => void, readonly string[]]>([
  ["the same figures as Tổng kinh phí: nothing said", () => {}, []],
  ["a wrong money figure for Năm 2023: one subtotal at it, naming the period", (r) => { r[5][8] = 310; r[5][12] = 660; r[5][13] = 66; }, ["subtotal@I10:Năm 2023"]],
])("a closing Tổng cộng row repeating Tổng kinh phí, %s", (_, edit, expected) => {
  const withTotal = rows((r) => {
    r.push([null, "Tổng cộng", null, ...r[2].slice(3, 14), null]);
    edit(r);
  });
  const report = check(pairedTable(withTotal));
  expect(report.findings.map((f) => `${f.rule}@${f.cell}:${f.area}`)).toEqual(expected);
  expect(report.indicators.map((i) => i.achieved)).toEqual([5, 70, 650 * M, 400 * M, 250 * M]);
});
