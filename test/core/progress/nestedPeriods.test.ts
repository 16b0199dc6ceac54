/** A period that a longer reported period covers (`6 tháng 2024` beside `Năm 2024`): set aside for the longer one, with an info — never an input error. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { inputError } from "../../helpers/inputError";
import { allocationSheet, lineTable, periodSheet, planSheet, sheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

/** Results from 2023 under a plan that starts in 2023 (under 2022 - 2025 the missing 2022 would be told). */
function checkFrom2023(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet("KẾ HOẠCH thực hiện Dự án 8 giai đoạn 2023 - 2025"), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

/** Per commune [teams, rate, KP.1, KP.2], each commune alike. */
const values = (teams: number, money: number): CellValue[][] => [0, 1, 2, 3].map(() => [teams, 82, money, money]);

describe("period sheets whose months a longer sheet covers", () => {
  test.each<[string, string[], string[], string[]]>([
    ["half-year beside its year", ["Thực hiện 2023", "Thực hiện 6 tháng 2024", "Thực hiện năm 2024"], ["Thực hiện 6 tháng 2024"], ["2023", "2024"]],
    ["half-year after its year in the workbook", ["Thực hiện năm 2024", "Thực hiện 6 tháng đầu năm 2024", "Thực hiện 2023"], ["Thực hiện 6 tháng đầu năm 2024"], ["2023", "2024"]],
    ["quarters beside nine months", ["Kết quả Quý I-2024", "Kết quả Quý II-2024", "Kết quả 9 tháng 2024"], ["Kết quả Quý I-2024", "Kết quả Quý II-2024"], ["2024-9M"]],
    ["a quarter, a half and the year", ["Thực hiện Quý 1 năm 2024", "Thực hiện 6 tháng đầu năm 2024", "Thực hiện năm 2024"], ["Thực hiện Quý 1 năm 2024", "Thực hiện 6 tháng đầu năm 2024"], ["2024"]],
  ])("%s", (_, names, setAside, periods) => {
    const report = check(...names.map((name, i) => periodSheet(name, values(1 + i, 10 * (1 + i)))));
    expect(report.progress?.periods).toEqual(periods);
    // One info per longer period, on the first sheet it sets aside, naming each.
    const infos = report.findings.filter((f) => f.rule === "pace" && f.severity === "info");
    expect(infos.map((f) => f.sheet)).toEqual([setAside[0]]);
    for (const name of setAside) expect(infos[0].message).toContain(name.replace(/^(Thực hiện|Kết quả) /, ""));
    // Only the kept sheets count: each line's achieved is the sum of their leaves.
    const kept = names.map((name, i) => ({ name, i })).filter((entry) => !setAside.includes(entry.name));
    expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(kept.reduce((sum, entry) => sum + 4 * (1 + entry.i), 0));
    // No area finding on a set-aside sheet.
    expect(report.findings.filter((f) => setAside.includes(f.sheet ?? "") && f.rule !== "pace")).toEqual([]);
  });

  test("the year's area results are the year sheet's alone", () => {
    const report = check(periodSheet("Thực hiện 6 tháng 2024", values(2, 10)), periodSheet("Thực hiện năm 2024", values(2, 10)));
    // Each commune did 2 teams of its 2 allocated: nothing above the allocation.
    expect(report.findings.filter((f) => f.rule === "area-progress" && f.severity === "info")).toEqual([]);
  });
});

test("a line-level table with a year and its first half: the half's column is set aside at its header", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2023", "6 tháng đầu năm 2024", "Năm 2024", "Lũy kế", "% so với KH", "Ghi chú"];
  const report = checkFrom2023(lineTable([["1", "Tổ truyền thông cộng đồng", "tổ", 8, 3, 1, 4, 7, 87.5, null]], header));
  expect(report.findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["pace/info@F3"]);
  expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(7);
});

test("periods that only partly overlap are still refused, naming both", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2023", "9 tháng 2024", "6 tháng cuối năm 2024", "Lũy kế", "% so với KH", "Ghi chú"];
  const error = inputError(() => check(lineTable([["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 1, 3, 6, 75, null]], header)));
  expect(error.text.vi).toContain("'Tiến độ'!F3");
  expect(error.text.vi).toContain("'Tiến độ'!G3");
});

describe("periods that fill a longer one exactly: it is their sum, checked like a subtotal", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2023", "Quý I/2024", "Quý II/2024", "6 tháng đầu năm 2024", "Lũy kế", "Ghi chú"];
  const row = (h1: number): CellValue[] => ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 3, 1, 1, h1, 3 + h1, null];
  test.each<[string, number, string[]]>([
    ["the half is the sum of its quarters: nothing said", 2, []],
    ["the half is not: one subtotal error at its cell", 3, ["subtotal/error@H4"]],
  ])("%s", (_, h1, expected) => {
    const report = checkFrom2023(lineTable([row(h1)], header));
    expect(report.findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(expected);
    expect(report.indicators.find((i) => i.code === "1")?.periods?.map((p) => p.period)).toEqual(["2023", "2024-H1"]);
  });

  test("quarter sheets and their half-year sheet: the half's total cell when it is not their sum", () => {
    const report = check(periodSheet("Thực hiện Quý I-2024", values(1, 10)), periodSheet("Thực hiện Quý II-2024", values(1, 10)), periodSheet("Thực hiện 6 tháng 2024", values(2, 25)));
    const found = report.findings.filter((f) => f.rule === "subtotal" || (f.rule === "pace" && f.severity === "info"));
    expect(found.map((f) => `${f.rule}@${f.sheet}!${f.cell} ${f.indicator} ${f.expected}/${f.actual}`)).toEqual([
      "subtotal@Thực hiện 6 tháng 2024!E4 KP.1 80000000/100000000",
      "subtotal@Thực hiện 6 tháng 2024!F4 KP.2 80000000/100000000",
    ]);
  });
});

test("a year sheet of counts beside a half-year sheet of disbursement: each line keeps its own figures, the money said to stop at the half", () => {
  const counts = (name: string, teams: number) =>
    sheet(name, [["KẾT QUẢ"], [], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)"], [null, "Tổng cộng", teams * 4], ...["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"].map((c, i): CellValue[] => [i + 1, c, teams])]);
  const money = (name: string, spent: number) =>
    sheet(name, [
      ["GIẢI NGÂN"],
      [],
      ["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"],
      [null, "Tổng cộng", spent * 4, spent * 4],
      ...["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"].map((c, i): CellValue[] => [i + 1, c, spent, spent]),
    ]);
  const report = checkFrom2023(counts("Thực hiện 2023", 1), money("Giải ngân 2023", 40), counts("Thực hiện năm 2024", 1), money("Giải ngân 6 tháng 2024", 20));
  expect(report.indicators.find((i) => i.code === "1")?.periods?.map((p) => p.period)).toEqual(["2023", "2024"]);
  expect(report.indicators.find((i) => i.code === "KP.1")?.periods?.map((p) => p.period)).toEqual(["2023", "2024-H1"]);
  expect(report.indicators.find((i) => i.code === "KP.1")?.achieved).toBe(240_000_000);
  expect(report.findings.filter((f) => f.rule === "pace" && f.indicator === null).map((f) => `${f.severity}@${f.sheet}`)).toEqual(["warning@Giải ngân 6 tháng 2024"]);
});
