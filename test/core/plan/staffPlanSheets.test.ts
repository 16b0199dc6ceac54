/**
 * Plan sheets made the way staff make them (section codes, lettered and
 * bulleted parts, headings with blank targets, targets typed as text, units
 * spelt many ways, a `Ghi chú` column, a `Tổng cộng` row, the areas below
 * the lines or on their own sheet, a per-commune quota, percent lines): each
 * is read line by line as written, and a right allocation of it gives no
 * finding.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { checkWorkbook } from "../../../src/core/check";
import type { Plan, PlanLine } from "../../../src/core/model/plan";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { InputError } from "../../../src/core/model/errors";
import { sheet, workbook, type SheetOptions } from "../layout/sheetBuilder";

const COMMUNES = ["Khánh Thượng", "Minh Quang", "Ba Trại"];

/** `[code, target in base units, kind]`, plus the parent code where the plan nests the line. */
type Expected = [string, number, PlanLine["kind"], string?];

interface Case {
  readonly name: string;
  readonly rows: CellValue[][];
  readonly options?: SheetOptions;
  /** Other sheets beside the plan (an `Địa bàn` sheet). */
  readonly more?: SheetData[];
  readonly lines: Expected[];
  /** How many areas the plan lists. */
  readonly areas?: number;
  /** How many things the reading says about the plan sheet (a column taken, units that disagree). */
  readonly doubts?: number;
}

const H = ["STT", "Nội dung", "ĐVT", "Kế hoạch"];

