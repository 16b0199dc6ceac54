/** A results sheet's money typed in đồng under a `triệu đồng` header: read in đồng, one warning per sheet, no overspend per area. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, workbook } from "./fixtures";

const COMMUNES = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];

/** Communes only, [teams, KP.1, KP.2] each; `unitNote` above the header when given. */
function results(name: string, headers: string[], perCommune: readonly [number, number, number], unitNote?: string): SheetData {
  const rows: CellValue[][] = [[name.toUpperCase()], unitNote === undefined ? [] : [null, null, null, unitNote], ["STT", "Tên xã", ...headers]];
  rows.push([null, "Tổng số", ...perCommune.map((v) => v * 4)]);
  COMMUNES.forEach((commune, i) => rows.push([i + 1, commune, ...perCommune]));
  return sheet(name, rows);
}

const MILLIONS = ["Tổ truyền thông cộng đồng (tổ)", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"];
const BARE = ["Tổ truyền thông cộng đồng (tổ)", "Kinh phí truyền thông", "Kinh phí tập huấn"];

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

test.each<[string, SheetData, string[], number]>([
  ["đồng under a triệu đồng header", results("Thực hiện 2022", MILLIONS, [1, 75_000_000, 50_000_000]), ["unmapped/warning@Thực hiện 2022!D3"], 300_000_000],
  ["đồng under an ĐVT: triệu đồng note", results("Thực hiện 2022", BARE, [1, 75_000_000, 50_000_000], "ĐVT: triệu đồng"), ["unmapped/warning@Thực hiện 2022!D3"], 300_000_000],
  // Triệu đồng as headed: read as it is.
  ["triệu đồng as headed", results("Thực hiện 2022", MILLIONS, [1, 75, 50]), [], 300_000_000],
  // A real overspend (twice the allocation) is not a unit misread.
  ["an overspend in triệu đồng", results("Thực hiện 2022", MILLIONS, [1, 300, 50]), ["overspend", "overspend", "overspend", "overspend"], 1_200_000_000],
])("%s", (_, first, expected, kp1) => {
  const report = check(first, results("Thực hiện 2023", MILLIONS, [1, 75, 50]));
  const found = report.findings.filter((f) => f.sheet !== "Phân bổ" && f.rule !== "area-progress").map((f) => (f.rule === "overspend" && f.indicator === "KP.1" ? "overspend" : `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`));
  expect(found).toEqual(expected);
  expect(report.indicators.find((i) => i.code === "KP.1")?.achieved).toBe(kp1 + 300_000_000);
});

test("one commune's figure in đồng among figures in triệu đồng: the column stays in its unit, no sheet read in đồng", () => {
  const rows: CellValue[][] = [["THỰC HIỆN 2022"], [], ["STT", "Tên xã", ...MILLIONS]];
  const kp1 = [75, 75_000_000, 75, 75];
  rows.push([null, "Tổng số", 4, kp1.reduce((a, b) => a + b, 0), 200]);
  COMMUNES.forEach((commune, i) => rows.push([i + 1, commune, 1, kp1[i], 50]));
  const report = check(sheet("Thực hiện 2022", rows), results("Thực hiện 2023", MILLIONS, [1, 75, 50]));
  // The figure typed in đồng, told at its cell (the typed total carrying it), is the one finding: read brought to scale, no overspend.
  const found = report.findings.filter((f) => f.sheet !== "Phân bổ").map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
  expect(found).toEqual(["invalid-value@Thực hiện 2022!D6"]);
});
