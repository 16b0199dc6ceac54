/**
 * A second table on the allocation sheet (a breakdown by activity, a
 * disbursement log, a copy for the next year) is read as a person reads it:
 * the allocation table ends where a blank gap is followed by a new block with
 * its own title and header row (or its own numbering row); the rows after it
 * are not areas (or lines) of the first table. The reading says so (an
 * `ignored` entry, why `second table`) and one `second-table` info finding
 * names the cell where it starts. A long table with blank rows between its
 * districts is not cut.
 */
import { checkWorkbook } from "../../../src/core/check";
import { detectTable, findTableBlock, sheetGrid } from "../../../src/core/layout";
import type { CellValue, WorkbookData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";
import { isTableTitle } from "../../../src/core/layout/nextTable";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ],
  { "Quốc Oai": ["Phú Mãn", "Đông Xuân"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] },
);

const HEADER: CellValue[] = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"];
/** Rows 1–7: a title, the header, the grand total and the four communes. */
const FIRST: CellValue[][] = [
  ["BIỂU PHÂN BỔ KINH PHÍ NĂM 2025", null, null, null],
  HEADER,
  [null, "Tổng cộng", 12, 1200],
  [1, "Xã Phú Mãn", 3, 300],
  [2, "Xã Đông Xuân", 3, 300],
  [3, "Xã An Phú", 3, 300],
  [4, "Xã Hợp Tiến", 3, 300],
];
const blank = (n: number): CellValue[][] => Array.from({ length: n }, () => [null, null, null, null]);

const SECOND_TABLES: ReadonlyArray<readonly [string, CellValue[][], { col: number; text: string }]> = [
  [
    "a disbursement log (title, header, rows)",
    [["BẢNG THEO DÕI GIẢI NGÂN"], ["STT", "Nội dung", "Số tiền", "Ghi chú"], [1, "Đợt 1", 500, "đã chuyển"], [2, "Đợt 2", 700, "chờ"]],
    { col: 0, text: "BẢNG THEO DÕI GIẢI NGÂN" },
  ],
  [
    "a copy for the next year (same header, same communes)",
    [["PHÂN BỔ NĂM 2026"], HEADER, [1, "Xã Phú Mãn", 4, 400], [2, "Xã Đông Xuân", 4, 400]],
    { col: 0, text: "PHÂN BỔ NĂM 2026" },
  ],
  [
    "a breakdown by activity, wider than the first table, its title in column B",
    [[null, "Chi tiết theo hoạt động"], ["TT", "Hoạt động", "Số tổ", "Kinh phí", "Thời gian", "Đơn vị thực hiện"], [1, "Tập huấn", 6, 600, "Quý I", "Hội LHPN"], [2, "Truyền thông", 6, 600, "Quý II", "Hội LHPN"]],
    { col: 1, text: "Chi tiết theo hoạt động" },
  ],
  [
    "a header right after the gap, no title",
    [["STT", "Hoạt động", "Số tổ", "Kinh phí"], [1, "Tập huấn", 6, 600]],
    { col: 0, text: "STT" },
  ],
  [
    "a numbering row right after the gap",
    [["(1)", "(2)", "(3)", "(4)"], [1, "Xã Phú Mãn", 4, 400]],
    { col: 0, text: "(1) (2) (3) (4)" },
  ],
];

function workbookOf(rows: CellValue[][]): WorkbookData {
  return { sheets: [sheet("Phân bổ", rows)] };
}

