/**
 * In running text, what was done before `và` (`duy trì 48 địa chỉ đã thành lập và bảo đảm 100% tổ …`) says nothing
 * of the count after it, and `bảo đảm` / `đảm bảo` right before a figure commits to it, as `đạt` does.
 */
import { extractPlan } from "../../src/extract";

const plan = (sentence: string) =>
  extractPlan(["HỘI LHPN TỈNH THỬ NGHIỆM", "Số: 1/HPN-BTG", "Thử Nghiệm, ngày 05 tháng 3 năm 2025", "Kính gửi: Hội LHPN các huyện.", sentence, "Nơi nhận:", "- Như trên."].join("\n"));

test.each<[string, Array<[number, string]>]>([
  ["Đề nghị các huyện duy trì hoạt động 48 địa chỉ tin cậy đã thành lập và bảo đảm 100% tổ truyền thông được tập huấn.", [[48, "địa chỉ"], [100, "%"]]],
  ["Đề nghị các huyện đảm bảo 90% hội viên được tuyên truyền.", [[90, "%"]]],
  ["Năm 2024 các huyện đã thành lập 40 tổ truyền thông.", []],
])("%s", (sentence, expected) => {
  expect(plan(sentence).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual(expected);
});
