/**
 * Names that are the thing counted: an amending plan's `Điều chỉnh chỉ tiêu …` / `Bổ sung chỉ tiêu …` and the figure the
 * revision starts from (`từ 10 tổ lên 12 tổ`, `từ 03 tổ thành 05 tổ`) go, as do the words announcing the places listed
 * after the figure (`…, gồm các xã: A, B, C`).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) => extractPlan(planWith([line])).indicators.map((i) => [i.name, i.target, i.unit]);

test.each<[string, [string, number, string]]>([
  ["1. Điều chỉnh chỉ tiêu thành lập mới tổ truyền thông cộng đồng từ 10 tổ lên 12 tổ.", ["Thành lập mới tổ truyền thông cộng đồng", 12, "tổ"]],
  ["1. Điều chỉnh chỉ tiêu thành lập mới tổ truyền thông cộng đồng từ 03 tổ thành 05 tổ.", ["Thành lập mới tổ truyền thông cộng đồng", 5, "tổ"]],
  ["1. Điều chỉnh chỉ tiêu xây dựng địa chỉ tin cậy từ 05 địa chỉ xuống 04 địa chỉ.", ["Xây dựng địa chỉ tin cậy", 4, "địa chỉ"]],
  ["1. Bổ sung chỉ tiêu duy trì 01 địa chỉ tin cậy tại cộng đồng.", ["Duy trì địa chỉ tin cậy tại cộng đồng", 1, "địa chỉ"]],
  ["1. Có thêm 03 xã đạt chuẩn nông thôn mới nâng cao, gồm các xã: Quang Tiến, Ngọc Vân, Việt Lập.", ["Thêm xã đạt chuẩn nông thôn mới nâng cao", 3, "xã"]],
  // `…: giữ nguyên 24 phóng sự` (unchanged by the amendment): named by its label, not `Giữ nguyên phóng sự`.
  ["c) Xây dựng, phát sóng phóng sự tuyên truyền trên Đài Phát thanh - Truyền hình tỉnh: giữ nguyên 24 phóng sự.", ["Xây dựng, phát sóng phóng sự tuyên truyền trên Đài Phát thanh - Truyền hình tỉnh", 24, "phóng sự"]],
  // A place the target is met in stays in its name.
  ["1. Tổ chức 16 buổi nói chuyện chuyên đề tại các phường.", ["Tổ chức buổi nói chuyện chuyên đề tại các phường", 16, "buổi"]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual([expected]);
});
