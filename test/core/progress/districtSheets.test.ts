/** One results sheet per district for a period (`Thực hiện 2023 - Ba Vì`, `Quốc Oai - Thực hiện 2023`): the period's figures are the sheets' together. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { splitAreaFromName } from "../../../src/core/progress/resultsSheets";
import { allocationSheet, periodSheet, planSheet, sheet, workbook } from "./fixtures";

const HEADER = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Tỷ lệ hộ gia đình được tuyên truyền (%)", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"];

/** A district's sheet: its two communes, each [teams, rate, KP.1, KP.2], under a `Cộng` row. */
function districtSheet(name: string, communes: readonly string[], values: readonly (readonly number[])[]): SheetData {
  const total = [0, 1, 2, 3].map((c) => (c === 1 ? null : values.reduce((s, r) => s + r[c], 0)));
  return sheet(name, [["KẾT QUẢ THỰC HIỆN"], [], HEADER, [null, "Cộng", ...total], ...communes.map((commune, i): CellValue[] => [i + 1, commune, ...values[i]])]);
}

const BA_VI = ["Xã Ba Trại", "Xã Tản Lĩnh"];
const QUOC_OAI = ["Xã Phú Mãn", "Xã Sài Sơn"];
const ROWS = [
  [1, 80, 75, 50],
  [1, 85, 75, 50],
];

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

test.each<[string, string]>([
  ["Thực hiện 2023 - Ba Vì", "Thực hiện 2023 - Quốc Oai"],
  ["Thực hiện 2023 Ba Vì", "Thực hiện 2023 Quốc Oai"],
  ["Kết quả 2023 (Ba Vì)", "Kết quả 2023 (Quốc Oai)"],
  ["Ba Vì - Thực hiện 2023", "Quốc Oai - Thực hiện 2023"],
  ["KQ năm 2023_H. Ba Vì", "KQ năm 2023_H. Quốc Oai"],
])("%s and %s: one period, its figures added up", (first, second) => {
  const report = check(districtSheet(first, BA_VI, ROWS), districtSheet(second, QUOC_OAI, ROWS));
  expect(report.progress?.periods).toEqual(["2023"]);
  expect(report.indicators.map((i) => [i.code, i.achieved])).toEqual([
    ["1", 4],
    ["2", 80],
    ["KP", 500_000_000],
    ["KP.1", 300_000_000],
    ["KP.2", 200_000_000],
  ]);
  expect(report.findings.filter((f) => f.sheet !== "Phân bổ" && f.rule !== "area-progress" && f.rule !== "pace")).toEqual([]);
});

test("district sheets beside a disbursement sheet of the whole for the same period: each line from its own sheets", () => {
  const teams = (name: string, communes: readonly string[]) =>
    sheet(name, [["KẾT QUẢ"], [], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)"], [null, "Cộng", 2], [1, communes[0], 1], [2, communes[1], 1]]);
  const money = sheet("Giải ngân 2023", [
    ["GIẢI NGÂN"],
    [],
    ["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"],
    [null, "Tổng cộng", 300, 200],
    ...[...BA_VI, ...QUOC_OAI].map((commune, i): CellValue[] => [i + 1, commune, 75, 50]),
  ]);
  const report = check(teams("Thực hiện 2023 - Ba Vì", BA_VI), teams("Thực hiện 2023 - Quốc Oai", QUOC_OAI), money);
  expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(4);
  expect(report.indicators.find((i) => i.code === "KP.1")?.achieved).toBe(300_000_000);
});

test("two sheets of one period over the same communes are not added up: the first is counted, with a warning", () => {
  const report = check(districtSheet("Thực hiện 2023 - Ba Vì", BA_VI, ROWS), districtSheet("Thực hiện 2023 Ba Vì", BA_VI, ROWS));
  const found = report.findings.filter((f) => f.sheet === "Thực hiện 2023 Ba Vì");
  expect(found.map((f) => `${f.rule}/${f.severity}`)).toEqual(["unmapped/warning"]);
  expect(found[0].message).toContain('"Thực hiện 2023 - Ba Vì"');
});

test.each<[string, { name: string; area: string } | null]>([
  ["Thực hiện 2023 - Ba Vì", { name: "Thực hiện 2023", area: "Ba Vì" }],
  ["Kết quả 6 tháng đầu năm 2024 Quốc Oai", { name: "Kết quả 6 tháng đầu năm 2024", area: "Quốc Oai" }],
  ["Ba Vì - Giải ngân 2023", { name: "Giải ngân 2023", area: "Ba Vì" }],
  ["Thực hiện 2023", null],
  ["Thực hiện 2023 - 2025", null],
  ["Phân bổ - Kế hoạch 2023", null],
  ["Thực hiện năm 2023 (sửa)", null],
])("splitAreaFromName(%j)", (name, expected) => {
  expect(splitAreaFromName(name)).toEqual(expected);
});

test("words after the period that name no area: the sheet's period is not read, as before", () => {
  const values = [0, 1, 2, 3].map(() => [1, 80, 75, 50]);
  const report = check(periodSheet("Thực hiện 2023", values), periodSheet("Thực hiện 2023 cũ", values));
  expect(report.findings.filter((f) => f.sheet === "Thực hiện 2023 cũ").map((f) => [f.rule, f.cell])).toEqual([["unmapped", null]]);
  expect(report.progress?.periods).toEqual(["2023"]);
});
