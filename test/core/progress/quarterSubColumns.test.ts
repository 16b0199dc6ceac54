/**
 * A year's results sheet splitting each line by quarter beside the whole
 * year (`Tổ truyền thông` over `Quý I` | `Quý II` | `Cả năm`): the whole
 * year's column is the period's figure; the quarters are left out quietly, not
 * read as the year nor warned of as columns matching no plan line. Without a
 * column of the whole year the sheet is not read, with one warning saying why.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

const LINES = ["Tổ truyền thông cộng đồng (tổ)", "Kinh phí truyền thông (triệu đồng)"];

function quarterSheet(whole: string | null): SheetData {
  const communes = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN NĂM 2023"],
    [],
    ["STT", "Đơn vị", LINES[0], null, null, LINES[1], null, null],
    [null, null, "Quý I", "Quý II", whole ?? "Quý III", "Quý I", "Quý II", whole ?? "Quý III"],
    ...communes.map((name, i): CellValue[] => [i + 1, name, 0, 1, 1, 20, 30, 50]),
  ];
  const merges = [
    { top: 2, left: 2, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 2, right: 7 },
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
  ];
  return { name: "Thực hiện 2023", values, merges };
}

const YEAR_2022 = [0, 1, 2, 3].map(() => [1, 80, 50, 30]);

test.each<[string]>([["Cả năm"], ["Tổng cộng"], ["Cộng"], ["Năm 2023"]])("Quý I | Quý II | %s: the whole year's column is 2023", (whole) => {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), periodSheet("Thực hiện 2022", YEAR_2022), quarterSheet(whole)), { workbookName: "t.xlsx" }).report);
  expect(report.progress?.periods).toEqual(["2022", "2023"]);
  const byCode = new Map(report.indicators.map((i) => [i.code, i]));
  expect(byCode.get("1")?.periods?.map((p) => p.value)).toEqual([4, 4]);
  expect(byCode.get("KP.1")?.periods?.map((p) => p.value)).toEqual([200e6, 200e6]);
  expect(report.findings.filter((f) => f.sheet === "Thực hiện 2023" && f.severity !== "info")).toEqual([]);
});

test("Quý I | Quý II | Quý III with no whole year: not read, one warning on the sheet", () => {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), periodSheet("Thực hiện 2022", YEAR_2022), quarterSheet(null)), { workbookName: "t.xlsx" }).report);
  expect(report.progress?.periods).toEqual(["2022"]);
  const warnings = report.findings.filter((f) => f.sheet === "Thực hiện 2023" && f.severity !== "info");
  expect(warnings.map((f) => `${f.rule}/${f.severity}`)).toEqual(["unmapped/warning"]);
  expect(warnings[0].message).toContain("Cả năm");
});
