/**
 * `1. Tổ chức 01 hội nghị tập huấn …` then `- Số lượng: 01 hội nghị, 120 đại biểu.`, `- Thời gian: 02 ngày`: the
 * details of an item that holds its target are no targets; an item with no figure still takes its `Số lượng`.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const counts = (lines: string[]) => extractPlan(planWith(lines)).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);

test.each<[string, string[], Array<[number, string]>]>([
  ["Số lượng restating the item", ["1. Tổ chức 01 hội nghị tập huấn cho người có uy tín.", "- Số lượng: 01 hội nghị, 120 đại biểu.", "- Thời gian: 02 ngày, trong tháng 5 năm 2024."], [[1, "hội nghị"]]],
  ["Quy mô and Thành phần", ["1. Tổ chức 02 lớp tập huấn cho cán bộ Hội cơ sở.", "- Quy mô: 02 lớp, mỗi lớp 40 học viên.", "- Thành phần: 80 cán bộ Hội cơ sở.", "2. Thành lập mới 05 tổ truyền thông cộng đồng."], [[2, "lớp tập huấn"], [5, "tổ"]]],
  ["Địa bàn", ["1. Xây dựng 05 mô hình kinh tế tập thể của hội viên.", "- Số lượng: 05 mô hình;", "- Địa bàn: 05 xã.", "2. Tổ chức 12 lớp chuyển giao khoa học kỹ thuật."], [[5, "mô hình"], [12, "lớp"]]],
  ["Địa bàn thực hiện", ["1. Thành lập mới 06 tổ truyền thông cộng đồng.", "- Địa bàn thực hiện: 06 xã khu vực III."], [[6, "tổ"]]],
])("%s", (_label, lines, expected) => {
  expect(counts(lines)).toEqual(expected);
});

test("an item with no figure takes its count from `Số lượng`", () => {
  expect(counts(["1. Tổ chức hội nghị tập huấn cho người có uy tín.", "- Số lượng: 02 hội nghị."])).toEqual([[2, "hội nghị"]]);
});
