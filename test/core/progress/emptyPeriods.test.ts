/** Periods prepared ahead and not yet filled in (blank or all zero) are not reported periods: asOf and the elapsed share stay at the last filled one. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, periodSheet, planSheet, sheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}
const found = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.sheet !== "Phân bổ").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`);

const HEADER = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "Năm 2025", "Lũy kế"];
const row = (code: string, name: string, unit: string, target: number, a: number, b: number, c: number, later: CellValue): CellValue[] => [code, name, unit, target, a, b, c, later, later, a + b + c];

describe("line-level table", () => {
  test.each<[string, CellValue]>([
    ["blank", null],
    ["all zero", 0],
  ])("future columns %s: not reported, one info each at the header", (_, later) => {
    const report = check(
      lineTable([row("1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, later), row("KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 150, 100, later)], HEADER),
    );
    expect(report.progress).toMatchObject({ periods: ["2022", "2023", "2024-H1"], asOf: "2024-06", elapsedShare: 0.625 });
    expect(found(report)).toEqual(["pace/info@Tiến độ!H3", "pace/info@Tiến độ!I3"]);
  });

  test("a filled period with a zero on one line is still reported", () => {
    const report = check(lineTable([row("1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, 0), row("KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 150, 100, 50)].map((r) => [...r.slice(0, 9), (r[9] as number) + 2 * (r[7] as number)]), HEADER));
    expect(report.progress?.asOf).toBe("2025-12");
  });
});

describe("period sheets", () => {
  const communes = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];
  const template = (name: string, value: CellValue): SheetData =>
    sheet(name, [
      ["KẾT QUẢ THỰC HIỆN"],
      [],
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí truyền thông (triệu đồng)"],
      [null, "Tổng cộng", value, value],
      ["I", "Huyện Ba Vì", value, value],
      [1, communes[0], value, value],
      [2, communes[1], value, value],
      ["II", "Huyện Quốc Oai", value, value],
      [3, communes[2], value, value],
      [4, communes[3], value, value],
    ]);
  const filled = (name: string) => periodSheet(name, [[1, 80, 60, 40], [1, 85, 60, 40], [1, 80, 60, 40], [1, 90, 60, 40]]);

  test.each<[string, CellValue]>([
    ["blank", null],
    ["all zero", 0],
  ])("a sheet prepared ahead, %s: not reported, an info, and the check goes on", (_, value) => {
    const report = check(filled("Thực hiện 2022"), filled("Thực hiện 2023"), template("Thực hiện 2024", value));
    expect(report.progress).toMatchObject({ periods: ["2022", "2023"], asOf: "2023-12" });
    expect(found(report).filter((f) => f.includes("2024"))).toEqual(["pace/info@Thực hiện 2024!null"]);
  });
});
