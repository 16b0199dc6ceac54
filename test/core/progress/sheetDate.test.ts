/** A per-period sheet named for a year whose title says its figures run only to a month of it. */
import { checkWorkbook } from "../../../src/core/check";
import type { SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

const VALUES = [
  [1, 80, 60, 40],
  [1, 85, 60, 40],
  [1, 80, 60, 40],
  [1, 90, 60, 40],
];

function titled(name: string, title: string): SheetData {
  const base = periodSheet(name, VALUES);
  return { ...base, values: [[title], ...base.values.slice(1)] };
}

function report(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

test.each<[string, string | null, number | null]>([
  ["TÌNH HÌNH GIẢI NGÂN NĂM 2024 (tính đến 30/6/2024)", "2024-06", 0.625],
  ["KẾT QUẢ THỰC HIỆN NĂM 2024 - Số liệu tính đến ngày 30 tháng 9 năm 2024", "2024-09", 0.6875],
  ["KẾT QUẢ THỰC HIỆN NĂM 2024", "2024-12", 0.75],
  // A part of the year named in the title.
  ["BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024", "2024-06", 0.625],
  ["Kết quả thực hiện 9 tháng năm 2024", "2024-09", 0.6875],
  ["KẾT QUẢ THỰC HIỆN NĂM 2024 (Báo cáo ngày 15 tháng 6 năm 2024)", "2024-12", 0.75],
  ["KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2023", "2024-12", 0.75],
])("%s", (title, asOf, share) => {
  const r = report(titled("Thực hiện 2022", "KẾT QUẢ THỰC HIỆN NĂM 2022"), titled("Thực hiện 2023", "KẾT QUẢ THỰC HIỆN NĂM 2023"), titled("Thực hiện năm 2024", title));
  expect(r.progress).toMatchObject({ asOf, elapsedShare: share });
});

test("the label says the narrowed period", () => {
  const r = report(titled("Thực hiện năm 2024", "TÌNH HÌNH GIẢI NGÂN NĂM 2024 (tính đến 30/6/2024)"));
  expect(r.indicators.find((i) => i.code === "1")?.periods).toEqual([{ period: "2024-H1", label: "năm 2024 (đến 06/2024)", value: 4 }]);
});

describe("a sheet whose title names another year than its name", () => {
  test.each<[string, string, string[]]>([
    ["Thực hiện 2023", "KẾT QUẢ THỰC HIỆN NĂM 2022", ["unmapped@A1"]],
    ["Thực hiện 2023", "KẾT QUẢ THỰC HIỆN NĂM 2023", []],
    ["Thực hiện 2023", "KẾT QUẢ THỰC HIỆN NĂM 2023 (Kèm theo Báo cáo ngày 10 tháng 01 năm 2024)", []],
    ["Thực hiện 2023", "KẾT QUẢ THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2022-2025", []],
    ["Thực hiện Quý III-2024", "KẾT QUẢ THỰC HIỆN QUÝ III/2023", ["unmapped@A1"]],
  ])("%s titled %s", (name, title, expected) => {
    const r = report(titled(name, title));
    expect(r.findings.filter((f) => f.sheet === name && f.rule === "unmapped").map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
    expect(r.progress?.periods).toEqual([name.includes("Quý") ? "2024-Q3" : "2023"]);
  });
});

test.each(["KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024", "TÌNH HÌNH GIẢI NGÂN NĂM 2024 (tính đến 30/6/2024)"])(
  "a year sheet copied from the half-year sheet, its title %j left as it was: read for its name's year, set aside beside it — never a second sheet of the half",
  (title) => {
    const r = report(titled("Thực hiện 2023", "KẾT QUẢ THỰC HIỆN NĂM 2023"), titled("Thực hiện 6 tháng 2024", title), titled("Thực hiện năm 2024", title));
    expect(r.progress?.periods).toEqual(["2023", "2024"]);
  },
);
