/**
 * One cause, one finding under a district's typed subtotal that disagrees
 * with its communes where no row check names the cell (`leafCause`): a
 * formula total line over the district's parts is told with the part; a
 * commune off its quota by the district's gap (or the line's) is the cell; a district whose
 * typed figure and the grand total agree with the plan is the one finding
 * (the ceiling, off by the same amount, is let go and named in it, with the
 * commune cells and what they add up to against the plan).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { PARENT_LINE_HEADER as HEADER, PARENT_LINE_PLAN as PLAN } from "./parentLinePlan";

type Row = CellValue[];
/** Tổng cộng, two districts of two communes; Xã Ba Trại's Kinh phí truyền thông typed 170 for 150. */
const ROWS: Row[] = [
  [null, "Tổng cộng", 1200, 600, 600],
  ["I", "Huyện Ba Vì", 600, 300, 300],
  [1, "Xã Ba Trại", 320, 170, 150],
  [2, "Xã Tản Lĩnh", 300, 150, 150],
  ["II", "Huyện Quốc Oai", 600, 300, 300],
  [1, "Xã Sài Sơn", 300, 150, 150],
  [2, "Xã Cấn Hữu", 300, 150, 150],
];

function check(plan: Row[], header: Row, rows: Row[], formulaRows: number[] = []) {
  const formulas: (string | null)[][] = [];
  for (const row of formulaRows) {
    formulas[row - 1] = [];
    formulas[row - 1][2] = `D${row}+E${row}`;
  }
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: plan },
    { name: "Phân bổ", merges: [], values: [header, ...rows], formulas },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
}
const cells = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.rule} ${f.cell}`).sort();

describe("a district's typed subtotal off its communes, no row check naming the cell", () => {
  test("a formula Tổng kinh phí in every row: the district's cell of it is told with the part it follows", () => {
    const findings = check(PLAN, HEADER, ROWS, [2, 3, 4, 5, 6, 7, 8]);
    expect(cells(findings)).toEqual(["subtotal D3"]);
    const d3 = findings.find((f) => f.cell === "D3");
    expect(d3?.message.vi).toEqual(expect.stringContaining("(C3) được cộng từ ô này qua công thức"));
    expect(d3?.message.en).toEqual(expect.stringContaining("(C3) is added up from this cell through formulas"));
    // The subtotal and the grand total agree with the plan: the commune cells are named, and what comes right with them.
    expect(d3?.message.vi).toEqual(expect.stringContaining("Huyện Ba Vì (D4:D5) ghi thừa 20 triệu đồng (không số liệu nào của bảng hay kế hoạch cho biết là ô nào)"));
    expect(d3?.message.en).toEqual(expect.stringContaining("Huyện Ba Vì (D4:D5) holds too much by 20 million VND (no figure of the sheet or the plan tells which)"));
    // The plan comparisons of the part and of the Tổng kinh phí that follows it: let go, told in D3.
    for (const cell of ["C2", "D2"]) {
      expect(d3?.message.vi).toEqual(expect.stringContaining(`Tính từ các địa bàn, so với kế hoạch (${cell}): Tổng phân bổ`));
      expect(d3?.message.en).toEqual(expect.stringContaining(`Counted from the areas, against the plan (${cell}): Allocated`));
    }
  });

  test.each([
    // The grand total and the district agree with the plan: a commune or the district — told once, at the district, naming the ceiling.
    ["grand total shows the plan", 300, 600, ["subtotal C3"], true],
    // The grand total adds up the communes: the district's subtotal is the wrong figure, the plan is off on its own.
    ["grand total from the communes", 300, 620, ["ceiling C2", "subtotal C3"], false],
  ])("one money line, no total line: %s", (_name, district, grand, expected, named) => {
    const plan = [PLAN[0], ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600]];
    const rows: Row[] = [
      [null, "Tổng cộng", grand],
      ["I", "Huyện Ba Vì", district],
      [1, "Xã Ba Trại", 170],
      [2, "Xã Tản Lĩnh", 150],
      ["II", "Huyện Quốc Oai", 300],
      [1, "Xã Sài Sơn", 150],
      [2, "Xã Cấn Hữu", 150],
    ];
    const findings = check(plan, ["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)"], rows);
    expect(cells(findings)).toEqual(expected);
    const subtotal = findings.find((f) => f.rule === "subtotal");
    expect(subtotal?.message.vi.includes("nếu ô cộng đúng thì một ô của các địa bàn thuộc Huyện Ba Vì (C4:C5)")).toBe(named);
    expect(subtotal?.message.en.includes("if the subtotal is right, one cell of the areas of Huyện Ba Vì (C4:C5)")).toBe(named);
    expect(subtotal?.message.vi.includes("Tính từ các địa bàn, so với kế hoạch (C2): Tổng phân bổ 620 triệu đồng vượt kế hoạch 600 triệu đồng")).toBe(named);
  });

  test.each<[string, Row[], string[]]>([
    // Ba Vì's only commune: the commune or the subtotal, told once at the subtotal, the ceiling named in it.
    ["a district of one commune", [[null, "Tổng cộng", 600], ["I", "Huyện Ba Vì", 150], [1, "Xã Ba Trại", 170], ["II", "Huyện Quốc Oai", 450], [1, "Xã Sài Sơn", 150], [2, "Xã Cấn Hữu", 150], [3, "Xã Đại Thành", 150]], ["subtotal C3"]],
    // Two communes could each be the one: the district is told, naming the commune cells and the ceiling.
    ["two communes that could each be the one", [[null, "Tổng cộng", 600], ["I", "Huyện Ba Vì", 300], [1, "Xã Ba Trại", 170], [2, "Xã Tản Lĩnh", 150], ["II", "Huyện Quốc Oai", 300], [1, "Xã Sài Sơn", 150], [2, "Xã Cấn Hữu", 150]], ["subtotal C3"]],
    // Two districts off whose gaps together make the line's: both told, each naming the ceiling.
    ["two districts off", [[null, "Tổng cộng", 600], ["I", "Huyện Ba Vì", 150], [1, "Xã Ba Trại", 170], ["II", "Huyện Quốc Oai", 450], [1, "Xã Sài Sơn", 160], [2, "Xã Cấn Hữu", 150], [3, "Xã Đại Thành", 150]], ["subtotal C3", "subtotal C5"]],
  ])("typed subtotals and grand total on the plan, a commune or the district off: %s", (_name, rows, expected) => {
    const plan = [PLAN[0], ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600]];
    const findings = check(plan, ["STT", "Đơn vị", "Kinh phí truyền thông (triệu đồng)"], rows);
    expect(cells(findings)).toEqual(expected);
    expect(findings.find((f) => f.cell === "C3")?.message.vi).toEqual(expect.stringContaining("Huyện Ba Vì (C4"));
  });

  test("a commune off its quota by the district's gap: the district's subtotal told in the quota finding", () => {
    const plan = [
      ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Định mức"],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2],
    ];
    const rows: Row[] = [
      [null, "Tổng cộng", 8],
      ["I", "Huyện Ba Vì", 4],
      [1, "Xã Ba Trại", 3],
      [2, "Xã Tản Lĩnh", 2],
      ["II", "Huyện Quốc Oai", 4],
      [1, "Xã Sài Sơn", 2],
      [2, "Xã Cấn Hữu", 2],
    ];
    const findings = check(plan, ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)"], rows);
    expect(cells(findings)).toEqual(["quota C4"]);
    const quota = findings.find((f) => f.rule === "quota");
    expect(quota?.message.vi).toEqual(expect.stringContaining("Huyện Ba Vì (C3)"));
    expect(quota?.message.en).toEqual(expect.stringContaining("Huyện Ba Vì (C3)"));
    // The subtotal and the plan comparison that come right with the cell, named in one sentence.
    expect(quota?.message.vi.split("Sửa ô này thì").length).toBe(2);
    expect(quota?.message.en).toEqual(expect.stringContaining("Huyện Ba Vì (C3) and the allocated total of Tổ truyền thông cộng đồng against the plan (C2) right"));
  });

  test("every total a formula: a commune off its quota is the one finding, naming the ceiling it puts off", () => {
    const plan = [
      ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Định mức"],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 8, 2],
    ];
    const rows: Row[] = [
      [null, "Tổng cộng", 9],
      ["I", "Huyện Ba Vì", 5],
      [1, "Xã Ba Trại", 3],
      [2, "Xã Tản Lĩnh", 2],
      ["II", "Huyện Quốc Oai", 4],
      [1, "Xã Sài Sơn", 2],
      [2, "Xã Cấn Hữu", 2],
    ];
    const formulas: (string | null)[][] = [[], [null, null, "C3+C6"], [null, null, "SUM(C4:C5)"], [], [], [null, null, "SUM(C7:C8)"]];
    const sheets: SheetData[] = [
      { name: "Kế hoạch", merges: [], values: plan },
      { name: "Phân bổ", merges: [], values: [["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)"], ...rows], formulas },
    ];
    const findings = checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
    expect(cells(findings)).toEqual(["quota C4"]);
    const quota = findings.find((f) => f.rule === "quota");
    expect(quota?.message.vi).toEqual(expect.stringContaining("tổng phân bổ của Tổ truyền thông cộng đồng so với kế hoạch (C2) cũng khớp"));
    expect(quota?.message.en).toEqual(expect.stringContaining("the allocated total of Tổ truyền thông cộng đồng against the plan (C2) right"));
  });

  test.each([
    // The district and the grand total show the plan: the error cell held the district's remainder; the ceiling is the same cause.
    ["grand total shows the plan", 600, ["invalid-value E5"], true],
    // The grand total adds up the communes as counted (the error as 0): the plan is off on its own.
    ["grand total from the communes", 450, ["ceiling E2", "invalid-value E5", "subtotal E2"], false],
  ])("a #REF! under a typed district subtotal: %s", (_name, grand, expected, named) => {
    const rows: Row[] = [
      [null, "Tổng cộng", 1200, 600, grand],
      ["I", "Huyện Ba Vì", 600, 300, 300],
      [1, "Xã Ba Trại", 300, 150, 150],
      [2, "Xã Tản Lĩnh", 300, 150, { error: "#REF!" }],
      ["II", "Huyện Quốc Oai", 600, 300, 300],
      [1, "Xã Sài Sơn", 300, 150, 150],
      [2, "Xã Cấn Hữu", 300, 150, 150],
    ];
    const findings = check(PLAN, HEADER, rows);
    expect(cells(findings)).toEqual(expected);
    const error = findings.find((f) => f.rule === "invalid-value");
    expect(error?.message.vi.includes("Theo Kinh phí tập huấn của Huyện Ba Vì (E3), ô này là 150 triệu đồng")).toBe(named);
    expect(error?.message.en.includes("this cell is 150 million VND; entering that figure also puts the allocated total of Kinh phí tập huấn against the plan (E2) right")).toBe(named);
  });

  test.each<[string, CellValue, number, string[], string]>([
    // A sign typed by mistake: the district's subtotal (and the grand total, on the plan) give the figure; one finding.
    ["a negative number", -150, 600, ["invalid-value C5"], "ô này là 150 triệu đồng; ghi lại số đó thì Kinh phí tập huấn (triệu đồng) của Huyện Ba Vì (C3) và tổng phân bổ của Kinh phí tập huấn so với kế hoạch (C2) cũng khớp"],
    // The grand total adds up the districts' figures: the plan comparison is off on its own, the district's subtotal is this cell's.
    ["a negative number, the grand total off the plan", -150, 620, ["ceiling C2", "invalid-value C5", "subtotal C2"], "ô này là 150 triệu đồng; ghi lại số đó thì Kinh phí tập huấn (triệu đồng) của Huyện Ba Vì (C3) cũng khớp"],
    ["a count's fraction", 1.5, 600, ["invalid-value C5"], "ô này là 150 triệu đồng"],
    ["text that is no number", "một trăm năm mươi", 600, ["invalid-value C5"], "ô này là 150 triệu đồng; ghi lại số đó thì tổng phân bổ của Kinh phí tập huấn so với kế hoạch (C2) cũng khớp"],
  ])("an invalid figure under a typed district subtotal, no total line: %s", (_name, value, grand, expected, says) => {
    const fraction = typeof value === "number" && value > 0;
    const unit = fraction ? "tổ" : "triệu đồng";
    const plan = [PLAN[0], ["KP.2", "Kinh phí tập huấn", unit, 600]];
    const rows: Row[] = [
      [null, "Tổng cộng", grand],
      ["I", "Huyện Ba Vì", 300],
      [1, "Xã Ba Trại", 150],
      [2, "Xã Tản Lĩnh", value],
      ["II", "Huyện Quốc Oai", 300],
      [1, "Xã Sài Sơn", 150],
      [2, "Xã Cấn Hữu", 150],
    ];
    const findings = check(plan, ["STT", "Đơn vị", `Kinh phí tập huấn (${unit})`], rows);
    expect(cells(findings)).toEqual(expected);
    expect(findings.find((f) => f.rule === "invalid-value")?.message.vi).toEqual(expect.stringContaining(fraction ? says.replace("triệu đồng", "tổ") : says));
  });

  test("a negative number under a typed subtotal, another district's subtotal wrong: the typed grand total is right", () => {
    const plan = [PLAN[0], ["KP.2", "Kinh phí tập huấn", "triệu đồng", 600]];
    const rows: Row[] = [
      [null, "Tổng cộng", 600],
      ["I", "Huyện Ba Vì", 300],
      [1, "Xã Ba Trại", 150],
      [2, "Xã Tản Lĩnh", -150],
      ["II", "Huyện Quốc Oai", 310],
      [1, "Xã Sài Sơn", 150],
      [2, "Xã Cấn Hữu", 150],
    ];
    const findings = check(plan, ["STT", "Đơn vị", "Kinh phí tập huấn (triệu đồng)"], rows);
    expect(cells(findings)).toEqual(["invalid-value C5", "subtotal C6"]);
    expect(findings.find((f) => f.rule === "invalid-value")?.message.vi).toEqual(expect.stringContaining("Tổng cộng (C2)"));
  });

  test("two error values under one typed district subtotal: what they hold together is told in each, the ceiling let go", () => {
    const plan = [PLAN[0], ["KP.2", "Kinh phí tập huấn", "triệu đồng", 600]];
    const rows: Row[] = [
      [null, "Tổng cộng", 600],
      ["I", "Huyện Ba Vì", 300],
      [1, "Xã Ba Trại", { error: "#REF!" }],
      [2, "Xã Tản Lĩnh", { error: "#REF!" }],
      ["II", "Huyện Quốc Oai", 300],
      [1, "Xã Sài Sơn", 150],
      [2, "Xã Cấn Hữu", 150],
    ];
    const findings = check(plan, ["STT", "Đơn vị", "Kinh phí tập huấn (triệu đồng)"], rows);
    expect(cells(findings)).toEqual(["invalid-value C4", "invalid-value C5"]);
    for (const finding of findings) expect(finding.message.vi).toEqual(expect.stringContaining("các ô C4 và C5 cộng lại là 300 triệu đồng"));
  });

  test("typed district totals over communes whose Tổng kinh phí is a SUM along the row (one skipping a text number)", () => {
    const rows: Row[] = [
      [null, "Tổng cộng", 1200, 600, 600],
      ["I", "Huyện Ba Vì", 900, 450, 450],
      [1, "Xã Ba Trại", 150, "150", 150],
      [2, "Xã Tản Lĩnh", 300, 150, 150],
      [3, "Xã Cam Thượng", 320, 170, 150],
      ["II", "Huyện Quốc Oai", 300, 150, 150],
      [1, "Xã Sài Sơn", 300, 150, 150],
    ];
    const formulas: (string | null)[][] = [];
    for (const row of [4, 5, 6, 8]) formulas[row - 1] = [null, null, `SUM(D${row}:E${row})`];
    const sheets: SheetData[] = [
      { name: "Kế hoạch", merges: [], values: PLAN },
      { name: "Phân bổ", merges: [], values: [HEADER, ...rows], formulas },
    ];
    const findings = checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
    // The district's Tổng kinh phí (C3) is off only through its communes' formulas: told with D3, not on its own.
    expect(cells(findings)).toEqual(["ceiling C2", "ceiling D2", "subtotal D3", "text-number D4"]);
    const d3 = findings.find((f) => f.cell === "D3");
    // C3 is typed: off by the same figure through the communes' row formulas, not added up from D3.
    expect(d3?.message.vi).toEqual(expect.stringContaining("Tổng kinh phí (triệu đồng) của Huyện Ba Vì (C3) lệch đúng cùng số này"));
    expect(d3?.message.en).toEqual(expect.stringContaining("(C3) is off by the same figure"));
  });
});

describe("a wrong commune under a typed district subtotal that agrees with the plan, no quota to tell which", () => {
  const plan: Row[] = [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông", "tổ", 10],
  ];
  test.each<[string, Row[], string]>([
    [
      "a commune typed too high among two",
      [[null, "Tổng cộng", 10], ["I", "Huyện Ba Vì", 6], [1, "Xã Ba Trại", 5], [2, "Xã Tản Lĩnh", 3], ["II", "Huyện Quốc Oai", 4], [1, "Xã Sài Sơn", 4]],
      "một ô của các địa bàn thuộc Huyện Ba Vì (C4:C5) ghi thừa 2 tổ (không số liệu nào của bảng hay kế hoạch cho biết là ô nào) — sửa ô đó",
    ],
    [
      "a commune typed too low among two",
      [[null, "Tổng cộng", 10], ["I", "Huyện Ba Vì", 6], [1, "Xã Ba Trại", 1], [2, "Xã Tản Lĩnh", 3], ["II", "Huyện Quốc Oai", 4], [1, "Xã Sài Sơn", 4]],
      "một ô của các địa bàn thuộc Huyện Ba Vì (C4:C5) ghi thiếu 2 tổ (không số liệu nào của bảng hay kế hoạch cho biết là ô nào) — sửa ô đó",
    ],
  ])("%s: one finding at the subtotal, naming the ceiling; it says no figure tells which commune", (_name, rows, text) => {
    const findings = check(plan, ["STT", "Đơn vị", "Tổ truyền thông"], rows);
    expect(cells(findings)).toEqual(["subtotal C3"]);
    expect(findings.find((f) => f.cell === "C3")?.message.vi).toContain(text);
    expect(findings.find((f) => f.cell === "C3")?.message.vi).toContain("Tính từ các địa bàn, so với kế hoạch (C2): Tổng phân bổ");
  });
});
