/** Bad results input (CONTRACT §7): each a clear finding or InputError naming the sheet and cell; nothing silently dropped. Also both shapes, both orientations. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { inputError } from "../../helpers/inputError";
import { allocationSheet, lineTable, periodSheet, planSheet, sheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

const ROW: CellValue[] = ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, 5, 62.5, null];
const COMMUNES: CellValue[][] = [
  [1, 50, 50, 30],
  [1, 50, 50, 30],
  [1, 50, 50, 30],
  [1, 50, 50, 30],
];

function transpose(source: SheetData): SheetData {
  const rows = source.values.length;
  const cols = Math.max(...source.values.map((r) => r?.length ?? 0));
  const values: CellValue[][] = [];
  for (let c = 0; c < cols; c++) {
    values.push([]);
    for (let r = 0; r < rows; r++) values[c].push(source.values[r]?.[c] ?? null);
  }
  return { ...source, values };
}

test("without results sheets the report carries no progress key at all", () => {
  const report = check();
  expect(report).not.toHaveProperty("progress");
  for (const indicator of report.indicators) for (const key of ["achieved", "achievedPercent", "expectedByNow", "forecast", "periods"]) expect(indicator).not.toHaveProperty(key);
});

test("a period header it cannot parse: a warning at the header cell", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Đợt 2", "6 tháng đầu năm 2024", "Lũy kế", "% so với KH", "Ghi chú"];
  const report = check(lineTable([ROW], header));
  const found = report.findings.filter((f) => f.sheet === "Tiến độ" && f.rule === "unmapped");
  expect(found.map((f) => f.cell)).toEqual(["F3"]);
  expect(found[0].message).toContain("Đợt 2");
});

test("a results sheet whose name gives no period: a warning naming the sheet", () => {
  const report = check(periodSheet("Thực hiện đợt cuối", COMMUNES));
  const found = report.findings.filter((f) => f.sheet === "Thực hiện đợt cuối");
  expect(found.map((f) => [f.rule, f.cell])).toEqual([["unmapped", null]]);
});

const OTHER: CellValue[][] = [
  [1, 50, 50, 30],
  [2, 50, 50, 30],
  [1, 50, 50, 30],
  [1, 50, 50, 30],
];

describe("two sheets for one period with different figures (a copy kept beside the sheet): one is counted, with a warning naming both and a cell where they differ", () => {
  test.each<[string, SheetData[], string, string, number]>([
    ["two names", [periodSheet("Thực hiện 2023", COMMUNES), periodSheet("Kết quả năm 2023", OTHER)], "Thực hiện 2023", "Kết quả năm 2023", 4],
    ["a copy after", [periodSheet("Thực hiện 2023", COMMUNES), periodSheet("Thực hiện 2023 (2)", OTHER)], "Thực hiện 2023", "Thực hiện 2023 (2)", 4],
    ["a copy before", [periodSheet("Thực hiện 2023 (2)", OTHER), periodSheet("Thực hiện 2023", COMMUNES)], "Thực hiện 2023", "Thực hiện 2023 (2)", 4],
  ])("%s", (_, sheets, kept, dropped, achieved) => {
    const report = check(...sheets);
    expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(achieved);
    const found = report.findings.filter((f) => f.message.includes(`"${dropped}"`) && f.message.includes(`"${kept}"`));
    expect(found.map((f) => [f.rule, f.severity, f.sheet])).toEqual([["unmapped", "warning", dropped]]);
    expect(found[0].cell).not.toBeNull();
    expect(report.findings.filter((f) => f.sheet === dropped)).toHaveLength(1);
  });
});

describe("a disbursement sheet beside a results sheet of the same period that also lists the money", () => {
  /** Money only, per commune [KP.1, KP.2]. */
  const money = (name: string, kp1: number) =>
    sheet(name, [
      ["GIẢI NGÂN"],
      [],
      ["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"],
      [null, "Tổng cộng", kp1 * 4, 120],
      ...["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"].map((c, i): CellValue[] => [i + 1, c, kp1, 30]),
    ]);
  test("the same figures: counted once, one info", () => {
    const report = check(periodSheet("Thực hiện 2023", COMMUNES), money("Giải ngân 2023", 50));
    expect(report.indicators.find((i) => i.code === "KP.1")?.achieved).toBe(200_000_000);
    expect(report.findings.filter((f) => f.sheet === "Giải ngân 2023").map((f) => `${f.rule}/${f.severity}`)).toEqual(["pace/info"]);
    // Each commune's 50 of its 150 is counted once: nothing overspent.
    expect(report.findings.filter((f) => f.rule === "overspend" || (f.rule === "area-progress" && f.severity === "info"))).toEqual([]);
  });
  test("other figures: the first sheet counted, a warning naming both sheets", () => {
    const report = check(periodSheet("Thực hiện 2023", COMMUNES), money("Giải ngân 2023", 60));
    expect(report.indicators.find((i) => i.code === "KP.1")?.achieved).toBe(200_000_000);
    const found = report.findings.filter((f) => f.sheet === "Giải ngân 2023");
    expect(found.map((f) => `${f.rule}/${f.severity}`)).toEqual(["unmapped/warning"]);
    expect(found[0].message).toContain('"Thực hiện 2023"');
  });
});

