/**
 * A count-plus-money plan table whose money column is headed per area
 * (`Kinh phí (triệu đồng/xã)`): each line's money is a line of its own
 * (`1-KP`), the money for each area at that unit's scale, the whole that
 * times the areas — and the reading says so, naming the header cell.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { fourCommuneMoneyAllocation, fourCommuneRows } from "./fourCommuneMoneySheet";

type Cells = readonly [number, number, number, number];

const communes = fourCommuneRows;

const planSheet = (moneyHeader: string, areas: CellValue[][] = [], moneyOnly = true): SheetData => ({
  name: "Kế hoạch",
  merges: [],
  values: [
    ["STT", "Nội dung", "ĐVT", "Số lượng", moneyHeader],
    [1, "Thành lập tổ truyền thông cộng đồng", "tổ", 4, 50],
    ...(moneyOnly ? [[2, "Kinh phí quản lý", null, null, 10]] : []),
    ...(areas.length > 0 ? [[], ["Huyện", "Xã"], ...areas] : []),
  ],
});

const allocation = fourCommuneMoneyAllocation;

type Header = [header: string, written: string, unit: string, scale: number, perArea: "commune" | "district", count: number];
const headers: Header[] = [
  ["Kinh phí (triệu đồng/xã)", "triệu đồng/xã", "triệu đồng", 1_000_000, "commune", 4],
  ["Kinh phí (đồng/xã)", "đồng/xã", "đồng", 1, "commune", 4],
  ["Kinh phí (ĐVT: triệu đồng/xã/năm)", "triệu đồng/xã/năm", "triệu đồng", 1_000_000, "commune", 4],
  ["Kinh phí (triệu đồng/huyện)", "triệu đồng/huyện", "triệu đồng", 1_000_000, "district", 2],
];

describe("a money column headed per area beside the counts", () => {
  test.each(headers)("%s: each line's money for each area, the whole times the plan's areas, said", (header, written, unit, scale, perArea, count) => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet(header, communes)] });
    expect(plan.lines.map((line) => [line.code, line.kind, line.unit, line.quota, line.target, line.perArea])).toEqual([
      ["1", "count", "tổ", undefined, 4, undefined],
      ["1-KP", "money", unit, 50 * scale, 50 * scale * count, perArea],
      ["2", "money", unit, 10 * scale, 10 * scale * count, perArea],
    ]);
    const each = perArea === "district" ? "each district" : "each commune";
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual(
      ["E2", "E3"].map((cell) => `'Kế hoạch'!${cell}: the unit "${written}" (cell E1) makes the target the money (${unit}) for ${each}; the whole is it times the areas. If it is the whole, write the unit "${unit}".`),
    );
  });

  test.each<[string, CellValue[][], Cells, string[]]>([
    ["50 to each commune, no list of areas", [], [50, 50, 50, 50], []],
    ["50 to each of the plan's communes", communes, [50, 50, 50, 50], []],
    ["the second commune given 40", [], [50, 40, 50, 50], ["quota@D6"]],
    ["the last commune given 60", communes, [50, 50, 50, 60], ["quota@D9"]],
  ])("%s", (_name, areas, money, found) => {
    const { report } = checkWorkbook({ sheets: [allocation(money), planSheet("Kinh phí (triệu đồng/xã)", areas, false)] }, { workbookName: "x.xlsx", sheet: "Phân bổ" });
    expect(report.reading?.lines.map((line) => [line.code, line.at])).toEqual([["1", "C"], ["1-KP", "D"]]);
    expect(report.indicators.find((i) => i.code === "1-KP")).toMatchObject({ target: 200_000_000 });
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(found);
    expect(report.reading?.confidence.reasons.map((reason) => reason.en)).toEqual([expect.stringContaining("makes the target the money (triệu đồng) for each commune")]);
  });

  test("a money header for the whole is read as before: no per-area figure, nothing said", () => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet("Kinh phí (triệu đồng)", communes)] });
    expect(plan.lines.map((line) => [line.code, line.target, line.quota])).toEqual([["1", 4, undefined], ["1-KP", 50_000_000, undefined], ["2", 10_000_000, undefined]]);
    expect(plan.doubts ?? []).toEqual([]);
  });
});
