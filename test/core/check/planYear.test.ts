/**
 * A plan that splits its targets over its years (`Năm 2022` … `Năm 2025`
 * columns beside the period's `Kế hoạch giai đoạn`) and an allocation sheet
 * made for one year (`… NĂM 2024` in its title, or `2024` in its name): the
 * lines are checked against that year's targets, and the reading says so.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellRange, CellValue, SheetData } from "../../../src/core/model/workbook";
import { readPlanFromWorkbook, readPlanJson } from "../../../src/core/plan";
import { toJsonReport } from "../../../src/core/report/json";
import { renderTextReport } from "../../../src/core/report/text";

function sheet(name: string, values: CellValue[][], merges: CellRange[] = []): SheetData {
  return { name, values, merges };
}

/** The plan: two counts and a money parent with two parts, the period's target and its four years. */
function plan(): SheetData {
  return sheet(
    "Kế hoạch",
    [
      ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2022 - 2025"],
      ["STT", "Nội dung", "Đơn vị tính", "Kế hoạch giai đoạn 2022-2025", "Chia ra các năm", null, null, null],
      [null, null, null, null, "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 14, 2, 4, 4, 4],
      ["2", "Địa chỉ tin cậy", "địa chỉ", 62, 10, 20, 20, 12],
      ["KP", "Kinh phí", "triệu đồng", 1500, 300, 400, 400, 400],
      ["KP.1", "Truyền thông", "triệu đồng", 1000, 200, 300, 250, 250],
      ["KP.2", "Tập huấn", "triệu đồng", 500, 100, 100, 150, 150],
    ],
    [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 7 },
    ],
  );
}

/** Two communes' allocation (each row: teams, addresses, KP.1, KP.2), under `title` rows. */
function allocation(title: string[], rows: number[][], name = "Phân bổ"): SheetData {
  const sum = (k: number) => rows.reduce((s, r) => s + r[k], 0);
  return sheet(name, [
    ...title.map((t) => [t]),
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy", "Tổng kinh phí (triệu đồng)", "Truyền thông", "Tập huấn"],
    [null, "Tổng cộng", sum(0), sum(1), sum(2) + sum(3), sum(2), sum(3)],
    ...rows.map((r, i) => [i + 1, `Xã ${"AB"[i]}`, r[0], r[1], r[2] + r[3], r[2], r[3]]),
  ]);
}

const YEAR_2024 = [
  [2, 10, 125, 75],
  [2, 10, 125, 75],
];

function check(allocationSheet: SheetData) {
  return checkWorkbook({ sheets: [plan(), allocationSheet] }, { workbookName: "x.xlsx" });
}

describe("the plan's targets by year", () => {
  test("are read from the year columns, in base units", () => {
    const read = readPlanFromWorkbook({ sheets: [plan()] });
    expect(read.lines.map((line) => [line.code, line.target, line.yearTargets?.["2024"]])).toEqual([
      ["1", 14, 4],
      ["2", 62, 20],
      ["KP", 1_500_000_000, 400_000_000],
      ["KP.1", 1_000_000_000, 250_000_000],
      ["KP.2", 500_000_000, 150_000_000],
    ]);
    expect(read.yearColumns).toEqual({ "2022": "E", "2023": "F", "2024": "G", "2025": "H" });
  });
});

