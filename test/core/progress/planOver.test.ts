/** Results to the plan's last period (a plan of 2022 - 2023 reported for both years): a line short of its target is told as short, not as behind a pace. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, planSheet, workbook } from "./fixtures";

const HEADER: CellValue[] = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Lũy kế"];

function check(teams: readonly [number, number]) {
  const rows: CellValue[][] = [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, teams[0], teams[1], teams[0] + teams[1]],
    ["KP", "Tổng kinh phí", "triệu đồng", 1000, 500, 500, 1000],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 300, 300, 600],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 200, 200, 400],
  ];
  const plan = planSheet("KẾ HOẠCH thực hiện giai đoạn 2022 - 2023");
  return toJsonReport(checkWorkbook(workbook(plan, allocationSheet(), lineTable(rows, HEADER)), { workbookName: "t.xlsx" }).report);
}

test("short of the target with the plan's time over: one pace warning saying so", () => {
  const report = check([3, 3]);
  expect(report.progress?.elapsedShare).toBe(1);
  const pace = report.findings.filter((f) => f.rule === "pace");
  expect(pace.map((f) => `${f.indicator}@${f.cell}`)).toEqual(["1@G4"]);
  expect(pace[0]).toMatchObject({ expected: 8, actual: 6 });
  expect(pace[0].message).toMatch(/kế hoạch đã hết thời gian.*còn thiếu 2 tổ/);
});

test("the target met: nothing told", () => {
  expect(check([4, 4]).findings.filter((f) => f.rule === "pace")).toEqual([]);
});
