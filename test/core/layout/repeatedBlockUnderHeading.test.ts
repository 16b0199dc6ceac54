/**
 * A heading row (`B. VỐN ĐẦU TƯ`, `NGUỒN VỐN SỰ NGHIỆP`) over rows naming
 * again the areas read above, with no blank row between, is never read
 * silently as more of the same table:
 * - under its own total row, as the first block has under its heading: a
 *   second table (another fund, another year), not read, said;
 * - without one: read on (two funds of one plan add up), said to be unsure,
 *   since a copy would count twice;
 * - under a period (`Năm 2025`, `Năm 2026`): the plan's years, nothing said.
 * A fund's title over the grand total row is the table's title, no area.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ],
  { "Quốc Oai": ["Phú Mãn", "Đông Xuân"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] },
);
const HEAD: CellValue[][] = [["BIỂU PHÂN BỔ"], ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"]];
const communes = (tổ: number, money: number): CellValue[][] => ["Xã Phú Mãn", "Xã Đông Xuân", "Xã An Phú", "Xã Hợp Tiến"].map((n, i) => [i + 1, n, tổ, money]);
const districts = (k: number): CellValue[][] => [
  ["I", "Huyện Quốc Oai", 6 * k, 600 * k],
  [1, "Xã Phú Mãn", 3 * k, 300 * k],
  [2, "Xã Đông Xuân", 3 * k, 300 * k],
  ["II", "Huyện Mỹ Đức", 6 * k, 600 * k],
  [1, "Xã An Phú", 3 * k, 300 * k],
  [2, "Xã Hợp Tiến", 3 * k, 300 * k],
];

interface Got {
  indicators: { code: string; allocated: number | null }[];
  findings: { rule: string; severity: string; cell: string | null }[];
  reading: { table: string; areas: { at: string; name: string }[]; ignored: { at: string; why: string }[]; confidence: { level: string; reasons: string[] } };
}

function report(rows: CellValue[][]): Got {
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
  return (typeof json === "string" ? JSON.parse(json) : json) as Got;
}

test("each block under its heading and a total of its own: the second is another table, the first checked, said", () => {
  const got = report([...HEAD, [null, "NGUỒN VỐN SỰ NGHIỆP"], [null, "Tổng cộng", 12, 1200], ...districts(1), [null, "VỐN ĐẦU TƯ"], [null, "Tổng cộng", 12, 1200], ...districts(1)]);
  expect(got.reading.table).toBe("A2:D10");
  expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
  expect(got.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["second-table", "info", "B11"]]);
  expect(got.reading.ignored).toEqual([{ at: "11", header: "VỐN ĐẦU TƯ", why: "second table" }]);
  // The fund's title over the first total is no area.
  expect(got.reading.areas.map((a) => a.at)).not.toContain("3");
  expect(got.reading.confidence.level).toBe("low");
  expect(got.reading.confidence.reasons.join(" ")).toMatch(/From row 11 \("VỐN ĐẦU TƯ"\).*another table/);
});

test("a wrong figure in the first block is still found at its cell", () => {
  const rows = [...HEAD, [null, "NGUỒN VỐN SỰ NGHIỆP"], [null, "Tổng cộng", 12, 1200], ...districts(1), [null, "VỐN ĐẦU TƯ"], [null, "Tổng cộng", 12, 1200], ...districts(1)];
  rows[5] = [1, "Xã Phú Mãn", 4, 300];
  expect(report(rows).findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "C5"], ["second-table", "B11"]]);
});

test.each<[string, string, string]>([
  ["lettered", "A. NGUỒN VỐN SỰ NGHIỆP", "B. VỐN ĐẦU TƯ"],
  ["plain", "Nguồn vốn sự nghiệp", "Nguồn vốn đầu tư"],
])("%s fund headings over the same communes, no total of their own: both read, said to be unsure", (_label, first, second) => {
  const got = report([...HEAD, [null, first], ...communes(2, 200), [null, second], ...communes(1, 100)]);
  expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
  expect(got.findings).toEqual([]);
  expect(got.reading.confidence.level).toBe("low");
  expect(got.reading.confidence.reasons).toEqual([expect.stringContaining(`Row 8 "${second}" opens a block listing again the areas above`)]);
});

test("years as headings over the same communes: the plan's periods, added, nothing said", () => {
  const got = report([...HEAD, [null, "Năm 2025"], ...communes(2, 200), [null, "Năm 2026"], ...communes(1, 100)]);
  expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
  expect(got.reading.confidence.reasons).toEqual([]);
});

test("district headings over communes of their own: nothing said", () => {
  const got = report([...HEAD, [null, "Tổng cộng", 12, 1200], ...districts(1)]);
  expect(got.findings).toEqual([]);
  expect(got.reading.confidence.reasons).toEqual([]);
});

test("a fund's title over the grand total, one block: the table's title, no area, nothing told", () => {
  const got = report([...HEAD, [null, "NGUỒN VỐN SỰ NGHIỆP"], [null, "Tổng cộng", 12, 1200], ...communes(3, 300)]);
  expect(got.reading.areas.map((a) => a.name)).toEqual(["Tổng cộng", "Xã Phú Mãn", "Xã Đông Xuân", "Xã An Phú", "Xã Hợp Tiến"]);
  expect(got.findings).toEqual([]);
});

test("a grand total over both funds' blocks, each with its `Cộng`: one table, read whole", () => {
  const got = report([...HEAD, [null, "Tổng cộng", 12, 1200], ["A", "Vốn sự nghiệp"], [null, "Cộng", 8, 800], ...communes(2, 200), ["B", "Vốn đầu tư"], [null, "Cộng", 4, 400], ...communes(1, 100)]);
  expect(got.reading.ignored.filter((i) => i.why === "second table")).toEqual([]);
  expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
});

describe("the same communes again under a heading, no total of their own, the plan's figures telling a copy", () => {
  test.each<[string, CellValue[][], number]>([
    ["both blocks under fund headings", [...HEAD, ["A", "Vốn sự nghiệp"], ...communes(3, 300), ["B", "Vốn đầu tư"], ...communes(3, 300)], 8],
    ["the first block untitled", [...HEAD, ...communes(3, 300), ["B", "Vốn đầu tư"], ...communes(3, 300)], 7],
    ["last year's figures under the second heading", [...HEAD, [null, "Năm nay"], ...communes(3, 300), [null, "Năm trước"], ...communes(2, 250)], 8],
    ["districts over their communes in each block", [...HEAD, ["A", "Vốn sự nghiệp"], ...districts(1), ["B", "Vốn đầu tư"], ...districts(1)], 10],
  ])("%s: the later block is another table, left out, said; the first checked alone", (_label, rows, heading) => {
    const got = report(rows);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
    expect(got.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["second-table", "info", `B${heading}`]]);
    expect(got.reading.ignored).toEqual([{ at: String(heading), header: rows[heading - 1][1], why: "second table" }]);
    expect(got.reading.areas.every((a) => Number(a.at) < heading)).toBe(true);
    expect(got.reading.confidence.reasons).toEqual([expect.stringMatching(new RegExp(`^From row ${heading} .*both blocks added would take plan lines 1, 2 past the plan.*correct the reading`))]);
  });

  test("a wrong figure in the first block is found, none from the left-out copy", () => {
    const rows = [...HEAD, ["A", "Vốn sự nghiệp"], ...communes(3, 300), ["B", "Vốn đầu tư"], ...communes(3, 300)];
    rows[3] = [1, "Xã Phú Mãn", 4, 300];
    const got = report(rows);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 13], ["2", 1200e6]]);
    expect(got.findings.map((f) => [f.rule, f.severity])).toEqual([["ceiling", "error"], ["second-table", "info"]]);
  });

  test("two funds over the plan on one line only: read on, the line's ceiling said, not a copy", () => {
    const rows = [...HEAD, ["A", "Vốn sự nghiệp"], ...communes(2, 200), ["B", "Vốn đầu tư"], ...communes(1, 100)];
    rows[8] = [1, "Xã Phú Mãn", 2, 100];
    const got = report(rows);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 13], ["2", 1200e6]]);
    expect(got.reading.ignored).toEqual([]);
    expect(got.findings.map((f) => [f.rule, f.severity])).toEqual([["ceiling", "error"]]);
    expect(got.reading.confidence.reasons).toEqual([expect.stringContaining('Row 8 "Vốn đầu tư" opens a block')]);
  });

  test("a grand total showing both blocks' sum: one table, read whole, its ceiling said", () => {
    const got = report([...HEAD, [null, "Tổng cộng", 24, 2400], ["A", "Vốn sự nghiệp"], ...communes(3, 300), ["B", "Vốn đầu tư"], ...communes(3, 300)]);
    expect(got.reading.ignored.filter((i) => i.why === "second table")).toEqual([]);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 24], ["2", 2400e6]]);
  });
});

describe("each block alone within the plan, both added as far over it as one falls under (8 + 8 against 12)", () => {
  test("the arithmetic reads each as a whole allocation: the later block another table, the first checked alone, said", () => {
    const rows = [...HEAD, ["A", "Vốn sự nghiệp"], ...communes(2, 200), ["B", "Vốn đầu tư"], ...communes(2, 200)];
    const got = report(rows);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 8], ["2", 800e6]]);
    expect(got.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["ceiling", "warning", "C2"], ["ceiling", "warning", "D2"], ["second-table", "info", "B8"]]);
    expect(got.reading.ignored).toEqual([{ at: "8", header: "Vốn đầu tư", why: "second table" }]);
    expect(got.reading.confidence.reasons).toEqual([expect.stringMatching(/^From row 8 .*past the plan, while the first block alone comes nearer to it \(or as near, each block within the plan\)/)]);
  });

  test("the sum nearer the plan than the first block (8 + 6 against 12): two funds, read on, the ceiling said", () => {
    const later: CellValue[][] = communes(2, 200).map((row, i) => (i < 2 ? row : [row[0], row[1], 1, 100]));
    const got = report([...HEAD, ["A", "Vốn sự nghiệp"], ...communes(2, 200), ["B", "Vốn đầu tư"], ...later]);
    expect(got.reading.ignored).toEqual([]);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 14], ["2", 1400e6]]);
    expect(got.findings.map((f) => [f.rule, f.severity])).toEqual([["ceiling", "error"], ["ceiling", "error"]]);
  });

  test("as far, but the later block alone over the plan: no copy, read on", () => {
    const first: CellValue[][] = communes(1, 100).map((row, i) => (i < 2 ? [row[0], row[1], 0, 0] : row));
    // 2 + 20 against 12: each 10 away; the later block alone is over the plan.
    const got = report([...HEAD, ["A", "Vốn sự nghiệp"], ...first, ["B", "Vốn đầu tư"], ...communes(5, 500)]);
    expect(got.reading.ignored).toEqual([]);
    expect(got.indicators.map((i) => i.allocated)).toEqual([22, 2200e6]);
  });
});
