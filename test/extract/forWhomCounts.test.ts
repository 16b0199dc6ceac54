/**
 * In running text, a count of those an action is for (`Hỗ trợ 40 con bò … cho 20 hộ`), with no words of its own,
 * is named by that action (`Hỗ trợ con bò cái sinh sản cho hộ`) instead of being dropped or named by its unit alone.
 */
import { extractPlan } from "../../src/extract";

const plan = (sentence: string) =>
  extractPlan(["UBND XÃ THỬ NGHIỆM", "Số: 1/KH-UBND", "Thử Nghiệm, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "Hỗ trợ phát triển sản xuất năm 2024", "I. NỘI DUNG", sentence, "II. TỔ CHỨC THỰC HIỆN", "Các thôn thực hiện."].join("\n"));

test.each<[string, Array<[number, string, string]>]>([
  ["Hỗ trợ 40 con bò cái sinh sản cho 20 hộ.", [[40, "con", "Hỗ trợ con bò cái sinh sản"], [20, "hộ", "Hỗ trợ con bò cái sinh sản cho hộ"]]],
  ["Tổ chức 02 lớp tập huấn cho 80 người.", [[2, "lớp tập huấn", "Tổ chức lớp tập huấn"], [80, "người", "Tổ chức lớp tập huấn cho người"]]],
  ["Hỗ trợ 40 con bò cho 20 hộ nghèo.", [[40, "con", "Hỗ trợ con bò"], [20, "hộ", "Hộ nghèo"]]],
])("%s", (sentence, expected) => {
  expect(plan(sentence).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.name])).toEqual(expected);
});
