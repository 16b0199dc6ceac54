/**
 * A plan with its adjustment beside the first target (`Kế hoạch | Kế hoạch
 * điều chỉnh`, `… sau điều chỉnh`, `Chỉ tiêu | Chỉ tiêu điều chỉnh`): the
 * adjusted figure is the plan in force; a line it leaves blank keeps its
 * first target. A change column (`Điều chỉnh tăng/giảm`) or a bare
 * `Điều chỉnh` is not taken for the plan.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";

function targets(header: CellValue[], rows: CellValue[][]) {
  const plan = readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values: [header, ...rows], merges: [] }] });
  return plan.lines.map((line) => [line.code, line.target, line.source?.cell]);
}

const rows: CellValue[][] = [
  [1, "Tổ truyền thông", "tổ", 4, 5],
  [2, "Câu lạc bộ", "CLB", 6, null],
];

test.each<[string, string, string]>([
  ["Kế hoạch điều chỉnh", "Kế hoạch", "Kế hoạch điều chỉnh"],
  ["KH sau điều chỉnh", "Kế hoạch giao đầu năm", "Kế hoạch sau điều chỉnh"],
  ["Chỉ tiêu điều chỉnh", "Chỉ tiêu", "Chỉ tiêu điều chỉnh"],
])("%s is in force; a line it leaves blank keeps its first target", (_name, first, adjusted) => {
  expect(targets(["STT", "Nội dung", "ĐVT", first, adjusted], rows)).toEqual([
    ["1", 5, "E2"],
    ["2", 6, "D3"],
  ]);
});

test.each(["Điều chỉnh tăng (+), giảm (-)", "Điều chỉnh", "Ghi chú"])("%s beside the target is not the plan", (other) => {
  expect(targets(["STT", "Nội dung", "ĐVT", "Kế hoạch", other], rows)).toEqual([
    ["1", 4, "D2"],
    ["2", 6, "D3"],
  ]);
});