describe("an allocation made for one year", () => {
  test("is checked against that year's targets, and the reading says so", () => {
    const { report } = check(allocation(["BIỂU PHÂN BỔ CHỈ TIÊU, KINH PHÍ DỰ ÁN 8 NĂM 2024", "(Kèm theo Kế hoạch số 257/KH-UBND ngày 03 tháng 10 năm 2022)"], YEAR_2024));
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((line) => [line.code, line.target, line.status])).toEqual([
      ["1", 4, "ok"],
      ["2", 20, "ok"],
      ["KP", 400_000_000, "ok"],
      ["KP.1", 250_000_000, "ok"],
      ["KP.2", 150_000_000, "ok"],
    ]);
    expect(toJsonReport(report).reading?.planYear).toEqual({ year: 2024, cell: "A1", column: "G", lines: ["1", "2", "KP", "KP.1", "KP.2"] });
    expect(renderTextReport(report)).toContain("Kế hoạch: trang “Kế hoạch” — chỉ tiêu năm 2024 (cột G), theo tiêu đề ô A1 của trang phân bổ");
  });

  test("over that year's target is an error, though under the period's", () => {
    const { report } = check(allocation(["PHÂN BỔ KINH PHÍ NĂM 2024"], [
      [3, 10, 125, 75],
      [2, 10, 125, 75],
    ]));
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell, f.expected, f.actual])).toEqual([["ceiling", "error", "C3", 4, 5]]);
  });

  test("named by the sheet's name when its title names no year", () => {
    const { report } = check(allocation(["BIỂU PHÂN BỔ CHỈ TIÊU, KINH PHÍ DỰ ÁN 8"], YEAR_2024, "Phân bổ 2024"));
    expect(report.findings).toEqual([]);
    expect(report.reading?.planYear).toMatchObject({ year: 2024, cell: null });
  });

  test.each([
    ["a title with the period", ["PHÂN BỔ KINH PHÍ GIAI ĐOẠN 2022 - 2025"]],
    ["a title with only a date", ["PHÂN BỔ KINH PHÍ", "Hà Nội, ngày 03 tháng 10 năm 2024"]],
    ["a title naming two years", ["PHÂN BỔ KINH PHÍ NĂM 2024 VÀ NĂM 2025"]],
    ["a year the plan has no column for", ["PHÂN BỔ KINH PHÍ NĂM 2026"]],
  ])("%s: the period's targets", (_name, title) => {
    const { report } = check(allocation(title, YEAR_2024));
    expect(report.indicators[0].target).toBe(14);
    expect(report.reading?.planYear).toBeUndefined();
  });
});

describe("sheets alike for different years", () => {
  test("the latest year's is checked when none is named", () => {
    const sheets = [plan(), allocation(["PHÂN BỔ NĂM 2024"], YEAR_2024, "PB 2024"), allocation(["PHÂN BỔ NĂM 2023"], YEAR_2024, "PB 2023")];
    const { report } = checkWorkbook({ sheets: [sheets[0], sheets[2], sheets[1]] }, { workbookName: "x.xlsx" });
    expect(report.allocationSheet).toBe("PB 2024");
    expect(report.reading?.planYear?.year).toBe(2024);
  });
});

test("a sheet naming a year does not win a tie against the allocation sheet naming none", () => {
  const sheets = [plan(), allocation(["PHÂN BỔ CHỈ TIÊU"], YEAR_2024, "Phân bổ"), allocation(["PHÂN BỔ CHỈ TIÊU"], YEAR_2024, "Bản sao 2023")];
  expect(checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.allocationSheet).toBe("Phân bổ");
});

