/**
 * The table's header typed again inside its body — a printed page's header
 * copied over the rows of the next page, or districts' blocks pasted one
 * under the other each with its header — is left out (`ignored`, why
 * `repeated header`) and the table goes on: every area after it is read,
 * no total is off. The same header over the same communes again is a copy
 * of the table (a second table), as before.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
    { code: "2", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 500 },
  ],
  { "Ba Vì": ["Khánh Thượng", "Minh Quang"], "Quốc Oai": ["Phú Mãn", "Đông Xuân", "Sài Sơn"] },
);

const ONE_ROW: CellValue[][] = [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông"]];
const TWO_ROWS: CellValue[][] = [
  ["STT", "Đơn vị", "Chỉ tiêu", "Kinh phí (triệu đồng)"],
  [null, null, "Tổ truyền thông cộng đồng", "Kinh phí truyền thông"],
];
const NUMBERS: CellValue[] = ["A", "B", 1, 2];

const BA_VI: CellValue[][] = [
  ["I", "Huyện Ba Vì", 2, 200],
  [1, "Xã Khánh Thượng", 1, 100],
  [2, "Xã Minh Quang", 1, 100],
];
const QUOC_OAI: CellValue[][] = [
  ["II", "Huyện Quốc Oai", 3, 300],
  [1, "Xã Phú Mãn", 1, 100],
  [2, "Xã Đông Xuân", 1, 100],
  [3, "Xã Sài Sơn", 1, 100],
];
const TOTAL: CellValue[] = [null, "Tổng cộng", 5, 500];

function read(rows: CellValue[][], merges: string[] = []) {
  const data = workbook(sheet("Phân bổ", [["BIỂU PHÂN BỔ NĂM 2024"], [], ...rows], { merges }));
  return toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

describe("the header typed again inside the table", () => {
  test.each<[string, CellValue[][], string[], string[]]>([
    ["a one-row header over the second district", [...ONE_ROW, TOTAL, ...BA_VI, ...ONE_ROW, ...QUOC_OAI], [], ["8"]],
    ["a two-row header and its numbering row, pasted without their merges", [...TWO_ROWS, NUMBERS, TOTAL, ...BA_VI, ...TWO_ROWS, NUMBERS, ...QUOC_OAI], ["A3:A4", "B3:B4", "C3:D3"], ["10", "11", "12"]],
    ["a two-row header again without its numbering row", [...TWO_ROWS, NUMBERS, TOTAL, ...BA_VI, ...TWO_ROWS, ...QUOC_OAI], ["A3:A4", "B3:B4", "C3:D3"], ["10", "11"]],
    ["the header over each district, the total last", [...ONE_ROW, ...BA_VI, ...ONE_ROW, ...QUOC_OAI, TOTAL], [], ["7"]],
  ])("%s: every area read, the copy left out", (_name, rows, merges, left) => {
    const report = read(rows, merges);
    const areas = report.reading!.areas;
    expect(areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(["Xã Khánh Thượng", "Xã Minh Quang", "Xã Phú Mãn", "Xã Đông Xuân", "Xã Sài Sơn"]);
    expect(areas.filter((a) => a.role === "group").map((a) => a.name)).toEqual(["Huyện Ba Vì", "Huyện Quốc Oai"]);
    expect(report.reading!.ignored.filter((i) => i.why === "repeated header").map((i) => i.at)).toEqual(left);
    expect(report.findings).toEqual([]);
    expect(report.reading!.confidence.level).toBe("high");
  });

  test.each<[string, CellValue[][], string[]]>([
    // A row of units under a one-line header, the total last, reads as no header row: copied with it, the copy is still the header.
    [
      "a units row under the header, copied with it",
      [["STT", "Đơn vị", "Tổ truyền thông cộng đồng"], [null, null, "tổ"], ["I", "Huyện Ba Vì", 2], [1, "Xã Khánh Thượng", 1], [2, "Xã Minh Quang", 1], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"], [null, null, "tổ"], ["II", "Huyện Quốc Oai", 3], [1, "Xã Phú Mãn", 1], [2, "Xã Đông Xuân", 1], [3, "Xã Sài Sơn", 1], [null, "Tổng cộng", 5]],
      ["8", "9"],
    ],
    [
      "a district heading without figures right after the copy",
      [...ONE_ROW, TOTAL, ...BA_VI, ...ONE_ROW, ["II", "Huyện Quốc Oai", null, null], ...QUOC_OAI.slice(1), [null, "Cộng huyện Quốc Oai", 3, 300]],
      ["8"],
    ],
  ])("%s: every area read, the copy left out", (_name, rows, left) => {
    const report = read(rows);
    const areas = report.reading!.areas;
    expect(areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(["Xã Khánh Thượng", "Xã Minh Quang", "Xã Phú Mãn", "Xã Đông Xuân", "Xã Sài Sơn"]);
    expect(report.reading!.ignored.map((i) => [i.at, i.why])).toEqual(left.map((at) => [at, "repeated header"]));
    expect(report.findings.filter((f) => f.rule !== "unmapped")).toEqual([]);
  });

  test("a commune named as one above right after the copy (districts closed by `Cộng huyện`): the table goes on", () => {
    const rows: CellValue[][] = [
      ...ONE_ROW,
      [1, "Xã Khánh Thượng", 1, 100],
      [2, "Xã Minh Quang", 1, 100],
      [null, "Cộng huyện Ba Vì", 2, 200],
      ...ONE_ROW,
      [3, "Xã Minh Quang", 1, 100],
      [4, "Xã Phú Mãn", 1, 100],
      [5, "Xã Đông Xuân", 1, 100],
      [null, "Cộng huyện Quốc Oai", 3, 300],
      TOTAL,
    ];
    const report = read(rows);
    expect(report.reading!.ignored.map((i) => [i.at, i.why])).toEqual([["7", "repeated header"]]);
    expect(report.reading!.areas.filter((a) => a.role === "leaf")).toHaveLength(5);
    expect(report.findings.filter((f) => f.rule === "second-table" || f.rule === "ceiling")).toEqual([]);
  });

  test("the same header over the same communes again is a copy of the table: a second table", () => {
    const report = read([...ONE_ROW, TOTAL, ...BA_VI, ...QUOC_OAI, [], ...ONE_ROW, ...BA_VI]);
    expect(report.reading!.ignored.map((i) => i.why)).toEqual(["second table"]);
    expect(report.reading!.areas.filter((a) => a.role === "leaf")).toHaveLength(5);
  });
});
