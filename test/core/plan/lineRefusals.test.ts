/**
 * A line whose cells give a quota and no target is refused at its cells,
 * never guessed; lines whose cells agree read as before.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { InputError } from "../../../src/core/model/errors";
import type { CellValue } from "../../../src/core/model/workbook";

function planOf(rows: CellValue[][]) {
  return readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values: rows, merges: [] }] });
}

function refusal(rows: CellValue[][]): string {
  try {
    planOf(rows);
  } catch (error) {
    if (error instanceof InputError) return `${error.code}: ${error.text.en}`;
    throw error;
  }
  return "read";
}

describe("a quota with no target", () => {
  const areas: CellValue[][] = [[], ["Huyện", "Xã"], ["Ba Vì", "Khánh Thượng"], ["Ba Vì", "Minh Quang"]];
  test.each<[string, CellValue[][], RegExp]>([
    ["alone, plan lists its areas", [[1, "Tổ truyền thông", "tổ", null, "1 tổ/xã"], ...areas], /^bad-plan: 'Kế hoạch'!E2: quota "1 tổ\/xã" but the target cell D2 is blank\. Type/],
    ["after a line with a target", [[1, "Tổ truyền thông", "tổ", 4, "1 tổ/xã"], [2, "Câu lạc bộ", "CLB", "", 1]], /^bad-plan: 'Kế hoạch'!E3: quota "1" but the target cell D3 is blank/],
    ["no list of areas", [[1, "Tổ truyền thông", "tổ", null, "01 tổ/xã"]], /E2: quota "01 tổ\/xã" but the target cell D2 is blank/],
  ])("%s: refused at the quota cell", (_name, rows, message) => {
    expect(refusal([["STT", "Nội dung", "ĐVT", "Kế hoạch", "Định mức"], ...rows])).toMatch(message);
  });

  test.each<[string, CellValue[][], string[]]>([
    ["target and quota", [[1, "Tổ truyền thông", "tổ", 2, "1 tổ/xã"]], ["1"]],
    ["a heading with blank target and quota", [["I", "Chỉ tiêu chung", null, null, null], [1, "Tổ truyền thông", "tổ", 2, 1]], ["1"]],
    ["a dash in the quota", [[1, "Tổ truyền thông", "tổ", 2, null], [2, "Ghi chú", null, null, "-"]], ["1"]],
  ])("%s: read", (_name, rows, codes) => {
    expect(planOf([["STT", "Nội dung", "ĐVT", "Kế hoạch", "Định mức"], ...rows]).lines.map((l) => l.code)).toEqual(codes);
  });
});
