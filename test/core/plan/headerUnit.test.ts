/**
 * A plan table with no unit column whose target header carries the unit
 * (`Kế hoạch (triệu đồng)`, `Số lượng (tổ)`) is read in that unit — the
 * first table of the sheet as a further one; with no unit in the header
 * either, it is refused naming the sheet and the target header's cell.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../progress/fixtures";

const planOf = (rows: CellValue[][]) => readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));

/** The message a plan sheet of these rows is refused with. */
function refusalOf(rows: CellValue[][]): { vi: string; en: string } {
  try {
    planOf(rows);
  } catch (caught) {
    return (caught as { text: { vi: string; en: string } }).text;
  }
  throw new Error("the sheet was read as a plan");
}

const LINES: CellValue[][] = [
  ["1", "Kinh phí truyền thông", 300],
  ["2", "Kinh phí tập huấn", "120,5"],
];

describe("the first table, the unit in its target header", () => {
  test.each<[string, CellValue[][], [string, string, number, string][]]>([
    ["Kế hoạch (triệu đồng)", [["Mã", "Chỉ tiêu", "Kế hoạch (triệu đồng)"], ...LINES], [["1", "money", 300e6, "C2"], ["2", "money", 120.5e6, "C3"]]],
    ["Kinh phí (tỷ đồng), under a title", [["KẾ HOẠCH KINH PHÍ"], [], ["STT", "Nội dung", "Kinh phí (tỷ đồng)"], ...LINES], [["1", "money", 300e9, "C4"], ["2", "money", 120.5e9, "C5"]]],
    ["Số lượng (tổ)", [["STT", "Nội dung", "Số lượng (tổ)"], ["1", "Tổ truyền thông cộng đồng", 6], ["2", "Tổ tự quản", 4]], [["1", "count", 6, "C2"], ["2", "count", 4, "C3"]]],
    ["Kế hoạch (ĐVT: người)", [["Mã", "Chỉ tiêu", "Kế hoạch (ĐVT: người)"], ["1", "Người được tập huấn", 150]], [["1", "count", 150, "C2"]]],
  ])("%s: read in that unit, at its cells", (_name, rows, expected) => {
    const plan = planOf(rows);
    expect(plan.lines.map((line) => [line.code, line.kind, line.target, line.source?.cell])).toEqual(expected);
    expect(plan.doubts ?? []).toEqual([]);
  });

  test("with a table below in the same shape: both read", () => {
    const plan = planOf([["Mã", "Chỉ tiêu", "Số lượng (tổ)"], ["1", "Tổ truyền thông cộng đồng", 6], [], [null, "STT", "Nội dung", "Kinh phí (triệu đồng)"], [null, "2", "Kinh phí truyền thông", 300]]);
    expect(plan.lines.map((line) => [line.code, line.kind, line.target, line.source?.cell])).toEqual([
      ["1", "count", 6, "C2"],
      ["2", "money", 300e6, "D5"],
    ]);
  });

  test("beside another table in the same shape: both read", () => {
    const plan = planOf([["Mã", "Nội dung", "Số lượng (tổ)", null, "Mã", "Nội dung", "Kinh phí (triệu đồng)"], ["1", "Tổ truyền thông cộng đồng", 6, null, "2", "Kinh phí truyền thông", 300]]);
    expect(plan.lines.map((line) => [line.code, line.kind, line.target, line.source?.cell])).toEqual([
      ["1", "count", 6, "C2"],
      ["2", "money", 300e6, "G2"],
    ]);
  });
});

describe("no unit anywhere: refused naming the sheet and the target header's cell", () => {
  test.each<[string, CellValue[][], string, string]>([
    ["Kế hoạch", [["Mã", "Chỉ tiêu", "Kế hoạch"], ...LINES], "A1", "C1"],
    ["Kế hoạch (giai đoạn 2026-2030)", [["Báo cáo"], [], ["Mã", "Chỉ tiêu", "Kế hoạch (giai đoạn 2026-2030)"], ...LINES], "A3", "C3"],
  ])("%s", (header, rows, _code, cell) => {
    const text = refusalOf(rows);
    expect(text.en).toContain(`Sheet "Kế hoạch", header row ${cell.slice(1)}: missing column unit (`);
    expect(text.en).toContain(`The target header ${cell} "${header}" gives no unit either: add a unit column, write the unit in the header (e.g. "Kế hoạch (triệu đồng)"), or write "ĐVT: triệu đồng" over the table.`);
    expect(text.vi).toContain(`Tiêu đề cột kế hoạch ở ô ${cell} "${header}" cũng không ghi đơn vị`);
  });
});