const CASES: Case[] = [
  {
    name: "sections I, II numbering their lines again, headings with blank targets",
    rows: [
      ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 NĂM 2024"],
      [],
      H,
      ["I", "CHỈ TIÊU", null, null],
      [1, "Tổ truyền thông cộng đồng thành lập mới", "tổ", 3],
      [2, "Câu lạc bộ Thủ lĩnh của sự thay đổi", "CLB", 6],
      ["II", "KINH PHÍ", null, null],
      [1, "Kinh phí truyền thông", "triệu đồng", 450],
      [2, "Kinh phí tập huấn", "triệu đồng", 300],
    ],
    lines: [
      ["I.1", 3, "count"],
      ["I.2", 6, "count"],
      ["II.1", 450e6, "money"],
      ["II.2", 300e6, "money"],
    ],
  },
  {
    name: "dotted codes 1, 1.1, 1.2 under a parent with its total",
    rows: [
      H,
      [1, "Câu lạc bộ Thủ lĩnh của sự thay đổi", "CLB", 9],
      ["1.1", "Câu lạc bộ thành lập mới", "CLB", 3],
      ["1.2", "Câu lạc bộ duy trì", "CLB", 6],
      [2, "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 3],
    ],
    lines: [
      ["1", 9, "count"],
      ["1.1", 3, "count", "1"],
      ["1.2", 6, "count", "1"],
      ["2", 3, "count"],
    ],
  },
  {
    name: "a heading parent with a blank target over its parts",
    rows: [
      H,
      [1, "Hoạt động truyền thông", null, null],
      ["1.1", "Tổ truyền thông cộng đồng", "tổ", 3],
      ["1.2", "Cuộc đối thoại chính sách", "cuộc", 6],
      [2, "Kinh phí thực hiện", "triệu đồng", 600],
    ],
    lines: [
      ["1.1", 3, "count"],
      ["1.2", 6, "count"],
      ["2", 600e6, "money"],
    ],
  },
  {
    name: "lettered parts a, b under a numbered money line",
    rows: [
      H,
      [1, "Kinh phí thực hiện Dự án 8", "triệu đồng", 900],
      ["a", "Ngân sách Trung ương", "triệu đồng", 600],
      ["b", "Ngân sách địa phương", "triệu đồng", 300],
      [2, "Tổ truyền thông cộng đồng", "tổ", 3],
    ],
    lines: [
      ["1", 900e6, "money"],
      ["1.a", 600e6, "money", "1"],
      ["1.b", 300e6, "money", "1"],
      ["2", 3, "count"],
    ],
  },
  {
    name: "bulleted parts - and + under a money line",
    rows: [
      H,
      [1, "Tổ truyền thông cộng đồng", "tổ", 3],
      [2, "Kinh phí", "triệu đồng", 900],
      ["-", "Truyền thông", "triệu đồng", 600],
      ["+", "Hội nghị", "triệu đồng", 270],
      ["+", "Tờ rơi", "triệu đồng", 330],
      ["-", "Tập huấn", "triệu đồng", 300],
    ],
    lines: [
      ["1", 3, "count"],
      ["2", 900e6, "money"],
      ["2.1", 600e6, "money", "2"],
      ["2.1.1", 270e6, "money", "2.1"],
      ["2.1.2", 330e6, "money", "2.1"],
      ["2.2", 300e6, "money", "2"],
    ],
  },
  {
    name: "targets typed as text in Vietnamese notation",
    rows: [
      H,
      [1, "Kinh phí Dự án 8", "tỷ đồng", "9,490"],
      [2, "Thành viên tổ tiết kiệm", "người", "1.250"],
      [3, "Nhà tạm lánh, địa chỉ tin cậy", "đồng", "3.290.000.000"],
    ],
    lines: [
      ["1", 9_490_000_000, "money"],
      ["2", 1250, "count"],
      ["3", 3_290_000_000, "money"],
    ],
  },
  {
    name: "money units spelt Triệu đồng, trđ, Tr.đ, đ",
    rows: [
      H,
      [1, "Kinh phí truyền thông", "Triệu đồng", 300],
      [2, "Kinh phí tập huấn", "trđ", 150],
      [3, "Kinh phí hội nghị", "Tr.đ", 90],
      [4, "Kinh phí in tài liệu", "đ", 45_000_000],
    ],
    lines: [
      ["1", 300e6, "money"],
      ["2", 150e6, "money"],
      ["3", 90e6, "money"],
      ["4", 45e6, "money"],
    ],
  },
  {
    name: "a Ghi chú column holding numbers and years",
    rows: [
      [...H, "Ghi chú"],
      [1, "Tổ truyền thông cộng đồng", "tổ", 3, "01 tổ/xã"],
      [2, "Cuộc đối thoại chính sách", "cuộc", 6, 2023],
      [3, "Kinh phí truyền thông", "triệu đồng", 300, "Năm 2024: 150"],
    ],
    lines: [
      ["1", 3, "count"],
      ["2", 6, "count"],
      ["3", 300e6, "money"],
    ],
  },
  {
    name: "a Tổng cộng row at the top, uncoded",
    rows: [
      H,
      [null, "Tổng cộng", "triệu đồng", 750],
      [1, "Kinh phí truyền thông", "triệu đồng", 450],
      [2, "Kinh phí tập huấn", "triệu đồng", 300],
    ],
    lines: [
      ["1", 450e6, "money"],
      ["2", 300e6, "money"],
    ],
  },
  {
    name: "a TỔNG CỘNG row at the bottom, in the code cell merged over the name",
    rows: [
      H,
      [1, "Kinh phí truyền thông", "triệu đồng", 450],
      [2, "Kinh phí tập huấn", "triệu đồng", 300],
      ["TỔNG CỘNG", null, null, 750],
    ],
    options: { merges: ["A4:C4"] },
    lines: [
      ["1", 450e6, "money"],
      ["2", 300e6, "money"],
    ],
  },
  {
    name: "the areas' table below the lines on the same sheet",
    rows: [
      H,
      [1, "Tổ truyền thông cộng đồng", "tổ", 3],
      [2, "Kinh phí truyền thông", "triệu đồng", 300],
      [],
      ["DANH SÁCH ĐỊA BÀN THỰC HIỆN"],
      ["STT", "Huyện", "Xã"],
      [1, "Ba Vì", "Khánh Thượng"],
      [2, "Ba Vì", "Minh Quang"],
      [3, "Ba Vì", "Ba Trại"],
    ],
    lines: [
      ["1", 3, "count"],
      ["2", 300e6, "money"],
    ],
    areas: 3,
  },
  {
    name: "the areas on a sheet Địa bàn with its Huyện cells merged",
    rows: [H, [1, "Tổ truyền thông cộng đồng", "tổ", 3], [2, "Câu lạc bộ Thủ lĩnh của sự thay đổi", "CLB", 6]],
    more: [
      sheet(
        "Địa bàn",
        [
          ["STT", "Huyện", "Xã"],
          [1, "Huyện Ba Vì", "Xã Khánh Thượng"],
          [2, null, "Xã Minh Quang"],
          [3, null, "Xã Ba Trại"],
        ],
        { merges: ["B2:B4"] },
      ),
    ],
    lines: [
      ["1", 3, "count"],
      ["2", 6, "count"],
    ],
    areas: 3,
  },
  {
    name: "a quota column typed as text 01 tổ/xã",
    rows: [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch", "Định mức"],
      [1, "Tổ truyền thông cộng đồng", "tổ", 3, "01 tổ/xã"],
      [2, "Câu lạc bộ Thủ lĩnh của sự thay đổi", "CLB", 6, "02 CLB/xã"],
    ],
    lines: [
      ["1", 3, "count"],
      ["2", 6, "count"],
    ],
  },
  {
    name: "percent lines Tỷ lệ … with a rule column",
    rows: [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch", "So sánh"],
      [1, "Tỷ lệ cán bộ nữ được tập huấn", "%", "90%", ">="],
      [2, "Tỷ lệ thành viên tổ tiếp cận tín dụng", "%", 15, "≥"],
      [3, "Tổ truyền thông cộng đồng", "tổ", 3, "<="],
    ],
    lines: [
      ["1", 90, "percent"],
      ["2", 15, "percent"],
      ["3", 3, "count"],
    ],
  },
  {
    name: "a note ĐVT: triệu đồng over the table, money lines without a unit cell",
    rows: [
      ["KẾ HOẠCH PHÂN BỔ KINH PHÍ NĂM 2024"],
      [null, null, null, "ĐVT: triệu đồng"],
      H,
      [1, "Tổ truyền thông cộng đồng", "tổ", 3],
      [2, "Kinh phí truyền thông", null, 450],
      [3, "Kinh phí tập huấn", null, 300],
    ],
    lines: [
      ["1", 3, "count"],
      ["2", 450e6, "money"],
      ["3", 300e6, "money"],
    ],
  },
  {
    name: "Kế hoạch merged over Tổng số | Định mức/xã, two header rows",
    rows: [
      ["TT", "Nội dung hoạt động", "Đơn vị tính", "Kế hoạch", null],
      [null, null, null, "Tổng số", "Định mức/xã"],
      ["1.", "Tổ truyền thông cộng đồng", "tổ", 3, 1],
      ["2.", "Cuộc đối thoại chính sách", "cuộc", 6, 2],
    ],
    options: { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] },
    lines: [
      ["1", 3, "count"],
      ["2", 6, "count"],
    ],
  },
  {
    name: "Kế hoạch merged over Ban đầu | Điều chỉnh",
    rows: [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch", null],
      [null, null, null, "Ban đầu", "Điều chỉnh"],
      [1, "Tổ truyền thông cộng đồng", "tổ", 2, 3],
      [2, "Kinh phí truyền thông", "triệu đồng", 450, null],
    ],
    options: { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] },
    lines: [
      ["1", 3, "count"],
      ["2", 450e6, "money"],
    ],
    doubts: 1,
  },
  {
    name: "codes typed as numbers, Mã số header, a signature block below",
    rows: [
      ["Mã số", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch"],
      [1, "Tập huấn cán bộ nữ", "người", 90],
      [1.1, "Cấp huyện", "người", 30],
      [1.2, "Cấp xã", "người", 60],
      [],
      [null, "Người lập biểu", null, "Thủ trưởng đơn vị"],
    ],
    lines: [
      ["1", 90, "count"],
      ["1.1", 30, "count", "1"],
      ["1.2", 60, "count", "1"],
    ],
  },
  {
    name: "Trong đó: parts of a money line, uncoded",
    rows: [
      H,
      [1, "Tổng kinh phí thực hiện", "triệu đồng", 900],
      [null, "Trong đó:", null, null],
      [null, "Ngân sách Trung ương", "triệu đồng", 600],
      [null, "Ngân sách địa phương", "triệu đồng", 300],
      [2, "Tổ truyền thông cộng đồng", "tổ", 3],
    ],
    lines: [
      ["1", 900e6, "money"],
      ["1.1", 600e6, "money", "1"],
      ["1.2", 300e6, "money", "1"],
      ["2", 3, "count"],
    ],
  },
  {
    name: "the areas' table below headed STT | Tên huyện | Tên xã | Ghi chú, its Ghi chú over the target column",
    rows: [
      H,
      [1, "Tổ truyền thông cộng đồng", "tổ", 3],
      [],
      ["STT", "Tên huyện", "Tên xã", "Ghi chú"],
      [1, "Ba Vì", "Khánh Thượng", null],
      [2, "Ba Vì", "Minh Quang", "xã khu vực III"],
      [3, "Ba Vì", "Ba Trại", null],
    ],
    lines: [["1", 3, "count"]],
    areas: 3,
  },
  {
    name: "a row of column numbers (1) (2) (3) (4) under the header",
    rows: [H, ["(1)", "(2)", "(3)", "(4)"], [1, "Tổ truyền thông cộng đồng", "tổ", 3], [2, "Kinh phí truyền thông", "triệu đồng", 300]],
    lines: [
      ["1", 3, "count"],
      ["2", 300e6, "money"],
    ],
  },
  {
    name: "a row of column letters A B C D under the header",
    rows: [H, ["A", "B", "C", "D"], [1, "Tổ truyền thông cộng đồng", "tổ", 3]],
    lines: [["1", 3, "count"]],
  },
  {
    name: "letters for the text columns then numbers for the figures (A B C 1 2)",
    rows: [["STT", "Nội dung", "ĐVT", "Kế hoạch", "Ghi chú"], ["A", "B", "C", "1", "2"], [1, "Tổ truyền thông cộng đồng", "tổ", 3, null], [2, "Kinh phí truyền thông", "triệu đồng", 300, null]],
    lines: [
      ["1", 3, "count"],
      ["2", 300e6, "money"],
    ],
  },
  {
    name: "a source split numbered A B C 1=2+3+4 2 3 4, sections and lettered parts, a note and a signature under the lines",
    rows: [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch giai đoạn 2026-2030", null, null, null, "Ghi chú"],
      [null, null, null, "Tổng số", "NSTW", "NSTP", "Lồng ghép", null],
      ["A", "B", "C", "1=2+3+4", "2", "3", "4", "5"],
      ["I", "Kinh phí thực hiện", "triệu đồng", 900, 600, 200, 100, null],
      ["1", "Truyền thông", "triệu đồng", 600, 300, 200, 100, null],
      ["2", "Tập huấn", "triệu đồng", 300, 300, 0, 0, null],
      ["II", "CHỈ TIÊU", null, null, null, null, null, null],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 21, null, null, null, "mỗi xã 1 tổ"],
      ["a)", "Tổ thành lập mới", "tổ", 12, null, null, null, null],
      ["b)", "Tổ duy trì", "tổ", 9, null, null, null, null],
      [],
      ["Ghi chú: kinh phí lồng ghép từ các chương trình khác."],
      [null, null, null, null, null, "TM. BAN THƯỜNG VỤ"],
    ],
    options: { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:H2"] },
    lines: [
      ["I", 900e6, "money"],
      ["I.1", 600e6, "money", "I"],
      ["I.2", 300e6, "money", "I"],
      ["II.1", 21, "count"],
      ["II.1.a", 12, "count", "II.1"],
      ["II.1.b", 9, "count", "II.1"],
    ],
  },
  {
    name: "a row of column numbers 1 2 3 4 typed as numbers",
    rows: [H, [1, 2, 3, 4], [1, "Tổ truyền thông cộng đồng", "tổ", 3]],
    lines: [["1", 3, "count"]],
  },
  {
    name: "a grand total coded with a section letter (A | TỔNG CỘNG)",
    rows: [H, ["A", "TỔNG CỘNG", "triệu đồng", 450], [1, "Kinh phí truyền thông", "triệu đồng", 300], [2, "Kinh phí tập huấn", "triệu đồng", 150]],
    lines: [
      ["1", 300e6, "money"],
      ["2", 150e6, "money"],
    ],
  },
  {
    name: "a heading marked x in its target cell, no unit, over its parts",
    rows: [H, [1, "Hoạt động truyền thông", null, "x"], ["1.1", "Tổ truyền thông cộng đồng", "tổ", 3], ["1.2", "Cuộc đối thoại chính sách", "cuộc", 6]],
    lines: [
      ["1.1", 3, "count"],
      ["1.2", 6, "count"],
    ],
  },
  {
    name: "a quota per commune and year (2 cuộc/xã/năm)",
    rows: [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch", "Định mức"],
      [1, "Cuộc đối thoại chính sách", "cuộc", 6, "2 cuộc/xã/năm"],
    ],
    lines: [["1", 6, "count"]],
  },
  {
    name: "Tổng kinh phí over a heading with blank target and a line",
    rows: [
      H,
      [1, "Hoạt động truyền thông", null, null],
      ["1.1", "Kinh phí hội nghị", "triệu đồng", 300],
      ["1.2", "Kinh phí tờ rơi", "triệu đồng", 150],
      [2, "Kinh phí tập huấn", "triệu đồng", 150],
      [null, "Tổng kinh phí", "triệu đồng", 600],
    ],
    lines: [
      ["1.1", 300e6, "money"],
      ["1.2", 150e6, "money"],
      ["2", 150e6, "money"],
    ],
  },
];

