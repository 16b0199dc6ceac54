/**
 * A count-plus-money plan table with a `Định mức` column as well: the quota
 * is the counts' figure for each area (`1 tổ/xã`), so a money column headed
 * per area (`Kinh phí (triệu đồng/xã)`) still gives each line's money for
 * each area (`1-KP`), as it does with no quota column — said, naming the
 * header cell. A line with money only whose own quota cell is filled keeps
 * that quota and its whole, as before.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { fourCommuneMoneyAllocation, fourCommuneRows } from "./fourCommuneMoneySheet";

const communes = fourCommuneRows;

const HEAD: CellValue[] = ["STT", "Nội dung", "ĐVT", "Số lượng", "Định mức", "Kinh phí (triệu đồng/xã)"];

const planSheet = (rows: CellValue[][], areas: CellValue[][] = [], head: CellValue[] = HEAD): SheetData => ({
  name: "Kế hoạch",
  merges: [],
  values: [head, ...rows, ...(areas.length > 0 ? [[], ["Huyện", "Xã"], ...areas] : [])],
});

const teams: CellValue[] = [1, "Thành lập tổ truyền thông cộng đồng", "tổ", 4, 1, 50];
const management: CellValue[] = [2, "Kinh phí quản lý", null, null, null, 10];

const allocation = fourCommuneMoneyAllocation;

const said = (cell: string): string =>
  `'Kế hoạch'!${cell}: the unit "triệu đồng/xã" (cell F1) makes the target the money (triệu đồng) for each commune; the whole is it times the areas. If it is the whole, write the unit "triệu đồng".`;

describe("a money column headed per area beside the counts and a quota column", () => {
  test("each line's money for each area, the counts' quota kept, said at each money cell", () => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet([teams, management], communes)] });
    expect(plan.lines.map((line) => [line.code, line.kind, line.unit, line.quota, line.target, line.perArea])).toEqual([
      ["1", "count", "tổ", 1, 4, undefined],
      ["1-KP", "money", "triệu đồng", 50_000_000, 200_000_000, "commune"],
      ["2", "money", "triệu đồng", 10_000_000, 40_000_000, "commune"],
    ]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([said("F2"), said("F3")]);
  });

  test("the same lines as with no quota column, apart from the count's quota", () => {
    const without = readPlanFromWorkbook({ sheets: [planSheet([teams.filter((_, i) => i !== 4), management.filter((_, i) => i !== 4)], communes, HEAD.filter((_, i) => i !== 4))] });
    const beside = readPlanFromWorkbook({ sheets: [planSheet([teams, management], communes)] });
    const money = (lines: typeof beside.lines) => lines.filter((line) => line.kind === "money").map((line) => [line.code, line.quota, line.target, line.perArea]);
    expect(money(beside.lines)).toEqual(money(without.lines));
    expect(money(beside.lines)).toHaveLength(2);
  });

  test("a line with money only and a figure in its own quota cell: that quota, the figure its whole, as before", () => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet([teams, [2, "Kinh phí quản lý", null, null, 5, 20]], communes)] });
    expect(plan.lines.find((line) => line.code === "2")).toMatchObject({ kind: "money", unit: "triệu đồng", quota: 5_000_000, target: 20_000_000 });
    expect(plan.lines.find((line) => line.code === "2")?.perArea).toBeUndefined();
  });

  test.each<[string, number, boolean]>([
    ["a total row the money for each area adds up to: nothing more said", 60, false],
    ["a total row it does not: said at its money cell", 70, true],
  ])("%s", (_name, total, wrong) => {
    const plan = readPlanFromWorkbook({ sheets: [planSheet([teams, management, [null, "Tổng cộng", null, 4, null, total]], communes)] });
    expect(plan.lines.map((line) => line.code)).toEqual(["1", "1-KP", "2"]);
    const extra = (plan.doubts ?? []).map((doubt) => doubt.en).filter((text) => !text.includes("makes the target the money"));
    expect(extra).toEqual(wrong ? [expect.stringMatching(/^'Kế hoạch'!F4: the row "Tổng cộng" \(no code\) gives 70 million VND/)] : []);
  });

  test.each<[string, readonly [number, number, number, number], string[]]>([
    ["50 to each commune", [50, 50, 50, 50], []],
    ["the second commune given 40", [50, 40, 50, 50], ["quota@D6"]],
  ])("checked: %s", (_name, money, found) => {
    const { report } = checkWorkbook({ sheets: [allocation(money), planSheet([teams], communes)] }, { workbookName: "x.xlsx", sheet: "Phân bổ" });
    expect(report.reading?.lines.map((line) => [line.code, line.at])).toEqual([["1", "C"], ["1-KP", "D"]]);
    expect(report.indicators.find((i) => i.code === "1-KP")).toMatchObject({ target: 200_000_000 });
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(found);
  });
});