describe("the first table, a money note over it (`ĐVT: triệu đồng`)", () => {
  test.each<[string, CellValue[][], [string, string, number, string][]]>([
    ["note over the header", [["KẾ HOẠCH KINH PHÍ"], [null, null, "ĐVT: triệu đồng"], ["Mã", "Chỉ tiêu", "Kế hoạch"], ...LINES], [["1", "money", 300e6, "C4"], ["2", "money", 120.5e6, "C5"]]],
    ["note in brackets under the title", [["KẾ HOẠCH KINH PHÍ (Đơn vị tính: tỷ đồng)"], ["STT", "Nội dung", "Kinh phí"], ...LINES], [["1", "money", 300e9, "C3"], ["2", "money", 120.5e9, "C4"]]],
    ["a line naming its own unit keeps it", [["ĐVT: triệu đồng"], ["Mã", "Chỉ tiêu", "Kế hoạch"], ["1", "Kinh phí truyền thông", 300], ["2", "Số người được tập huấn (người)", 150]], [["1", "money", 300e6, "C3"], ["2", "count", 150, "C4"]]],
  ])("%s: money lines in the note's unit", (_name, rows, expected) => {
    const plan = planOf(rows);
    expect(plan.lines.map((line) => [line.code, line.kind, line.target, line.source?.cell])).toEqual(expected);
  });

  test("a note naming no money unit (`Đơn vị: Hội LHPN huyện`) gives no unit: refused", () => {
    expect(() => planOf([["Đơn vị: Hội LHPN huyện"], ["Mã", "Chỉ tiêu", "Kế hoạch"], ...LINES])).toThrow(/missing column unit/);
  });
});

describe("a table split by area states no unit for plan lines: still refused as no plan", () => {
  test.each<[string, CellValue[][]]>([
    [
      "an area column in the header, the unit in the money header",
      [["STT", "Địa bàn", "Chỉ tiêu", "Kinh phí (triệu đồng)"], [null, "Tổng cộng", 6, 900], ["1", "Xã Khánh Thượng", 3, 450], ["2", "Xã Minh Quang", 3, 450]],
    ],
    [
      "figures under the name header, a money note over it",
      [[null, null, null, "ĐVT: triệu đồng"], ["STT", "Huyện, xã", "Chỉ tiêu đến năm 2025", "Kinh phí"], [null, null, "Tổ truyền thông", "Tổng"], ["1", "Huyện Ba Vì", 3, 450], ["2", "Huyện Mỹ Đức", 3, 450]],
    ],
    [
      "an area column in the header, a target header written per area",
      [["STT", "Địa bàn", "Chỉ tiêu", "Kế hoạch (tổ/xã)"], [null, "Tổng cộng", 6, 6], ["1", "Xã Khánh Thượng", 3, 3], ["2", "Xã Minh Quang", 3, 3]],
    ],
  ])("%s", (_name, rows) => {
    const text = refusalOf(rows);
    expect(text.en).toContain("missing column unit (");
    expect(text.en).not.toContain("gives no unit either");
    expect(text.en).toContain(`Sheet "Kế hoạch" looks like the allocation sheet`);
  });
});

describe("a note between two tables, or over the table beside", () => {
  test("`ĐVT: triệu đồng` over the table below (in other columns), which has no unit column: its lines in that unit", () => {
    const plan = planOf([
      ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 6],
      [],
      [null, null, null, "ĐVT: triệu đồng"],
      [null, "STT", "Nội dung", "Kinh phí"],
      [null, "2", "Kinh phí truyền thông", 300],
    ]);
    expect(plan.lines.map((line) => [line.code, line.kind, line.target, line.source?.cell])).toEqual([
      ["1", "count", 6, "D2"],
      ["2", "money", 300e6, "D6"],
    ]);
    expect(plan.doubts ?? []).toEqual([]);
  });

  test("a note over the budget beside gives no unit to the counts left of it: refused naming the missing unit column", () => {
    expect(() =>
      planOf([
        [null, null, null, null, null, "ĐVT: triệu đồng"],
        ["Mã", "Chỉ tiêu", "Số lượng", null, "Mã", "Nội dung", "Kinh phí"],
        ["1", "Tổ truyền thông cộng đồng", 6, null, "2", "Kinh phí truyền thông", 300],
      ]),
    ).toThrow(/header row 2: missing column unit/);
  });
});
