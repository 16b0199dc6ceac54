/**
 * Columns describing the areas beside the allocation (`Số thôn`, `Số hộ`,
 * `Dân số`, `Số hộ nghèo`, `Diện tích (ha)`) and rates (`Định mức (triệu
 * đồng/tổ)`, `Đơn giá`): no plan line's allocation.
 * Matching none, they are left out and listed (`area figure`, `rate`), with no
 * `unmapped` warning; a planted mistake in an allocated column is still
 * found at its cell. A plan that has such a line still reads its column.
 * Each case is read in both orientations.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
  ["2", "Kinh phí thực hiện", "triệu đồng", 1000],
]);

/** The allocation with one descriptive column `header` (after the names) holding `figures` by row. */
function allocation(header: string, mutate: (rows: CellValue[][]) => void = () => {}): SheetData {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", header, "Tổ truyền thông cộng đồng", "Kinh phí thực hiện (triệu đồng)"],
    [null, "Tổng cộng", 52, 5, 1000],
    ["I", "Huyện Mường Khương", 20, 2, 400],
    ["1", "Xã Bản Lầu", 12, 1, 200],
    ["2", "Xã Lùng Vai", 8, 1, 200],
    ["II", "Huyện Si Ma Cai", 32, 3, 600],
    ["1", "Xã Nàn Sán", 10, 1, 200],
    ["2", "Xã Sán Chải", 9, 1, 200],
    ["3", "Xã Cán Cấu", 13, 1, 200],
  ];
  mutate(rows);
  return sheet("Phân bổ", rows);
}

function read(data: SheetData, plan: SheetData = PLAN) {
  const { report } = checkWorkbook({ sheets: [data, plan] }, { workbookName: "x.xlsx" });
  return toJsonReport(report, "vi");
}

describe("columns describing the areas", () => {
  test.each(["Số thôn", "Số thôn, bản", "Số hộ", "Tổng số hộ", "Số hộ nghèo", "Dân số (người)", "Dân số năm 2023", "Diện tích (ha)", "Số hội viên"])(
    "`%s`: left out and said, no warning",
    (header) => {
      for (const [data, at, lines] of [
        [allocation(header), "C", ["D", "E"]],
        [transposeSheet(allocation(header)), "3", ["4", "5"]],
      ] as const) {
        const report = read(data);
        expect(report.findings).toEqual([]);
        expect(report.reading!.lines.map((l) => l.at)).toEqual(lines);
        expect(report.reading!.ignored).toContainEqual({ at, header, why: "area figure" });
      }
    },
  );

  test.each(["Định mức (triệu đồng/tổ)", "Đơn giá", "Mức hỗ trợ (triệu đồng/xã)", "Định mức hỗ trợ"])("`%s`: a rate, left out and said, no warning", (header) => {
    for (const [data, at] of [
      [allocation(header), "C"],
      [transposeSheet(allocation(header)), "3"],
    ] as const) {
      const report = read(data);
      expect(report.findings).toEqual([]);
      expect(report.reading!.ignored).toContainEqual({ at, header, why: "rate" });
    }
  });

  test("`Số hộ` split into `Tổng số | Hộ nghèo | Hộ cận nghèo` under one merged header: each left out, no warning", () => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Số hộ", null, null, "Tổ truyền thông cộng đồng", "Kinh phí thực hiện (triệu đồng)"],
      [null, null, "Tổng số", "Hộ nghèo", "Hộ cận nghèo", null, null],
      [null, "Tổng cộng", 5000, 800, 400, 5, 1000],
      [1, "Xã Bản Lầu", 2500, 400, 200, 2, 500],
      [2, "Xã Lùng Vai", 2500, 400, 200, 3, 500],
    ];
    const report = read(sheet("Phân bổ", rows, { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2"] }));
    expect(report.findings).toEqual([]);
    expect(report.reading!.ignored.map((i) => [i.at, i.why])).toEqual([["C", "area figure"], ["D", "area figure"], ["E", "area figure"]]);
  });

  test("a planted mistake in an allocated column is found at its cell, and nothing else", () => {
    const report = read(allocation("Số hộ", (rows) => (rows[7][4] = 250)));
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@E6"]);
  });

  test("a column naming no area figure still warns that it matches no plan line", () => {
    const report = read(allocation("Hỗ trợ sinh kế"));
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["unmapped@C1"]);
  });

  test.each<[string, string, string[]]>([
    ["`Số hộ` beside a plan line `Số hộ gia đình được tuyên truyền`: no allocation of it", "Số hộ", ["unmapped@"]],
    ["`Số hội viên` beside a plan line `Số hội viên tham gia sinh hoạt`", "Số hội viên", ["unmapped@"]],
  ])("%s", (_name, header, findings) => {
    const plan = sheet("Kế hoạch", [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
      ["2", "Kinh phí thực hiện", "triệu đồng", 1000],
      ["3", header === "Số hộ" ? "Số hộ gia đình được tuyên truyền" : "Số hội viên tham gia sinh hoạt", header === "Số hộ" ? "hộ" : "người", 30],
    ]);
    const report = read(allocation(header), plan);
    expect(report.findings.map((f) => `${f.rule}@${f.cell ?? ""}`)).toEqual(findings);
    expect(report.reading!.ignored).toContainEqual({ at: "C", header, why: "area figure" });
    expect(report.reading!.lines.map((l) => l.code)).toEqual(["1", "2"]);
  });

  test("`Sinh kế / Số hộ | Kinh phí` under a line's shortened name: the count of that line, still read as it", () => {
    const plan = sheet("Kế hoạch", [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
      ["1", "Hỗ trợ phát triển sinh kế", "hộ", 50],
      ["2", "Kinh phí hỗ trợ phát triển sinh kế", "triệu đồng", 500],
    ]);
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Sinh kế", null],
      [null, null, "Số hộ", "Kinh phí"],
      [null, "Tổng cộng", 50, 500],
      [1, "Xã Bản Lầu", 25, 250],
      [2, "Xã Lùng Vai", 25, 250],
    ];
    const report = read(sheet("Phân bổ", rows, { merges: ["A1:A2", "B1:B2", "C1:D1"] }), plan);
    expect(report.reading!.lines.map((l) => `${l.code}@${l.at}`)).toContain("1@C");
    expect(report.findings.filter((f) => f.rule !== "unmapped")).toEqual([]);
  });

  test("a header naming the plan's line in full is read as its column", () => {
    const plan = sheet("Kế hoạch", [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
      ["2", "Kinh phí thực hiện", "triệu đồng", 1000],
      ["3", "Số hộ gia đình được tuyên truyền", "hộ", 52],
    ]);
    const report = read(allocation("Số hộ gia đình được tuyên truyền"), plan);
    expect(report.findings).toEqual([]);
    expect(report.reading!.lines.map((l) => `${l.code}@${l.at}`)).toEqual(["3@C", "1@D", "2@E"]);
  });

  test("a plan with a line of that name reads its column", () => {
    const plan = sheet("Kế hoạch", [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
      ["2", "Kinh phí thực hiện", "triệu đồng", 1000],
      ["3", "Số hộ nghèo", "hộ", 52],
    ]);
    const report = read(allocation("Số hộ nghèo"), plan);
    expect(report.findings).toEqual([]);
    expect(report.reading!.lines.map((l) => `${l.code}@${l.at}`)).toEqual(["3@C", "1@D", "2@E"]);
  });
});
