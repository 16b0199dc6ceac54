/**
 * A figure paced per year in running text keeps the words after its unit in its name (`mỗi năm hỗ trợ ít nhất 50 hội
 * viên phụ nữ khởi nghiệp` → `Hỗ trợ hội viên phụ nữ khởi nghiệp (mỗi năm)`), even when a word before it folds to the
 * unit's first word (`Hội` for `hội viên`, `hỗ` for `hộ`): only the unit said whole, with its marks, before a figure
 * that ends its clause names the target by that lead (`Số hộ nghèo còn lại là 337 hộ`).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

describe("a yearly figure's name keeps its object words", () => {
  test.each<[string, string]>([
    ["Hội LHPN huyện mỗi năm hỗ trợ ít nhất 50 hội viên phụ nữ khởi nghiệp.", "Hỗ trợ hội viên phụ nữ khởi nghiệp (mỗi năm)"],
    ["Hằng năm hỗ trợ 30 hộ nghèo phát triển sinh kế.", "Hỗ trợ hộ nghèo phát triển sinh kế (mỗi năm)"],
    ["Phối hợp Ngân hàng Chính sách xã hội, mỗi năm hỗ trợ ít nhất 200 hội viên vay vốn ưu đãi.", "Hỗ trợ hội viên vay vốn ưu đãi (mỗi năm)"],
    ["Hội Phụ nữ các xã hỗ trợ 40 phụ nữ dân tộc thiểu số học nghề.", "Hỗ trợ phụ nữ dân tộc thiểu số học nghề"],
  ])("%s", (line, name) => {
    const read = extractPlan(planWith([line], { heading: "1. Mục tiêu chung" })).indicators.filter((i) => i.kind !== "money");
    expect(read.map((i) => i.name)).toEqual([name]);
  });
});
