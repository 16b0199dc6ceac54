/**
 * Plan lines written under `Trong đó:` with no code and no dash (`Trong đó:`
 * alone on its row, in the name or the code cell, or before the first part's
 * name): parts of the coded line above, numbered under it, until the next
 * coded line. An uncoded line with no `Trong đó` above it is still an error.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";

function planOf(rows: CellValue[][]) {
  return readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values: [["STT", "Nội dung", "ĐVT", "Kế hoạch"], ...rows], merges: [] }] });
}

const parent: CellValue[] = [1, "Kinh phí hỗ trợ", "triệu đồng", 1000];
const central: CellValue[] = [null, "Ngân sách trung ương", "triệu đồng", 600];
const local: CellValue[] = [null, "Ngân sách địa phương", "triệu đồng", 400];

test.each<[string, CellValue[][]]>([
  ["Trong đó: in the name cell", [parent, [null, "Trong đó:", null, null], central, local]],
  ["Trong đó in the code cell", [parent, ["Trong đó", null, null, null], central, local]],
  ["Trong đó: before the first part", [parent, [null, "Trong đó: Ngân sách trung ương", "triệu đồng", 600], local]],
  ["TRONG ĐÓ, then a coded line", [parent, [null, "TRONG ĐÓ", null, null], central, local, [2, "Tổ truyền thông", "tổ", 4]]],
])("parts under %s", (_name, rows) => {
  const lines = planOf(rows).lines.map((line) => [line.code, line.parentCode ?? null, line.target]);
  expect(lines.slice(0, 3)).toEqual([
    ["1", null, 1_000_000_000],
    ["1.1", "1", 600_000_000],
    ["1.2", "1", 400_000_000],
  ]);
  if (lines.length > 3) expect(lines[3]).toEqual(["2", null, 4]);
});

test("an uncoded line with no Trong đó above it has no code", () => {
  expect(() => planOf([parent, central])).toThrow(/A3: line "Ngân sách trung ương" has no code/);
});

test("after the next coded line, an uncoded line is no part of the first", () => {
  expect(() => planOf([parent, [null, "Trong đó:", null, null], central, [2, "Tổ truyền thông", "tổ", 4], local])).toThrow(/A6: line "Ngân sách địa phương" has no code/);
});
