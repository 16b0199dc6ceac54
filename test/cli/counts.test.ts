/** The counts `summary` prints after writing the copy: grouped as every number shown to a person (`.` in Vietnamese, `,` in English). */
import { MSG } from "../../src/cli/messages";

describe("summary's counts line", () => {
  test.each([
    [4502, 1200, "Kết quả kiểm tra: 4.502 lỗi, 1.200 cảnh báo (xem trang Tổng hợp).", "Check result: 4,502 errors, 1,200 warnings (see the summary sheet)."],
    [3, 0, "Kết quả kiểm tra: 3 lỗi, 0 cảnh báo (xem trang Tổng hợp).", "Check result: 3 errors, 0 warnings (see the summary sheet)."],
    [1, 1, "Kết quả kiểm tra: 1 lỗi, 1 cảnh báo (xem trang Tổng hợp).", "Check result: 1 error, 1 warning (see the summary sheet)."],
  ])("%i errors, %i warnings", (error, warning, vi, en) => {
    expect(MSG.counts(error, warning)).toEqual({ vi, en });
  });
});