function report(rows: CellValue[][]) {
  const json: unknown = toJsonReport(checkWorkbook(workbookOf(rows), { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
  return (typeof json === "string" ? JSON.parse(json) : json) as {
    indicators: { code: string; allocated: number | null }[];
    findings: { rule: string; severity: string; cell: string | null; message: string }[];
    reading: { table: string; ignored: { at: string; header: string; why: string }[]; areas: { at: string }[] };
  };
}

describe("a second table below the allocation table is not read into it", () => {
  describe.each(SECOND_TABLES)("%s", (_label, second, start) => {
    test.each([1, 2, 4])("after %i blank row(s): the table ends before the gap; the second table's start is kept", (gap) => {
      const rows = [...FIRST, ...blank(gap), ...second];
      const block = findTableBlock(sheetGrid(sheet("Phân bổ", rows)));
      expect(block.bodyEnd).toBe(6);
      expect([block.left, block.right]).toEqual([0, 3]);
      expect(block.next).toEqual({ row: 7 + gap, col: start.col, text: start.text });
    });

    test("the check: totals of the first table alone, no finding on the second's rows, one info at its first cell, an `ignored` entry", () => {
      const rows = [...FIRST, ...blank(2), ...second];
      const got = report(rows);
      expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([
        ["1", 12],
        ["2", 1200e6],
      ]);
      const cell = `${String.fromCharCode(65 + start.col)}10`;
      expect(got.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["second-table", "info", cell]]);
      expect(got.findings[0].message).toContain("From row 10 on is another table");
      expect(got.findings[0].message).toContain("A2:D7");
      expect(got.reading.table).toBe("A2:D7");
      expect(got.reading.areas.map((a) => a.at)).toEqual(["3", "4", "5", "6", "7"]);
      expect(got.reading.ignored).toEqual([{ at: "10", header: start.text, why: "second table" }]);
    });
  });

  test("indicators as rows: a second table below (a copy for the next year) is not read as more lines", () => {
    const header: CellValue[] = ["TT", "Chỉ tiêu", "ĐVT", "Tổng số", "Xã Phú Mãn", "Xã Đông Xuân", "Xã An Phú", "Xã Hợp Tiến"];
    const rows: CellValue[][] = [
      ["BIỂU PHÂN BỔ NĂM 2025"],
      header,
      [1, "Tổ truyền thông cộng đồng", "tổ", 12, 3, 3, 3, 3],
      [2, "Kinh phí hỗ trợ", "triệu đồng", 1200, 300, 300, 300, 300],
      [],
      ["PHÂN BỔ NĂM 2026"],
      header,
      [1, "Tổ truyền thông cộng đồng", "tổ", 16, 4, 4, 4, 4],
      [2, "Kinh phí hỗ trợ", "triệu đồng", 1600, 400, 400, 400, 400],
    ];
    const table = detectTable(sheet("Phân bổ", rows), PLAN);
    expect(table.orientation).toBe("indicators-as-rows");
    expect(table.lines.map((l) => [l.index, l.planCode])).toEqual([
      [2, "1"],
      [3, "2"],
    ]);
    const got = report(rows);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([
      ["1", 12],
      ["2", 1200e6],
    ]);
    expect(got.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["second-table", "info", "A6"]]);
    expect(got.reading.ignored).toEqual([{ at: "6", header: "PHÂN BỔ NĂM 2026", why: "second table" }]);
  });
});

/** A second table that has a title naming it as an annex (`Biểu 2`, `PHỤ LỤC`) and no header of its own: its rows repeat the first table's areas. */
const TITLED_ONLY: ReadonlyArray<readonly [string, string]> = [
  ["a numbered annex title with words after it", "Biểu 2: Phân bổ nguồn vốn sự nghiệp"],
  ["an annex title in capitals, alone", "PHỤ LỤC"],
  ["a roman-numbered annex", "Phụ lục II - Kinh phí năm 2026"],
  ["a numbered table, no diacritics", "Bieu so 02"],
  ["a table number with a dot", "Bảng 3. Chi tiết theo xã"],
];

describe("a title naming another table (no header under it) ends the allocation table", () => {
  describe.each(TITLED_ONLY)("%s", (_label, title) => {
    test.each([0, 1, 2])("after %i blank row(s): the table ends, the rows under the title are not its areas", (gap) => {
      const rows = [...FIRST, ...blank(gap), [title, null, null, null], [1, "Xã Phú Mãn", 2, 200], [2, "Xã Đông Xuân", 2, 200]];
      const got = report(rows);
      expect(got.reading.table).toBe("A2:D7");
      expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([
        ["1", 12],
        ["2", 1200e6],
      ]);
      const row = String(8 + gap);
      expect(got.findings.map((f) => [f.rule, f.cell])).toEqual([["second-table", `A${row}`]]);
      expect(got.reading.ignored).toEqual([{ at: row, header: title, why: "second table" }]);
    });
  });

  test.each([
    ["a commune named like a word of a title", "Bằng Luân"],
    ["a heading row of the table", "I. Chỉ tiêu"],
    ["a district heading", "Huyện Mỹ Đức"],
    ["a commune whose name opens like a form's number", "Mẫu Sơn"],
  ])("%s (%s) is no table title", (_label, text) => {
    expect(isTableTitle(text)).toBe(false);
  });
});

describe("after a blank row, rows naming again the areas read above, with no title: another table, and the reading is unsure", () => {
  const NO_TOTAL = FIRST.filter((row) => row[1] !== "Tổng cộng");
  test.each([
    ["the same communes, other figures", [[1, "Xã Phú Mãn", 2, 200], [2, "Xã Đông Xuân", 2, 200]]],
    ["the communes written otherwise (spaces, case)", [[1, "xã  Phú Mãn", 2, 200], [2, "XÃ ĐÔNG XUÂN", 2, 200]]],
  ] as const)("%s", (_label, again) => {
    const rows = [...NO_TOTAL, ...blank(1), ...again.map((row) => [...row])];
    const got = report(rows);
    expect(got.reading.table).toBe("A2:D6");
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([
      ["1", 12],
      ["2", 1200e6],
    ]);
    expect(got.findings.map((f) => [f.rule, f.cell])).toEqual([["second-table", "B8"]]);
    const confidence = checkWorkbook(workbookOf(rows), { plan: PLAN, workbookName: "x.xlsx" }).report.reading!.confidence!;
    expect(confidence.level).toBe("low");
    expect(confidence.reasons.map((r) => r.en).join(" ")).toContain("From row 8");
  });

  test("indicators as rows: the lines named again after a blank row, no title: another table, said of lines", () => {
    const rows: CellValue[][] = [
      ["BIỂU PHÂN BỔ NĂM 2025"],
      ["STT", "Chỉ tiêu", "ĐVT", "Tổng số", "Xã Phú Mãn", "Xã Đông Xuân", "Xã An Phú", "Xã Hợp Tiến"],
      [1, "Tổ truyền thông cộng đồng", "tổ", 12, 3, 3, 3, 3],
      [2, "Kinh phí hỗ trợ", "triệu đồng", 1200, 300, 300, 300, 300],
      [],
      [1, "Tổ truyền thông cộng đồng", "tổ", 16, 4, 4, 4, 4],
      [2, "Kinh phí hỗ trợ", "triệu đồng", 1600, 400, 400, 400, 400],
    ];
    const got = report(rows);
    expect(got.reading.table).toBe("A2:H4");
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([
      ["1", 12],
      ["2", 1200e6],
    ]);
    const confidence = checkWorkbook(workbookOf(rows), { plan: PLAN, workbookName: "x.xlsx" }).report.reading!.confidence!;
    expect(confidence.reasons.map((r) => r.en)).toEqual([expect.stringContaining("the rows name again lines listed above")]);
  });

  test.each([
    ["a new commune after the gap", [[5, "Xã Tuyết Nghĩa", 2, 200], [6, "Xã Phú Mãn", 2, 200]]],
    ["one name repeated, then a new one", [[5, "Xã Phú Mãn", 2, 200], [6, "Xã Tuyết Nghĩa", 2, 200]]],
    ["a total row after the gap", [[null, "Cộng", 12, 1200], [null, "Tổng cộng", 12, 1200]]],
  ] as const)("%s: not another table", (_label, after) => {
    const rows = [...NO_TOTAL, ...blank(1), ...after.map((row) => [...row])];
    const block = findTableBlock(sheetGrid(sheet("Phân bổ", rows)));
    expect(block.next).toBeUndefined();
    expect(block.bodyEnd).toBe(rows.length - 1);
  });
});

describe("a long table with blank rows inside it is not cut", () => {
  const district = (stt: string, name: string, marks: CellValue[] = [null, null]): CellValue[] => [stt, name, ...marks];
  const CASES: ReadonlyArray<readonly [string, CellValue[][]]> = [
    ["a blank row, then the next district's heading", [district("I", "Huyện Quốc Oai"), [1, "Xã Phú Mãn", 3, 300], [2, "Xã Đông Xuân", 3, 300], ...blank(1), district("II", "Huyện Mỹ Đức"), [3, "Xã An Phú", 3, 300], [4, "Xã Hợp Tiến", 3, 300]]],
    ["two blank rows, then a district heading with marks in its value cells", [district("I", "Huyện Quốc Oai"), [1, "Xã Phú Mãn", 3, 300], [2, "Xã Đông Xuân", 3, 300], ...blank(2), district("II", "Huyện Mỹ Đức", ["x", "-"]), [3, "Xã An Phú", 3, 300], [4, "Xã Hợp Tiến", 3, 300]]],
    ["a blank row, then a commune", [[1, "Xã Phú Mãn", 3, 300], [2, "Xã Đông Xuân", 3, 300], ...blank(1), [3, "Xã An Phú", 3, 300], [4, "Xã Hợp Tiến", 3, 300]]],
    ["a blank row, then a district heading with the same mark in its value cells", [district("I", "Huyện Quốc Oai"), [1, "Xã Phú Mãn", 3, 300], [2, "Xã Đông Xuân", 3, 300], ...blank(1), district("II", "Huyện Mỹ Đức", ["chưa giao", "chưa giao"]), [3, "Xã An Phú", 3, 300], [4, "Xã Hợp Tiến", 3, 300]]],
    ["a blank row, then a district heading with a note beside it", [district("I", "Huyện Quốc Oai"), [1, "Xã Phú Mãn", 3, 300], [2, "Xã Đông Xuân", 3, 300], ...blank(1), district("II", "Huyện Mỹ Đức", ["(các xã khu vực III)", null]), [3, "Xã An Phú", 3, 300], [4, "Xã Hợp Tiến", 3, 300]]],
    ["a blank row, a district heading, a blank row, then its communes", [district("I", "Huyện Quốc Oai"), [1, "Xã Phú Mãn", 3, 300], [2, "Xã Đông Xuân", 3, 300], ...blank(1), district("II", "Huyện Mỹ Đức"), ...blank(1), [3, "Xã An Phú", 3, 300], [4, "Xã Hợp Tiến", 3, 300]]],
  ];
  test.each(CASES)("%s: every commune read, no second table", (_label, body) => {
    const rows = [FIRST[0], HEADER, ...body, ...blank(1), ["Người lập biểu", null, "Thủ trưởng đơn vị", null]];
    const block = findTableBlock(sheetGrid(sheet("Phân bổ", rows)));
    expect(block.next).toBeUndefined();
    expect(block.bodyEnd).toBe(rows.length - 3);
    const got = report(rows);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([
      ["1", 12],
      ["2", 1200e6],
    ]);
    // (An `x` in a district's value cells is text where a number belongs: its own invalid-value finding.)
    expect(got.findings.filter((f) => ["second-table", "coverage", "ceiling", "duplicate", "subtotal"].includes(f.rule))).toEqual([]);
    expect(got.reading.ignored).toEqual([]);
  });

  test("a district heading, then a sub-heading in two cells (`Khu vực I | Các xã vùng khó khăn`) over numbered communes: no second table", () => {
    const rows = [FIRST[0], HEADER, [1, "Xã Phú Mãn", 3, 300], [2, "Xã Đông Xuân", 3, 300], ...blank(2), district("II", "Huyện Mỹ Đức"), ["Khu vực I", "Các xã vùng khó khăn", null, null], [3, "Xã An Phú", 3, 300], [4, "Xã Hợp Tiến", 3, 300]];
    const block = findTableBlock(sheetGrid(sheet("Phân bổ", rows)));
    expect(block.next).toBeUndefined();
    expect(block.bodyEnd).toBe(rows.length - 1);
  });

  test("a district heading with a note, then a sub-heading in two cells over numbered communes: no second table", () => {
    const rows = [FIRST[0], HEADER, [1, "Xã Phú Mãn", 3, 300], [2, "Xã Đông Xuân", 3, 300], ...blank(1), district("II", "Huyện Mỹ Đức", ["(xã khu vực III)", null]), ["Khu vực I", "Các xã vùng khó khăn", null, null], [3, "Xã An Phú", 3, 300], [4, "Xã Hợp Tiến", 3, 300]];
    const block = findTableBlock(sheetGrid(sheet("Phân bổ", rows)));
    expect(block.next).toBeUndefined();
    expect(block.bodyEnd).toBe(rows.length - 1);
  });

  test("notes and signatures after three blank rows are no second table", () => {
    const rows = [...FIRST, ...blank(3), ["Ghi chú: số liệu tạm tính"], ["Người lập biểu", null, "Thủ trưởng đơn vị"]];
    expect(findTableBlock(sheetGrid(sheet("Phân bổ", rows))).next).toBeUndefined();
  });
});

describe("a narrower second table of its own shape, under its title, is a second table too", () => {
  const WIDE_PLAN = planOf(
    [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
      { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 8 },
      { code: "3", name: "Câu lạc bộ", unit: "CLB", target: 4 },
      { code: "4", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
    ],
    { "Quốc Oai": ["Phú Mãn", "Đông Xuân"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] },
  );
  const WIDE: CellValue[][] = [
    ["BIỂU PHÂN BỔ KINH PHÍ NĂM 2025"],
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy", "Câu lạc bộ", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", 12, 8, 4, 1200],
    [1, "Xã Phú Mãn", 3, 2, 1, 300],
    [2, "Xã Đông Xuân", 3, 2, 1, 300],
    [3, "Xã An Phú", 3, 2, 1, 300],
    [4, "Xã Hợp Tiến", 3, 2, 1, 300],
  ];
  const CASES: ReadonlyArray<readonly [string, CellValue[][], { col: number; text: string } | null]> = [
    ["`STT | Nội dung | Số tiền` under a title", [["BẢNG THEO DÕI GIẢI NGÂN"], ["STT", "Nội dung", "Số tiền"], [1, "Đợt 1", 500], [2, "Đợt 2", 700]], { col: 0, text: "BẢNG THEO DÕI GIẢI NGÂN" }],
    ["`TT | Hoạt động | Kinh phí` under a title in column B", [[null, "Chi tiết hoạt động"], ["TT", "Hoạt động", "Kinh phí"], [1, "Tập huấn", 600]], { col: 1, text: "Chi tiết hoạt động" }],
    ["`STT | Nội dung | Số tiền` right after the gap, no title", [["STT", "Nội dung", "Số tiền"], [1, "Tập huấn", 500], [2, "Truyền thông", 700]], { col: 0, text: "STT" }],
    ["`TT | Hoạt động | Kinh phí | Ghi chú` in columns B–E, no title", [[null, "TT", "Hoạt động", "Kinh phí", "Ghi chú"], [null, 1, "Tập huấn", 600, "Quý I"]], { col: 1, text: "TT" }],
    ["`Nội dung | Số tiền (triệu đồng)`, no title, no STT", [["Nội dung", "Số tiền (triệu đồng)"], ["Tập huấn", 500], ["Truyền thông", 700]], { col: 0, text: "Nội dung" }],
    ["a two-row header, no title: `Kinh phí` merged over `Tổng | NSTW`", [["STT", "Nội dung", "Kinh phí"], [null, null, "Tổng", "NSTW"], [1, "Tập huấn", 500, 400]], { col: 0, text: "STT" }],
    ["a two-row header under a title", [["BẢNG 2"], ["STT", "Nội dung", "Kinh phí"], [null, null, "Tổng", "NSTW"], [1, "Tập huấn", 500, 400]], { col: 0, text: "BẢNG 2" }],
    ["a title, its unit note (`ĐVT: triệu đồng`) in the last column, then its header", [["BẢNG 2: CHI TIẾT KINH PHÍ"], [null, null, null, "ĐVT: triệu đồng"], ["STT", "Nội dung", "Số tiền"], [1, "Tập huấn", 500]], { col: 0, text: "BẢNG 2: CHI TIẾT KINH PHÍ" }],
    ["a signature block under a date line (no numbers under it)", [[null, null, null, "Hà Nội, ngày 15 tháng 3 năm 2024"], ["Người lập biểu", null, "Kế toán", "Thủ trưởng đơn vị"], ["(Ký, ghi rõ họ tên)", null, "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"]], null],
  ];
  describe.each(CASES)("%s", (_label, second, start) => {
    test.each([1, 2])("after %i blank row(s)", (gap) => {
      const rows = [...WIDE, ...blank(gap), ...second];
      const block = findTableBlock(sheetGrid(sheet("Phân bổ", rows)));
      expect(block.bodyEnd).toBe(6);
      expect(block.next).toEqual(start === null ? undefined : { row: 7 + gap, col: start.col, text: start.text });
      const json: unknown = toJsonReport(checkWorkbook(workbookOf(rows), { plan: WIDE_PLAN, workbookName: "x.xlsx" }).report, "en");
      const got = (typeof json === "string" ? JSON.parse(json) : json) as ReturnType<typeof report>;
      expect(got.reading.table).toBe("A2:F7");
      expect(got.reading.areas.map((a) => a.at)).toEqual(["3", "4", "5", "6", "7"]);
      const cell = start === null ? null : `${String.fromCharCode(65 + start.col)}${8 + gap}`;
      expect(got.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual(cell === null ? [] : [["second-table", "info", cell]]);
    });
  });
});

describe("a second table right under the last row, with no blank row between, opens with a lone title over its header", () => {
  const CASES: ReadonlyArray<readonly [string, CellValue[][], { col: number; text: string } | null, number]> = [
    ["`BẢNG 2: CHI TIẾT KINH PHÍ` over `STT | Nội dung | Số tiền`", [["BẢNG 2: CHI TIẾT KINH PHÍ"], ["STT", "Nội dung", "Số tiền"], [1, "Tập huấn", 500], [2, "Truyền thông", 700]], { col: 0, text: "BẢNG 2: CHI TIẾT KINH PHÍ" }, 6],
    ["a title in column B over the same header (a copy for the next year)", [[null, "PHÂN BỔ NĂM 2026"], HEADER, [1, "Xã Phú Mãn", 4, 400]], { col: 1, text: "PHÂN BỔ NĂM 2026" }, 6],
    ["a title over a numbering row", [["Phụ lục 2"], ["(1)", "(2)", "(3)", "(4)"], [1, "Xã Phú Mãn", 4, 400]], { col: 0, text: "Phụ lục 2" }, 6],
    ["`STT | Nội dung | Số tiền` with no title", [["STT", "Nội dung", "Số tiền"], [1, "Tập huấn", 500], [2, "Truyền thông", 700]], { col: 0, text: "STT" }, 6],
    ["a district heading with a note in a value column is no new table", [["II", "Huyện Mỹ Đức", "(chưa giao)", null], [5, "Xã Hòa Xá", 0, 0]], null, 8],
    ["a district heading over its communes is no new table", [["Huyện Mỹ Đức"], [5, "Xã Hòa Xá", 0, 0]], null, 8],
    ["a district heading, then a sub-heading in two cells, then communes", [[null, "Huyện Mỹ Đức"], ["Khu vực I", "Các xã vùng khó khăn", null, null], [5, "Xã Hòa Xá", 0, 0]], null, 9],
    ["a note over a signature block", [["Ghi chú: số liệu tạm tính"], ["Người lập biểu", null, "Thủ trưởng đơn vị"]], null, 6],
  ];
  test.each(CASES)("%s", (_label, second, start, bodyEnd) => {
    const block = findTableBlock(sheetGrid(sheet("Phân bổ", [...FIRST, ...second])));
    expect(block.next).toEqual(start === null ? undefined : { row: 7, col: start.col, text: start.text });
    expect(block.bodyEnd).toBe(bodyEnd);
  });
});

/**
 * A sheet of two tables for the same communes, the counts first (`Biểu 1`) and
 * the money below (`Biểu 2`): only the first is read, so the reading names the
 * plan lines the second holds and the first lacks, and where it starts.
 */
describe("a second table holding plan lines the table read lacks", () => {
  const counts: CellValue[][] = [["BIỂU 1: PHÂN BỔ CHỈ TIÊU"], ["STT", "Địa bàn", "Tổ truyền thông cộng đồng"], [null, "Tổng cộng", 12], [1, "Xã Phú Mãn", 3], [2, "Xã Đông Xuân", 3], [3, "Xã An Phú", 3], [4, "Xã Hợp Tiến", 3]];
  const money: CellValue[][] = [["BIỂU 2: PHÂN BỔ KINH PHÍ"], ["STT", "Địa bàn", "Kinh phí hỗ trợ (triệu đồng)"], [null, "Tổng cộng", 1200], [1, "Xã Phú Mãn", 300], [2, "Xã Đông Xuân", 300], [3, "Xã An Phú", 300], [4, "Xã Hợp Tiến", 300]];
  const log: CellValue[][] = [["BẢNG THEO DÕI GIẢI NGÂN"], ["STT", "Nội dung", "Số tiền"], [1, "Đợt 1", 500], [2, "Đợt 2", 700]];
  test.each<[string, CellValue[][], CellValue[][], string | null]>([
    ["the money below the counts", counts, money, "từ dòng 10 (\"BIỂU 2: PHÂN BỔ KINH PHÍ\"), có chỉ tiêu mã 2"],
    ["a disbursement log below the counts: no plan line there", counts, log, null],
    ["a copy of the whole table below it: nothing unchecked", FIRST, [["PHÂN BỔ NĂM 2026"], HEADER, [1, "Xã Phú Mãn", 4, 400]], null],
  ])("%s", (_name, first, second, said) => {
    const data: WorkbookData = { sheets: [sheet("Phân bổ", [...first, ...blank(2), ...second])] };
    const report = toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
    const reasons = report.reading!.confidence.reasons.filter((reason) => reason.includes("Bảng thứ hai"));
    if (said === null) expect(reasons).toEqual([]);
    else {
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toContain(said);
      expect(report.reading!.confidence.level).toBe("low");
    }
    expect(report.findings.filter((f) => f.rule === "second-table").map((f) => [f.cell, f.severity])).toEqual([["A10", said === null ? "info" : "warning"]]);
    // One cause, one finding: the lines the second table holds are not told again as lines with no column.
    if (said !== null) expect(report.findings.filter((f) => f.rule === "unmapped")).toEqual([]);
  });

  test("a money line split in parts, the parts held by the second table: one warning at it, naming them", () => {
    const plan = planOf([
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
      { code: "KP", name: "Kinh phí", unit: "triệu đồng", target: 1500 },
      { code: "KP.1", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 1200 },
      { code: "KP.2", name: "Kinh phí quản lý", unit: "triệu đồng", target: 300 },
    ]);
    const parts: CellValue[][] = [
      ["BIỂU 2: PHÂN BỔ KINH PHÍ"],
      ["STT", "Địa bàn", "Kinh phí truyền thông", "Kinh phí quản lý"],
      [null, "Tổng cộng", 1200, 300],
      [1, "Xã Phú Mãn", 300, 75],
      [2, "Xã Đông Xuân", 300, 75],
      [3, "Xã An Phú", 300, 75],
      [4, "Xã Hợp Tiến", 300, 75],
    ];
    const data: WorkbookData = { sheets: [sheet("Phân bổ", [...counts, ...blank(2), ...parts])] };
    const report = toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report);
    expect(report.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["second-table", "warning", "A10"]]);
    expect(report.findings[0].message).toContain("KP.1, KP.2");
    expect(report.indicators.filter((i) => i.status === "unmapped").map((i) => i.code)).toEqual(["KP", "KP.1", "KP.2"]);
    // The reading says it once too: no second reason counting the same lines as lines with no column.
    expect(report.reading!.confidence.reasons.filter((reason) => reason.includes("không tìm thấy cột"))).toEqual([]);
  });
});
