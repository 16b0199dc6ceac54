/**
 * Areas across the columns on a sheet of one line (`Tổ truyền thông` as the
 * one row, a district and its communes as columns): a commune whose one cell
 * holds `x` in place of its figure is still that commune's column — the `x`
 * told as an invalid value at its cell, never the commune dropped as a text
 * column with nothing said (a bare name too, between two communes). A flag column of `x` marks beside area rows
 * (`Xã biên giới`) stays a note.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const plan = (target: number) => readPlanJson({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target }] }, "plan.json");

function check(rows: CellValue[][], target: number) {
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: plan(target), sheet: "Phân bổ" });
}

describe("one line as a row, the areas across the columns", () => {
  test.each(["x", "X", "?"])("a commune's one cell `%s`: an invalid value at it, the commune read", (mark) => {
    const result = check(
      [
        ["STT", "Nội dung", "Huyện Bắc Hà", "Xã Bản Liền", "Xã Tà Chải", "Xã Cốc Ly", "Tổng cộng"],
        [1, "Tổ truyền thông cộng đồng", 5, 2, mark, 3, 5],
      ],
      5,
    );
    expect(result.report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["invalid-value@E2"]);
    expect(result.report.reading!.areas.map((a) => `${a.at}:${a.role}`)).toEqual(["C:group", "D:leaf", "E:leaf", "F:leaf", "G:total"]);
  });

  test("a bare commune between two others, its one cell `x`: an invalid value at it", () => {
    const result = check(
      [
        ["STT", "Nội dung", "Huyện Bắc Hà", "Bản Liền", "Tà Chải", "Cốc Ly", "Tổng cộng"],
        [1, "Tổ truyền thông cộng đồng", 5, 2, "x", 3, 5],
      ],
      5,
    );
    expect(result.report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["invalid-value@E2"]);
  });

  test("a flag column of marks beside area rows is a note, not a line", () => {
    const result = check(
      [
        ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Xã biên giới"],
        ["I", "Huyện Bắc Hà", 5, null],
        [1, "Xã Bản Liền", 2, "x"],
        [2, "Xã Tà Chải", 3, null],
      ],
      5,
    );
    expect(result.report.findings).toEqual([]);
    expect(result.report.reading!.ignored.map((i) => `${i.at}:${i.why}`)).toEqual(["D:text column"]);
  });
});
