/** The summary sheet's check result (`3 lỗi, 5 cảnh báo`): counts of 1 000 and more grouped as the sheet's other numbers shown as text (`.` in Vietnamese, `,` in English). */
import { resultLabel } from "../../../src/core/summary/labels";

describe("resultLabel", () => {
  test.each([
    [{ error: 3, warning: 5, info: 0 }, "3 lỗi, 5 cảnh báo", "3 errors, 5 warnings"],
    [{ error: 1, warning: 1, info: 0 }, "1 lỗi, 1 cảnh báo", "1 error, 1 warning"],
    [{ error: 4502, warning: 1200, info: 7 }, "4.502 lỗi, 1.200 cảnh báo", "4,502 errors, 1,200 warnings"],
  ])("%o", (counts, vi, en) => {
    expect(resultLabel(counts)).toEqual({ vi, en });
  });
});
