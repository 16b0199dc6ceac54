/** The summary's progress table with a `Lũy kế đến 31/12/2023` column carried from before the first period (CONTRACT §7). */
import { checkWorkbook } from "../../../src/core/check";
import { dayBefore, progressChart, progressTable } from "../../../src/core/summary/progressTable";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { fixtureWorkbook } from "./fixture";
import type { Lang } from "../../../src/core/model/text";
import { renderProgressTable } from "../../../src/core/report/progressText";

function progressSheet(rows: CellValue[][]): SheetData {
  return { name: "Tiến độ", values: rows, merges: [] };
}

function tableOf(rows: CellValue[][], lang: Lang = "vi", period?: string) {
  const workbook = fixtureWorkbook([progressSheet(rows)]);
  const { report } = checkWorkbook(workbook, { workbookName: "tien-do.xlsx", ...(period !== undefined ? { period } : {}) });
  const block = progressTable({ report, workbook, lang }, 0);
  if (block === null) throw new Error("no progress table");
  const at = (row: number, col: number) => block.cells.find((c) => c.row === row && c.col === col);
  return { block, at, report };
}

describe("the carried Lũy kế column", () => {
  test.each([
    ["2024-H1", "31/12/2023"],
    ["2024", "31/12/2023"],
    ["2024-H2", "30/6/2024"],
    ["2024-Q2", "31/3/2024"],
    ["2024-Q1", "31/12/2023"],
    ["2024-9M", "31/12/2023"],
  ])("%s starts the day after %s", (id, day) => {
    expect(dayBefore(id)).toBe(day);
  });

  test("shown before the periods, and the cumulative adds it to them", () => {
    const { at } = tableOf([
      ["Mã", "Chỉ tiêu", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Lũy kế đến 30/6/2024"],
      ["1", "Số tổ truyền thông", 4, 1, 5],
      ["3", "Địa chỉ tin cậy", 10, 6, 16],
    ]);
    // Row 2: the headers; rows 3, 4: lines 1 and 3.
    expect(at(2, 3)?.value).toBe("Lũy kế đến 31/12/2023");
    expect(at(2, 4)?.value).toBe("6 tháng đầu năm 2024");
    expect(at(2, 5)?.value).toBe("Lũy kế");
    expect(at(3, 3)?.value).toBe(4);
    expect(at(3, 4)?.value).toBe(1);
    expect(at(3, 5)).toMatchObject({ value: 5, formula: "SUM(D4:E4)" });
    expect(at(4, 3)?.value).toBe(10);
    expect(at(4, 5)).toMatchObject({ value: 16, formula: "SUM(D5:E5)" });
    // % of plan over the cumulative column.
    expect(at(3, 6)?.formula).toBe('IF(C4=0,"",F4/C4)');
  });

  test("absent when no line carries a figure", () => {
    const { at } = tableOf([
      ["Mã", "Chỉ tiêu", "6 tháng đầu năm 2024", "Lũy kế"],
      ["1", "Số tổ truyền thông", 1, 1],
    ]);
    expect(at(2, 3)?.value).toBe("6 tháng đầu năm 2024");
    expect(at(2, 4)?.value).toBe("Lũy kế");
    expect(at(3, 4)).toMatchObject({ value: 1, formula: "SUM(D4:D4)" });
  });
});

test("in English, the periods keep the workbook's own headers (data, as the text report gives them) and every word of the product's is English", () => {
  const rows: CellValue[][] = [
    ["Mã", "Chỉ tiêu", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Lũy kế đến 30/6/2024"],
    ["1", "Số tổ truyền thông", 4, 1, 5],
  ];
  const { block, report } = tableOf(rows, "en");
  const headers = block.cells.filter((c) => c.style === "header").map((c) => c.value);
  expect(headers).toEqual(["Code", "Indicator", "Target", "Cumulative to 31/12/2023", "6 tháng đầu năm 2024", "Cumulative", "% of plan", "Expected by now", "Forecast", "Status", "Unit"]);
  // The text report heads the period alike, and names the target as the summary does.
  const text = renderProgressTable(report, "en")[1];
  expect(text).toContain("6 tháng đầu năm 2024");
  expect(text).toContain("Target");
  // The label of the date above the table: English too.
  expect(block.cells.find((c) => c.row === 1 && c.col === 0)?.value).toBe("Figures to");
});

test("whole numbers are shown without a decimal mark, fractions with up to two decimals", () => {
  const { at } = tableOf([
    ["Mã", "Chỉ tiêu", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Lũy kế đến 30/6/2024"],
    ["1", "Số tổ truyền thông", 4, 1.5, 5.5],
  ]);
  expect(at(3, 2)).toMatchObject({ value: 10, numFmt: "#,##0" });
  expect(at(3, 3)).toMatchObject({ value: 4, numFmt: "#,##0" });
  expect(at(3, 4)).toMatchObject({ value: 1.5, numFmt: "#,##0.##" });
  expect(at(3, 5)).toMatchObject({ value: 5.5, numFmt: "#,##0.##" });
});

test("dated by the first period of the lines that carry a figure, not an earlier period of another line", () => {
  const workbook = fixtureWorkbook([
    progressSheet([
      ["Mã", "Chỉ tiêu", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Lũy kế đến 30/6/2024"],
      ["1", "Số tổ truyền thông", 4, 1, 5],
    ]),
    {
      name: "Kết quả địa chỉ",
      values: [
        ["Mã", "Chỉ tiêu", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"],
        ["3", "Địa chỉ tin cậy", 10, 6, 16],
      ],
      merges: [],
    },
  ]);
  const { report } = checkWorkbook(workbook, { workbookName: "tien-do.xlsx" });
  expect(report.progress?.periods).toEqual(["2023", "2024-H1"]);
  const block = progressTable({ report, workbook, lang: "vi" }, 0)!;
  const headers = block.cells.filter((c) => c.row === 2).map((c) => c.value);
  expect(headers.slice(2, 6)).toEqual(["Kế hoạch", "Lũy kế đến 31/12/2023", "2023", "6 tháng đầu năm 2024"].map((h, i) => (i === 2 ? expect.stringContaining("2023") : h)));
});

describe("a money line split by funding source with no total column (`Kinh phí` over `Trung ương | Địa phương`)", () => {
  const plan: SheetData = { name: "Kế hoạch", merges: [], values: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["KP", "Kinh phí truyền thông", "triệu đồng", 600], ["2", "Số lớp tập huấn", "lớp", 10]] };
  const split = (name: string, title: string, k: number, sources: [string, string]): SheetData => ({
    name,
    merges: [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 1, right: 3 }, { top: 1, left: 4, bottom: 2, right: 4 }],
    values: [
      [title, null, null, null, null],
      ["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)", null, "Số lớp tập huấn"],
      [null, null, ...sources, null],
      [1, "Xã A", 100 * k, 50 * k, 2],
      [2, "Xã B", 100 * k, 50 * k, 2],
      [3, "Xã C", 100 * k, 50 * k, 3],
      [4, "Xã D", 100 * k, 60 * k, 3],
    ],
  });
  const RESULTS = "Thực hiện 6 tháng 2024";
  test.each([
    ["laid out as the allocation", ["Trung ương", "Địa phương"] as [string, string]],
    ["its sources typed otherwise", ["NSTW", "NSĐP"] as [string, string]],
  ])("the period cell is a live SUM over every source's cells, its value the engine's (%s)", (_, sources) => {
    const sheets = [split("Phân bổ", "PHÂN BỔ KINH PHÍ NĂM 2024", 1, ["Trung ương", "Địa phương"]), plan, split(RESULTS, "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024", 0.5, sources)];
    const workbook = { sheets };
    const { report } = checkWorkbook(workbook, { workbookName: "nguon.xlsx" });
    const line = report.indicators.find((i) => i.code === "KP")!;
    expect(line.progress?.achieved).toBe(305_000_000);
    const block = progressTable({ report, workbook, lang: "vi" }, 0)!;
    const at = (row: number, col: number) => block.cells.find((c) => c.row === row && c.col === col);
    expect(at(3, 0)?.value).toBe("KP");
    expect(at(3, 3)).toMatchObject({ value: 305, formula: `SUM('${RESULTS}'!C4:C7,'${RESULTS}'!D4:D7)` });
    expect(at(3, 4)).toMatchObject({ value: 305, formula: "SUM(D4:D4)" });
    // The line beside it keeps its own column.
    expect(at(4, 3)).toMatchObject({ value: 10, formula: `SUM('${RESULTS}'!E4:E7)` });
  });
});

test("a percent line's periods and Lũy kế are shown as its target is, in points of percent", () => {
  const { at } = tableOf([
    ["Mã", "Chỉ tiêu", "Năm 2025", "6 tháng đầu năm 2026", "Lũy kế"],
    ["1", "Số tổ truyền thông", 4, 1.5, 5.5],
    ["2", "Tỷ lệ hộ được tư vấn", 12, 14.5, 14.5],
  ]);
  // Row 3 the count line (plain numbers), row 4 the percent line.
  expect([2, 3, 4, 5].map((col) => at(3, col)?.numFmt)).toEqual(["#,##0", "#,##0", "#,##0.##", "#,##0.##"]);
  expect([2, 3, 4, 5].map((col) => at(4, col))).toMatchObject([15, 12, 14.5, 14.5].map((value) => ({ value, numFmt: '0.0"%"' })));
});

describe("a line past its target, a percent line's pace", () => {
  const rows: CellValue[][] = [
    ["Mã", "Chỉ tiêu", "Năm 2025", "6 tháng đầu năm 2026", "Lũy kế"],
    ["1", "Số tổ truyền thông", 8, 5.75, 13.75],
    ["2", "Tỷ lệ hộ được tư vấn", 12, 14.5, 14.5],
    ["3", "Địa chỉ tin cậy", 10, 5, 15],
  ];

  test.each<[Lang, string]>([
    ["vi", "Vượt kế hoạch"],
    ["en", "Above target"],
  ])("a count line at 137,5 %% of its target is said to be above it, in the cell and its formula (%s)", (lang, words) => {
    const { block, at, report } = tableOf(rows, lang, "2025-2026");
    expect(report.indicators.find((i) => i.code === "1")?.progress?.achieved).toBe(13.75);
    const statusCol = block.cells.find((c) => c.style === "header" && c.value === (lang === "vi" ? "Trạng thái" : "Status"))!.col;
    const first = block.chart.firstRow;
    expect(at(first, statusCol)).toMatchObject({ value: words, style: "status-ok" });
    expect(at(first, statusCol)?.formula).toContain(`"${words}"`);
    // A line under its target keeps its pace wording.
    expect(at(first + 2, statusCol)?.value).not.toBe(words);
  });

  test("a percent line's bar is its rate reached against a mark at its target rate; a count line's is its % of plan against the pace", () => {
    const { block, at, report } = tableOf(rows, "vi", "2025-2026");
    const paceCol = block.chart.paceCol;
    expect(paceCol).not.toBeNull();
    const first = block.chart.firstRow;
    const share = report.progress?.elapsedShare;
    const target = report.indicators.find((i) => i.code === "2")!.target;
    // The marks: the pace on the count lines' rows, the target rate (a live formula over the target cell) on the percent line's.
    expect(at(first, paceCol!)).toMatchObject({ value: share });
    expect(at(first + 1, paceCol!)).toMatchObject({ value: target / 100, formula: "C6/100" });
    expect(at(first + 2, paceCol!)).toMatchObject({ value: share });
    // The bars: the count lines' % of plan (the table's own cell), the percent line's rate (its Lũy kế, in points).
    const valueCol = block.chart.percentCol;
    const percentOf = block.cells.find((c) => c.style === "header" && c.value === "% kế hoạch")!.col;
    expect(at(first, valueCol)).toMatchObject({ value: 13.75 / 10, formula: `${String.fromCharCode(65 + percentOf)}5` });
    expect(at(first + 1, valueCol)).toMatchObject({ value: 0.145 });
    expect(at(first + 1, valueCol)?.formula).toMatch(/^[A-Z]6\/100$/);
    const chart = progressChart(block, report, "vi");
    expect(chart.values).toEqual([13.75 / 10, 0.145, 15 / 62]);
    expect(chart.paces).toEqual([share, target / 100, share]);
    expect(chart.paceMarks).toBe(true);
    // The table says the same: the percent line's status compares its rate with its target.
    expect(report.indicators.find((i) => i.code === "2")?.progress?.achieved).toBe(14.5);
  });

  test("without a percent line, the chart is as before: % of plan against the pace drawn as a line", () => {
    const { block, report } = tableOf([rows[0], rows[1], rows[3]], "vi", "2025-2026");
    const chart = progressChart(block, report, "vi");
    expect(chart.paceMarks).toBeUndefined();
    expect(chart.paces).toBeUndefined();
    expect(block.cells.filter((c) => c.style === "header").map((c) => c.value).slice(-2)).toEqual(["Đơn vị tính", "Tiến độ thời gian"]);
  });
});

describe("the unit column", () => {
  test.each<[Lang, string, string[]]>([
    ["vi", "Đơn vị tính", ["tổ", "%", "địa chỉ"]],
    ["en", "Unit", ["tổ", "%", "địa chỉ"]],
  ])("%s: headed %s, each line's unit from the plan", (lang, header, units) => {
    const rows: CellValue[][] = [
      ["Mã", "Chỉ tiêu", "Năm 2025", "6 tháng đầu năm 2026", "Lũy kế"],
      ["1", "Số tổ truyền thông", 2, 1, 3],
      ["2", "Tỷ lệ hộ được tư vấn", 12, 14.5, 14.5],
      ["3", "Địa chỉ tin cậy", 2, 1, 3],
    ];
    const { block, at } = tableOf(rows, lang, "2025-2026");
    const col = block.cells.find((c) => c.style === "header" && c.value === header)!.col;
    const first = block.chart.firstRow;
    expect(units.map((_, i) => at(first + i, col)?.value)).toEqual(units);
  });
});

describe("a period that reads 0 still counts a figure typed there later in the plan's unit", () => {
  test.each([
    ["another period of the line shows the cells' unit", [30_000_000, 0], ["N('Tiến độ'!D2)/1000000", "N('Tiến độ'!E2)/1000000"]],
    ["the first period reads 0 too", [0, 45_000_000], ["N('Tiến độ'!D2)/1000000", "N('Tiến độ'!E2)/1000000"]],
  ] as const)("%s", (_name, figures, formulas) => {
    const { at, report } = tableOf([
      ["Mã", "Chỉ tiêu", "ĐVT", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"],
      ["KP.2", "Kinh phí tập huấn", "đồng", figures[0], figures[1], figures[0] + figures[1]],
    ]);
    expect(report.indicators.find((i) => i.code === "KP.2")?.progress?.periods.map((p) => p.value)).toEqual([...figures]);
    // Row 3: line KP.2; its periods in columns D and E, in triệu đồng.
    expect(at(3, 3)).toMatchObject({ value: figures[0] / 1e6, formula: formulas[0] });
    expect(at(3, 4)).toMatchObject({ value: figures[1] / 1e6, formula: formulas[1] });
  });

  test("with no period to show it, the allocation sheet's unit for the line (đồng there)", () => {
    const { at } = tableOf([
      ["Mã", "Chỉ tiêu", "Năm 2023", "Lũy kế"],
      ["KP.2", "Kinh phí tập huấn", 0, 0],
    ]);
    expect(at(3, 3)).toMatchObject({ value: 0, formula: "N('Tiến độ'!C2)/1000000" });
  });
});
