/**
 * Areas as columns under three header rows: the district merged over its
 * columns, then a row of periods (`Năm 2024`, `Năm 2025`) merged over the
 * communes of each, then the communes. The period row is no level read in
 * the district's place: each period groups the district's communes under it,
 * and the communes of the next period are no duplicates. A period row over
 * the district row is a tier over the districts under it.
 */
import { checkWorkbook } from "../../../src/core/check";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINES = [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 }];

test("district, period and commune header rows over the areas", () => {
  const rows = [
    ["STT", "Chỉ tiêu", "ĐVT", "Tổng số", "Huyện Ba Vì", null, null, null, "Huyện Thạch Thất", null, null, null],
    [null, null, null, null, "Năm 2024", null, "Năm 2025", null, "Năm 2024", null, "Năm 2025", null],
    [null, null, null, null, "Xã Ba Trại", "Xã Tản Lĩnh", "Xã Ba Trại", "Xã Tản Lĩnh", "Xã Yên Trung", "Xã Yên Bình", "Xã Yên Trung", "Xã Yên Bình"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 20, 2, 3, 3, 2, 2, 3, 3, 2],
  ];
  const merges = ["A1:A3", "B1:B3", "C1:C3", "D1:D3", "E1:H1", "I1:L1", "E2:F2", "G2:H2", "I2:J2", "K2:L2"];
  const report = checkWorkbook(workbook(sheet("Phân bổ", rows, { merges })), { workbookName: "t.xlsx", plan: planOf(LINES), sheet: "Phân bổ" }).report;
  const areas = report.reading!.areas;
  const parents = (name: string) => areas.filter((a) => a.name === name).map((a) => areas[a.parent!].name);
  expect(parents("Năm 2024")).toEqual(["Huyện Ba Vì", "Huyện Thạch Thất"]);
  expect(parents("Xã Ba Trại")).toEqual(["Năm 2024", "Năm 2025"]);
  expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  expect(report.reading!.confidence.level).toBe("high");
});

test("period, district and commune header rows over the areas", () => {
  const rows = [
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", null, "Năm 2025", null],
    [null, null, null, "Huyện Ba Vì", null, "Huyện Ba Vì", null],
    [null, null, null, "Ba Trại", "Tản Lĩnh", "Ba Trại", "Tản Lĩnh"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 3, 2, 2, 3],
  ];
  const merges = ["A1:A3", "B1:B3", "C1:C3", "D1:E1", "F1:G1", "D2:E2", "F2:G2"];
  const report = checkWorkbook(workbook(sheet("Phân bổ", rows, { merges })), { workbookName: "t.xlsx", plan: planOf([{ ...LINES[0], target: 10 }]), sheet: "Phân bổ" }).report;
  const areas = report.reading!.areas;
  const parents = (name: string) => areas.filter((a) => a.name === name).map((a) => areas[a.parent!].name);
  expect(parents("Huyện Ba Vì")).toEqual(["Năm 2024", "Năm 2025"]);
  expect(parents("Ba Trại")).toEqual(["Huyện Ba Vì", "Huyện Ba Vì"]);
  expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
});
