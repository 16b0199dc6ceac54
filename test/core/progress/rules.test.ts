/** Each progress rule (CONTRACT §7) on designed workbooks: when it fires, its expected/actual and its cell, and when it stays quiet. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, lineTable, periodSheet, planSheet, sheet, workbook, GOOD_LINES as GOOD, withCell as edit } from "./fixtures";


function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

function ofRule(report: ReturnType<typeof check>, rule: string) {
  return report.findings.filter((f) => f.rule === rule).map((f) => ({ sheet: f.sheet, cell: f.cell, indicator: f.indicator, area: f.area, expected: f.expected, actual: f.actual, severity: f.severity }));
}

const PROGRESS_RULES = ["cumulative", "rate", "plan-copy", "pace", "overspend", "area-progress"];

test("a clean line-level table gives no progress finding, and the figures of §7", () => {
  const report = check(lineTable(GOOD));
  expect(report.findings.filter((f) => PROGRESS_RULES.includes(f.rule) || f.sheet === "Tiến độ")).toEqual([]);
  expect(report.progress).toEqual({ periods: ["2022", "2023", "2024-H1"], asOf: "2024-06", planStart: "2022", planEnd: "2025", elapsedShare: 0.625 });
  const teams = report.indicators.find((i) => i.code === "1")!;
  expect(teams).toMatchObject({ achieved: 5, achievedPercent: 62.5, expectedByNow: 5, forecast: 8 });
  expect(teams.periods).toEqual([
    { period: "2022", label: "Năm 2022", value: 2 },
    { period: "2023", label: "2023", value: 2 },
    { period: "2024-H1", label: "6 tháng đầu năm 2024", value: 1 },
  ]);
  const rate = report.indicators.find((i) => i.code === "2")!;
  expect(rate.achieved).toBe(70);
  expect(rate).not.toHaveProperty("expectedByNow");
  expect(rate).not.toHaveProperty("forecast");
  expect(report.indicators.find((i) => i.code === "KP")).toMatchObject({ achieved: 650_000_000, expectedByNow: 625_000_000, forecast: 1_040_000_000 });
});

describe("cumulative", () => {
  test("a Lũy kế that is not the sum of its periods: one error at the typed cell", () => {
    const report = check(lineTable(edit(GOOD, 0, 7, 6)));
    expect(ofRule(report, "cumulative")).toEqual([{ sheet: "Tiến độ", cell: "H4", indicator: "1", area: null, expected: 5, actual: 6, severity: "error" }]);
    // The percent (62,5 %) agrees with the periods, not with the typed Lũy kế: the Lũy kế is the one mistake, told once.
    expect(ofRule(report, "rate")).toEqual([]);
  });

  test.each<[string, number, number, string[]]>([
    // Lũy kế 6 against periods of 5 (target 8).
    ["the percent agrees with the periods (5 / 8)", 6, 62.5, ["cumulative@H4"]],
    ["the percent agrees with the typed Lũy kế (6 / 8)", 6, 75, ["cumulative@H4"]],
    ["the percent agrees with neither", 6, 50, ["cumulative@H4", "rate@I4"]],
    ["a right Lũy kế, a wrong percent", 5, 75, ["rate@I4"]],
  ])("a wrong Lũy kế beside a percent: %s", (_, cumulative, rate, expected) => {
    const report = check(lineTable(edit(edit(GOOD, 0, 7, cumulative), 0, 8, rate)));
    expect(report.findings.filter((f) => f.rule === "cumulative" || f.rule === "rate").map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
  });

  test.each<[string, CellValue[][], string[]]>([
    // A parent's period that is not the sum of its children's, its Lũy kế the sum of its own periods: the period cell only.
    ["a parent's period", edit(edit(edit(GOOD, 2, 5, 310), 2, 7, 660), 2, 8, 66), ["subtotal@F6"]],
    // A parent's Lũy kế typed wrong: the cumulative finding only, not a subtotal at the same cell.
    ["a parent's Lũy kế", edit(edit(GOOD, 2, 7, 670), 2, 8, 67), ["cumulative@H6"]],
    // A child's Lũy kế typed wrong: at the child, not again at the parent's Lũy kế.
    ["a child's Lũy kế", edit(edit(GOOD, 3, 7, 410), 3, 8, 68.3), ["cumulative@H7"]],
  ])("one wrong figure on a parent line or its child: one finding (%s)", (_, rows, expected) => {
    const report = check(lineTable(rows));
    expect(report.findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
  });

  test("one wrong Lũy kế with its percent computed from it: exactly one finding", () => {
    const report = check(lineTable(edit(edit(GOOD, 0, 7, 6), 0, 8, 75)));
    expect(ofRule(report, "cumulative")).toHaveLength(1);
    expect(ofRule(report, "rate")).toEqual([]);
  });

  test("a percent line's Lũy kế is its latest period, not a sum", () => {
    const report = check(lineTable(edit(GOOD, 1, 7, 180)));
    expect(ofRule(report, "cumulative")).toEqual([{ sheet: "Tiến độ", cell: "H5", indicator: "2", area: null, expected: 70, actual: 180, severity: "error" }]);
  });

  test("money in the sheet's unit (triệu đồng) compared in đồng", () => {
    const report = check(lineTable(edit(GOOD, 3, 7, 410)));
    expect(ofRule(report, "cumulative")).toEqual([
      { sheet: "Tiến độ", cell: "H7", indicator: "KP.1", area: null, expected: 400_000_000, actual: 410_000_000, severity: "error" },
    ]);
  });
});

describe("rate", () => {
  test("a percent computed against the wrong base", () => {
    const report = check(lineTable(edit(GOOD, 2, 8, 81.25))); // 650 / 800 instead of 650 / 1000
    expect(ofRule(report, "rate")).toEqual([{ sheet: "Tiến độ", cell: "I6", indicator: "KP", area: null, expected: 65, actual: 81.25, severity: "error" }]);
  });

  test("within 0.5 percentage point is rounding, not a mistake; a percent-formatted fraction reads as points", () => {
    expect(ofRule(check(lineTable(edit(GOOD, 3, 8, 67.1))), "rate")).toEqual([]);
    const formats = [[], [], [], [null, null, null, null, null, null, null, null, "0.0%"]];
    const fraction = sheet("Tiến độ", [["THEO DÕI"], [], ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "2023", "6 tháng đầu năm 2024", "Lũy kế", "Tỷ lệ (%)"], [...GOOD[0].slice(0, 8), 0.625]], formats);
    expect(ofRule(check(fraction), "rate")).toEqual([]);
  });
});

describe("plan-copy", () => {
  test("a Kế hoạch column that differs from the plan: a warning at the copied cell", () => {
    const report = check(lineTable(edit(GOOD, 0, 3, 9)));
    expect(ofRule(report, "plan-copy")).toEqual([{ sheet: "Tiến độ", cell: "D4", indicator: "1", area: null, expected: 8, actual: 9, severity: "warning" }]);
  });

  test.each<[string, number, number]>([
    ["80 % copied as 0,8 (a fraction, no percent format): the same target, nothing said", 0.8, 0],
    ["0,7 beside a target of 80 %: a wrong copy still", 0.7, 1],
  ])("a rate line's target %s", (_, copied, count) => {
    expect(ofRule(check(lineTable(edit(GOOD, 1, 3, copied))), "plan-copy")).toHaveLength(count);
  });
});

describe("pace", () => {
  test("a count line below target × elapsed share, at its Lũy kế cell", () => {
    const rows = edit(edit(edit(GOOD, 0, 6, 0), 0, 7, 4), 0, 8, 50);
    expect(ofRule(check(lineTable(rows)), "pace")).toEqual([{ sheet: "Tiến độ", cell: "H4", indicator: "1", area: null, expected: 5, actual: 4, severity: "warning" }]);
  });

  test("a parent line behind because its child is: only the child's finding", () => {
    // KP.1: 2023 100 instead of 200 → 300 of 600 (needs 375); KP follows it: 550 of 1000 (needs 625).
    let rows = edit(edit(edit(GOOD, 3, 5, 100), 3, 7, 300), 3, 8, 50);
    rows = edit(edit(edit(rows, 2, 5, 200), 2, 7, 550), 2, 8, 55);
    expect(ofRule(check(lineTable(rows)), "pace").map((f) => `${f.indicator}@${f.cell}`)).toEqual(["KP.1@H7"]);
    expect(check(lineTable(rows)).findings.filter((f) => f.rule === "subtotal")).toEqual([]);
  });

  test("never for a percent line, however low", () => {
    const rows = edit(edit(GOOD, 1, 6, 10), 1, 7, 10);
    expect(ofRule(check(lineTable(edit(rows, 1, 8, 12.5))), "pace")).toEqual([]);
  });

  test("without the plan's period: one info finding, no expectedByNow, no forecast, no area-progress", () => {
    const wb = workbook(planSheet("KẾ HOẠCH thực hiện Dự án 8"), allocationSheet(), lineTable(edit(GOOD, 0, 6, 0)));
    const report = toJsonReport(checkWorkbook(wb, { workbookName: "t.xlsx" }).report);
    expect(ofRule(report, "pace")).toEqual([{ sheet: "Kế hoạch", cell: null, indicator: null, area: null, expected: null, actual: null, severity: "info" }]);
    expect(report.progress).toEqual({ periods: ["2022", "2023", "2024-H1"], asOf: "2024-06" });
    expect(report.indicators[0]).not.toHaveProperty("expectedByNow");
    expect(report.indicators[0]).not.toHaveProperty("forecast");
    // --period supplies it.
    const withOption = toJsonReport(checkWorkbook(wb, { workbookName: "t.xlsx", period: "2022-2025" }).report);
    expect(withOption.progress?.elapsedShare).toBe(0.625);
  });
});

describe("per-period sheets: overspend and area-progress", () => {
  // Communes: [teams, rate %, KP.1 (triệu), KP.2 (triệu)].
  const y2022 = periodSheet("Thực hiện 2022", [
    [1, 50, 50, 30],
    [1, 50, 50, 30],
    [1, 50, 50, 30],
    [0, 50, 100, 30],
  ]);
  const y2023 = periodSheet("Kết quả 2023", [
    [1, 60, 50, 30],
    [0, 60, 50, 30],
    [1, 60, 50, 30],
    [1, 60, 60, 30],
  ]);
  const report = check(y2022, y2023);

  test("a commune that spent more than allocated: overspend at its cell on the latest sheet", () => {
    expect(ofRule(report, "overspend")).toEqual([
      { sheet: "Kết quả 2023", cell: "E10", indicator: "KP.1", area: "Xã Sài Sơn", expected: 150_000_000, actual: 160_000_000, severity: "error" },
    ]);
  });

  test("a commune behind its allocation × elapsed share (warning); over it on a count line (info)", () => {
    // 2022–2025 to 2023: share 0.5. Tản Lĩnh: 1 team of 2 → 1 due: not behind. KP.2: 60 of 100 → 50 due: not behind.
    expect(ofRule(report, "area-progress")).toEqual([]);
    const behind = check(periodSheet("Thực hiện 2022", [[0, 50, 10, 30], [1, 50, 50, 30], [3, 50, 50, 30], [1, 50, 50, 30]]), y2023);
    // Ba Trại: 1 team of 2 by half time is on pace; 60 of 150 triệu is behind 75. Phú Mãn: 4 teams of 2 is over (info).
    expect(ofRule(behind, "area-progress")).toEqual([
      { sheet: "Kết quả 2023", cell: "E6", indicator: "KP.1", area: "Xã Ba Trại", expected: 75_000_000, actual: 60_000_000, severity: "warning" },
      { sheet: "Kết quả 2023", cell: "C9", indicator: "1", area: "Xã Phú Mãn", expected: 2, actual: 4, severity: "info" },
    ]);
  });

  test("a line's disbursement over the plan's ceiling only through communes over their allocations: told at the communes, naming the line", () => {
    const big = check(periodSheet("Thực hiện 2022", [[1, 50, 200, 30], [1, 50, 200, 30], [1, 50, 200, 30], [0, 50, 200, 30]]));
    const found = ofRule(big, "overspend");
    expect(found.filter((f) => f.area === null)).toEqual([]);
    expect(found.map((f) => f.cell)).toEqual(["E6", "E7", "E9", "E10"]);
    const full = big.findings.filter((f) => f.rule === "overspend");
    expect(full.every((f) => f.message.includes("cả dòng cũng vượt trần ('Thực hiện 2022'!E4)"))).toBe(true);
    expect(full[0].message).toEqual(expect.stringContaining("đã giải ngân 800 triệu đồng, vượt trần kế hoạch 600 triệu đồng"));
  });

  test.each([
    ["one commune over", [[1, 50, 150, 30], [1, 50, 150, 30], [1, 50, 150, 30], [0, 50, 250, 30]], ["E10"]],
    ["two communes over", [[1, 50, 170, 30], [1, 50, 150, 30], [1, 50, 150, 30], [0, 50, 180, 30]], ["E6", "E10"]],
  ])("%s, the line over with them: one finding per commune, none for the line", (_name, rows, cells) => {
    const found = ofRule(check(periodSheet("Thực hiện 2022", rows)), "overspend");
    expect(found.map((f) => f.cell)).toEqual(cells);
  });

  test("a parent over its ceiling only because a child is: the child's finding alone", () => {
    let rows = edit(edit(edit(GOOD, 3, 5, 600), 3, 7, 800), 3, 8, 133.3);
    rows = edit(edit(edit(rows, 2, 5, 700), 2, 7, 1050), 2, 8, 105);
    expect(ofRule(check(lineTable(rows)), "overspend").map((f) => `${f.indicator}@${f.cell}`)).toEqual(["KP.1@H7"]);
  });

  test("line figures are the leaf sums per period, labelled by the sheet's period", () => {
    const teams = report.indicators.find((i) => i.code === "1")!;
    expect(teams.periods).toEqual([
      { period: "2022", label: "2022", value: 3 },
      { period: "2023", label: "2023", value: 3 },
    ]);
    expect(report.indicators.find((i) => i.code === "KP")).toMatchObject({ achieved: 700_000_000 }); // KP has no column: KP.1 460 + KP.2 240 triệu
  });
});
