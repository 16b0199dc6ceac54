/**
 * A quota written after its words with a slash (`01 cuộc đối thoại chính sách/huyện`) takes only `/huyện`: the words
 * between the unit and the slash name the target.
 */
import { extractPlan } from "../../src/extract";

const namesOf = (sentence: string) =>
  extractPlan(["KẾ HOẠCH", "Hoạt động năm 2024", "Các huyện Trạm Tấu, Mù Cang Chải thực hiện.", sentence].join("\n"))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => i.name);

test.each([
  ["Tổ chức ít nhất 01 cuộc đối thoại chính sách/huyện với phụ nữ dân tộc thiểu số.", "Tổ chức cuộc đối thoại chính sách với phụ nữ dân tộc thiểu số"],
  ["Tổ chức 02 buổi truyền thông lưu động/xã trong năm.", "Tổ chức buổi truyền thông lưu động trong năm"],
])("%s", (sentence, name) => {
  expect(namesOf(sentence)).toEqual([name]);
});
