/**
 * A table of places without a `STT` column whose first header is `Huyện` or `Xã` (`Huyện | Số tổ`, pasted from Word)
 * names the plan's areas, as with a `STT` column: a quota per district is then totalled over them.
 */
import { extractPlan } from "../../src/extract";

const planWith = (table: string[]) =>
  extractPlan(["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2025", "I. CHỈ TIÊU", "1. Thành lập mới 40 tổ truyền thông cộng đồng, phân bổ như sau:", ...table, "2. Mỗi huyện tổ chức ít nhất 02 lớp tập huấn cho cán bộ Hội cơ sở.", "II. TỔ CHỨC THỰC HIỆN", "Các ban."].join("\n"));

test.each([
  ["tabs", ["Huyện\tSố tổ", "Mộc Châu\t12", "Yên Châu\t10", "Bắc Yên\t8", "Phù Yên\t10", "Tổng\t40"]],
  ["bars", ["| Huyện | Số tổ |", "| Mộc Châu | 12 |", "| Yên Châu | 10 |", "| Bắc Yên | 8 |", "| Phù Yên | 10 |", "| Tổng | 40 |"]],
])("%s", (_, table) => {
  const plan = planWith(table);
  expect(plan.areas.map((a) => a.district)).toEqual(["Mộc Châu", "Yên Châu", "Bắc Yên", "Phù Yên"]);
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit])).toEqual([[40, "tổ"], [8, "lớp tập huấn"]]);
});

test("a `Xã` header first in its row names communes of the document's district", () => {
  const plan = extractPlan(["ỦY BAN NHÂN DÂN", "HUYỆN BẮC YÊN", "KẾ HOẠCH", "Thực hiện Dự án 8 năm 2025", "I. CHỈ TIÊU", "1. Thành lập mới 05 tổ, phân bổ như sau:", "| Xã | Số tổ |", "| Hang Chú | 3 |", "| Xím Vàng | 2 |", "II. TỔ CHỨC THỰC HIỆN", "Các xã."].join("\n"));
  expect(plan.areas.map((a) => a.commune)).toEqual(["Hang Chú", "Xím Vàng"]);
});
