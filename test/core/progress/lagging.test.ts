/** Lines whose period sheets stop before the latest period: one warning, and neither the lines nor their areas judged on pace. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { PROGRESS_STATUS_TEXT, progressStatus } from "../../../src/core/progress/status";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, workbook } from "./fixtures";

const COMMUNES = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];

/** A period sheet over the four communes with the given line headers and per-commune values. */
function results(name: string, headers: string[], values: number[][]): SheetData {
  const total = headers.map((_, i) => values.reduce((s, v) => s + v[i], 0));
  const district = (rows: number[][]) => headers.map((_, i) => rows.reduce((s, v) => s + v[i], 0));
  const rows: CellValue[][] = [
    [name.toUpperCase()],
    [],
    ["STT", "Đơn vị", ...headers],
    [null, "Tổng cộng", ...total],
    ["I", "Huyện Ba Vì", ...district(values.slice(0, 2))],
    [1, COMMUNES[0], ...values[0]],
    [2, COMMUNES[1], ...values[1]],
    ["II", "Huyện Quốc Oai", ...district(values.slice(2))],
    [3, COMMUNES[2], ...values[2]],
    [4, COMMUNES[3], ...values[3]],
  ];
  return sheet(name, rows);
}

const COUNT = ["Tổ truyền thông cộng đồng (tổ)"];
const MONEY = ["Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"];
const teams = (n: number) => COMMUNES.map(() => [n]);
const spent = (a: number, b: number) => COMMUNES.map(() => [a, b]);

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

test("disbursement reported to 2023 while results run to 2024-H1: one warning on the last disbursement sheet", () => {
  const report = check(
    results("Thực hiện 2022", COUNT, teams(1)),
    results("Giải ngân 2022", MONEY, spent(75, 50)),
    results("Thực hiện 2023", COUNT, teams(0)),
    results("Giải ngân 2023", MONEY, spent(75, 50)),
    results("Thực hiện 6 tháng 2024", COUNT, [[1], [1], [0], [1]]),
  );
  const found = report.findings.filter((f) => f.sheet !== "Phân bổ").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`);
  // Xã Phú Mãn: 1 team of 2 allocated, behind 2 × 0,625 — judged, as the count line runs to the latest period.
  // At the first such line's header on the sheet its figures stop on.
  expect(found).toEqual(["pace/warning@Giải ngân 2023!C3", "area-progress/warning@Thực hiện 6 tháng 2024!C9"]);
  expect(report.findings.find((f) => f.sheet === "Giải ngân 2023")?.message).toContain("KP.1, KP.2");
  // Not judged, so no expected-by-now nor forecast; the counted line keeps them.
  expect(report.indicators.find((i) => i.code === "KP.1")).not.toHaveProperty("expectedByNow");
  expect(report.indicators.find((i) => i.code === "KP.1")).not.toHaveProperty("forecast");
  expect(report.indicators.find((i) => i.code === "1")).toHaveProperty("expectedByNow");
});

test.each<[string, SheetData[], string]>([
  ["money columns beside the count on the year sheets, none on the half-year's", [results("Thực hiện 2022", [...COUNT, ...MONEY], COMMUNES.map(() => [1, 40, 25])), results("Thực hiện 2023", [...COUNT, ...MONEY], COMMUNES.map(() => [1, 40, 25])), results("Thực hiện 6 tháng 2024", COUNT, teams(1))], "Thực hiện 2023!D3"],
  ["a disbursement sheet per year, the last one a year behind", [results("Giải ngân 2022", MONEY, spent(40, 25)), results("Thực hiện 2022", COUNT, teams(1)), results("Thực hiện 2023", COUNT, teams(1))], "Giải ngân 2022!C3"],
])("lines that stop short (%s): the warning names the cell of the first such line where it stops", (_, sheets, cell) => {
  const report = check(...sheets);
  const lag = report.findings.filter((f) => f.rule === "pace" && f.severity === "warning" && f.indicator === null);
  expect(lag.map((f) => `${f.sheet}!${f.cell}`)).toEqual([cell]);
});

test("all lines to the latest period: no such warning", () => {
  const report = check(results("Thực hiện 2022", COUNT, teams(1)), results("Giải ngân 2022", MONEY, spent(40, 25)), results("Thực hiện 2023", COUNT, teams(1)), results("Giải ngân 2023", MONEY, spent(40, 25)));
  expect(report.findings.filter((f) => f.sheet !== "Phân bổ")).toEqual([]);
});

test("the status shown for a line not judged is Thiếu số liệu kỳ, not Chậm tiến độ", () => {
  const { report } = checkWorkbook(
    workbook(planSheet(), allocationSheet(), results("Thực hiện 2022", COUNT, teams(1)), results("Giải ngân 2022", MONEY, spent(75, 50)), results("Thực hiện 2023", COUNT, teams(1))),
    { workbookName: "t.xlsx" },
  );
  const status = (code: string) => progressStatus(report.indicators.find((i) => i.code === code)!);
  expect([status("KP.1"), status("1")]).toEqual(["incomplete", "on-track"]);
  expect(PROGRESS_STATUS_TEXT.vi.incomplete).toBe("Thiếu số liệu kỳ");
});

describe("a line-level table beside disbursement sheets that stop earlier", () => {
  const table = (periods: string[], values: number[]) =>
    sheet("Tiến độ", [["THEO DÕI TIẾN ĐỘ"], [], ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", ...periods, "Lũy kế"], ["1", "Tổ truyền thông cộng đồng", "tổ", 8, ...values, values.reduce((s, v) => s + v, 0)]]);
  test.each<[string, SheetData[], string[]]>([
    // The money lines lack 2024: one warning where their figures stop, not a pace warning per line judged against 75 %.
    ["table to 2024, disbursement to 2023", [table(["Năm 2022", "Năm 2023", "Năm 2024"], [2, 2, 2]), results("Giải ngân 2022", MONEY, spent(10, 10)), results("Giải ngân 2023", MONEY, spent(10, 10))], ["pace/warning@Giải ngân 2023!C3"]],
    // Everything to 2024: the money lines behind are judged.
    [
      "table and disbursement to 2024",
      [table(["Năm 2022", "Năm 2023", "Năm 2024"], [2, 2, 2]), results("Giải ngân 2022", MONEY, spent(10, 10)), results("Giải ngân 2023", MONEY, spent(10, 10)), results("Giải ngân 2024", MONEY, spent(10, 10))],
      ["pace/warning@Giải ngân 2024!C4", "pace/warning@Giải ngân 2024!D4"],
    ],
    // A line on the table only, its last cell blank (zero): covered by the table's column, not stopped short.
    ["table only, a blank latest cell", [table(["Năm 2022", "Năm 2023", "Năm 2024"], [4, 4, 0])], []],
  ])("%s", (_, sheets, expected) => {
    const report = check(...sheets);
    expect(report.findings.filter((f) => f.sheet !== "Phân bổ" && f.rule === "pace").map((f) => `${f.rule}/${f.severity}@${f.sheet}!${f.cell}`)).toEqual(expected);
    if (expected[0] === "pace/warning@Giải ngân 2023!C3") expect(report.indicators.find((i) => i.code === "KP.1")).not.toHaveProperty("expectedByNow");
  });
});
