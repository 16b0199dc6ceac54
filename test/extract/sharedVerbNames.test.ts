/**
 * Names the plan sheet shows for two shapes of line: two targets on one line whose second opens with verbs listed
 * before its figure (`…, sửa chữa, nâng cấp 07 công trình`) — the first target's name ends at the comma before the
 * first of those verbs; and a budget part named by its number alone (`Nội dung 1 (truyền thông): …`) — it keeps the
 * words in its bracket.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

describe("verbs listed before the second figure on a line", () => {
  test.each<[string, Array<[number, string]>]>([
    [
      "- Xây dựng mới 04 công trình cấp nước tập trung, sửa chữa, nâng cấp 07 công trình đã xuống cấp.",
      [[4, "Xây dựng mới công trình cấp nước tập trung"], [7, "Sửa chữa, nâng cấp công trình đã xuống cấp"]],
    ],
    [
      "- Thành lập mới 05 tổ hợp tác chăn nuôi, củng cố, kiện toàn, duy trì 12 tổ hợp tác đã có.",
      [[5, "Thành lập mới tổ hợp tác chăn nuôi"], [12, "Củng cố, kiện toàn, duy trì tổ hợp tác đã có"]],
    ],
    // One verb before the second figure: the comma before it ends the first name, as before.
    [
      "- Xây dựng mới 03 nhà văn hóa thôn, sửa chữa 06 nhà văn hóa đã xuống cấp.",
      [[3, "Xây dựng mới nhà văn hóa thôn"], [6, "Sửa chữa nhà văn hóa đã xuống cấp"]],
    ],
    // Nouns listed after the first figure stay in its name: only verbs alone go with the second figure.
    [
      "- Hỗ trợ 20 hộ nghèo, hộ cận nghèo, nâng cấp 15 căn nhà.",
      [[20, "Hỗ trợ hộ nghèo, hộ cận nghèo"], [15, "Nâng cấp căn nhà"]],
    ],
  ])("%s", (line, expected) => {
    const plan = extractPlan(planWith([line]));
    expect(plan.indicators.filter((i) => i.kind === "count").map((i) => [i.target, i.name])).toEqual(expected);
  });
});

describe("a budget part named by its number and a bracket", () => {
  test.each<[string, string[]]>([
    [
      "Tổng kinh phí: 2.000 triệu đồng, trong đó:\n- Nội dung 1 (truyền thông, nâng cao năng lực): 1.200 triệu đồng;\n- Nội dung 2 (xây dựng mô hình): 800 triệu đồng.",
      ["Nội dung 1 (truyền thông, nâng cao năng lực)", "Nội dung 2 (xây dựng mô hình)"],
    ],
    [
      "Tổng kinh phí: 900 triệu đồng, trong đó:\n- Tiểu dự án 1 (hỗ trợ sản xuất): 600 triệu đồng;\n- Tiểu dự án 2: 300 triệu đồng.",
      ["Tiểu dự án 1 (hỗ trợ sản xuất)", "Tiểu dự án 2"],
    ],
    [
      "Tổng kinh phí: 900 triệu đồng, trong đó:\n+ Tiểu dự án 1 Dự án 2 (hỗ trợ sản xuất): 600 triệu đồng;\n+ Dự án 6 (truyền thông): 300 triệu đồng.",
      ["Tiểu dự án 1 Dự án 2 (hỗ trợ sản xuất)", "Dự án 6 (truyền thông)"],
    ],
    // A bracket after words that name the part already says something else (a source, a note): it stays out.
    [
      "Tổng kinh phí: 900 triệu đồng, trong đó:\n- Ngân sách trung ương (vốn sự nghiệp): 600 triệu đồng;\n- Ngân sách huyện: 300 triệu đồng.",
      ["Ngân sách trung ương", "Ngân sách huyện"],
    ],
  ])("%s", (lines, expected) => {
    const text = planWith(["- Thành lập mới 05 tổ truyền thông cộng đồng."]).replace("III. TỔ CHỨC THỰC HIỆN", `III. KINH PHÍ\n${lines}\nIV. TỔ CHỨC THỰC HIỆN`);
    const parts = extractPlan(text).indicators.filter((i) => i.kind === "money" && i.code !== "KP");
    expect(parts.map((i) => i.name)).toEqual(expected);
  });
});
