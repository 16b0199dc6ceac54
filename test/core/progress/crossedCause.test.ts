/**
 * One cause, one finding on a `Tiến độ` table where a line's `Lũy kế`, its
 * parent line's period figures and its pace all hang on one period cell
 * (a `0` typed for a real figure), and on period sheets that leave an area
 * out of one period.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, GOOD_LINES, lineTable, periodSheet, planSheet, sheet, withCell, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

const found = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.sheet !== "Phân bổ" && f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

describe("a child line's period figure typed wrong (KP.1, row 7): its parent's figure and its Lũy kế cross at it", () => {
  test.each<[string, number, number, string]>([
    ["0 for 200 in 2023", 5, 0, "F7"],
    ["20 for 200 in 2023", 5, 20, "F7"],
    ["0 for 150 in 2022", 4, 0, "E7"],
    ["250 for 200 in 2023 (over)", 5, 250, "F7"],
  ])("%s: one subtotal at the cell", (_, col, value, cell) => {
    const report = check(lineTable(withCell(GOOD_LINES, 3, col, value)));
    expect(found(report)).toEqual([`subtotal@${cell}`]);
    const finding = report.findings.find((f) => f.cell === cell)!;
    expect(finding).toMatchObject({ indicator: "KP.1", actual: value * 1e6, expected: GOOD_LINES[3][col] as number * 1e6 });
    expect(finding.message).toContain(`${cell[0]}6`); // the parent's figure for the period
    expect(finding.message).toContain("H7");
  });

  test("the parent's figure and the Lũy kế off by different amounts: no single cell, both told where they are", () => {
    const rows = withCell(withCell(GOOD_LINES, 3, 5, 0), 3, 7, 300);
    expect(found(check(lineTable(rows)))).toEqual(expect.arrayContaining(["subtotal@F6", "cumulative@H7"]));
  });
});

describe("a line's period typed 0 with its Lũy kế alone to witness it (line 1, row 4)", () => {
  test("one cumulative finding at the Lũy kế naming the 0 cell, and the pace it hangs on", () => {
    const report = check(lineTable(withCell(GOOD_LINES, 0, 5, 0)));
    expect(found(report)).toEqual(["cumulative@H4"]);
    const message = report.findings.find((f) => f.cell === "H4")!.message;
    expect(message).toContain("F4");
    expect(message).toMatch(/Tiến độ tùy số nào đúng/);
  });

  test("a percent of plan that agrees with the periods, not the Lũy kế: the Lũy kế is wrong and the line is behind", () => {
    const rows = withCell(withCell(GOOD_LINES, 0, 5, 0), 0, 8, 37.5);
    expect(found(check(lineTable(rows)))).toEqual(["cumulative@H4", "pace@H4"]);
  });

  test("a Lũy kế behind pace too: the pace stands on its own", () => {
    const rows = withCell(withCell(withCell(GOOD_LINES, 0, 5, 0), 0, 7, 4), 0, 8, 50);
    expect(found(check(lineTable(rows)))).toEqual(["cumulative@H4", "pace@H4"]);
  });
});

describe("a commune left out of one period's sheet", () => {
  /** Per commune [teams, rate, KP.1, KP.2]; on `Thực hiện 2023` Xã Sài Sơn's row is left out (the totals without it). */
  const periods = (kp1: number) => {
    const row = (teams: number, money: number): CellValue[] => [teams, 80, money, 25];
    const all = (teams: number, money: number) => [row(teams, money), row(teams, money), row(teams, money), row(teams, money)];
    const gone = periodSheet("Thực hiện 2023", [row(1, kp1), row(1, kp1), row(1, kp1), [0, null, 0, 0]]);
    return [periodSheet("Thực hiện 2022", all(1, kp1)), sheet(gone.name, gone.values.slice(0, -1).map((r) => [...(r ?? [])])), periodSheet("Thực hiện 6 tháng đầu năm 2024", all(0, 0))];
  };

  test("a line behind only by what it was allocated is not judged on pace; the coverage warning names it", () => {
    // KP.1: 200 + 150 + 0 = 350 against 375 by now; Xã Sài Sơn was allocated 150.
    const report = check(...periods(50));
    expect(report.findings.filter((f) => f.sheet !== "Phân bổ" && f.severity !== "info").map((f) => `${f.rule}@${f.sheet}`)).toEqual(["coverage@Thực hiện 2023"]);
    const coverage = report.findings.find((f) => f.rule === "coverage")!;
    expect(coverage.message).toMatch(/chưa đánh giá tiến độ của chỉ tiêu KP\.1 /);
    expect(report.indicators.find((i) => i.code === "KP.1")).not.toHaveProperty("expectedByNow");
    expect(report.indicators.find((i) => i.code === "KP.2")).toHaveProperty("expectedByNow");
  });

  test("a line far behind whatever the missing figure: still judged", () => {
    // KP.1: 20 + 15 + 0 = 35; with all 150 of Xã Sài Sơn's allocation still under 375.
    const report = check(...periods(5));
    expect(report.findings.filter((f) => f.rule === "pace" && f.indicator === "KP.1")).toHaveLength(1);
    expect(report.findings.find((f) => f.rule === "coverage")!.message).not.toMatch(/chưa đánh giá tiến độ/);
  });
});

describe("a plan target copied wrong onto the table, the percent of plan worked out over it", () => {
  test("one plan-copy finding, naming the rate cell; no rate finding", () => {
    // Line 1: plan 8, copied 10; Lũy kế 5, typed 50 % (5 / 10).
    const rows = withCell(withCell(GOOD_LINES, 0, 3, 10), 0, 8, 50);
    const report = check(lineTable(rows));
    expect(found(report)).toEqual(["plan-copy@D4"]);
    expect(report.findings.find((f) => f.rule === "plan-copy")!.message).toContain("I4");
  });

  test("a rate that agrees with neither: both told", () => {
    const rows = withCell(withCell(GOOD_LINES, 0, 3, 10), 0, 8, 40);
    expect(found(check(lineTable(rows)))).toEqual(["plan-copy@D4", "rate@I4"]);
  });
});

describe("a percent line's latest period typed as a fraction among percentage points (line 2, row 5)", () => {
  test("one cumulative finding at the Lũy kế, naming the fraction cell", () => {
    const report = check(lineTable(withCell(GOOD_LINES, 1, 6, 0.7)));
    expect(found(report)).toEqual(["cumulative@H5"]);
    expect(report.findings.find((f) => f.cell === "H5")!.message).toMatch(/Ô G5 ghi 0,7 — có vẻ là 70%/);
  });

  test("a figure that is no fraction of the Lũy kế: no such hint", () => {
    const report = check(lineTable(withCell(GOOD_LINES, 1, 6, 0.5)));
    expect(report.findings.find((f) => f.cell === "H5")!.message).not.toMatch(/phân số/);
  });
});