describe("an allocation made for one year, against a plan giving only its period's targets", () => {
  /** The plan above under `title`, its target headed `Kế hoạch`: no year columns, or (`first-only`) years for line 1 alone. */
  function periodPlan(title: string, split: "none" | "first-only" = "none"): SheetData {
    const years = split === "first-only";
    return sheet(
      "Kế hoạch",
      [
        [title],
        ["STT", "Nội dung", "Đơn vị tính", "Kế hoạch", ...(years ? ["Chia ra các năm", null, null, null] : [])],
        [null, null, null, null, ...(years ? ["Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"] : [])],
        ["1", "Tổ truyền thông cộng đồng", "tổ", 14, ...(years ? [2, 4, 4, 4] : [])],
        ["2", "Địa chỉ tin cậy", "địa chỉ", 62],
        ["KP", "Kinh phí", "triệu đồng", 1500],
        ["KP.1", "Truyền thông", "triệu đồng", 1000],
        ["KP.2", "Tập huấn", "triệu đồng", 500],
      ],
      [0, 1, 2, 3].map((col) => ({ top: 1, left: col, bottom: 2, right: col })).concat(years ? [{ top: 1, left: 4, bottom: 1, right: 7 }] : []),
    );
  }
  const OVER_PERIOD = [
    [9, 10, 125, 75],
    [6, 10, 125, 75],
  ];

  test.each([
    ["title names the year", "GIAI ĐOẠN 2022 - 2025", ["PHÂN BỔ KINH PHÍ NĂM 2024"], "Phân bổ", YEAR_2024, "none",
      [["ceiling", "info", "A1", null]], "5 dòng (mã 1, 2, KP, KP.1, KP.2)"],
    ["sheet's name names the year", "GIAI ĐOẠN 2022 - 2025", ["PHÂN BỔ KINH PHÍ"], "Phân bổ 2024", YEAR_2024, "none",
      [["ceiling", "info", null, null]], 'tên trang "Phân bổ 2024"'],
    ["over the period's target is still an error", "GIAI ĐOẠN 2022 - 2025", ["PHÂN BỔ KINH PHÍ NĂM 2024"], "Phân bổ", OVER_PERIOD, "none",
      [["ceiling", "info", "A1", null], ["ceiling", "error", "C3", "1"]], "4 dòng (mã 2, KP, KP.1, KP.2)"],
    ["lines the plan does not split by year", "GIAI ĐOẠN 2022 - 2025", ["PHÂN BỔ KINH PHÍ NĂM 2024"], "Phân bổ", YEAR_2024, "first-only",
      [["ceiling", "info", "A1", null]], "4 dòng (mã 2, KP, KP.1, KP.2)"],
  ])("%s: one info at the title, no warning per line", (_name, period, title, name, rows, split, expected, said) => {
    const { report } = checkWorkbook({ sheets: [periodPlan(`KẾ HOẠCH DỰ ÁN 8 ${period}`, split as "none" | "first-only"), allocation(title, rows, name)] }, { workbookName: "x.xlsx" });
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell, f.indicator])).toEqual(expected);
    expect(report.findings[0].message.vi).toContain(said);
    expect(report.findings[0].message.vi).toContain("2022–2025");
    expect(report.indicators[1].status).toBe("under");
  });

  test.each([
    ["the plan names no period", "KẾ HOẠCH DỰ ÁN 8"],
    ["the plan is for that one year", "KẾ HOẠCH DỰ ÁN 8 NĂM 2024"],
    ["the year lies outside the plan's period", "KẾ HOẠCH DỰ ÁN 8 GIAI ĐOẠN 2026 - 2030"],
  ])("%s: each line under its target is a gap", (_name, planTitle) => {
    const { report } = checkWorkbook({ sheets: [periodPlan(planTitle), allocation(["PHÂN BỔ KINH PHÍ NĂM 2024"], YEAR_2024)] }, { workbookName: "x.xlsx" });
    // Kinh phí (E3) is its parts' sum: its gap is theirs, named in their warnings.
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["ceiling", "warning", "C3"],
      ["ceiling", "warning", "D3"],
      ["ceiling", "warning", "F3"],
      ["ceiling", "warning", "G3"],
    ]);
  });
});

