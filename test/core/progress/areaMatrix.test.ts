/**
 * The area matrix keeps each entry's latest cell per sheet (not per entry)
 * while every period sheet maps its leaves one to one: its latest area and
 * line must be those the per-entry arrays held, on sheets laid out like the
 * allocation, on sheets laid out otherwise, and on one that lists a commune
 * twice (then per-entry arrays again).
 */
import { checkWorkbook } from "../../../src/core/check";
import { CELL } from "../../../src/core/cells/readCell";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { readPeriodSheet, type PeriodSheetReading } from "../../../src/core/progress/periodSheets";
import type { RuleContext } from "../../../src/core/rules/context";
import { allocationSheet, periodSheet, planSheet, sheet, workbook } from "./fixtures";

/** The per-entry arrays as they were filled before: every reported cell, sheet after sheet in time order. */
function reference(readings: readonly PeriodSheetReading[], allocation: RuleContext) {
  const lineCount = allocation.lineCount;
  const size = allocation.areaCount * lineCount;
  const latestSheet = new Int16Array(size).fill(-1);
  const latestArea = new Int32Array(size).fill(-1);
  const latestLine = new Int32Array(size).fill(-1);
  readings.forEach((reading, s) => {
    const context = reading.context;
    const toAllocation = context.table.lines.map((line) => (line.planCode === null ? -1 : (allocation.lineByCode.get(line.planCode) ?? -1)));
    const lines = toAllocation.map((target, l) => (target >= 0 && toAllocation.indexOf(target) === l ? l : -1)).filter((l) => l >= 0);
    for (const area of context.leaves) {
      const match = reading.areaMatch[area];
      if (match < 0) continue;
      for (const l of lines) {
        const cell = context.state[area * context.lineCount + l];
        if (cell !== CELL.blank && cell !== CELL.number && cell !== CELL.textNumber) continue;
        const at = match * lineCount + toAllocation[l];
        latestSheet[at] = s;
        latestArea[at] = area;
        latestLine[at] = l;
      }
    }
  });
  return { latestSheet, latestArea, latestLine };
}

/** A results sheet laid out otherwise: communes only, in another order, one of them maybe twice. */
function otherLayout(name: string, rows: readonly (readonly CellValue[])[]): SheetData {
  return sheet(name, [
    ["KẾT QUẢ"],
    ["STT", "Xã", "Kinh phí tập huấn (triệu đồng)", "Tổ truyền thông cộng đồng (tổ)"],
    ...rows.map((row, i) => [i + 1, ...row]),
  ]);
}

const y2022 = periodSheet("Thực hiện 2022", [
  [1, 50, 50, 30],
  [1, 50, null, 30],
  [1, 50, 50, 30],
  [0, 50, 100, 30],
]);
const y2023 = periodSheet("Thực hiện 2023", [
  [1, 60, "x", 30],
  [null, 60, 50, 30],
  [1, 60, 50, null],
  [1, 60, 60, 30],
]);
const y2024 = otherLayout("Thực hiện 2024", [
  ["Xã Sài Sơn", 40, 1],
  ["Xã Ba Trại", null, 2],
  ["Xã Tản Lĩnh", 10, null],
]);
const twice = (name: string) =>
  otherLayout(name, [
    ["Xã Phú Mãn", 5, 1],
    ["Xã Ba Trại", 6, null],
    ["Xã Phú Mãn", "chưa báo cáo", 3],
  ]);

test.each([
  ["sheets laid out like the allocation", [y2022, y2023]],
  ["and one laid out otherwise", [y2022, y2023, y2024]],
  ["and one listing a commune twice", [y2022, y2023, twice("Thực hiện 2025")]],
  ["a commune listed twice on the first sheet", [twice("Thực hiện 2021"), y2022, y2024]],
  ["sheets out of time order", [y2024, twice("Thực hiện 2021"), y2023]],
])("each entry's latest cell is the one the per-entry arrays held: %s", (_name, sheets) => {
  const result = checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" });
  const context = result.progress!.context;
  const matrix = context.gathered.areas;
  const allocation = context.allocation;
  // The sheets in time order (their names' years), each read with its period.
  const inOrder = [...sheets].sort((a, b) => a.name.localeCompare(b.name));
  const readings = inOrder.map((s, i) => readPeriodSheet(s, context.gathered.periods[i], allocation.plan, allocation));
  const expected = reference(readings, allocation);
  expect(Array.from(matrix.latestSheet)).toEqual(Array.from(expected.latestSheet));
  const reported = Array.from(expected.latestSheet).filter((s) => s >= 0).length;
  expect(reported).toBeGreaterThan(0);
  for (let at = 0; at < matrix.latestSheet.length; at++) {
    expect(matrix.latestCell(at)).toEqual({ area: expected.latestArea[at], line: expected.latestLine[at] });
  }
  // The per-entry arrays, when asked for, hold the same.
  expect(Array.from(matrix.latestArea)).toEqual(Array.from(expected.latestArea));
  expect(Array.from(matrix.latestLine)).toEqual(Array.from(expected.latestLine));
});