/** A period given a second column: one `duplicate` error at its header, the first column counted, a `Lũy kế` counting the second not told again. */
test.each<[string, CellValue[], number]>([
  // Năm 2022 | 2023 | Năm 2023 (a copy of the column) | Lũy kế of the two years.
  ["a copy of the column", ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 2, 4, 50, null], 4],
  // The second is the next period's figures under a header left as it was: the Lũy kế counts it.
  ["another period's figures under the same header", ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1, 5, 62.5, null], 4],
  // A rate: its Lũy kế is the second column's (the latest period's) rate.
  ["a rate's Lũy kế taken from the second column", ["2", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80, 60, 70, 75, 75, 93.75, null], 70],
])("two columns for one period (%s): one duplicate error at the second's header", (_, row, achieved) => {
  const twice = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "2023", "Năm 2023", "Lũy kế", "% so với KH", "Ghi chú"];
  const report = check(lineTable([row], twice));
  expect(report.findings.filter((f) => f.sheet === "Tiến độ" && f.severity !== "info" && f.rule !== "pace").map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["duplicate/error@G3"]);
  expect(report.indicators.find((i) => i.code === row[0])?.achieved).toBe(achieved);
  expect(report.progress?.periods).toEqual(["2022", "2023"]);
});

test("overlapping periods: an input error naming the cells", () => {
  const overlap = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "9 tháng 2024", "6 tháng cuối năm 2024", "Lũy kế", "% so với KH", "Ghi chú"];
  const error = inputError(() => check(lineTable([ROW], overlap)));
  expect(error.text.vi).toContain("'Tiến độ'!G3");
  expect(error.text.vi).toContain("'Tiến độ'!F3");
});

test("results for a line not in the plan, and for an area not in the allocation: warnings at their labels", () => {
  const report = check(lineTable([ROW, ["9", "Số hộ nghèo được hỗ trợ", "hộ", 10, 1, 1, 1, 3, 30, null]]));
  expect(report.findings.filter((f) => f.rule === "unmapped" && f.sheet === "Tiến độ").map((f) => f.cell)).toEqual(["B5"]);
  const extra = periodSheet("Thực hiện 2022", COMMUNES);
  const values = extra.values.map((r) => [...(r ?? [])]);
  values[9][1] = "Xã Yên Bài";
  const report2 = check({ ...extra, values });
  expect(report2.findings.filter((f) => f.rule === "coverage" && f.sheet === "Thực hiện 2022").map((f) => [f.cell, f.area])).toEqual([["B10", "Xã Yên Bài"]]);
});

test("a period outside the plan's years: a warning at its header; its figures still count", () => {
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2021", "2023", "6 tháng đầu năm 2024", "Lũy kế", "% so với KH", "Ghi chú"];
  const report = check(lineTable([ROW], header));
  expect(report.findings.filter((f) => f.rule === "pace" && f.indicator === null).map((f) => [f.sheet, f.cell, f.severity])).toEqual([["Tiến độ", "E3", "warning"]]);
  expect(report.indicators[0].achieved).toBe(5);
});

