/**
 * A count whose lead names its unit (`Số cặp tảo hôn không quá 5 cặp/năm`) is named by that lead, the unit not said
 * twice; so is one whose lead counts in other words (`Số vụ tảo hôn không quá 3 trường hợp/năm`); a lead that is no
 * `Số …` (`Tổ chức 05 lớp tập huấn`) keeps the unit as the head of its name. A lead that lowers `số …` (`Giảm số vụ … xuống
 * dưới 3 vụ`) is named by its words too, and `giảm` after the count (`Số hộ nghèo giảm xuống còn …`) stays in the name,
 * as in `Tỷ lệ hộ nghèo giảm`: only the way to the figure (`xuống còn dưới`) goes. A unit that closes its clause and is
 * said already before the figure (`Trồng cây phân tán 25.000 cây`) is not said again at the end of the name.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, string, number]>([
  ["- Số cặp tảo hôn không quá 5 cặp/năm.", "Số cặp tảo hôn (mỗi năm)", 5],
  ["- Số hộ nghèo giảm xuống còn dưới 120 hộ.", "Số hộ nghèo giảm", 120],
  ["- Giảm số hộ cận nghèo xuống còn dưới 80 hộ vào cuối năm.", "Giảm số hộ cận nghèo", 80],
  ["- Giảm số vụ tai nạn giao thông xuống dưới 3 vụ.", "Giảm số vụ tai nạn giao thông", 3],
  ["- Phấn đấu giảm số vụ cháy rừng xuống còn 2 vụ.", "Giảm số vụ cháy rừng", 2],
  ["- Số người được tập huấn ít nhất 200 người.", "Số người được tập huấn", 200],
  ["- Số vụ tảo hôn không quá 3 trường hợp/năm.", "Số vụ tảo hôn (mỗi năm)", 3],
  ["- Số nạn nhân được hỗ trợ đạt 100 người.", "Số nạn nhân được hỗ trợ", 100],
  ["- Tổ chức 05 lớp tập huấn cho cán bộ.", "Tổ chức lớp tập huấn cho cán bộ", 5],
  ["- Số hộ được hỗ trợ sinh kế 50 hộ nghèo.", "Số hộ được hỗ trợ sinh kế 50 hộ nghèo", -1],
  // The unit closing the clause, said already before the figure, is not said again after it.
  ["- Trồng cây phân tán 25.000 cây.", "Trồng cây phân tán", 25000],
  ["- Hỗ trợ hộ nghèo phát triển sản xuất 40 hộ.", "Hỗ trợ hộ nghèo phát triển sản xuất", 40],
  ["- Trồng 500 cây xanh tại trường học.", "Trồng cây xanh tại trường học", 500],
  ["- Hỗ trợ phát triển sản xuất cho 200 hộ.", "Hỗ trợ phát triển sản xuất cho hộ", 200],
])("%s", (line, name, target) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  if (target < 0) expect(read.map((i) => i.name)).not.toContain("Số hộ được hỗ trợ sinh kế");
  else expect(read.map((i) => [i.name, i.target])).toEqual([[name, target]]);
});
