/**
 * A value column whose every cell is a count typed with its unit (`2 tổ`,
 * `3 CLB`, `5 người`) is a value column of numbers stored as text, never the
 * column of the areas' names; names led by a number (`1 Ba Vì`, `2 Sóc Sơn`)
 * stay names.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

function plan(unit: string): SheetData {
  return sheet("Kế hoạch", [
    ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", unit, 6],
    ["2", "Kinh phí hỗ trợ", "triệu đồng", 300],
  ]);
}

function read(data: SheetData, unit: string) {
  const { report, table } = checkWorkbook({ sheets: [data, plan(unit)] }, { workbookName: "x.xlsx" });
  return {
    areas: table.areas.map((a) => a.label),
    findings: toJsonReport(report, "vi").findings.filter((f) => f.rule !== "text-number").map((f) => `${f.rule}@${f.cell}`),
  };
}

function allocation(names: string[], counts: CellValue[], money: CellValue[]): SheetData {
  return sheet("Phân bổ", [
    ["Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    ["Tổng cộng", counts[0], money[0]],
    ...names.map((name, i) => [name, counts[i + 1], money[i + 1]]),
  ]);
}

const DISTRICTS = ["Huyện Bắc Hà", "Huyện Si Ma Cai", "Huyện Mường Khương"];

describe("a column of counts typed with their unit", () => {
  it.each([
    ["tổ", ["6 tổ", "3 tổ", "2 tổ", "1 tổ"], [300, 100, 100, 100]],
    ["CLB", ["6 CLB", "3 CLB", "2 CLB", "1 CLB"], [300, 100, 100, 100]],
    ["mô hình", ["6 mô hình", "3 mô hình", "2 mô hình", "1 mô hình"], ["300 triệu", "100 triệu", "100 triệu", "100 triệu"]],
    ["tổ", ["6 (tổ)", "3 (tổ)", "2 (tổ)", "1 (tổ)"], [300, 100, 100, 100]],
    // A unit of its own, the same in every cell.
    ["điểm hẹn", ["6 điểm hẹn", "3 điểm hẹn", "2 điểm hẹn", "1 điểm hẹn"], [300, 100, 100, 100]],
  ])("%s: the names stay the areas, the plain sheet gives no finding", (unit, counts, money) => {
    expect(read(allocation(DISTRICTS, counts, money), unit)).toEqual({ areas: ["Tổng cộng", ...DISTRICTS], findings: [] });
  });

  it("a planted count over the plan is told at the total's cell", () => {
    const { areas, findings } = read(allocation(DISTRICTS, ["7 tổ", "3 tổ", "3 tổ", "1 tổ"], [300, 100, 100, 100]), "tổ");
    expect(areas).toEqual(["Tổng cộng", ...DISTRICTS]);
    expect(findings).toEqual(["ceiling@B2"]);
  });

  it("names led by a number stay names", () => {
    const names = ["1 Ba Vì", "2 Sóc Sơn", "3 Mê Linh"];
    expect(read(allocation(names, [6, 3, 2, 1], [300, 100, 100, 100]), "tổ")).toEqual({ areas: ["Tổng cộng", ...names], findings: [] });
  });

  it("areas across (a row of counts typed with their unit): the same reading", () => {
    const data = transposeSheet(allocation(DISTRICTS, ["6 tổ", "3 tổ", "2 tổ", "1 tổ"], [300, 100, 100, 100]));
    expect(read(data, "tổ")).toEqual({ areas: ["Tổng cộng", ...DISTRICTS], findings: [] });
    const planted = transposeSheet(allocation(DISTRICTS, ["6 tổ", "3 tổ", "2 tổ", "1 tổ"], [300, 100, 100, 90]));
    // The money total (B3) no longer the sum of the districts: told there, and only there.
    expect([...new Set(read(planted, "tổ").findings.map((f) => f.split("@")[1]))]).toEqual(["B3"]);
  });
});
