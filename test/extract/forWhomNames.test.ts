/**
 * A count of whom an activity before it is for (`Tổ chức 02 lớp tập huấn cho 60 học viên`, `… 1.250 ha cho 86 hộ`),
 * named by nothing but its unit, is named with that activity (`Tổ chức lớp tập huấn cho học viên`), not `Học viên`.
 * A count with words of its own keeps them.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const names = (line: string) => extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target]);

test.each<[string, Array<[string, number]>]>([
  ["- Tổ chức 02 lớp tập huấn cho 60 học viên;", [["Tổ chức lớp tập huấn", 2], ["Tổ chức lớp tập huấn cho học viên", 60]]],
  ["- Hỗ trợ khoán bảo vệ rừng 1.250 ha cho 86 hộ;", [["Hỗ trợ khoán bảo vệ rừng", 1250], ["Hỗ trợ khoán bảo vệ rừng cho hộ", 86]]],
  ["- Hỗ trợ đất ở cho 45 hộ và nước sinh hoạt phân tán cho 320 hộ;", [["Hỗ trợ đất ở cho hộ", 45], ["Nước sinh hoạt phân tán cho hộ", 320]]],
])("%s", (line, expected) => {
  expect(names(line)).toEqual(expected);
});
