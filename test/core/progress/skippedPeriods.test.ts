/**
 * One cause, one finding on the progress table: a period's figure typed as
 * text that the `Lũy kế` leaves out (a SUM along the row skips it, or a copy
 * of such a SUM) is one text-number error at the text cell naming the `Lũy
 * kế`, not a `cumulative` error beside a warning.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, workbook } from "./fixtures";

/** `Tiến độ`: 2022, 2023, 2024-H1 and Lũy kế (G) for the teams line (row 4) and the budget line KP (row 5). */
function progress(teams: CellValue[], cumulative: number, formula: boolean): SheetData {
  const values: CellValue[][] = [
    ["THEO DÕI TIẾN ĐỘ THỰC HIỆN"],
    [],
    ["Mã", "Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", ...teams, cumulative],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 150, 150, 100, 400],
  ];
  const formulas = formula ? [[], [], [], [null, null, null, null, null, null, "SUM(D4:F4)"]] : undefined;
  return { name: "Tiến độ", values, merges: [], ...(formulas ? { formulas } : {}) };
}

function findings(sheet: SheetData) {
  const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), sheet), { workbookName: "t.xlsx" }).report);
  return report.findings.filter((f) => f.sheet === "Tiến độ" && f.rule !== "pace");
}

describe("a period typed as text that the Lũy kế leaves out", () => {
  test.each<[string, CellValue[], number, boolean, string[], string]>([
    ["a SUM along the row skips `2`", [2, "2", 1], 3, true, ["text-number error E4"], "hàm SUM ở ô G4 (Lũy kế) bỏ qua ô này nên bảng tính ghi 3 tổ"],
    ["a SUM skips `2 tổ`", [2, "2 tổ", 1], 3, true, ["text-number error E4"], "Công thức ở G4 đúng"],
    ["a typed Lũy kế copied from such a SUM", [2, "2", 1], 3, false, ["text-number error E4"], "ghi lại ô G4 là 5 tổ"],
  ])("%s: one finding at the text cell", (_name, teams, cumulative, formula, expected, note) => {
    const found = findings(progress(teams, cumulative, formula));
    expect(found.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(expected);
    expect(found[0].message).toContain(note);
  });

  test("a Lũy kế wrong beyond the text: its cumulative error stays, the text a warning", () => {
    const found = findings(progress([2, "2", 1], 4, false));
    expect(found.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(["text-number warning E4", "cumulative error G4"]);
  });
});

test("a parent line's SUM over its children that skips a child's figure typed as text: one finding at the text cell", () => {
  const values: CellValue[][] = [
    ["THEO DÕI TIẾN ĐỘ THỰC HIỆN"],
    [],
    ["Mã", "Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 2, 2, 1, 5],
    ["KP", "Tổng kinh phí", "triệu đồng", 250, 150, 160, 560],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 150, "100", 100, 350],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 100, 150, 60, 310],
  ];
  const formulas = [[], [], [], [], [null, null, null, "SUM(D6:D7)", "SUM(E6:E7)", "SUM(F6:F7)"]];
  const found = findings({ name: "Tiến độ", values, merges: [], formulas });
  expect(found.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(["text-number error E6"]);
  expect(found[0].message).toContain("E5");
});
