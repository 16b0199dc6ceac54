/**
 * A line's own unit cell against the unit the table states for its targets
 * (`Kế hoạch (tỷ đồng)` in the target header, a note `ĐVT: triệu đồng` over
 * the table): the line's unit is read, and the disagreement is said in the
 * reading's confidence, naming the sheet and both cells; agreeing units say
 * nothing.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "../layout/sheetBuilder";

function planOf(rows: CellValue[][]) {
  return readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));
}

const doubtsOf = (rows: CellValue[][]): string[] => (planOf(rows).doubts ?? []).map((doubt) => doubt.en);

describe("the target header's unit against the line's unit", () => {
  test.each<[string, string, string, number, RegExp]>([
    ["tỷ over triệu", "Kế hoạch\n(tỷ đồng)", "triệu đồng", 500_000_000, /^Sheet "Kế hoạch": cell C2 gives the unit "triệu đồng", unlike "tỷ đồng" in the target header \(cell D1\); allocheck reads the target of plan line 1 in the line's own unit "triệu đồng"/],
    ["triệu over đồng", "Kế hoạch (triệu đồng)", "đồng", 500, /cell C2 gives the unit "đồng", unlike "triệu đồng" in the target header \(cell D1\)/],
    ["tỷ over nghìn đồng", "Kinh phí (tỷ đồng)", "nghìn đồng", 500_000, /cell C2 gives the unit "nghìn đồng", unlike "tỷ đồng" in the target header \(cell D1\)/],
  ])("%s: the line's unit is read and the disagreement said", (_name, head, unit, target, said) => {
    const rows: CellValue[][] = [["STT", "Nội dung", "ĐVT", head], [1, "Kinh phí tập huấn", unit, 500]];
    expect(planOf(rows).lines[0].target).toBe(target);
    const doubts = doubtsOf(rows);
    expect(doubts).toHaveLength(1);
    expect(doubts[0]).toMatch(said);
  });

  test.each<[string, string, string, number]>([
    ["same unit", "Kế hoạch (triệu đồng)", "triệu đồng", 500_000_000],
    ["same scale, other spelling", "Kế hoạch (triệu đồng)", "trđ", 500_000_000],
    ["same scale, capitalised", "Kế hoạch (triệu đồng)", "Triệu đồng", 500_000_000],
    ["count line under a money header", "Kế hoạch (triệu đồng)", "tổ", 500],
    ["no unit on the line", "Kế hoạch (tỷ đồng)", "", 500_000_000_000],
  ])("%s: read, nothing said", (_name, head, unit, target) => {
    const rows: CellValue[][] = [["STT", "Nội dung", "ĐVT", head], [1, "Kinh phí tập huấn", unit, 500]];
    expect(planOf(rows).lines[0].target).toBe(target);
    expect(planOf(rows).doubts).toBeUndefined();
  });
});

describe("a unit note over the table against the line's unit", () => {
  const table = (note: string, units: string[]): CellValue[][] => [
    ["KẾ HOẠCH THỰC HIỆN NĂM 2024"],
    [null, null, null, note],
    ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
    ...units.map((unit, i): CellValue[] => [i + 1, `Nội dung ${i + 1}`, unit, 300]),
  ];

  test.each<[string, string, string[], number[], RegExp | null]>([
    ["note triệu, line đồng", "ĐVT: triệu đồng", ["đồng"], [300], /^Sheet "Kế hoạch": cell C4 gives the unit "đồng", unlike "triệu đồng" in the unit note \(cell D2\); allocheck reads the target of plan line 1 in the line's own unit "đồng"/],
    ["note triệu, two lines in đồng, said once", "Đơn vị tính: triệu đồng", ["đồng", "tổ", "đồng"], [300, 300, 300], /^Sheet "Kế hoạch": cells C4, C6 give the unit "đồng", unlike "triệu đồng" in the unit note \(cell D2\); allocheck reads the targets of plan lines 1, 3 /],
    ["note nghìn đồng, line tỷ", "(ĐVT: 1.000 đồng)", ["tỷ đồng"], [300_000_000_000], /cell C4 gives the unit "tỷ đồng", unlike "nghìn đồng" in the unit note \(cell D2\)/],
    ["note triệu, lines trđ and Tr.đ", "ĐVT: triệu đồng", ["trđ", "Tr.đ"], [300_000_000, 300_000_000], null],
    ["note triệu, count lines", "ĐVT: triệu đồng", ["tổ", "CLB", "%"], [300, 300, 300], null],
    ["note triệu, a line with no unit takes it", "ĐVT: triệu đồng", [""], [300_000_000], null],
  ])("%s", (_name, note, units, targets, said) => {
    const rows = table(note, units);
    expect(planOf(rows).lines.map((line) => line.target)).toEqual(targets);
    const doubts = doubtsOf(rows);
    if (said === null) expect(doubts).toEqual([]);
    else {
      expect(doubts).toHaveLength(1);
      expect(doubts[0]).toMatch(said);
    }
  });

  test("a note and a header unit: the header, nearer the figures, is the one compared", () => {
    const rows: CellValue[][] = [[null, null, null, "ĐVT: triệu đồng"], ["STT", "Nội dung", "ĐVT", "Kế hoạch (đồng)"], [1, "Kinh phí", "đồng", 300]];
    expect(doubtsOf(rows)).toEqual([]);
  });
});

test("the doubt is said in the check's reading, in Vietnamese and English, and the line is checked in its own unit", () => {
  const plan = sheet("Kế hoạch", [
    [null, null, null, "ĐVT: triệu đồng"],
    ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
    [1, "Kinh phí tập huấn", "đồng", 300_000_000],
    [2, "Kinh phí truyền thông", "triệu đồng", 200],
  ]);
  const allocation = sheet("Phân bổ", [
    ["Đơn vị", "Kinh phí tập huấn (đồng)", "Kinh phí truyền thông (triệu đồng)"],
    ["Xã Ba Trại", 100_000_000, 120],
    ["Xã Tản Lĩnh", 200_000_000, 80],
  ]);
  const report = checkWorkbook(workbook(allocation, plan), { workbookName: "x.xlsx" }).report;
  expect(report.findings).toEqual([]);
  expect(report.indicators.map((line) => [line.code, line.target, line.status])).toEqual([
    ["1", 300_000_000, "ok"],
    ["2", 200_000_000, "ok"],
  ]);
  expect(report.reading?.confidence.level).toBe("low");
  expect(report.reading?.confidence.reasons.map((reason) => reason.vi)).toEqual([
    expect.stringContaining(`Trang "Kế hoạch": ô C3 ghi đơn vị "đồng", khác đơn vị "triệu đồng" của ghi chú đơn vị (ô D1)`),
  ]);
});
