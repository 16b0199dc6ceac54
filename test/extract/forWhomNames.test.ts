/**
 * A count of whom an activity before it is for (`Tổ chức 02 lớp tập huấn cho 60 học viên`, `… 1.250 ha cho 86 hộ`),
 * named by nothing but its unit, is named with that activity (`Tổ chức lớp tập huấn cho học viên`), not `Học viên`.
 * A count with words of its own keeps them. Commas inside the activity's name stay in it (`lớp … dân ca, dân vũ cho
 * 35 học viên`); `và` opens another activity.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const names = (line: string) => extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target]);

test.each<[string, Array<[string, number]>]>([
  ["- Tổ chức 02 lớp tập huấn cho 60 học viên;", [["Tổ chức lớp tập huấn", 2], ["Tổ chức lớp tập huấn cho học viên", 60]]],
  ["- Hỗ trợ khoán bảo vệ rừng 1.250 ha cho 86 hộ;", [["Hỗ trợ khoán bảo vệ rừng", 1250], ["Hỗ trợ khoán bảo vệ rừng cho hộ", 86]]],
  ["- Hỗ trợ đất ở cho 45 hộ và nước sinh hoạt phân tán cho 320 hộ;", [["Hỗ trợ đất ở cho hộ", 45], ["Nước sinh hoạt phân tán cho hộ", 320]]],
  // The activity's name holds a comma: the count of whom it is for follows the whole name, not its last part.
  ["- Tổ chức 01 lớp truyền dạy dân ca, dân vũ cho 35 học viên;", [["Tổ chức lớp truyền dạy dân ca, dân vũ", 1], ["Tổ chức lớp truyền dạy dân ca, dân vũ cho học viên", 35]]],
  ["- Mở 02 lớp dạy nghề may, thêu, đan lát cho 60 học viên;", [["Mở lớp dạy nghề may, thêu, đan lát", 2], ["Mở lớp dạy nghề may, thêu, đan lát cho học viên", 60]]],
  // A comma before `và` still opens another activity.
  ["- Xây dựng 03 mô hình sinh kế, nuôi ong và hỗ trợ vốn cho 45 hộ;", [["Xây dựng mô hình sinh kế, nuôi ong", 3], ["Hỗ trợ vốn cho hộ", 45]]],
])("%s", (line, expected) => {
  expect(names(line)).toEqual(expected);
});
