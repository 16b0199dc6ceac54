/**
 * A second count after `và` with no words of its own before its figure (`02 tấn gạo và 500 thùng mì tôm`) is named as
 * the first is, by the words its clause opens with; a count with its own lead, or after a label (`Số hộ …`), keeps its own.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const names = (line: string) =>
  extractPlan(planWith([line]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.name, i.target, i.unit]);

test.each<[string, Array<[string, number, string]>]>([
  ["1. Hỗ trợ hộ nghèo bị ảnh hưởng thiên tai 02 tấn gạo và 500 thùng mì tôm.", [["Hỗ trợ hộ nghèo bị ảnh hưởng thiên tai gạo", 2, "tấn"], ["Hỗ trợ hộ nghèo bị ảnh hưởng thiên tai thùng mì tôm", 500, "thùng"]]],
  ["- Tổ chức 12 lớp tập huấn và 30 buổi truyền thông;", [["Tổ chức lớp tập huấn", 12, "lớp tập huấn"], ["Tổ chức buổi truyền thông", 30, "buổi"]]],
  ["- Hội LHPN huyện vận động ít nhất 150 hội viên và 40 hộ gia đình tham gia;", [["Hội LHPN huyện vận động hội viên", 150, "hội viên"], ["Hội LHPN huyện vận động hộ gia đình tham gia", 40, "hộ gia đình"]]],
  // Its own verb before the figure: its own name.
  ["4. Tổ chức 12 lớp tập huấn và duy trì 30 câu lạc bộ.", [["Tổ chức lớp tập huấn", 12, "lớp tập huấn"], ["Duy trì câu lạc bộ", 30, "CLB"]]],
])("%s", (line, expected) => {
  expect(names(line)).toEqual(expected);
});
