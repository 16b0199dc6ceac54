/** An approximate count after a target of another unit in its sentence is whom the activity reaches, no target of its own. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [number, string];

test.each<[string, Row[]]>([
  ["- Tổ chức 03 lớp tập huấn cho khoảng 450 người có uy tín.", [[3, "lớp tập huấn"]]],
  ["- Tổ chức 32 cuộc truyền thông tại cộng đồng, thu hút khoảng 3.200 lượt người tham gia.", [[32, "cuộc"]]],
  ["- Xây dựng 12 mô hình sinh kế với khoảng 300 hộ tham gia.", [[12, "mô hình"]]],
  ["- Vận động khoảng 500 phụ nữ tham gia sinh hoạt chuyên đề.", [[500, "phụ nữ"]]],
  ["- Tổ chức 04 buổi truyền thông; khoảng 300 người được tuyên truyền.", [[4, "buổi"], [300, "người"]]],
])("%s", (line, expected) => {
  expect(extractPlan(planWith([line])).indicators.map((i): Row => [i.target, i.unit])).toEqual(expected);
});
