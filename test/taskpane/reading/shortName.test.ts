/** A plan line's name cut between words for the pane's narrow plan-line boxes. */
import { shortName } from "../../../src/taskpane/components/reading/shortName";

describe("shortName", () => {
  test.each([
    ["Số tổ truyền thông", 20, "Số tổ truyền thông"],
    ["Tổ truyền thông cộng đồng được thành lập mới", 20, "Tổ truyền thông cộng…"],
    ["Đề án Hỗ trợ hoạt động bình đẳng giới vùng dân tộc thiểu số và miền núi", 20, "Đề án Hỗ trợ hoạt…"],
    ["Tổ tiết kiệm và vay vốn tự quản", 16, "Tổ tiết kiệm…"],
    ["Câu lạc bộ “Thủ lĩnh của sự thay đổi”", 20, "Câu lạc bộ “Thủ lĩnh…”"],
    ['Câu lạc bộ "Thủ lĩnh của sự thay đổi"', 20, 'Câu lạc bộ "Thủ lĩnh…"'],
    ["Xây dựng nhà tạm lánh, địa chỉ tin cậy tại cộng đồng", 20, "Xây dựng nhà tạm…"],
    ["Supercalifragilisticexpialidocious words", 10, "Supercalifragilisticexpialidocious…"],
    ["  Số   lớp  tập huấn ", 20, "Số lớp tập huấn"],
  ])("%s (%i) → %s", (name, max, want) => {
    expect(shortName(name, max)).toBe(want);
  });
});