describe("a JSON plan (`--plan plan.json`) with per-year targets", () => {
  const json = {
    title: "Kế hoạch thực hiện Dự án 8 giai đoạn 2022 - 2025",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 14, years: { "2022": 2, "2023": 4, "2024": 4, "2025": 4 } },
      { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 62, years: { "Năm 2024": 20 } },
      { code: "KP", name: "Kinh phí", unit: "triệu đồng", target: 1500, years: { "2024": 400 } },
      { code: "KP.1", name: "Truyền thông", unit: "triệu đồng", target: 1000, years: { "2024": 250 } },
      { code: "KP.2", name: "Tập huấn", unit: "triệu đồng", target: 500, years: { "2024": "150" } },
    ],
  };

  test.each([
    ["the year's figures where given", YEAR_2024, []],
    ["over the year's figure is an error", [[3, 10, 125, 75], [2, 10, 125, 75]], [["ceiling", "error", "C3", "1"]]],
  ])("%s", (_name, rows, errors) => {
    const { report } = checkWorkbook({ sheets: [allocation(["PHÂN BỔ CHỈ TIÊU, KINH PHÍ NĂM 2024"], rows)] }, { workbookName: "x.xlsx", plan: readPlanJson(json, "plan.json") });
    expect(report.reading?.planYear).toEqual({ year: 2024, cell: "A1", column: null, lines: ["1", "2", "KP", "KP.1", "KP.2"] });
    expect(report.indicators.map((line) => line.target)).toEqual([4, 20, 400_000_000, 250_000_000, 150_000_000]);
    expect(renderTextReport(report)).toContain("chỉ tiêu năm 2024, theo tiêu đề ô A1 của trang phân bổ");
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell, f.indicator])).toEqual(errors);
  });
});

describe("a budget split over the plan's years", () => {
  /** A money parent and its two parts, each `[period, 2022, 2023, 2024, 2025]` (a short row: no year figures). */
  function splitPlan(kp: CellValue[], kp1: CellValue[], kp2: CellValue[]): SheetData {
    return sheet("Kế hoạch", [
      ["KẾ HOẠCH GIAI ĐOẠN 2022 - 2025"],
      ["STT", "Nội dung", "Đơn vị tính", "Kế hoạch", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"],
      ["KP", "Kinh phí", "triệu đồng", ...kp],
      ["KP.1", "Truyền thông", "triệu đồng", ...kp1],
      ["KP.2", "Tập huấn", "triệu đồng", ...kp2],
    ]);
  }
  function yearSheet(a: number, b: number): SheetData {
    return sheet("Phân bổ", [
      ["PHÂN BỔ KINH PHÍ NĂM 2024"],
      ["STT", "Đơn vị", "Tổng kinh phí (triệu đồng)", "Truyền thông", "Tập huấn"],
      [null, "Tổng cộng", a + b, a, b],
      [1, "Xã A", a, a, 0],
      [2, "Xã B", b, 0, b],
    ]);
  }

  test.each([
    ["the year's parts not adding up: told at the year's cell", [1500, 300, 400, 400, 400], [1000, 200, 300, 300, 200], [500, 100, 100, 150, 150], 300, 150,
      [["budget-split", "error", "Kế hoạch", "G3", 450_000_000, 400_000_000]], [400_000_000, 300_000_000, 150_000_000], "mục KP năm 2024 là 400 triệu đồng"],
    ["a part without year figures: the year's parent is not compared with the period's part", [1500, 300, 400, 400, 400], [1000, 200, 300, 250, 250], [500], 250, 150,
      [["ceiling", "info", "Phân bổ", "A1", null, null]], [400_000_000, 250_000_000, 500_000_000], "1 dòng (mã KP.2)"],
    ["a blank year of a line whose other years make its period: 0 that year", [1500, 300, 400, 300, 500], [1000, 300, 400, 300, null], [500, null, null, null, 500], 300, 0,
      [], [300_000_000, 300_000_000, 0], null],
    ["a blank year of a line whose other years fall short: the period's target", [1500, 300, 400, 400, 400], [1000, 300, 400, 300, null], [500, null, null, null, 200], 300, 100,
      [["ceiling", "info", "Phân bổ", "A1", null, null]], [400_000_000, 300_000_000, 500_000_000], "1 dòng (mã KP.2)"],
  ])("%s", (_name, kp, kp1, kp2, a, b, expected, targets, said) => {
    const { report } = checkWorkbook({ sheets: [splitPlan(kp, kp1, kp2), yearSheet(a, b)] }, { workbookName: "x.xlsx" });
    expect(report.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.expected, f.actual])).toEqual(expected);
    expect(report.indicators.map((line) => line.target)).toEqual(targets);
    if (said !== null) expect(report.findings[0].message.vi).toContain(said);
  });
});

