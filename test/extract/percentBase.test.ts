/** A count in the base of a percent (`100% xã có ít nhất 01 địa chỉ tin cậy`) describes the places counted: one percent target, no count target. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [number, string, string];

describe("a count after a percent's places and `có`, or a least count (or one) each place does", () => {
  test.each<[string, Row[]]>([
    ["- Phấn đấu 100% xã có ít nhất 01 địa chỉ tin cậy tại cộng đồng.", [[100, "%", "Xã có ít nhất 01 địa chỉ tin cậy tại cộng đồng"]]],
    ["- 90% thôn, bản có 01 tổ truyền thông cộng đồng hoạt động.", [[90, "%", "Thôn, bản có 01 tổ truyền thông cộng đồng hoạt động"]]],
    ["- Đạt 80% số hộ được hỗ trợ; thành lập 05 tổ hợp tác.", [[80, "%", "Số hộ được hỗ trợ"], [5, "tổ hợp tác", "Thành lập tổ hợp tác"]]],
    ["- Phấn đấu 85% trở lên phụ nữ mang thai được khám thai ít nhất 4 lần.", [[85, "%", "Phụ nữ mang thai được khám thai ít nhất 4 lần"]]],
    ["- 100% xã được tuyên truyền, tổ chức 12 buổi truyền thông.", [[100, "%", "Xã được tuyên truyền"], [12, "buổi", "Tổ chức buổi truyền thông"]]],
    [
      "- Phấn đấu 100% xã vùng dự án tổ chức ít nhất 01 cuộc đối thoại chính sách.",
      [[100, "%", "Xã vùng dự án tổ chức ít nhất 01 cuộc đối thoại chính sách"]],
    ],
    ["- 90% trường THCS thành lập tối thiểu 02 câu lạc bộ.", [[90, "%", "Trường THCS thành lập tối thiểu 02 câu lạc bộ"]]],
    ["- 100% thôn, bản tổ chức 01 buổi sinh hoạt chuyên đề.", [[100, "%", "Thôn, bản tổ chức 01 buổi sinh hoạt chuyên đề"]]],
    ["- 100% phụ nữ được tuyên truyền; tổ chức ít nhất 12 buổi truyền thông.", [[100, "%", "Phụ nữ được tuyên truyền"], [12, "buổi", "Tổ chức buổi truyền thông"]]],
    ["- 100% xã được tuyên truyền, tổ chức ít nhất 12 buổi truyền thông.", [[100, "%", "Xã được tuyên truyền"], [12, "buổi", "Tổ chức buổi truyền thông"]]],
    // `các` (`tất cả các`) before the places, and two verbs joined by `và`, keep the count in the percent's base.
    [
      "- 100% các xã, thị trấn xây dựng và duy trì ít nhất 01 mô hình phòng, chống bạo lực gia đình.",
      [[100, "%", "Các xã, thị trấn xây dựng và duy trì ít nhất 01 mô hình phòng chống bạo lực gia đình"]],
    ],
    ["- 100% tất cả các thôn, bản có ít nhất 01 tổ truyền thông.", [[100, "%", "Tất cả các thôn, bản có ít nhất 01 tổ truyền thông"]]],
  ])("%s", (line, expected) => {
    expect(extractPlan(planWith([line])).indicators.map((i): Row => [i.target, i.unit, i.name])).toEqual(expected);
  });
});
