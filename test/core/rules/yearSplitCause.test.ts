/**
 * One cause, one finding on a money line the sheet splits by year
 * (`Kinh phí hỗ trợ | Năm 2026 | Năm 2027 | Năm 2028`, with or without a
 * `Tổng số` column before the years): a commune's 2027 figure typed 3 for 30.
 * Whatever the sheet types or sums (the row totals, the districts' totals,
 * the grand total), one finding, at the cell the arithmetic points to: the
 * commune's own cell where its typed row total and its district's typed
 * total both name it, else the lowest typed total the gap shows at, else the
 * plan comparison.
 */
import { checkWorkbook } from "../../../src/core/check";
import { columnLetters } from "../../../src/core/model/address";
import { sheet } from "../layout/sheetBuilder";
import { formulaSheet, type Typed } from "./formulaSheet";

type How = "typed" | "formula";
interface Shape {
  /** The line's `Tổng số` column before the years: none, typed, or a SUM of the row's years. */
  readonly rowTotal: "none" | How;
  readonly districts: How;
  readonly grand: How;
}

/** Two districts of three communes: tổ, địa chỉ, then 2026, 2027, 2028 (triệu đồng). */
const COMMUNES: readonly (readonly [string, readonly number[]])[][] = [
  [["Thiên Lộc", [1, 2, 40, 45, 50]], ["Gia Hanh", [1, 3, 35, 40, 45]], ["Thường Nga", [1, 2, 30, 35, 40]]],
  [["Phúc Trạch", [1, 2, 45, 50, 55]], ["Hương Trà", [1, 3, 25, 30, 35]], ["Hà Linh", [1, 2, 50, 55, 60]]],
];

const YEARS = ["Năm 2026", "Năm 2027", "Năm 2028"];

/** The workbook with Hương Trà's 2027 figure typed `typed` (30 planned), the parts headed `parts`; the cell addresses a finding may sit at. */
function yearSheet(shape: Shape, typed = 3, parts: readonly string[] = YEARS) {
  const withTotal = shape.rowTotal !== "none";
  // Columns: A STT, B Đơn vị, C tổ, D địa chỉ, [E Tổng số], then the years.
  const first = withTotal ? 5 : 4;
  const width = first + 3;
  const planned = COMMUNES.map((d) => d.map(([, v]) => v));
  const rowFigures = (v: readonly number[]) => [v[0], v[1], ...(withTotal ? [v[2] + v[3] + v[4]] : []), v[2], v[3], v[4]];
  const rows: Typed[][] = [["BIỂU PHÂN BỔ GIAI ĐOẠN 2026 - 2028"], [...Array.from({ length: width - 1 }, () => null), "ĐVT: triệu đồng"]];
  rows.push(["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy (địa chỉ)", "Kinh phí hỗ trợ", ...Array.from({ length: width - 5 }, () => null)]);
  rows.push([null, null, null, null, ...(withTotal ? ["Tổng số"] : []), ...parts]);
  const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", `E3:${columnLetters(width - 1)}3`];
  const districtRows: number[] = [];
  COMMUNES.forEach((communes, d) => {
    const r = rows.length + 1;
    districtRows.push(r);
    const row: Typed[] = [["I", "II"][d], `Huyện ${["Can Lộc", "Hương Khê"][d]}`];
    for (let c = 2; c < width; c++) {
      const col = columnLetters(c);
      row.push(shape.districts === "formula" ? `=SUM(${col}${r + 1}:${col}${r + communes.length})` : planned[d].map(rowFigures).reduce((s, v) => s + v[c - 2], 0));
    }
    rows.push(row);
    communes.forEach(([name, values], c) => {
      const typo = d === 1 && c === 1;
      const figures = rowFigures(typo ? [values[0], values[1], values[2], typed, values[4]] : values).map((v): Typed => v);
      if (withTotal) figures[2] = shape.rowTotal === "formula" ? `=SUM(${columnLetters(first)}${rows.length + 1}:${columnLetters(first + 2)}${rows.length + 1})` : rowFigures(values)[2];
      rows.push([c + 1, `Xã ${name}`, ...figures]);
    });
  });
  const grandRow = rows.length + 1;
  const grand: Typed[] = [null, "Tổng cộng"];
  for (let c = 2; c < width; c++) {
    const col = columnLetters(c);
    grand.push(shape.grand === "formula" ? `=${districtRows.map((r) => `${col}${r}`).join("+")}` : planned.flat().map(rowFigures).reduce((s, v) => s + v[c - 2], 0));
  }
  rows.push(grand);
  const totals = planned.flat().reduce((s, v) => s.map((x, i) => x + v[i]), [0, 0, 0, 0, 0]);
  const plan = sheet("Kế hoạch", [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", totals[0]],
    ["2", "Địa chỉ tin cậy", "địa chỉ", totals[1]],
    ["3", "Kinh phí hỗ trợ", "triệu đồng", totals[2] + totals[3] + totals[4]],
  ]);
  const year2027 = columnLetters(first + 1);
  const where = {
    commune: `${year2027}${districtRows[1] + 2}`,
    communeTotal: `E${districtRows[1] + 2}`,
    district: `${year2027}${districtRows[1]}`,
    grandYear: `${year2027}${grandRow}`,
    plan: `E${grandRow}`,
  };
  return { sheets: [plan, formulaSheet("Phân bổ", rows, merges)], where };
}

