/** An allocated commune missing from every results sheet: one coverage warning, its results missing rather than zero. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, workbook } from "./fixtures";

/** A flat results sheet: communes with [teams, KP.1 triệu đồng]. */
function results(name: string, rows: readonly (readonly [string, number, number])[]): SheetData {
  const total = [rows.reduce((s, r) => s + r[1], 0), rows.reduce((s, r) => s + r[2], 0)];
  return sheet(name, [
    [name.toUpperCase()],
    [],
    ["STT", "Tên xã", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông (triệu đồng)"],
    [null, "Tổng số", ...total],
    ...rows.map((r, i): CellValue[] => [i + 1, ...r]),
  ]);
}

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

test.each<[string, (readonly [string, number, number])[], string[]]>([
  ["all four communes", [["Xã Ba Trại", 2, 100], ["Xã Tản Lĩnh", 2, 100], ["Xã Phú Mãn", 2, 100], ["Xã Sài Sơn", 2, 100]], []],
  ["Xã Tản Lĩnh missing", [["Xã Ba Trại", 2, 130], ["Xã Phú Mãn", 2, 130], ["Xã Sài Sơn", 2, 140]], ["coverage@Thực hiện 2023!null (Xã Tản Lĩnh)"]],
])("%s", (_, rows, expected) => {
  const report = check(results("Thực hiện 2022", rows.map((r) => [r[0], 0, 0] as const)), results("Thực hiện 2023", rows));
  expect(report.findings.filter((f) => f.rule === "coverage" && f.sheet !== "Phân bổ").map((f) => `${f.rule}@${f.sheet}!${f.cell} (${f.area})`)).toEqual(expected);
});

test.each<[string, string[]]>([
  ["commune - district", ["Ba Trại - Ba Vì", "Tản Lĩnh - Ba Vì", "Phú Mãn - Quốc Oai", "Sài Sơn - Quốc Oai"]],
  ["Xã … – Huyện …", ["Xã Ba Trại – Huyện Ba Vì", "Xã Tản Lĩnh – Huyện Ba Vì", "Xã Phú Mãn – Huyện Quốc Oai", "Xã Sài Sơn – Huyện Quốc Oai"]],
])("communes written with their district after a dash (%s): matched, no coverage warning", (_, names) => {
  const report = check(results("Thực hiện 2023", names.map((name) => [name, 2, 100] as const)));
  expect(report.findings.filter((f) => f.rule === "coverage" && f.sheet !== "Phân bổ").map((f) => f.area)).toEqual([]);
});

test("a missing commune beside one the allocation lacks (the same written another way): only that one's warning", () => {
  const rows = [["Xã Ba Trại", 2, 130], ["Xã Tản Linh Mới", 2, 100], ["Xã Phú Mãn", 2, 130], ["Xã Sài Sơn", 2, 140]] as const;
  const report = check(results("Thực hiện 2023", rows));
  expect(report.findings.filter((f) => f.rule === "coverage" && f.sheet !== "Phân bổ").map((f) => f.area)).toEqual(["Xã Tản Linh Mới"]);
});

/** The allocation with Xã Sài Sơn written again as its last row, with figures (its own `duplicate` finding). */
function allocationTwice(): SheetData {
  const allocation = allocationSheet();
  return { ...allocation, values: [...allocation.values.map((r) => [...(r ?? [])]), [5, "Xã Sài Sơn", 2, 90, 150, 100]] };
}

test.each<[string, () => SheetData]>([
  [
    "a copy of the allocation's layout, the second Sài Sơn left blank",
    () => {
      const values = allocationTwice().values;
      return sheet("Thực hiện 2023", values.map((r = [], i) => (i === values.length - 1 ? [r[0], r[1], null, null, null, null] : [...r])));
    },
  ],
  ["communes only, Sài Sơn once", () => results("Thực hiện 2023", [["Xã Ba Trại", 2, 130], ["Xã Tản Lĩnh", 2, 100], ["Xã Phú Mãn", 2, 130], ["Xã Sài Sơn", 2, 140]])],
  ["communes only in another order", () => results("Thực hiện 2023", [["Xã Sài Sơn", 2, 140], ["Xã Phú Mãn", 2, 130], ["Xã Tản Lĩnh", 2, 100], ["Xã Ba Trại", 2, 130]])],
  ["communes only, no `Xã`", () => results("Thực hiện 2023", [["Ba Trại", 2, 130], ["Tản Lĩnh", 2, 100], ["Phú Mãn", 2, 130], ["Sài Sơn", 2, 140]])],
])("a commune the allocation lists twice, reported once (%s): no coverage warning on the results", (_, results2023) => {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationTwice(), results2023()), { workbookName: "t.xlsx" }).report);
  expect(report.findings.filter((f) => f.rule === "coverage" && f.sheet !== "Phân bổ").map((f) => `${f.sheet}: ${f.message}`)).toEqual([]);
  // The allocation's duplicate is the one finding: a copy of its layout repeats the name, not the mistake.
  expect(report.findings.filter((f) => f.rule === "duplicate").map((f) => f.sheet)).toEqual(["Phân bổ"]);
});