function planBook(c: Case) {
  return workbook(sheet("Kế hoạch", c.rows, c.options ?? {}), ...(c.more ?? []));
}

/** A line's target split over the communes in the plan's unit, exactly (hundredths of the unit for money). */
function split(line: PlanLine, target: number): number[] {
  if (line.kind === "percent") return COMMUNES.map(() => target);
  if (line.kind === "count") {
    const share = Math.floor(target / COMMUNES.length);
    return COMMUNES.map((_c, i) => (i === 0 ? target - share * (COMMUNES.length - 1) : share));
  }
  const hundredths = Math.round((target / line.scale) * 100);
  const share = Math.floor(hundredths / COMMUNES.length);
  return COMMUNES.map((_c, i) => (i === 0 ? hundredths - share * (COMMUNES.length - 1) : share) / 100);
}

/** The allocation a careful officer makes of the plan: every line's target split over the communes, a district row and a total row adding them. */
function rightAllocation(plan: Plan, expected: Expected[]): SheetData {
  const lines = expected.map(([code, target]) => ({ line: plan.lines.find((l) => l.code === code)!, target }));
  const header: CellValue[] = ["STT", "Đơn vị", ...lines.map(({ line }) => (line.kind === "money" ? `${line.name} (${line.unit})` : `${line.name} (${line.unit})`))];
  const shares = lines.map(({ line, target }) => split(line, target));
  const sum = (i: number): number => (lines[i].line.kind === "percent" ? lines[i].target : Number(shares[i].reduce((a, b) => a + b, 0).toFixed(2)));
  const rows: CellValue[][] = [
    header,
    [null, "Tổng cộng", ...lines.map((_l, i) => sum(i))],
    ["I", "Huyện Ba Vì", ...lines.map((_l, i) => sum(i))],
    ...COMMUNES.map((commune, c): CellValue[] => [c + 1, `Xã ${commune}`, ...shares.map((s) => s[c])]),
  ];
  return sheet("Phân bổ", rows);
}