test("a results sheet is never taken for the allocation sheet", () => {
  const wb = workbook(planSheet(), periodSheet("Thực hiện 2022", COMMUNES), allocationSheet());
  expect(checkWorkbook(wb, { workbookName: "t" }).report.allocationSheet).toBe("Phân bổ");
  const only = workbook(planSheet(), periodSheet("Thực hiện 2022", COMMUNES));
  expect(inputError(() => checkWorkbook(only, { workbookName: "t" })).code).toBe("no-table");
});

test("the sheet rules run on results sheets: a wrong subtotal, a number typed as text", () => {
  const sheet2022 = periodSheet("Thực hiện 2022", COMMUNES);
  const values = sheet2022.values.map((r) => [...(r ?? [])]);
  values[4][2] = 5; // Huyện Ba Vì teams: 1 + 1 = 2
  values[5][4] = "50"; // text
  const report = check({ ...sheet2022, values });
  const onSheet = report.findings.filter((f) => f.sheet === "Thực hiện 2022").map((f) => [f.rule, f.cell]);
  expect(onSheet).toEqual(expect.arrayContaining([["subtotal", "C5"], ["text-number", "E6"]]));
  expect(report.findings.some((f) => f.sheet === "Thực hiện 2022" && ["ceiling", "quota", "percent"].includes(f.rule))).toBe(false);
});

test("a parent line of the progress table is checked against its children per period", () => {
  const rows: CellValue[][] = [
    ["KP", "Tổng kinh phí", "triệu đồng", 1000, 200, 310, 150, 660, 66, null],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 200, 50, 400, 66.7, null],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 50, 100, 100, 250, 62.5, null],
  ];
  const report = check(lineTable(rows));
  // The parent's Lũy kế (660) is the sum of its own periods: the one wrong period cell is the finding, not the Lũy kế again.
  expect(report.findings.filter((f) => f.rule === "subtotal" && f.sheet === "Tiến độ").map((f) => [f.cell, f.expected, f.actual])).toEqual([["F4", 300_000_000, 310_000_000]]);
});

test("a period sheet with indicators as rows reads the same as with areas as rows", () => {
  const rows = check(periodSheet("Thực hiện 2022", COMMUNES));
  const columns = check(transpose(periodSheet("Thực hiện 2022", COMMUNES)));
  expect(columns.indicators.map((i) => i.periods)).toEqual(rows.indicators.map((i) => i.periods));
  expect(rows.indicators[0].periods).toEqual([{ period: "2022", label: "2022", value: 4 }]);
});

test("a two-row header: periods under a merged `Kết quả thực hiện` group", () => {
  const table = sheet("Theo dõi tiến độ", [
    ["BẢNG THEO DÕI"],
    ["Mã", "Chỉ tiêu", "Kết quả thực hiện", null, null, "Lũy kế"],
    [null, null, "Năm 2022", "Năm 2023", "Quý I/2024", null],
    ["1", "Tổ truyền thông cộng đồng", 2, 2, 1, 5],
  ]);
  const merged: SheetData = { ...table, merges: [{ top: 1, left: 2, bottom: 1, right: 4 }, { top: 1, left: 5, bottom: 2, right: 5 }, { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }] };
  const report = check(merged);
  expect(report.progress?.periods).toEqual(["2022", "2023", "2024-Q1"]);
  expect(report.indicators[0]).toMatchObject({ achieved: 5 });
  expect(report.findings.filter((f) => f.sheet === "Theo dõi tiến độ")).toEqual([]);
});

