/**
 * One cause, one finding: a plan whose budget parts do not add up to the
 * stated total, with an allocation that follows the parts, puts the parent's
 * allocated total off its stated target for that one cause. `budget-split`
 * tells it (and says the allocation follows the parts); `ceiling` tells
 * nothing for the parent. An allocation off the parts as well is a second
 * mistake, told by `ceiling`.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, merges: [] };
}

function plan(total: number, parts: [number, number]): SheetData {
  return sheet("Kế hoạch", [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 6],
    ["KP", "Tổng kinh phí", "triệu đồng", total],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", parts[0]],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", parts[1]],
  ]);
}

function allocation(a: [number, number], b: [number, number]): SheetData {
  const sum = (x: [number, number]) => x[0] + x[1];
  return sheet("Phân bổ", [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Tổng kinh phí (triệu đồng)", "Kinh phí truyền thông", "Kinh phí tập huấn"],
    [null, "Tổng cộng", 6, sum(a) + sum(b), a[0] + b[0], a[1] + b[1]],
    [1, "Xã Khánh Thượng", 3, sum(a), a[0], a[1]],
    [2, "Xã Ba Trại", 3, sum(b), b[0], b[1]],
  ]);
}

describe("a broken budget split followed by the allocation is one finding", () => {
  test.each([
    ["parts over the total, allocation follows the parts", 300, [200, 120], [100, 60], [100, 60], [["budget-split", "D3"]], true],
    ["parts under the total, allocation follows the parts", 300, [200, 80], [100, 40], [100, 40], [["budget-split", "D3"]], true],
    ["allocation off the parts too: two mistakes", 300, [200, 120], [100, 70], [100, 60], [["budget-split", "D3"], ["ceiling", "D2"], ["ceiling", "F2"]], false],
    // The Tổng kinh phí column is its parts' sum: its excess is the part's, told there alone.
    ["a consistent plan: the allocation's excess is told at the part it lies in", 300, [200, 100], [100, 60], [100, 60], [["ceiling", "F2"]], false],
  ])("%s", (_name, total, parts, a, b, expected, follows) => {
    const { report } = checkWorkbook(
      { sheets: [plan(total as number, parts as [number, number]), allocation(a as [number, number], b as [number, number])] },
      { workbookName: "x.xlsx" },
    );
    expect(report.findings.map((f) => [f.rule, f.cell]).sort()).toEqual(expected);
    const split = report.findings.find((f) => f.rule === "budget-split");
    if (split !== undefined) expect(split.message.vi).toEqual(follows ? expect.stringContaining("Biểu phân bổ theo các mục con") : expect.not.stringContaining("Biểu phân bổ"));
  });
});
