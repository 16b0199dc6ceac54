import { sameSheetName } from "../../../src/core/model/sheetName";
import { isSummarySheetName } from "../../../src/core/summary";

describe("sheet names, compared as Excel does", () => {
  test.each<[string, string, boolean]>([
    ["Tổng hợp", "TỔNG HỢP", true],
    ["Tổng hợp", "Tổng hợp".normalize("NFD"), true],
    ["Phân bổ", "phân bổ", true],
    ["Phân bổ", "Phan bo", false],
    ["Kế hoạch", "Kế hoạch 2", false],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(sameSheetName(a, b)).toBe(same);
  });

  test.each<[string, boolean]>([
    ["Tổng hợp", true],
    ["tổng hợp (2)", true],
    ["Tổng hợp (12)", true],
    ["Tổng hợp (x)", false],
    ["Tổng hợp 2", false],
    ["Bảng tổng hợp", false],
  ])("a summary sheet may be called %s: %s", (name, expected) => {
    expect(isSummarySheetName(name)).toBe(expected);
  });
});