describe("the plan's target beside year columns also headed `Kế hoạch …`", () => {
  const LINES = [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 2, 4, 4, 4, 14],
    ["2", "Địa chỉ tin cậy", "địa chỉ", 10, 20, 20, 12, 62],
  ];
  test.each<[string, string[]]>([
    ["the years before the period's column", ["Kế hoạch năm 2022", "Kế hoạch năm 2023", "Kế hoạch năm 2024", "Kế hoạch năm 2025", "Kế hoạch giai đoạn 2022-2025"]],
    ["KH năm … before KH giai đoạn", ["KH năm 2022", "KH năm 2023", "KH năm 2024", "KH năm 2025", "Kế hoạch cả giai đoạn"]],
    ["the years, then Tổng cộng", ["Kế hoạch năm 2022", "Kế hoạch năm 2023", "Kế hoạch năm 2024", "Kế hoạch năm 2025", "Tổng cộng"]],
    ["the years, then Cả giai đoạn", ["Kế hoạch 2022", "Kế hoạch 2023", "Kế hoạch 2024", "Kế hoạch 2025", "Cả giai đoạn"]],
  ])("%s: the period's column is the target, the years split it", (_name, headers) => {
    const planSheet = sheet("Kế hoạch", [["KẾ HOẠCH GIAI ĐOẠN 2022 - 2025"], ["STT", "Nội dung", "ĐVT", ...headers], ...LINES]);
    const read = readPlanFromWorkbook({ sheets: [planSheet] });
    expect(read.lines.map((line) => [line.code, line.target, line.source?.cell, line.yearTargets?.["2024"]])).toEqual([
      ["1", 14, "H3", 4],
      ["2", 62, "H4", 20],
    ]);
    expect(read.yearColumns).toEqual({ "2022": "D", "2023": "E", "2024": "F", "2025": "G" });
  });
});

