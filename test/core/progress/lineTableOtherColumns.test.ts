/** Columns of a progress table that are neither periods nor cumulative figures: what is left of the target, a percent of the cumulative figure. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, planSheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

// Per line: code, name, unit, plan, 2022, 2023, Lũy kế, left, % of plan.
const BODY: CellValue[][] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 4, 4, 50],
  ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, 60, 70, 70, 10, 87.5],
  ["KP", "Tổng kinh phí", "triệu đồng", 1000, 250, 250, 500, 500, 50],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 150, 300, 300, 50],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 100, 100, 200, 200, 50],
];
const found = (sheet: SheetData) => check(sheet).findings.filter((f) => f.rule !== "pace").map((f) => `${f.rule}@${f.cell}`);

test.each(["Còn lại", "Còn phải thực hiện", "Chưa thực hiện", "Số còn lại chưa giải ngân", "Chênh lệch", "Chưa đạt"])("a `%s` column is what is left of the target: no finding", (left) => {
  expect(found(lineTable(BODY, ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Lũy kế", left, "Tỷ lệ (%)"]))).toEqual([]);
});

describe("a percent of the cumulative figure headed with Lũy kế", () => {
  const header = (rate: string) => ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Lũy kế", "Ghi chú", rate];
  test.each(["Tỷ lệ lũy kế (%)", "Tỷ lệ lũy kế so với KH", "% lũy kế so với kế hoạch"])("%s is the rate, not a second Lũy kế", (rate) => {
    expect(found(lineTable(BODY.map((row) => [...row.slice(0, 7), null, row[8]]), header(rate)))).toEqual([]);
    const wrong = BODY.map((row) => [...row.slice(0, 7), null, row[0] === "KP.1" ? 55 : row[8]]);
    expect(found(lineTable(wrong, header(rate)))).toEqual(["rate@I7"]);
  });
});

test.each(["Chỉ tiêu KH", "Chỉ tiêu kế hoạch", "Tổng mức kế hoạch", "Dự toán", "Dự toán được giao", "Số được giao", "Trần"])("a `%s` column is the plan's target copied: checked by plan-copy, not an unread period", (planHeader) => {
  const rows = BODY.map((row) => [...row.slice(0, 3), row[0] === "1" ? 9 : row[3], ...row.slice(4, 7)]);
  expect(found(lineTable(rows, ["Mã", "Chỉ tiêu", "ĐVT", planHeader, "Năm 2022", "Năm 2023", "Lũy kế"]))).toEqual(["plan-copy@D4"]);
});

describe("a total column after the periods, without a Lũy kế", () => {
  const rows = (teams: number): CellValue[][] => BODY.map((row) => [...row.slice(0, 6), row[0] === "1" ? teams : row[6]]);
  test.each(["Tổng cộng", "Tổng số", "Cộng", "Tổng thực hiện", "Tổng cộng đã thực hiện", "Tổng 2022-2023"])("%s is the cumulative figure, checked against the periods", (total) => {
    const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", total];
    expect(found(lineTable(rows(4), header))).toEqual([]);
    expect(found(lineTable(rows(5), header))).toEqual(["cumulative@G4"]);
  });
  test("a Tổng cộng column before the periods is no cumulative figure", () => {
    const header = ["Mã", "Chỉ tiêu", "ĐVT", "Tổng cộng", "Năm 2022", "Năm 2023", "Lũy kế"];
    expect(found(lineTable(BODY.map((row) => [...row.slice(0, 7)]), header)).filter((f) => f.startsWith("cumulative"))).toEqual([]);
  });
});
