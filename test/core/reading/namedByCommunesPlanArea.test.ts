/**
 * A district the sheet names otherwise than the plan (`Huyện Thạc Thất` for
 * the plan's `Thạch Thất`), read as the district its communes name: the
 * reading's row carries that plan area, as the `coverage` finding and the
 * confidence's reason say. A group whose communes name no one district, or
 * whose district already has its own row, is taken for none.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

type Row = CellValue[];

const PLAN: Row[] = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 12],
  ["2", "Câu lạc bộ phụ nữ khởi nghiệp", "CLB", 6],
];
const AREAS: Row[] = [["Huyện", "Xã"], ["Ba Vì", "Ba Trại"], ["Ba Vì", "Vân Hòa"], ["Thạch Thất", "Yên Bình"], ["Thạch Thất", "Cần Kiệm"]];

/** Header in row 2, areas from row 3: the total, a first district (row 4) and its communes, a second (row 7) and its communes. */
function check(first: string, second: string, communes: [string, string]) {
  const values: Row[] = [
    ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2024"],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Câu lạc bộ phụ nữ khởi nghiệp"],
    [null, "Tổng cộng", 12, 6],
    ["I", first, 6, 3],
    [1, "Xã Ba Trại", 3, 1],
    [2, "Xã Vân Hòa", 3, 2],
    ["II", second, 6, 3],
    [1, communes[0], 3, 2],
    [2, communes[1], 3, 1],
  ];
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: PLAN },
    { name: "Phân bổ", merges: [], values },
    { name: "Địa bàn", merges: [], values: AREAS },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report;
}

const OWN: [string, string] = ["Xã Yên Bình", "Xã Cần Kiệm"];

test.each<[string, string, string, [string, string], string | null, boolean]>([
  ["a letter dropped", "Huyện Ba Vì", "Huyện Thạc Thất", OWN, "Thạch Thất", true],
  ["another word for the district", "Huyện Ba Vì", "Huyện Hòa Lạc", OWN, "Thạch Thất", true],
  ["the name as the plan writes it", "Huyện Ba Vì", "Huyện Thạch Thất", OWN, "Thạch Thất", false],
  ["its communes in two districts", "Huyện Ba Vì", "Huyện Thạc Thất", ["Xã Yên Bình", "Xã Vân Hòa"], null, false],
])("%s: the district's planArea is the plan area the reading took it for", (_label, first, second, communes, planArea, told) => {
  const report = check(first, second, communes);
  const row = report.reading!.areas.find((a) => a.at === "7")!;
  expect(row).toMatchObject({ name: second, role: "group", planArea });
  // The reason and the finding name the same district the reading carries, or none is said.
  const reasons = report.reading!.confidence.reasons.filter((r) => r.vi.includes(`"${second}"`) && r.vi.includes("đọc là"));
  const findings = report.findings.filter((f) => f.cell === "B7" && f.message.vi.includes("đọc là"));
  expect(reasons.map((r) => r.vi)).toEqual(told ? [expect.stringContaining(`đọc là ${planArea!}`)] : []);
  expect(findings.map((f) => f.message.vi)).toEqual(told ? [expect.stringContaining(`đọc là ${planArea!}`)] : []);
});
