/**
 * A number format with scaling commas (`#,##0,,` shows 150000000 as `150`;
 * `0.0,` shows 150000 as `150.0`) keeps đồng in the cell and shows the figure
 * in the column's unit: the figure shown is what the header's unit labels, and
 * what allocheck reads. A comma between digit codes (`#,##0`) only groups.
 */
import { formatDivisor, isDateFormat } from "../../../src/core/cells/numberFormat";
import { CELL, readCell, type LineMeasure } from "../../../src/core/cells/readCell";
import { cellFormula } from "../../../src/core/summary";
import { allocatedFormula } from "../../../src/core/summary";
import { context, plan, planLine, table, type RowSpec } from "../rules/fixtures";

const MILLION: LineMeasure = { kind: "money", scale: 1e6 };
const DONG: LineMeasure = { kind: "money", scale: 1 };
const COUNT: LineMeasure = { kind: "count", scale: 1 };
const PERCENT: LineMeasure = { kind: "percent", scale: 1 };

describe("formats that scale the figure shown", () => {
  test.each<[string, number]>([
    ["#,##0", 1],
    ["#,##0.00", 1],
    ["#,##0,", 1e3],
    ["#,##0,,", 1e6],
    ["0.0,", 1e3],
    ["#,##0.0,,", 1e6],
    ['#,##0,,"tr"', 1e6],
    ['#,##0, "nghìn"', 1e3],
    ["[Red]#,##0,,;(#,##0,,)", 1e6],
    ['0","', 1],
    ['#,##0_);(#,##0)', 1],
    ['_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)', 1],
    ["dd/mm/yyyy", 1],
    ["General", 1],
  ])("%s divides by %d", (format, divisor) => {
    expect(formatDivisor(format)).toBe(divisor);
  });

  test.each<[number, string | null, LineMeasure, number]>([
    [150_000_000, "#,##0,,", MILLION, 150_000_000],
    [123_456_789, "#,##0,,", MILLION, 123_456_789],
    [150_000, "0.0,", MILLION, 150_000_000],
    [150, "#,##0", MILLION, 150_000_000],
    [150, null, MILLION, 150_000_000],
    [5_000, "#,##0,", COUNT, 5],
    [10_000_000, "#,##0,,", DONG, 10],
    [0.85, "0%", PERCENT, 85],
  ])("%d in %j, %j → %d", (raw, format, measure, base) => {
    expect(readCell(raw, format, measure)).toMatchObject({ state: CELL.number, base });
  });

  test("a scaling format is still not a date", () => {
    expect(isDateFormat("#,##0,,")).toBe(false);
    expect(readCell(45294, "dd/mm/yyyy", COUNT)).toMatchObject({ state: CELL.date });
  });

  test.each(["areas-as-rows", "indicators-as-rows"] as const)("a column of đồng shown in millions under a triệu đồng header reads as its plan (%s)", (orientation) => {
    const line = { header: "Kinh phí (triệu đồng)", planCode: "2", unit: "triệu đồng" };
    const rows: RowSpec[] = [
      { label: "Tổng cộng", kind: "total", parent: null, values: [300_000_000] },
      { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: [100_000_000] },
      { label: "Xã Ba Vì", kind: "leaf", parent: 0, values: [200_000_000] },
    ];
    const formats = orientation === "areas-as-rows" ? [[], [null, "#,##0,,"], [null, "#,##0,,"], [null, "#,##0,,"]] : [[], [null, "#,##0,,", "#,##0,,", "#,##0,,"]];
    const ctx = context(plan([planLine("2", "Kinh phí", "triệu đồng", 300_000_000)]), table([line], rows, { orientation, numberFormats: formats }));
    expect(Array.from(ctx.base)).toEqual([300_000_000, 100_000_000, 200_000_000]);
  });

  test.each(["areas-as-rows", "indicators-as-rows"] as const)("one cell kept in đồng and shown in millions among plain triệu: read as kept, as Excel's SUM adds it (%s)", (orientation) => {
    const line = { header: "Kinh phí (triệu đồng)", planCode: "2", unit: "triệu đồng" };
    const rows: RowSpec[] = [
      { label: "Tổng cộng", kind: "total", parent: null, values: [100_000_100] },
      { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: [100] },
      { label: "Xã Ba Vì", kind: "leaf", parent: 0, values: [100_000_000] },
    ];
    const formats = orientation === "areas-as-rows" ? [[], [null, "#,##0"], [null, "#,##0"], [null, "#,##0,,"]] : [[], [null, "#,##0", "#,##0", "#,##0,,"]];
    const ctx = context(plan([planLine("2", "Kinh phí", "triệu đồng", 200_000_000)]), table([line], rows, { orientation, numberFormats: formats }));
    expect(Array.from(ctx.base)).toEqual([100_000_100e6, 100e6, 100_000_000e6]);
    expect(Array.from(ctx.leafSums)).toEqual([100_000_100e6]);
  });

  test("leaves alike and the total formatted otherwise: the leaves read as shown, the total as kept (it is the odd one)", () => {
    const line = { header: "Kinh phí (triệu đồng)", planCode: "2", unit: "triệu đồng" };
    const rows: RowSpec[] = [
      { label: "Tổng cộng", kind: "total", parent: null, values: [300_000_000] },
      { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: [100_000_000] },
      { label: "Xã Ba Vì", kind: "leaf", parent: 0, values: [200_000_000] },
    ];
    const formats = [[], [null, "#,##0"], [null, "#,##0,,"], [null, "#,##0,,"]];
    const ctx = context(plan([planLine("2", "Kinh phí", "triệu đồng", 300_000_000)]), table([line], rows, { numberFormats: formats }));
    expect(Array.from(ctx.base)).toEqual([300_000_000e6, 100_000_000, 200_000_000]);
  });

  test("the summary formula reads the leaves of a line whose formats differ as kept, as the engine does", () => {
    const sheet = { name: "Phân bổ", values: [[100], [100_000_000]], merges: [], numberFormats: [["#,##0"], ["#,##0,,"]] };
    expect(allocatedFormula(sheet, [0, 1].map((row) => ({ row, col: 0, moneyScale: 1e6 })), "sum", 1)).toBe("SUM('Phân bổ'!A1:A2)");
  });

  test("the summary formula reads the figure shown, as the engine does", () => {
    const sheet = { name: "Phân bổ", values: [[100_000_000], [200_000_000], [null]], merges: [], numberFormats: [["#,##0,,"], ["#,##0,,"], [null]] };
    expect(cellFormula(sheet, { row: 0, col: 0, moneyScale: 1e6 }, "sum", 1)).toBe("'Phân bổ'!A1/1000000");
    expect(allocatedFormula(sheet, [0, 1, 2].map((row) => ({ row, col: 0, moneyScale: 1e6 })), "sum", 1)).toBe("SUM('Phân bổ'!A3)+'Phân bổ'!A1/1000000+'Phân bổ'!A2/1000000");
  });
});
