/**
 * A plan that gives each line's count and money side by side (`Số lượng |
 * Kinh phí (triệu đồng)`, under one `Kế hoạch` or not): both are targets,
 * the money a line of its own (`1-KP`, `Kinh phí …`) that an allocation's
 * `Kinh phí` column under the line's name matches; a line with money only
 * keeps its money.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellRange, CellValue } from "../../../src/core/model/workbook";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { range, sheet, workbook } from "../layout/sheetBuilder";

const BODY: CellValue[][] = [
  [1, "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 700],
  [2, "Xây dựng địa chỉ tin cậy", "địa chỉ", 6, "120"],
  [3, "Tập huấn cán bộ", "lớp", 2, null],
  [4, "Kinh phí quản lý", "triệu đồng", null, 50],
];

const SIDE: [CellValue[][], CellRange[]] = [[["STT", "Nội dung", "ĐVT", "Số lượng", "Kinh phí (triệu đồng)"], ...BODY], []];
const UNDER: [CellValue[][], CellRange[]] = [
  [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", null], [null, null, null, "Số lượng", "Kinh phí (triệu đồng)"], ...BODY],
  ["A1:A2", "B1:B2", "C1:C2", "D1:E1"].map(range),
];
const NOTE: [CellValue[][], CellRange[]] = [[["ĐVT tiền: triệu đồng"], ["STT", "Nội dung", "ĐVT", "Số lượng", "Kinh phí"], ...BODY], []];

const EXPECTED = [
  ["1", "Thành lập tổ truyền thông cộng đồng", 14],
  ["1-KP", "Kinh phí thành lập tổ truyền thông cộng đồng", 700e6],
  ["2", "Xây dựng địa chỉ tin cậy", 6],
  ["2-KP", "Kinh phí xây dựng địa chỉ tin cậy", 120e6],
  ["3", "Tập huấn cán bộ", 2],
  ["4", "Kinh phí quản lý", 50e6],
];

test.each<[string, [CellValue[][], CellRange[]]]>([
  ["side by side", SIDE],
  ["under one Kế hoạch", UNDER],
  ["money unit in a note", NOTE],
])("count and money targets %s", (_name, [values, merges]) => {
  const plan = readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values, merges }] });
  expect(plan.lines.map((line) => [line.code, line.name, line.target])).toEqual(EXPECTED);
});

test("an allocation's count and money columns under a line's name match both targets", () => {
  const [values, merges] = SIDE;
  const planSheet = { name: "Kế hoạch", values, merges };
  const allocation = sheet(
    "Phân bổ",
    [
      ["STT", "Địa bàn", "Thành lập tổ truyền thông cộng đồng", null, "Xây dựng địa chỉ tin cậy", null, "Tập huấn cán bộ (lớp)", "Kinh phí quản lý (triệu đồng)"],
      [null, null, "Số lượng (tổ)", "Kinh phí (triệu đồng)", "Số lượng (địa chỉ)", "Kinh phí (triệu đồng)", null, null],
      [null, "Tổng cộng", 14, 720, 6, 120, 2, 50],
      [1, "Xã Khánh Thượng", 9, 470, 4, 80, 1, 30],
      [2, "Xã Minh Quang", 5, 250, 2, 40, 1, 20],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2", "H1:H2"] },
  );
  const report = checkWorkbook(workbook(allocation, planSheet), { workbookName: "t.xlsx", sheet: "Phân bổ" }).report;
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["1-KP", "D"], ["2", "E"], ["2-KP", "F"], ["3", "G"], ["4", "H"]]);
  expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["ceiling@D3"]);
});

test.each<[string, CellValue[]]>([
  ["uncoded", [null, "Tổng kinh phí", null, null, 870]],
  ["coded", ["KP", "Tổng kinh phí", "triệu đồng", null, 870]],
  ["Tổng cộng with both", [null, "Tổng cộng", null, 22, 870]],
])("a total row of the money column (%s) is checked against the lines' money, no line of its own", (_name, total) => {
  const [values] = SIDE;
  const plan = readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values: [...values, total], merges: [] }] });
  expect(plan.lines.map((line) => line.code)).toEqual(["1", "1-KP", "2", "2-KP", "3", "4"]);
});

describe("bullets with money only under a count line are parts of the line's money", () => {
  const HEAD: CellValue[] = ["STT", "Nội dung", "ĐVT", "Số lượng", "Kinh phí (triệu đồng)"];
  test.each<[string, CellValue[][], [string, number, string | undefined][]]>([
    [
      "dash bullets in the STT column",
      [[1, "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 700], ["-", "NSTW", null, null, 400], ["-", "NSĐP", null, null, 300], [2, "Tập huấn cán bộ", "lớp", 2, null]],
      [["1", 14, undefined], ["1-KP", 700e6, undefined], ["1-KP.1", 400e6, "1-KP"], ["1-KP.2", 300e6, "1-KP"], ["2", 2, undefined]],
    ],
    [
      "bullets before the name",
      [[1, "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 700], [null, "- Ngân sách trung ương", null, null, 400], [null, "- Ngân sách địa phương", null, null, 300]],
      [["1", 14, undefined], ["1-KP", 700e6, undefined], ["1-KP.1", 400e6, "1-KP"], ["1-KP.2", 300e6, "1-KP"]],
    ],
    [
      "bullets with a count of their own stay parts of the count line",
      [[1, "Thành lập tổ truyền thông cộng đồng", "tổ", 14, null], ["-", "Huyện Ba Vì", "tổ", 8, null], ["-", "Huyện Mỹ Đức", "tổ", 6, null]],
      [["1", 14, undefined], ["1.1", 8, "1"], ["1.2", 6, "1"]],
    ],
    [
      "bullets with count and money: the counts parts of the count, the money parts of the money",
      [[1, "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 700], ["-", "Tổ thành lập mới", "tổ", 4, 200], ["-", "Tổ duy trì", "tổ", 10, 500]],
      [["1", 14, undefined], ["1-KP", 700e6, undefined], ["1.1", 4, "1"], ["1.1-KP", 200e6, "1-KP"], ["1.2", 10, "1"], ["1.2-KP", 500e6, "1-KP"]],
    ],
    [
      "bullets with count and money short of the line: no parts",
      [[1, "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 700], ["-", "Tổ thành lập mới", "tổ", 4, 200]],
      [["1", 14, undefined], ["1-KP", 700e6, undefined], ["1.1", 4, undefined], ["1.1-KP", 200e6, undefined]],
    ],
  ])("%s", (_name, body, expected) => {
    const plan = readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values: [HEAD, ...body], merges: [] }] });
    expect(plan.lines.map((line) => [line.code, line.target, line.parentCode])).toEqual(expected);
  });
});

test("an allocation's source columns under the line's money match the money's parts", () => {
  const values: CellValue[][] = [
    ["STT", "Nội dung", "ĐVT", "Số lượng", "Kinh phí (triệu đồng)"],
    [1, "Thành lập tổ truyền thông cộng đồng", "tổ", 14, 700],
    ["-", "NSTW", null, null, 400],
    ["-", "NSĐP", null, null, 300],
  ];
  const allocation = sheet(
    "Phân bổ",
    [
      ["STT", "Địa bàn", "Thành lập tổ truyền thông cộng đồng", null, null],
      [null, null, "Số lượng (tổ)", "Kinh phí NSTW (triệu đồng)", "Kinh phí NSĐP (triệu đồng)"],
      [null, "Tổng cộng", 14, 400, 300],
      [1, "Xã Khánh Thượng", 9, 250, 200],
      [2, "Xã Minh Quang", 5, 150, 100],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:E1"] },
  );
  const report = checkWorkbook(workbook(allocation, { name: "Kế hoạch", values, merges: [] }), { workbookName: "t.xlsx", sheet: "Phân bổ" }).report;
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["1-KP.1", "D"], ["1-KP.2", "E"]]);
  expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
});
