/** `hai (02) tổ`: a count written in words with its figure in brackets after them, read as `02 tổ` is. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, number, string]>([
  ["- Thành lập mới hai (02) tổ truyền thông cộng đồng tại thôn Đội 1 và thôn Đội 6.", 2, "tổ"],
  ["- Duy trì một (01) câu lạc bộ \"Thủ lĩnh của sự thay đổi\".", 1, "CLB"],
  ["- Tổ chức ba (03) buổi truyền thông về phòng, chống tảo hôn, mỗi buổi khoảng 50 người tham dự.", 3, "buổi"],
  ["- Tổ chức Mười hai (12) lớp tập huấn cho cán bộ Hội.", 12, "lớp tập huấn"],
])("%s", (line, target, unit) => {
  const read = extractPlan(planWith([line]));
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual([[target, unit]]);
});

test("a figure in brackets after no number words (a phone code) is still no count", () => {
  const read = extractPlan(planWith(["- Thành lập mới 05 tổ truyền thông; đường dây nóng (024) 3825 1234."]));
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual([[5, "tổ"]]);
});
