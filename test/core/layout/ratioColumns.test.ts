/**
 * A column that gives the allocation as a ratio of the plan (`Tỷ lệ so với
 * kế hoạch (%)`, `% so KH`) is computed, not a line: it never stands for a
 * percent plan line (whose name shares only `tỷ lệ` with it), and is listed
 * in the reading as left out.
 */
import { checkWorkbook } from "../../../src/core/check";
import { isRatioToPlan } from "../../../src/core/layout/lines";
import { sheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Thành lập mới tổ truyền thông cộng đồng", "tổ", 4],
  ["2", "Tỷ lệ phụ nữ được tuyên truyền", "%", 80],
]);

describe("ratio-to-plan columns", () => {
  test.each([
    [["Tỷ lệ so với kế hoạch (%)"], true],
    [["% so KH"], true],
    [["Tỷ lệ % KH"], true],
    [["Số tổ TTCĐ", "So với KH (%)"], true],
    [["Tỷ lệ (so với kế hoạch)"], true],
    [["Tỷ lệ phụ nữ được tuyên truyền (%)"], false],
    [["Số KH giao"], false],
    [["Tỷ lệ hộ nghèo so với năm trước"], false],
  ])("%j → %s", (parts, expected) => {
    expect(isRatioToPlan(parts)).toBe(expected);
  });

  test.each(["Tỷ lệ so với kế hoạch (%)", "% so KH", "Tỷ lệ (so với kế hoạch)"])("`%s` beside the lines is left out, the percent line unmapped", (header) => {
    const { report } = checkWorkbook(
      {
        sheets: [
          PLAN,
          sheet("Phân bổ", [
            ["STT", "Đơn vị", "Số tổ TTCĐ (tổ)", header],
            [null, "Tổng cộng", 4, 100],
            [1, "Xã Khánh Thượng", 2, 50],
            [2, "Xã Vật Lại", 2, 50],
          ]),
        ],
      },
      { workbookName: "x.xlsx" },
    );
    expect(report.findings.map((f) => [f.rule, f.indicator])).toEqual([["unmapped", "2"]]);
    expect(report.reading!.ignored).toContainEqual({ at: "D", header, why: "ratio to plan" });
  });
});