describe("a plan giving only its years' targets, no column for the whole period", () => {
  test.each<[string, string[], CellValue[][], [string, number, string][]]>([
    ["Kế hoạch năm 2022 … 2025: the years' sum", ["Kế hoạch năm 2022", "Kế hoạch năm 2023", "Kế hoạch năm 2024", "Kế hoạch năm 2025"],
      [["1", "Tổ truyền thông cộng đồng", "tổ", 2, 4, 4, 4], ["2", "Địa chỉ tin cậy", "địa chỉ", null, "20", 20, 22]], [["1", 14, "D3"], ["2", 62, "E4"]]],
    ["KH 2023 … KH 2025, a line starting late", ["KH 2023", "KH 2024", "KH 2025"], [["1", "Tổ truyền thông cộng đồng", "tổ", 4, 4, 6], ["2", "Địa chỉ tin cậy", "địa chỉ", null, null, 62]], [["1", 14, "D3"], ["2", 62, "F4"]]],
    ["this year's plan beside last year's figures: this year's", ["Năm 2023", "Kế hoạch năm 2024"], [["1", "Tổ truyền thông cộng đồng", "tổ", 10, 14], ["2", "Địa chỉ tin cậy", "địa chỉ", 50, 62]], [["1", 14, "E3"], ["2", 62, "E4"]]],
  ])("%s", (_name, headers, rows, expected) => {
    const read = readPlanFromWorkbook({ sheets: [sheet("Kế hoạch", [["KẾ HOẠCH GIAI ĐOẠN 2022 - 2025"], ["STT", "Nội dung", "ĐVT", ...headers], ...rows])] });
    expect(read.lines.map((line) => [line.code, line.target, line.source?.cell])).toEqual(expected);
  });

  test("an allocation for one of the years is checked against it", () => {
    const planSheet = sheet("Kế hoạch", [
      ["KẾ HOẠCH GIAI ĐOẠN 2022 - 2025"],
      ["STT", "Nội dung", "ĐVT", "Kế hoạch năm 2022", "Kế hoạch năm 2023", "Kế hoạch năm 2024", "Kế hoạch năm 2025"],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 2, 4, 4, 4],
      ["2", "Địa chỉ tin cậy", "địa chỉ", 10, 20, 20, 12],
    ]);
    const { report } = checkWorkbook({ sheets: [planSheet, sheet("Phân bổ", [["PHÂN BỔ NĂM 2024"], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"], [null, "Tổng cộng", 4, 20], [1, "Xã A", 2, 10], [2, "Xã B", 2, 10]])] }, { workbookName: "x.xlsx" });
    expect(report.findings).toEqual([]);
    expect(report.reading?.planYear).toMatchObject({ year: 2024, column: "F", lines: ["1", "2"] });
  });
});

describe("the whole period's column beside the years, headed without Kế hoạch", () => {
  const LINES = [
    ["1", "Tổ truyền thông cộng đồng", "tổ", 14, 2, 4, 4, 4],
    ["2", "Địa chỉ tin cậy", "địa chỉ", 62, 10, 20, 20, 12],
  ];
  test.each<[string, CellValue[][], CellRange[]]>([
    ["Tổng số | Chia ra: Năm 2022 …", [["STT", "Nội dung", "ĐVT", "Tổng số", "Chia ra", null, null, null], [null, null, null, null, "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"]],
      [0, 1, 2, 3].map((col) => ({ top: 1, left: col, bottom: 2, right: col })).concat([{ top: 1, left: 4, bottom: 1, right: 7 }])],
    ["Giai đoạn 2022-2025 | Năm 2022 …", [["STT", "Nội dung", "ĐVT", "Giai đoạn 2022-2025", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"]], []],
    ["Tổng KH giai đoạn | KH 2022 …", [["STT", "Nội dung", "ĐVT", "Tổng KH giai đoạn", "KH 2022", "KH 2023", "KH 2024", "KH 2025"]], []],
    ["Cả giai đoạn | 2022 … (numbers)", [["STT", "Nội dung", "ĐVT", "Cả giai đoạn", 2022, 2023, 2024, 2025]], []],
  ])("%s", (_name, header, merges) => {
    const read = readPlanFromWorkbook({ sheets: [sheet("Kế hoạch", [["KẾ HOẠCH GIAI ĐOẠN 2022 - 2025"], ...header, ...LINES], merges)] });
    expect(read.lines.map((line) => [line.code, line.target, line.yearTargets?.["2024"]])).toEqual([
      ["1", 14, 4],
      ["2", 62, 20],
    ]);
  });

  test("without year columns, Tổng số alone is no target", () => {
    expect(() => readPlanFromWorkbook({ sheets: [sheet("Kế hoạch", [["STT", "Nội dung", "ĐVT", "Tổng số"], ["1", "Tổ", "tổ", 14]])] })).toThrow();
  });
});

describe("a per-area quota of the whole period on a sheet made for one year", () => {
  test.each<[string, number[], [string, string, string | null][]]>([
    ["an area below the quota this year: no finding", [1, 0], [["ceiling", "info", "A1"]]],
    ["an area over the quota: still an error", [2, 1], [["ceiling", "info", "A1"], ["quota", "error", "C4"]]],
  ])("%s", (_name, teams, expected) => {
    const planSheet = sheet("Kế hoạch", [["KẾ HOẠCH GIAI ĐOẠN 2022 - 2025"], ["STT", "Nội dung", "ĐVT", "Kế hoạch", "Định mức"], ["1", "Tổ truyền thông cộng đồng", "tổ", 4, "1 tổ/xã"]]);
    const rows = teams.map((t, i) => [i + 1, `Xã ${"AB"[i]}`, t]);
    const year = sheet("Phân bổ", [["PHÂN BỔ NĂM 2024"], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"], [null, "Tổng cộng", teams[0] + teams[1]], ...rows]);
    const { report } = checkWorkbook({ sheets: [planSheet, year] }, { workbookName: "x.xlsx" });
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual(expected);
  });
});