test("a results sheet laid out like the allocation sheet is read with the allocation's own layout; another layout is detected", () => {
  const { sameLayoutTable } = jest.requireActual("../../../src/core/progress/periodSheets") as typeof import("../../../src/core/progress/periodSheets");
  const { buildRuleContext } = jest.requireActual("../../../src/core/rules") as typeof import("../../../src/core/rules");
  const { detectTable } = jest.requireActual("../../../src/core/layout") as typeof import("../../../src/core/layout");
  const { readPlanFromWorkbook } = jest.requireActual("../../../src/core/plan") as typeof import("../../../src/core/plan");
  const plan = readPlanFromWorkbook(workbook(planSheet(), allocationSheet()));
  const allocation = buildRuleContext({ plan, table: detectTable(allocationSheet(), plan), sheet: allocationSheet() });
  const copy = periodSheet("Thực hiện 2022", COMMUNES);
  const same = sameLayoutTable(copy, allocation);
  expect(same).not.toBeNull();
  const detected = detectTable(copy, plan);
  expect(same!.areas.map((a) => [a.label, a.kind, a.index])).toEqual(detected.areas.map((a) => [a.label, a.kind, a.index]));
  expect(same!.lines.map((l) => [l.planCode, l.index])).toEqual(detected.lines.map((l) => [l.planCode, l.index]));
  // One more commune row below: not the same layout.
  const longer = { ...copy, values: [...copy.values, [5, "Xã Yên Bài", 1, 50, 10, 10]] };
  expect(sameLayoutTable(longer, allocation)).toBeNull();
  // Another line header: not the same layout.
  const renamed = { ...copy, values: copy.values.map((r, i) => (i === 2 ? [...(r ?? []).slice(0, 2), "Tổ truyền thông (tổ)", ...(r ?? []).slice(3)] : r)) };
  expect(sameLayoutTable(renamed, allocation)).toBeNull();
});

test("money on a progress table in the unit its label names (tỷ đồng) is read in đồng", () => {
  const rows: CellValue[][] = [["KP.1", "Kinh phí truyền thông (tỷ đồng)", null, "0,6", "0,15", "0,2", "0,05", "0,4", 66.7, null]];
  const report = check(lineTable(rows));
  const line = report.indicators.find((i) => i.code === "KP.1")!;
  expect(line.periods).toEqual([
    { period: "2022", label: "Năm 2022", value: 150_000_000 },
    { period: "2023", label: "2023", value: 200_000_000 },
    { period: "2024-H1", label: "6 tháng đầu năm 2024", value: 50_000_000 },
  ]);
  expect(report.findings.filter((f) => f.sheet === "Tiến độ" && f.rule !== "text-number")).toEqual([]);
});

describe("a results sheet left out for another of its period still has its cells checked", () => {
  /** OTHER with a number typed as text in Xã Tản Lĩnh's teams (D7) and an error value in Xã Sài Sơn's KP.2 (F10). */
  const BAD: CellValue[][] = OTHER.map((row, i) => (i === 1 ? ["2", ...row.slice(1)] : i === 3 ? [...row.slice(0, 3), "#REF!"] : [...row]));
  test.each<[string, SheetData[], string]>([
    ["other figures, a copy after", [periodSheet("Thực hiện 2023", COMMUNES), periodSheet("Thực hiện 2023 (2)", BAD)], "Thực hiện 2023 (2)"],
    ["other figures, a copy before", [periodSheet("Thực hiện 2023 (2)", BAD), periodSheet("Thực hiện 2023", COMMUNES)], "Thực hiện 2023 (2)"],
    ["two names", [periodSheet("Thực hiện 2023", COMMUNES), periodSheet("Kết quả năm 2023", BAD)], "Kết quả năm 2023"],
    ["the same figures, one typed as text", [periodSheet("Thực hiện 2023", COMMUNES), periodSheet("Kết quả năm 2023", COMMUNES.map((row, i) => (i === 1 ? ["1", ...row.slice(1)] : [...row])))], "Kết quả năm 2023"],
  ])("%s", (_, sheets, dropped) => {
    const report = check(...sheets);
    const onDropped = report.findings.filter((f) => f.sheet === dropped);
    expect(onDropped.filter((f) => f.rule === "unmapped")).toHaveLength(1);
    expect(onDropped.some((f) => f.rule === "text-number" && f.cell === "C7")).toBe(true);
    if (sheets.some((s) => s.name === dropped && s.values.flat().includes("#REF!"))) expect(onDropped.some((f) => f.rule === "invalid-value" && f.cell === "F10")).toBe(true);
    // Nothing but the rules that concern any sheet: the sheet is not counted in the progress.
    expect(onDropped.filter((f) => !["unmapped", "text-number", "invalid-value", "subtotal", "duplicate", "no-value"].includes(f.rule))).toEqual([]);
  });
});