type Where = keyof ReturnType<typeof yearSheet>["where"];
const CASES: readonly [Shape, Where][] = [
  [{ rowTotal: "none", districts: "typed", grand: "typed" }, "district"],
  [{ rowTotal: "none", districts: "typed", grand: "formula" }, "district"],
  [{ rowTotal: "none", districts: "formula", grand: "typed" }, "grandYear"],
  [{ rowTotal: "none", districts: "formula", grand: "formula" }, "plan"],
  [{ rowTotal: "formula", districts: "typed", grand: "typed" }, "district"],
  [{ rowTotal: "formula", districts: "typed", grand: "formula" }, "district"],
  [{ rowTotal: "formula", districts: "formula", grand: "typed" }, "grandYear"],
  [{ rowTotal: "formula", districts: "formula", grand: "formula" }, "plan"],
  [{ rowTotal: "typed", districts: "typed", grand: "typed" }, "commune"],
  [{ rowTotal: "typed", districts: "typed", grand: "formula" }, "commune"],
  [{ rowTotal: "typed", districts: "formula", grand: "formula" }, "communeTotal"],
];

test.each(CASES.map(([shape, where]) => [JSON.stringify(shape), shape, where] as const))("a year's figure mistyped (%s): one finding, at its place", (_name, shape, where) => {
  const { sheets, where: cells } = yearSheet(shape);
  const findings = checkWorkbook({ sheets }, { workbookName: "t.xlsx" }).report.findings;
  expect(findings.map((f) => f.cell)).toEqual([cells[where]]);
});

const SHAPES = (["none", "typed", "formula"] as const).flatMap((rowTotal) =>
  (["typed", "formula"] as const).flatMap((districts) => (["typed", "formula"] as const).map((grand): Shape => ({ rowTotal, districts, grand }))),
);
test.each(SHAPES.map((shape) => [JSON.stringify(shape), shape] as const))("the clean sheet (%s) tells nothing", (_name, shape) => {
  const { sheets } = yearSheet(shape, 30);
  expect(checkWorkbook({ sheets }, { workbookName: "t.xlsx" }).report.findings.map((f) => [f.rule, f.cell])).toEqual([]);
});

// The district's typed Tổng số is off with the communes' SUMs over their years, not added up from the year's subtotal.
test("a typed Tổng số off along with the year's subtotal is not said to be its formula", () => {
  const { sheets } = yearSheet({ rowTotal: "formula", districts: "typed", grand: "formula" });
  const [finding] = checkWorkbook({ sheets }, { workbookName: "t.xlsx" }).report.findings;
  expect(finding.message.vi).not.toContain("được cộng từ ô này qua công thức");
  expect(finding.message.vi).toContain("lệch đúng cùng số này");
});

// Row SUMs and district SUMs under a typed grand total: the grand Tổng số is off only through the year's cells, so the
// year's grand cell is the one finding, naming the Tổng số beside it and the plan comparison.
test("the grand Tổng số off with the year's grand cell is named there, not told again", () => {
  const { sheets, where } = yearSheet({ rowTotal: "formula", districts: "formula", grand: "typed" });
  const [finding] = checkWorkbook({ sheets }, { workbookName: "t.xlsx" }).report.findings;
  expect(finding.message.vi).toContain(`(${where.plan}) lệch đúng cùng số này`);
  expect(finding.message.en).toContain(`(${where.plan}) is off by the same figure`);
  expect(finding.message.vi).toContain(`so với kế hoạch (${where.plan})`);
});

// The plan line compared with its parts' sum (no Tổng số column): the message says what the parts are.
const SPLITS: readonly [string, readonly string[], string, string][] = [
  ["years", YEARS, "chia theo năm", "split by year"],
  ["funding sources", ["Ngân sách trung ương", "Ngân sách địa phương", "Nguồn vốn khác"], "chia theo nguồn vốn", "split by funding source"],
];
test.each(SPLITS)("a line split by %s with no total of its own says so", (_name, parts, vi, en) => {
  const { sheets } = yearSheet({ rowTotal: "none", districts: "formula", grand: "formula" }, 3, parts);
  const findings = checkWorkbook({ sheets }, { workbookName: "t.xlsx" }).report.findings;
  expect(findings.map((f) => f.rule)).toEqual(["ceiling"]);
  expect(findings[0].message.vi).toContain(`Chỉ tiêu ${vi}, không có cột tổng riêng`);
  expect(findings[0].message.en).toContain(`The line is ${en} with no total of its own`);
});
