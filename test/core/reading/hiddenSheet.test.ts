/**
 * The allocation sheet checked is hidden (`hidden`, or `veryHidden`, which
 * Excel's Unhide menu does not list): the reading says so first, and marks
 * it; a visible sheet gets neither.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { buildWorkbook, type FixtureValue } from "../../helpers/xlsxFixture";

const PLAN: FixtureValue[][] = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 4],
];
const ALLOCATION: FixtureValue[][] = [
  ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"],
  [null, "Tổng cộng", 4],
  [1, "Xã Ba Trại", 2],
  [2, "Xã Vân Hòa", 2],
];

async function check(state: "visible" | "hidden" | "veryHidden") {
  const workbook = buildWorkbook([
    { name: "Phân bổ", rows: ALLOCATION },
    { name: "Kế hoạch", rows: PLAN },
  ]);
  workbook.getWorksheet("Phân bổ")!.state = state;
  const book = await readWorkbookBuffer(Buffer.from(await workbook.xlsx.writeBuffer()), "t.xlsx");
  return checkWorkbook(book, { workbookName: "t.xlsx" }).report;
}

test.each(["hidden", "veryHidden"] as const)("a %s allocation sheet: checked, the reading says it is hidden, first", async (state) => {
  const report = await check(state);
  expect(report.allocationSheet).toBe("Phân bổ");
  expect(report.findings).toEqual([]);
  expect(report.reading!.sheetHidden).toBe(true);
  expect(report.reading!.confidence.level).toBe("low");
  expect(report.reading!.confidence.reasons[0].en).toMatch(/^The sheet "Phân bổ" that allocheck checked is hidden/);
});

test("a visible sheet: nothing said", async () => {
  const report = await check("visible");
  expect(report.reading!.sheetHidden).toBeUndefined();
  expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
});
