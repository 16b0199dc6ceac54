/**
 * Only a money target that cannot be exact (`0,753` tỷ đồng, `33,333` triệu:
 * a third rounded) is met within half its last digit. Trailing zeros
 * (`0,750` tỷ đồng as text, or 0.75 shown `0.000`) write an exact figure, the
 * way plans write `3,290 tỷ`: any allocation above it is over the ceiling,
 * however small (an over-allocation of a few hundred thousand đồng in a
 * sheet kept in đồng is still one).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

/** Three communes splitting the money line (triệu đồng) by formula results: `=750/3` each shows 250,000… */
function workbook(target: CellValue, format: string | null, communes: number[]): { sheets: SheetData[] } {
  const total = communes.reduce((a, b) => a + b, 0);
  const plan: SheetData = {
    name: "Kế hoạch",
    values: [
      ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
      ["KP", "Kinh phí hỗ trợ", "tỷ đồng", target],
    ],
    merges: [],
    ...(format !== null ? { numberFormats: [[], [null, null, null, format]] } : {}),
  };
  const allocation: SheetData = {
    name: "Phân bổ",
    values: [["STT", "Đơn vị", "Kinh phí hỗ trợ (triệu đồng)"], [null, "Tổng cộng", total], ...communes.map((value, i) => [i + 1, `Xã ${String.fromCharCode(65 + i)}`, value])],
    merges: [],
  };
  return { sheets: [allocation, plan] };
}

describe("a money target with trailing zeros is exact; one with three significant decimals is rounded", () => {
  test.each<[string, CellValue, string | null, number[], string]>([
    ["`0,750` as text, 750,4 triệu allocated: over", "0,750", null, [250.2, 250.1, 250.1], "over"],
    ["0.75 shown `0.000`, 750,4 triệu allocated: over", 0.75, "0.000", [250.2, 250.1, 250.1], "over"],
    ["`0,750` as text, 750 triệu allocated: met", "0,750", null, [250, 250, 250], "ok"],
    ["`0,750` as text, 751 triệu allocated: a whole million over", "0,750", null, [250, 250, 251], "over"],
    ["`0,75` as text: no rounding stated, 750,4 triệu is over", "0,75", null, [250.2, 250.1, 250.1], "over"],
    ["0.75 in a plain cell: no rounding stated", 0.75, null, [250.2, 250.1, 250.1], "over"],
    ["`0,753` as text, 752,6 triệu: within half a million", "0,753", null, [250.2, 251.2, 251.2], "ok"],
  ])("%s", (_name, target, format, communes, status) => {
    const { report } = checkWorkbook(workbook(target, format, communes), { workbookName: "x.xlsx" });
    expect(report.indicators.map((i) => i.status)).toEqual([status]);
    expect(report.findings.filter((f) => f.rule === "ceiling").length).toBe(status === "ok" ? 0 : 1);
  });
});
