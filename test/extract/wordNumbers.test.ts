/**
 * A count written out in words before a counting word, in a targets part (`Thành lập mới mười hai tổ …`), is read as
 * its figure; words that are no count there (`một số`, `trong năm tổ chức`, `tư vấn`, `(mười bốn)` after the digits)
 * are left alone.
 */
import { extractPlan } from "../../src/extract";
import { digitsForWords, wordsValue } from "../../src/extract/wordNumbers";
import { planWith } from "./planText";

test.each<[string, number | null]>([
  ["mười bốn", 14],
  ["hai mươi lăm", 25],
  ["ba mươi mốt", 31],
  ["một trăm linh năm", 105],
  ["hai trăm năm mươi", 250],
  ["một nghìn hai trăm", 1200],
  ["mười mười", null],
  ["hai ba", null],
])("%s", (words, value) => {
  expect(wordsValue(words.split(" "))).toBe(value);
});

test.each<[string, [number, string][]]>([
  ["- Thành lập mới mười hai tổ truyền thông cộng đồng;", [[12, "tổ"]]],
  ["- Duy trì hai mươi lăm câu lạc bộ \"Thủ lĩnh của sự thay đổi\".", [[25, "CLB"]]],
  ["- Tổ chức 14 (mười bốn) cuộc đối thoại chính sách.", [[14, "cuộc"]]],
  ["- Trong năm tổ chức 03 lớp tập huấn cho cán bộ.", [[3, "lớp tập huấn"]]],
  ["- Một số xã tổ chức 02 hội nghị.", [[2, "hội nghị"]]],
  ["- Tổ chức 02 hội nghị ở cả hai cấp tỉnh, huyện.", [[2, "hội nghị"]]],
])("%s", (line, expected) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit])).toEqual(expected);
});

test("the line keeps its length and the target its sentence as written", () => {
  const line = "Thành lập mới mười hai tổ truyền thông.";
  expect(digitsForWords(line).length).toBe(line.length);
  const read = extractPlan(planWith([`- ${line}`])).indicators.find((i) => i.unit === "tổ");
  expect(read?.sourceText).toBe(line);
});
