/** The counts `summary` prints after writing the copy: grouped as every number shown to a person (`.` in Vietnamese, `,` in English). */
import { MSG } from "../../src/cli/messages";

describe("summary's counts line", () => {
  test.each([
    [4502, 1200, "Kết quả kiểm tra: 4.502 lỗi, 1.200 cảnh báo (xem trang Tổng hợp).", "Check result: 4,502 error(s), 1,200 warning(s) (see the summary sheet)."],
    [3, 0, "Kết quả kiểm tra: 3 lỗi, 0 cảnh báo (xem trang Tổng hợp).", "Check result: 3 error(s), 0 warning(s) (see the summary sheet)."],
  ])("%i errors, %i warnings", (error, warning, vi, en) => {
    expect(MSG.counts(error, warning)).toEqual({ vi, en });
  });
});
