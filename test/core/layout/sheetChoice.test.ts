/**
 * Which sheet holds the allocation when several could: a summary sheet of
 * the user's (`Tổng hợp`) over the sheets that are each a part of it (one
 * per district); a sheet over its copy (`Phân bổ (2)`); and when sheets tie
 * with other figures, the reading says it is not sure and names them.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

function sheet(name: string, values: CellValue[][], hidden = false): SheetData {
  return { name, values, merges: [], ...(hidden ? { hidden: true } : {}) };
}

const plan = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 4],
  ["2", "Kinh phí hỗ trợ", "triệu đồng", 1000],
]);

/** The whole table: two districts of two communes. */
const whole = (name: string, first = 1, hidden = false): SheetData =>
  sheet(
    name,
    [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ"],
      [null, "Tổng cộng", 3 + first, 1000],
      ["I", "Huyện Ba Vì", 1 + first, 500],
      [1, "Xã Khánh Thượng", first, 250],
      [2, "Xã Minh Quang", 1, 250],
      ["II", "Huyện Quốc Oai", 2, 500],
      [1, "Xã Phú Mãn", 1, 250],
      [2, "Xã Đông Xuân", 1, 250],
    ],
    hidden,
  );

/** One district's sheet. */
const district = (name: string, communes: [string, string]): SheetData =>
  sheet(name, [
    ["STT", "Xã", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ"],
    [null, "Cộng", 2, 500],
    [1, communes[0], 1, 250],
    [2, communes[1], 1, 250],
  ]);
const baVi = district("Ba Vì", ["Xã Khánh Thượng", "Xã Minh Quang"]);
const quocOai = district("Quốc Oai", ["Xã Phú Mãn", "Xã Đông Xuân"]);

/** A Tổng hợp by district, adding up the districts' sheets. */
const byDistrict = sheet("Tổng hợp", [
  ["STT", "Huyện", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ"],
  [null, "Tổng cộng", 4, 1000],
  [1, "Huyện Ba Vì", 2, 500],
  [2, "Huyện Quốc Oai", 2, 500],
]);
const titled: SheetData = { ...whole("Phân bổ"), values: [["PHÂN BỔ CHO HUYỆN BA VÌ VÀ HUYỆN QUỐC OAI"], ...whole("Phân bổ").values] };

function read(sheets: SheetData[]) {
  const { report } = checkWorkbook({ sheets: [plan, ...sheets] }, { workbookName: "x.xlsx" });
  return { sheet: report.allocationSheet, reasons: report.reading!.confidence.reasons.map((r) => r.en), findings: report.findings.length };
}

test.each<[string, SheetData[], string, string[]]>([
  ["a sheet per district and the Tổng hợp adding them up: the Tổng hợp", [baVi, quocOai, whole("Tổng hợp")], "Tổng hợp", []],
  ["a Tổng hợp beside the whole allocation: the allocation", [whole("Tổng hợp"), whole("Phân bổ")], "Phân bổ", []],
  ["a sheet per district and a Tổng hợp by district: the Tổng hợp", [byDistrict, baVi, { ...quocOai, name: "PB Quốc Oai" }], "Tổng hợp", []],
  ["a Tổng hợp by district beside the whole allocation titled for both districts: the allocation", [byDistrict, titled], "Phân bổ", []],
  ["a sheet per district only: one, and not sure", [baVi, quocOai], "Ba Vì", ['"Quốc Oai"', "one sheet per group of areas"]],
  ["a copy with other figures: the sheet over its copy, and not sure", [whole("Phân bổ (2)", 2), whole("Phân bổ")], "Phân bổ", ['"Phân bổ (2)"']],
  ["Sheet1 and Sheet2 with other figures: not sure", [whole("Sheet1"), whole("Sheet2", 2)], "Sheet1", ['"Sheet2"']],
  ["a copy left as it was: sure", [whole("Phân bổ"), whole("Phân bổ (2)")], "Phân bổ", []],
  ["a hidden old sheet: the visible one, sure", [whole("PB cũ", 2, true), whole("Phân bổ")], "Phân bổ", []],
  // Named as a version put aside, or in force: that decides between tables that tie; the other is still named.
  ["an old sheet first, shown: the other, and not sure", [whole("PB cũ", 2), whole("Phân bổ")], "Phân bổ", ['"PB cũ"']],
  ["a draft first: the official one, and not sure", [whole("Phân bổ (dự thảo)", 2), whole("Phân bổ chính thức")], "Phân bổ chính thức", ['"Phân bổ (dự thảo)"']],
  ["a draft typed without marks, and a backup: the third", [whole("Phan bo du thao", 2), whole("PB backup", 3), whole("PB huyen")], "PB huyen", [`"Phan bo du thao"`, `"PB backup"`]],
  ["a sheet marked DỰ THẢO over its table: the other", [{ ...whole("Phân bổ"), values: [["DỰ THẢO"], ...whole("Phân bổ", 2).values] }, whole("Phân bổ HLHPN")], "Phân bổ HLHPN", ['"Phân bổ"']],
])("%s", (_name, sheets, expected, rivals) => {
  const { sheet: taken, reasons } = read(sheets);
  expect(taken).toBe(expected);
  const said = reasons.filter((reason) => reason.includes("also hold") || reason.includes("for other areas"));
  expect(said.length).toBe(rivals.length === 0 ? 0 : 1);
  for (const rival of rivals) expect(said[0]).toContain(rival);
});

test("Biểu 01 with the indicators, Biểu 02 with the budget lines: the other sheet is named with the lines it holds", () => {
  const counts = sheet("Biểu 01", [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"],
    [null, "Tổng cộng", 4],
    [1, "Xã Khánh Thượng", 2],
    [2, "Xã Minh Quang", 2],
  ]);
  const money = sheet("Biểu 02", [
    ["STT", "Đơn vị", "Kinh phí hỗ trợ"],
    [null, "Tổng cộng", 1000],
    [1, "Xã Khánh Thượng", 500],
    [2, "Xã Minh Quang", 500],
  ]);
  const { reasons } = read([counts, money]);
  expect(reasons.some((reason) => reason.startsWith('The sheet "Biểu 02" holds a table matching plan line 2, which "Biểu 01" lacks'))).toBe(true);
});
