/** Header shapes of the line-level progress table (CONTRACT §7) as staff type them: each is read into the same periods and findings. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { cumulativeEnd } from "../../../src/core/progress/lineTable";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, workbook } from "./fixtures";

/** Lines as [code, name, unit, plan target, 2022, 2023, 2024-H1]: on pace, cumulative and rate right. */
const LINES: readonly (readonly [string, string, string, number, number, number, number])[] = [
  ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2, 2, 1],
  ["KP", "Tổng kinh phí", "triệu đồng", 1000, 250, 250, 160],
  ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 150, 150, 100],
  ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 100, 100, 60],
];

/** The sheet: a title, the header rows, then per line the cells `cells` gives. */
function table(header: CellValue[][], cells: (line: (typeof LINES)[number]) => CellValue[], merges: SheetData["merges"] = []): SheetData {
  return { ...sheet("Tiến độ", [["BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8"], ...header, ...LINES.map(cells)]), merges };
}

/** Row 2, columns E:F, G:H, I:J merged (0-based). */
const PERIOD_MERGES = [4, 6, 8].map((left) => ({ top: 1, left, bottom: 1, right: left + 1 }));

const sum = (l: (typeof LINES)[number]) => l[4] + l[5] + l[6];

function check(progress: SheetData) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), progress), { workbookName: "t.xlsx" }).report);
}

