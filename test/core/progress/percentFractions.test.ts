/** Percent lines typed as fractions on results sheets (`0,85` against 80 %): read as percentages by the classifier every sheet shares. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, periodSheet, planSheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

const rates = (values: readonly CellValue[]): CellValue[][] => values.map((rate) => [2, rate, 150, 100]);

/** The period sheet with its commune labels written bare, so it is not a copy of the allocation's layout. */
function otherLayout(name: string, values: CellValue[][]): SheetData {
  const base = periodSheet(name, values);
  return { ...base, values: base.values.map((row) => (typeof row?.[1] === "string" && row[1].startsWith("Xã ") ? [row[0], row[1].slice(3), ...row.slice(2)] : row)) };
}

test.each<[string, SheetData, number]>([
  ["a copy of the allocation's layout, fractions", periodSheet("Thực hiện 2023", rates([0.82, 0.85, 0.81, 0.9])), 81],
  ["a copy of the allocation's layout, as typed in the allocation", periodSheet("Thực hiện 2023", rates([82, 85, 81, 90])), 81],
  ["a layout of its own, fractions", otherLayout("Thực hiện 2023", rates([0.82, 0.85, 0.81, 0.9])), 81],
  ["text fractions `0,82`", periodSheet("Thực hiện 2023", rates(["0,82", "0,85", "0,81", "0,9"])), 81],
])("period sheet: %s", (_, results, lowest) => {
  const report = check(results);
  expect(report.indicators.find((i) => i.code === "2")?.achieved).toBe(lowest);
});

test("an allocation typed as fractions, its copy for results in points: each sheet read by its own cells", () => {
  const allocation = allocationSheet();
  const fractions = { ...allocation, values: allocation.values.map((row) => (typeof row?.[3] === "number" ? [...row.slice(0, 3), row[3] / 100, ...row.slice(4)] : row)) };
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), fractions, periodSheet("Thực hiện 2023", rates([82, 85, 81, 90]))), { workbookName: "t.xlsx" }).report);
  expect(report.indicators.find((i) => i.code === "2")).toMatchObject({ allocated: 80, achieved: 81 });
});

describe("line-level table", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "Năm 2023", "Lũy kế", "Ghi chú"];
  const rows = (plan: CellValue, a: CellValue, b: CellValue, cumulative: CellValue): CellValue[][] => [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 4, null],
    ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", plan, a, b, cumulative, null],
    ["KP", "Tổng kinh phí", "triệu đồng", 1000, 250, 250, 500, null],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 150, 300, null],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 100, 100, 200, null],
  ];
  test.each<[string, CellValue[][]]>([
    ["fractions beside the plan's 80", rows(80, 0.78, 0.82, 0.82)],
    ["fractions beside the plan as a fraction", rows(0.8, 0.78, 0.82, 0.82)],
    ["percentage points", rows(80, 78, 82, 82)],
  ])("%s: the line reads 82 %%, no finding", (_, body) => {
    const report = check(lineTable(body, header));
    const line = report.indicators.find((i) => i.code === "2");
    expect(line?.achieved).toBe(82);
    expect(line?.periods?.map((p) => p.value)).toEqual([78, 82]);
    expect(report.findings.filter((f) => f.sheet === "Tiến độ")).toEqual([]);
  });
});