describe("a commune that one period's sheet leaves out", () => {
  const all = [["Xã Ba Trại", 1, 50], ["Xã Tản Lĩnh", 1, 50], ["Xã Phú Mãn", 1, 50], ["Xã Sài Sơn", 1, 50]] as const;
  const without = (name: string) => all.filter((row) => row[0] !== name);
  test.each<[string, SheetData[], string[]]>([
    ["on every sheet", [results("Thực hiện 2022", all), results("Thực hiện 2023", all)], []],
    ["left out of the latest year", [results("Thực hiện 2022", all), results("Thực hiện 2023", without("Xã Sài Sơn"))], ["coverage@Thực hiện 2023!null (Xã Sài Sơn)"]],
    ["left out of the first year", [results("Thực hiện 2022", without("Xã Ba Trại")), results("Thực hiện 2023", all)], ["coverage@Thực hiện 2022!null (Xã Ba Trại)"]],
    [
      "left out of two years: one warning naming both, on the later",
      [results("Thực hiện 2022", without("Xã Phú Mãn")), results("Thực hiện 2023", without("Xã Phú Mãn")), results("Thực hiện 6 tháng 2024", all)],
      ["coverage@Thực hiện 2023!null (Xã Phú Mãn)"],
    ],
    ["on no sheet at all: the one warning that says so", [results("Thực hiện 2022", without("Xã Sài Sơn")), results("Thực hiện 2023", without("Xã Sài Sơn"))], ["coverage@Thực hiện 2023!null (Xã Sài Sơn)"]],
  ])("%s", (_, sheets, expected) => {
    const report = check(...sheets);
    const found = report.findings.filter((f) => f.rule === "coverage" && f.sheet !== "Phân bổ");
    expect(found.map((f) => `${f.rule}@${f.sheet}!${f.cell} (${f.area})`)).toEqual(expected);
    if (expected.length > 0 && sheets.length === 3) expect(found[0].message).toContain('"Thực hiện 2022", "Thực hiện 2023"');
    // The missing area is not also judged behind pace: the coverage warning is the one finding for it.
    const missingArea = found[0]?.area;
    expect(report.findings.filter((f) => f.rule === "area-progress" && f.severity === "warning" && f.area === missingArea)).toEqual([]);
  });
});

describe("results reported by district where the allocation splits by commune", () => {
  const byDistrict = (rows: CellValue[][]) =>
    sheet("Thực hiện 2023", [["KẾT QUẢ"], [], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông (triệu đồng)"], [null, "Tổng cộng", 4, 300], ...rows]);
  test("every district as a whole: one info for the sheet, no commune said missing", () => {
    const report = check(byDistrict([["I", "Huyện Ba Vì", 2, 150], ["II", "Huyện Quốc Oai", 2, 150]]));
    expect(report.findings.filter((f) => f.rule === "coverage" && f.sheet !== "Phân bổ").map((f) => `${f.severity}@${f.sheet}!${f.cell}`)).toEqual(["info@Thực hiện 2023!null"]);
    expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(4);
  });
  test("one district as a whole, the other by commune with one left out: that commune's warning only", () => {
    const report = check(byDistrict([["I", "Huyện Ba Vì", 2, 150], ["II", "Huyện Quốc Oai", 1, 75], [1, "Xã Phú Mãn", 1, 75]]));
    expect(report.findings.filter((f) => f.rule === "coverage" && f.sheet !== "Phân bổ").map((f) => `${f.severity}/${f.area ?? ""}`).sort()).toEqual(["info/", "warning/Xã Sài Sơn"]);
  });
});
