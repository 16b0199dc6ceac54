/**
 * A task's label then its figures in running text (`Hỗ trợ giống bò sinh sản: 12 con cho 12 hộ`): the label governs the
 * figures the value opens with — both read (to confirm) and named by the label — while a cost line of the same shape
 * (`Hỗ trợ hoạt động tổ truyền thông: 05 tổ x 6.000.000 đồng = …`) counts what the money buys, no target.
 */
import { extractPlan } from "../../src/extract";

const plan = (line: string) =>
  ["ỦY BAN NHÂN DÂN", "XÃ TÀ SÌN THÀNG", "KẾ HOẠCH", "Hỗ trợ phát triển sản xuất năm 2026", "I. MỤC TIÊU", "Nâng cao thu nhập cho người dân.", "II. NỘI DUNG HỖ TRỢ", line, "III. KINH PHÍ", "Tổng kinh phí: 396 triệu đồng."].join("\n");

test.each<[string, Array<[string, number, string]>]>([
  ["1. Hỗ trợ giống bò sinh sản: 12 con cho 12 hộ.", [["Hỗ trợ giống bò sinh sản", 12, "con"], ["Hỗ trợ giống bò sinh sản cho hộ", 12, "hộ"]]],
  ["2. Hỗ trợ giống lợn nái: 48 con.", [["Hỗ trợ giống lợn nái", 48, "con"]]],
  ["1. Hỗ trợ hoạt động tổ truyền thông: 05 tổ x 6.000.000 đồng = 30.000.000 đồng.", []],
])("%s", (line, expected) => {
  const read = extractPlan(plan(line)).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.name, i.target, i.unit])).toEqual(expected);
  for (const i of read) expect(i.confirmReason).toBe("text");
});

test.each([":15%", "Hỗ trợ:: 12 con", ": 12 con cho 12 hộ"])("a colon opening the text or the sentence reads without end: %s", (text) => {
  expect(() => extractPlan(text)).not.toThrow();
});
