/** A parent line (KP) with no column of its own, its children slow or over: one finding per child, at its cell — none for the parent. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, periodSheet, planSheet, sheet, workbook } from "./fixtures";

/** A disbursement sheet: communes with [KP.1, KP.2] only. */
function disbursed(name: string, kp1: number, kp2: number): SheetData {
  const communes = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];
  return sheet(name, [
    [name.toUpperCase()],
    [null, null, "ĐVT: triệu đồng"],
    ["STT", "Địa bàn", "Kinh phí truyền thông", "Kinh phí tập huấn"],
    [null, "Tổng cộng", kp1 * 4, kp2 * 4],
    ...communes.map((commune, i): CellValue[] => [i + 1, commune, kp1, kp2]),
  ]);
}

const each = (k: number, kp1: number, kp2: number) => [0, 1, 2, 3].map(() => [k, 80, kp1, kp2]);
const table = (kp1: number, kp2: number) =>
  lineTable([
    ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 2, 6, null, null],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, kp1, kp1, kp1, kp1 * 3, null, null],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, kp2, kp2, kp2, kp2 * 3, null, null],
  ]);

test.each<[string, SheetData[], string]>([
  ["slow, three disbursement sheets", [disbursed("Giải ngân 2022", 10, 5), disbursed("Giải ngân 2023", 10, 5), disbursed("Giải ngân 2024", 10, 5)], "pace"],
  ["slow, three results sheets as the allocation", [periodSheet("Thực hiện 2022", each(1, 10, 5)), periodSheet("Thực hiện 2023", each(0, 10, 5)), periodSheet("Thực hiện 2024", each(0, 10, 5))], "pace"],
  ["slow, a line-level table without KP", [table(10, 5)], "pace"],
  ["over, two disbursement sheets", [disbursed("Giải ngân 2022", 100, 60), disbursed("Giải ngân 2023", 100, 60)], "overspend"],
  ["over, a line-level table without KP", [table(300, 200)], "overspend"],
])("%s: no finding for KP, every line finding at a cell", (_, sheets, rule) => {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
  // Communes over their allocations that alone put a line over its ceiling are told at their cells, naming the line.
  const lineFindings = report.findings.filter((f) => f.rule === rule && (f.area === null || rule === "overspend") && f.indicator?.startsWith("KP"));
  expect([...new Set(lineFindings.map((f) => f.indicator))]).toEqual(["KP.1", "KP.2"]);
  expect(lineFindings.every((f) => f.sheet !== null && f.cell !== null)).toBe(true);
  expect(report.findings.filter((f) => f.indicator === "KP")).toEqual([]);
});