describe.each(CASES)("$name", (c) => {
  test("read as written", () => {
    const plan = readPlanFromWorkbook(planBook(c));
    expect(plan.lines.map((line) => [line.code, line.target, line.kind, ...(line.parentCode !== undefined ? [line.parentCode] : [])])).toEqual(c.lines);
    expect(plan.areas).toHaveLength(c.areas ?? 0);
    expect(plan.doubts ?? []).toHaveLength(c.doubts ?? 0);
  });

  test("a right allocation gives no finding", () => {
    const book = planBook(c);
    const plan = readPlanFromWorkbook(book);
    const report = checkWorkbook(workbook(rightAllocation(plan, c.lines), ...book.sheets), { workbookName: "x.xlsx" }).report;
    expect(report.findings.map((f) => `${f.rule} ${f.cell}: ${JSON.stringify(f.message)}`)).toEqual([]);
    expect(report.indicators.map((line) => [line.code, line.status])).toEqual(c.lines.map(([code]) => [code, "ok"]));
  });
});

describe("a plan the sheet contradicts or leaves unreadable: refused naming the sheet and the cell", () => {
  test.each<[string, CellValue[][], RegExp]>([
    ["a target in words", [H, [1, "Tổ truyền thông", "tổ", "khoảng 10"]], /^'Kế hoạch'!D2: "khoảng 10" is not a number\.$/],
    ["a line with no code", [H, [1, "Tổ truyền thông", "tổ", 3], [null, "Câu lạc bộ", "CLB", 6]], /^'Kế hoạch'!A3: line "Câu lạc bộ" has no code\.$/],
    ["a repeated code", [H, [1, "Tổ truyền thông", "tổ", 3], [1, "Câu lạc bộ", "CLB", 6]], /^'Kế hoạch'!A3: code "1" repeats cell A2\.$/],
    ["an x in the target of a line with a unit", [H, [1, "Tổ truyền thông", "tổ", "x"]], /^'Kế hoạch'!D2: "x" is not a number\.$/],
    ["a negative target", [H, [1, "Tổ truyền thông", "tổ", -3]], /^'Kế hoạch'!D2: negative target \(-3\)\.$/],
  ])("%s", (_name, rows, message) => {
    let said = "read";
    try {
      readPlanFromWorkbook(workbook(sheet("Kế hoạch", rows)));
    } catch (error) {
      said = error instanceof InputError ? error.text.en : String(error);
    }
    expect(said).toMatch(message);
  });
});

test.each(["Tổng cộng", "Tổng kinh phí"])("a %s row the lines do not add up to is no line: said in the reading, each line read as written", (label) => {
  const plan = readPlanFromWorkbook(workbook(sheet("Kế hoạch", [H, [null, label, "triệu đồng", 10], [1, "Truyền thông", "triệu đồng", 3], [2, "Tập huấn", "triệu đồng", 6]])));
  expect(plan.lines.map((line) => [line.code, line.target])).toEqual([
    ["1", 3e6],
    ["2", 6e6],
  ]);
  expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
    `'Kế hoạch'!D2: the row "${label}" (no code) gives 10 million VND, but the lines 1 (D3), 2 (D4) add up to 9 million VND. Correct the figure, or give this row a code. allocheck checks each line's own target.`,
  ]);
});