describe("line-level table headers", () => {
  test.each<[string, SheetData]>([
    [
      "a yearly target column (KH năm 2024) is not a copy of the plan's target",
      table([["Mã", "Nội dung", "ĐVT", "KH năm 2024", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"]], (l) => [l[0], l[1], l[2], Math.round(l[3] / 3), l[4], l[5], l[6], sum(l)]),
    ],
    [
      "the plan copy beside a yearly target",
      table([["Mã", "Nội dung", "ĐVT", "KH giai đoạn 2022-2025", "KH 2024", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"]], (l) => [
        l[0], l[1], l[2], l[3], Math.round(l[3] / 3), l[4], l[5], l[6], sum(l),
      ]),
    ],
    [
      "each period split into Kế hoạch | Thực hiện under a merged period header",
      table(
        [
          ["Mã", "Nội dung", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", null, "Năm 2023", null, "6 tháng đầu năm 2024", null, "Lũy kế", "% so với KH"],
          [null, null, null, null, "Kế hoạch", "Thực hiện", "KH", "TH", "Kế hoạch", "Thực hiện", null, null],
        ],
        (l) => [l[0], l[1], l[2], l[3], l[4] + 1, l[4], l[5] + 1, l[5], l[6] + 1, l[6], sum(l), Math.round((sum(l) / l[3]) * 1000) / 10],
        PERIOD_MERGES,
      ),
    ],
  ])("%s", (_, progress) => {
    const report = check(progress);
    expect(report.progress).toMatchObject({ periods: ["2022", "2023", "2024-H1"], asOf: "2024-06", elapsedShare: 0.625 });
    expect(report.findings.filter((f) => f.sheet === "Tiến độ")).toEqual([]);
    expect(report.indicators.find((i) => i.code === "KP.1")).toMatchObject({ achieved: 400_000_000 });
  });

  test.each<[string, string[], string[]]>([
    ["quarters and the whole year", ["Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"], ["2022", "2023", "2024"]],
    ["two halves", ["6 tháng đầu năm", "6 tháng cuối năm"], ["2022", "2023", "2024-H1", "2024-H2"]],
    ["quarters in Arabic numerals", ["Quý 1", "Quý 2"], ["2022", "2023", "2024-Q1", "2024-Q2"]],
  ])("a year's group header over its parts written without the year (%s)", (_, parts, periods) => {
    // Per line: 2022, 2023, then the parts (the whole year their sum), then Lũy kế.
    const split = (l: (typeof LINES)[number]) => {
      const per: Record<string, number> = { "1": 1, KP: 20, "KP.1": 10, "KP.2": 10 };
      const each = parts.map((part) => (part === "Cả năm" ? 0 : per[l[0]]));
      const whole = each.reduce((a, b) => a + b, 0);
      return parts.map((part, i) => (part === "Cả năm" ? whole : each[i]));
    };
    const counted = (l: (typeof LINES)[number]) => l[4] + l[5] + split(l).reduce((a, b, i) => a + (parts.includes("Cả năm") && parts[i] !== "Cả năm" ? 0 : b), 0);
    const header = [
      ["Mã", "Nội dung", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "Năm 2023", "Năm 2024", ...parts.slice(1).map(() => null), "Lũy kế"],
      [null, null, null, null, null, null, ...parts, null],
    ];
    const merges = [
      ...[0, 1, 2, 3, 4, 5, 6 + parts.length].map((col) => ({ top: 1, left: col, bottom: 2, right: col })),
      { top: 1, left: 6, bottom: 1, right: 5 + parts.length },
    ];
    const report = check(table(header, (l) => [l[0], l[1], l[2], l[3], l[4], l[5], ...split(l), counted(l)], merges));
    expect(report.progress?.periods).toEqual(periods);
    expect(report.findings.filter((f) => f.sheet === "Tiến độ" && f.rule !== "pace")).toEqual([]);
  });

  test("a yearly target column is the plan's own for a plan of that one year", () => {
    const plan = planSheet("KẾ HOẠCH thực hiện năm 2024");
    const progress = table([["Mã", "Nội dung", "ĐVT", "KH năm 2024", "Quý I/2024", "Quý II/2024", "Lũy kế"]], (l) => [l[0], l[1], l[2], l[0] === "1" ? 9 : l[3], l[4], l[5], l[4] + l[5]]);
    const report = toJsonReport(checkWorkbook(workbook(plan, allocationSheet(), progress), { workbookName: "t.xlsx" }).report);
    expect(report.findings.filter((f) => f.rule === "plan-copy").map((f) => f.cell)).toEqual(["D3"]);
  });
});

describe("a year's target copied onto the table, against a plan split by year", () => {
  /** The fixture plan with its targets split over 2022–2025 (`Năm 2022` … columns). */
  function yearlyPlan(): SheetData {
    const years: Record<string, number[]> = { "1": [2, 2, 2, 2], KP: [250, 250, 250, 250], "KP.1": [150, 150, 150, 150], "KP.2": [100, 100, 100, 100] };
    const values = planSheet().values.map((row, r) => {
      const cells = [...(row ?? [])];
      if (r === 2) return [...cells, "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"];
      const code = typeof cells[0] === "string" ? cells[0] : "";
      return r > 2 && years[code] !== undefined ? [...cells, ...years[code]] : cells;
    });
    return sheet("Kế hoạch", values);
  }
  const yearly = (l: (typeof LINES)[number]) => l[3] / 4;

  test.each<[string, SheetData, string[]]>([
    [
      "a KH năm 2024 column: the mistyped line's cell",
      table([["Mã", "Nội dung", "ĐVT", "KH năm 2024", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"]], (l) => [
        l[0], l[1], l[2], l[0] === "KP.1" ? 160 : yearly(l), l[4], l[5], l[6], sum(l),
      ]),
      ["plan-copy@D5"],
    ],
    [
      "Kế hoạch under each year's merged header: the mistyped year's cell",
      table(
        [
          ["Mã", "Nội dung", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", null, "Năm 2023", null, "6 tháng đầu năm 2024", null, "Lũy kế"],
          [null, null, null, null, "Kế hoạch", "Thực hiện", "KH", "TH", "Kế hoạch", "Thực hiện", null],
        ],
        (l) => [l[0], l[1], l[2], l[3], yearly(l), l[4], l[0] === "1" ? 3 : yearly(l), l[5], yearly(l) / 2, l[6], sum(l)],
        PERIOD_MERGES,
      ),
      ["plan-copy@G4"],
    ],
  ])("%s", (_, progress, expected) => {
    const report = toJsonReport(checkWorkbook(workbook(yearlyPlan(), allocationSheet(), progress), { workbookName: "t.xlsx" }).report);
    expect(report.findings.filter((f) => f.sheet === "Tiến độ" && f.rule !== "pace").map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
  });

  test.each(["KH giao năm 2024", "Kế hoạch được giao năm 2024", "KH năm 2024 (tổ)", "Chỉ tiêu năm 2024", "Chỉ tiêu giao năm 2024"])(
    "%s is that year's target: only the mistyped line's cell",
    (yearHeader) => {
      const progress = table([["Mã", "Nội dung", "ĐVT", yearHeader, "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"]], (l) => [
        l[0], l[1], l[2], l[0] === "KP.1" ? 160 : yearly(l), l[4], l[5], l[6], sum(l),
      ]);
      const report = toJsonReport(checkWorkbook(workbook(yearlyPlan(), allocationSheet(), progress), { workbookName: "t.xlsx" }).report);
      expect(report.findings.filter((f) => f.sheet === "Tiến độ" && f.rule !== "pace").map((f) => `${f.rule}@${f.cell}`)).toEqual(["plan-copy@D5"]);
    },
  );
});

describe("a results sheet named without a period", () => {
  const header = [["STT", "Nội dung", "ĐVT", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"]];
  test.each(["Kết quả thực hiện", "Thực hiện", "Giải ngân"])("%s holding one column per period is read as the line-level table", (name) => {
    const progress = { ...table(header, (l) => [l[0], l[1], l[2], l[4], l[5], l[6], l[0] === "1" ? 6 : sum(l)]), name };
    const report = check(progress);
    expect(report.progress).toMatchObject({ periods: ["2022", "2023", "2024-H1"], asOf: "2024-06" });
    expect(report.findings.filter((f) => f.sheet === name).map((f) => `${f.rule}@${f.cell}`)).toEqual(["cumulative@G3"]);
  });

  test("one shaped like the allocation, its period only in a title, is still not counted, with a warning", () => {
    const progress = sheet("Kết quả thực hiện", [["KẾT QUẢ THỰC HIỆN NĂM 2023"], [], ...allocationSheet().values.slice(2).map((r) => [...(r ?? [])])]);
    const report = check(progress);
    expect(report.findings.filter((f) => f.sheet === "Kết quả thực hiện").map((f) => `${f.rule}@${f.cell}`)).toEqual(["unmapped@null"]);
  });
});

describe("a Lũy kế column dated past the last period column", () => {
  test.each<[string, number | null]>([
    ["Lũy kế đến 30/6/2024", 2024 * 12 + 6],
    ["Lũy kế đến ngày 31/12/2023", 2023 * 12 + 12],
    ["Lũy kế đến tháng 9/2024", 2024 * 12 + 9],
    ["Lũy kế đến hết năm 2023", 2023 * 12 + 12],
    ["Lũy kế đến hết Quý II/2024", 2024 * 12 + 6],
    ["Lũy kế đến hết 6 tháng đầu năm 2024", 2024 * 12 + 6],
    ["Lũy kế từ đầu giai đoạn đến 6/2024", 2024 * 12 + 6],
    ["Lũy kế", null],
    ["Lũy kế đến nay", null],
  ])("%s", (header, end) => {
    expect(cumulativeEnd(header)).toBe(end);
  });

  const header = (cumulative: string) => [["STT", "Nội dung", "ĐVT", "Chỉ tiêu giai đoạn", "Năm 2022", "Năm 2023", cumulative, "% so với KH"]];
  const rate = (l: (typeof LINES)[number], value: number) => Math.round((value / l[3]) * 1000) / 10;

  test("runs past them: one warning at its header, no cumulative error per line, the rate still judged against it", () => {
    const progress = table(header("Lũy kế đến 30/6/2024"), (l) => [l[0], l[1], l[2], l[3], l[4], l[5], sum(l), l[0] === "KP.1" ? 80 : rate(l, sum(l))]);
    const report = check(progress);
    expect(report.findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["cumulative/warning@G2", "rate/error@H5"]);
    expect(report.progress).toMatchObject({ periods: ["2022", "2023"], asOf: "2023-12" });
  });

  test("ends with the last period: checked as usual", () => {
    const progress = table(header("Lũy kế đến hết năm 2023"), (l) => [l[0], l[1], l[2], l[3], l[4], l[5], l[0] === "1" ? 5 : l[4] + l[5], rate(l, l[0] === "1" ? 5 : l[4] + l[5])]);
    expect(check(progress).findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["cumulative/error@G3"]);
  });
});

test("a period column that cannot be read: one warning at its header, no cumulative error for the Lũy kế that counts it", () => {
  const progress = table([["STT", "Nội dung", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Đợt 3", "Lũy kế"]], (l) => [l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[0] === "1" ? 6 : sum(l)]);
  const report = check(progress);
  // Line 1's Lũy kế (6) is not its periods plus the unread column (5): that one is still an error.
  expect(report.findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["unmapped/warning@G2", "cumulative/error@H3"]);
});

describe("a year column whose figures run only to a month of it", () => {
  const header = (cumulative: string) => [["STT", "Nội dung", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Năm 2024", cumulative]];
  test.each<[string, string, string]>([
    ["the title says tính đến 30/6/2024", "Lũy kế", "2024-06"],
    ["the Lũy kế header says đến 30/6/2024", "Lũy kế đến 30/6/2024", "2024-06"],
    ["nothing says a month", "Lũy kế", "2024-12"],
  ])("%s", (name, cumulative, asOf) => {
    const title = name.startsWith("the title") ? "BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 (Số liệu tính đến ngày 30/6/2024)" : "BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8";
    const progress = table(header(cumulative), (l) => [l[0], l[1], l[2], l[3], l[4], l[5], l[6], sum(l)]);
    const report = check({ ...progress, values: [[title], ...progress.values.slice(1)] });
    expect(report.progress).toMatchObject({ asOf });
    expect(report.findings.filter((f) => f.sheet === "Tiến độ" && f.rule !== "pace")).toEqual([]);
  });
});

describe("a percent-of-plan column typed as fractions without a percent format", () => {
  const header = [["STT", "Nội dung", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế", "Tỷ lệ (%)"]];
  const fraction = (l: (typeof LINES)[number]) => Math.round((sum(l) / l[3]) * 1000) / 1000;
  test.each<[string, (l: (typeof LINES)[number]) => number, string[]]>([
    ["all right as fractions: no finding", fraction, []],
    ["one wrong among fractions: that one only", (l) => (l[0] === "KP.1" ? 0.8 : fraction(l)), ["rate@I5"]],
    // Typed as points, one of them a fraction: that one is wrong, the column is not reread.
    ["points with one fraction: that one only", (l) => (l[0] === "KP.1" ? fraction(l) : Math.round((sum(l) / l[3]) * 1000) / 10), ["rate@I5"]],
  ])("%s", (_, rate, expected) => {
    const progress = table(header, (l) => [l[0], l[1], l[2], l[3], l[4], l[5], l[6], sum(l), rate(l)]);
    expect(check(progress).findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
  });
});

describe("an estimate beside what was done", () => {
  test.each<[string, string, string[]]>([
    ["Ước TH năm 2024 beside TH 6 tháng đầu năm 2024", "Ước TH năm 2024", ["pace@info@H2"]],
    ["Dự kiến cả năm 2024 beside it", "Dự kiến cả năm 2024", ["pace@info@H2"]],
  ])("%s: set aside with an info, not counted twice", (_, estimate, expected) => {
    const progress = table([["STT", "Nội dung", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "TH 6 tháng đầu năm 2024", estimate, "Lũy kế"]], (l) => [l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[6] * 2, sum(l)]);
    const report = check(progress);
    expect(report.progress).toMatchObject({ periods: ["2022", "2023", "2024-H1"], asOf: "2024-06" });
    expect(report.findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}@${f.severity}@${f.cell}`)).toEqual(expected);
  });

  test.each<[string, string, string, string]>([
    ["Ước thực hiện năm 2024", "2024", "2024-12", "12/2024"],
    ["Ước TH 6 tháng đầu năm 2024", "2024-H1", "2024-06", "06/2024"],
    ["Dự kiến cả năm 2024", "2024", "2024-12", "12/2024"],
  ])("an estimate for a period nothing else reports (%s) is that period, marked as an estimate with the date it runs to", (estimate, id, asOf, until) => {
    const progress = table([["STT", "Nội dung", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", estimate, "Lũy kế"]], (l) => [l[0], l[1], l[2], l[3], l[4], l[5], l[6], sum(l)]);
    const report = check(progress);
    expect(report.progress).toMatchObject({ periods: ["2022", "2023", id], asOf });
    const infos = report.findings.filter((f) => f.sheet === "Tiến độ" && f.severity === "info");
    expect(infos.map((f) => `${f.rule}@${f.cell}`)).toEqual(["pace@G2"]);
    expect(infos[0].message).toContain("ước tính");
    expect(infos[0].message).toContain(until);
  });
});

describe("a percent against one year's target", () => {
  const rows = (l: (typeof LINES)[number]) => {
    const year = l[6] * 3;
    return [l[0], l[1], l[2], l[3], l[4], l[5], year, l[6], sum(l), Math.round((l[6] / year) * 1000) / 10, Math.round((sum(l) / l[3]) * 1000) / 10];
  };
  const header = (yearRate: string, planRate: string) => [["STT", "Nội dung", "ĐVT", "KH giai đoạn 2022-2025", "Năm 2022", "Năm 2023", "KH năm 2024", "TH 6 tháng đầu năm 2024", "Lũy kế", yearRate, planRate]];
  test.each<[string, string]>([
    ["% so với KH năm 2024", "% so với KH giai đoạn"],
    ["Tỷ lệ TH/KH năm (%)", "Tỷ lệ so với KH (%)"],
  ])("%s is not the plan's rate; %s is", (yearRate, planRate) => {
    expect(check(table(header(yearRate, planRate), rows)).findings.filter((f) => f.sheet === "Tiến độ")).toEqual([]);
    // The plan's rate column is still checked.
    const wrong = table(header(yearRate, planRate), (l) => (l[0] === "1" ? [...rows(l).slice(0, 10), 90] : rows(l)));
    expect(check(wrong).findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}@${f.cell}`)).toEqual(["rate@K3"]);
  });

  test("for a plan of that one year, it is the plan's rate", () => {
    const plan = planSheet("KẾ HOẠCH thực hiện năm 2024");
    const progress = table([["STT", "Nội dung", "ĐVT", "Kế hoạch", "Quý I/2024", "Quý II/2024", "Lũy kế", "% so với KH năm 2024"]], (l) => [l[0], l[1], l[2], l[3], l[4], l[5], l[4] + l[5], l[0] === "1" ? 90 : Math.round(((l[4] + l[5]) / l[3]) * 1000) / 10]);
    const report = toJsonReport(checkWorkbook(workbook(plan, allocationSheet(), progress), { workbookName: "t.xlsx" }).report);
    expect(report.findings.filter((f) => f.rule === "rate").map((f) => f.cell)).toEqual(["H3"]);
  });
});

describe("parts of a year written without it, under a title naming the year", () => {
  const titled = (title: string, header: string[], name = "Tiến độ") => ({
    ...sheet(name, [[title], [], header, ...LINES.map((l) => [l[0], l[1], l[2], l[4], l[5], Math.round(l[6] / 2), l[6] - Math.round(l[6] / 2)])]),
  });
  test.each<[string, string, string[], string[] | null]>([
    ["6 tháng đầu / cuối năm", "BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2024", ["Năm 2022", "Năm 2023", "6 tháng đầu năm", "6 tháng cuối năm"], ["2022", "2023", "2024-H1", "2024-H2"]],
    ["Quý I | Quý II", "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024", ["Năm 2022", "Năm 2023", "Quý I", "Quý II"], ["2022", "2023", "2024-Q1", "2024-Q2"]],
    ["9 tháng | 3 tháng cuối năm", "KẾT QUẢ NĂM 2024", ["Năm 2022", "Năm 2023", "9 tháng", "3 tháng cuối năm"], ["2022", "2023", "2024-9M", "2024-Q4"]],
    ["a title naming two years: not read", "KẾT QUẢ NĂM 2023 VÀ NĂM 2024", ["Năm 2022", "Năm 2023", "6 tháng đầu năm", "6 tháng cuối năm"], null],
    ["a title naming only a date: not read", "Hà Nội, ngày 30 tháng 12 năm 2024", ["Năm 2022", "Năm 2023", "6 tháng đầu năm", "6 tháng cuối năm"], null],
  ])("%s", (_name, title, periods, expected) => {
    const report = check(titled(title, ["Mã", "Nội dung", "ĐVT", ...periods]));
    if (expected === null) {
      expect(report.progress?.periods).toEqual(["2022", "2023"]);
      expect(report.findings.filter((f) => f.rule === "unmapped").map((f) => f.cell)).toEqual(["F3", "G3"]);
    } else {
      expect(report.progress?.periods).toEqual(expected);
      expect(report.findings.filter((f) => f.rule === "unmapped")).toEqual([]);
      expect(report.indicators.find((i) => i.code === "KP.1")).toMatchObject({ achieved: 400_000_000 });
    }
  });
});

describe("a period sheet named by a part of a year without it, titled with the year", () => {
  const periodSheetNamed = (name: string, title: string) => ({ ...sheet(name, [[title], [], ...allocationSheet().values.slice(2).map((r) => [...(r ?? [])])]) });
  test.each<[string, string, string | null]>([
    ["Thực hiện 6 tháng cuối năm", "KẾT QUẢ THỰC HIỆN 6 THÁNG CUỐI NĂM 2024", "2024-H2"],
    ["Kết quả Quý III", "BÁO CÁO KẾT QUẢ QUÝ III NĂM 2024", "2024-Q3"],
    ["Thực hiện 6 tháng cuối năm", "KẾT QUẢ THỰC HIỆN", null],
  ])("%s titled %s", (name, title, expected) => {
    const report = check(periodSheetNamed(name, title));
    if (expected === null) {
      expect(report).not.toHaveProperty("progress");
      expect(report.findings.filter((f) => f.sheet === name).map((f) => f.rule)).toEqual(["unmapped"]);
    } else {
      expect(report.progress?.periods).toEqual([expected]);
      expect(report.indicators[0].periods?.[0].label).toBe(`${name.replace(/^(Thực hiện|Kết quả) /, "")} 2024`);
    }
  });
});

describe("a cumulative column named for the figures to date", () => {
  test.each(["Thực hiện đến nay", "Lũy kế thực hiện đến nay", "Kết quả thực hiện từ đầu giai đoạn đến nay", "Cộng dồn"])("%s is the Lũy kế: checked, a wrong one told at its cell", (header) => {
    const progress = table([["Mã", "Nội dung", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", header]], (l) => [
      l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[0] === "KP.2" ? sum(l) + 10 : sum(l),
    ]);
    expect(check(progress).findings.filter((f) => f.sheet === "Tiến độ").map((f) => `${f.rule}@${f.cell}`)).toEqual(["cumulative@H6"]);
  });

  test("the year's own to date (Thực hiện từ đầu năm đến nay) is not the plan's cumulative", () => {
    const progress = table([["Mã", "Nội dung", "ĐVT", "Kế hoạch giai đoạn", "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Thực hiện từ đầu năm đến nay"]], (l) => [
      l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[6],
    ]);
    expect(check(progress).findings.filter((f) => f.rule === "cumulative")).toEqual([]);
  });
});
