/**
 * A second block of figures beside the allocation table with no header of
 * its own — only a title over it (`NĂM 2026`, `NGUỒN ĐẦU TƯ`, merged across
 * it or typed once above it), past a blank column or under a caption merged
 * over it alone — is a second table: the allocation table ends before it,
 * nothing in it is added to the lines or the areas, and the reading names it
 * (one `second-table` info at its title, `second table` among the ignored).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, type SheetOptions } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ],
  { "Quốc Oai": ["Phú Mãn", "Đông Xuân"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] },
);
const NAMES = ["Xã Phú Mãn", "Xã Đông Xuân", "Xã An Phú", "Xã Hợp Tiến"];

interface Got {
  indicators: { code: string; allocated: number | null }[];
  findings: { rule: string; severity: string; cell: string | null }[];
  reading: { table: string; areas: { at: string }[]; ignored: { at: string; header: string; why: string }[] };
}

function report(rows: CellValue[][], options: SheetOptions = {}): Got {
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows, options)] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
  return (typeof json === "string" ? JSON.parse(json) : json) as Got;
}

/** Areas as rows: the table in A:D, the second block (same figures) from column `at`. */
function byRows(gap: boolean, title: "above" | "caption"): { rows: CellValue[][]; merges: string[] } {
  const pad = gap ? [null] : [];
  const second = gap ? "F" : "E";
  const end = gap ? "G" : "F";
  if (title === "above") {
    const rows: CellValue[][] = [
      ["BIỂU PHÂN BỔ NĂM 2025", null, null, null, ...pad, "NĂM 2026"],
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
      [null, "Tổng cộng", 12, 1200, ...pad, 12, 1200],
      ...NAMES.map((n, i): CellValue[] => [i + 1, n, 3, 300, ...pad, 3, 300]),
    ];
    return { rows, merges: [`${second}1:${end}1`] };
  }
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ"],
    ["STT", "Địa bàn", "Năm 2025", null, ...pad, "Năm 2026", null],
    [null, null, "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", 12, 1200, ...pad, 12, 1200],
    ...NAMES.map((n, i): CellValue[] => [i + 1, n, 3, 300, ...pad, 3, 300]),
  ];
  return { rows, merges: ["A2:A3", "B2:B3", "C2:D2", `${second}2:${end}2`] };
}

/** Areas as columns: the table in A:G, the second block (same figures) after it, a title over each block. */
function byColumns(gap: boolean): { rows: CellValue[][]; merges: string[] } {
  const pad = gap ? [null] : [];
  const from = gap ? "I" : "H";
  const to = gap ? "M" : "L";
  const rows: CellValue[][] = [
    ["NGUỒN SỰ NGHIỆP", null, null, null, null, null, null, ...pad, "NGUỒN ĐẦU TƯ"],
    ["STT", "Nội dung", "Tổng cộng", ...NAMES],
    [1, "Tổ truyền thông cộng đồng", 12, 3, 3, 3, 3, ...pad, 12, 3, 3, 3, 3],
    [2, "Kinh phí hỗ trợ (triệu đồng)", 1200, 300, 300, 300, 300, ...pad, 1200, 300, 300, 300, 300],
  ];
  return { rows, merges: ["A1:G1", `${from}1:${to}1`] };
}

describe("a block of figures beside the table, a title over it and no header", () => {
  test.each<[string, { rows: CellValue[][]; merges: string[] }, string, [string, string, string]]>([
    ["areas as rows, a blank column, the title above the header", byRows(true, "above"), "A2:D7", ["F1", "F", "NĂM 2026"]],
    ["areas as rows, a blank column, a caption merged over it in the header", byRows(true, "caption"), "A2:D8", ["F2", "F", "Năm 2026"]],
    ["areas as rows, no blank column, one header row, the title merged above it over the block", byRows(false, "above"), "A1:D7", ["E1", "E", "NĂM 2026"]],
    ["areas as rows, no blank column, one header row, the title typed above its first column", { ...byRows(false, "above"), merges: [] }, "A2:D7", ["E1", "E", "NĂM 2026"]],
    ["areas as rows, no blank column, a caption merged over it alone", byRows(false, "caption"), "A2:D8", ["E2", "E", "Năm 2026"]],
    ["areas as columns, a blank column, a title merged over each block", byColumns(true), "A1:G4", ["I1", "I", "NGUỒN ĐẦU TƯ"]],
    ["areas as columns, no blank column, a title merged over each block", byColumns(false), "A1:G4", ["H1", "H", "NGUỒN ĐẦU TƯ"]],
  ])("%s: the table ends before it, nothing added, the reading names it", (_label, { rows, merges }, table, [cell, at, title]) => {
    const got = report(rows, { merges });
    expect(got.reading.table).toBe(table);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
    expect(got.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["second-table", "info", cell]]);
    expect(got.reading.ignored).toEqual([{ at, header: title, why: "second table" }]);
    expect(got.reading.areas).toHaveLength(5);
  });

  test("a title naming a plan line over the block is still its title, not its figure", () => {
    const rows: CellValue[][] = [
      ["BIỂU PHÂN BỔ", null, null, null, null, "KINH PHÍ HỖ TRỢ NĂM 2026"],
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
      [null, "Tổng cộng", 12, 1200, null, 1200, 600],
      ...NAMES.map((n, i): CellValue[] => [i + 1, n, 3, 300, null, 300, 150]),
    ];
    const got = report(rows, { merges: ["F1:G1"] });
    expect(got.reading.ignored).toEqual([{ at: "F", header: "KINH PHÍ HỖ TRỢ NĂM 2026", why: "second table" }]);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
  });

  test.each<[string, CellValue[][], string[]]>([
    // One value column past a spacer column: a line of the table, not a block.
    ["one value column past a blank spacer", [["STT", "Địa bàn", "Tổ truyền thông cộng đồng", null, "Kinh phí hỗ trợ (triệu đồng)"], [null, "Tổng cộng", 12, null, 1200], ...NAMES.map((n, i): CellValue[] => [i + 1, n, 3, null, 300])], []],
    // A caption merged over sub-headers of its own: lines of the table.
    ["a caption over named sub-columns", [["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", null], [null, null, null, "Trung ương", "Địa phương"], [null, "Tổng cộng", 12, 700, 500], ...NAMES.map((n, i): CellValue[] => [i + 1, n, 3, 175, 125])], ["D1:E1", "A1:A2", "B1:B2", "C1:C2"]],
    // A unit note over the last columns is the table's own, not a title.
    ["a unit note over two unnamed columns", [["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"], [null, "Tổng cộng", 12, 1200, 1, 1], ...NAMES.map((n, i): CellValue[] => [i + 1, n, 3, 300, 1, 1])], []],
  ])("%s: no second table", (_label, body, merges) => {
    const got = report([["BIỂU PHÂN BỔ", null, null, null, "ĐVT: triệu đồng"], ...body], { merges: merges.map((m) => m.replace(/\d+/g, (d) => String(Number(d) + 1))) });
    expect(got.findings.filter((f) => f.rule === "second-table")).toEqual([]);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
  });
});
