/**
 * `I. MỤC TIÊU` over a single bullet stating a figure, nothing else in the part: a list of one target, read as listed
 * (not to be confirmed), like two or more; a bullet beside running text stays read from the text, to be confirmed.
 * So are a paragraph or two listing targets between `;` (or figures sharing one action between commas), each clause
 * with its figure; sentences, or a clause stating no figure, stay running text.
 */
import { extractPlan } from "../../src/extract";

const read = (part: string[]) =>
  extractPlan(["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. MỤC TIÊU", ...part, "II. TỔ CHỨC THỰC HIỆN", "Hội LHPN huyện chủ trì."].join("\n"))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit, (i.confidence ?? 1) >= 0.8]);

test.each([
  ["a bullet", ["- Thành lập mới 05 tổ truyền thông cộng đồng."], [[5, "tổ", true]]],
  ["a numbered point", ["1. Thành lập mới 05 tổ truyền thông cộng đồng."], [[5, "tổ", true]]],
  [
    "a paragraph of targets between semicolons",
    ["Thành lập mới 14 tổ truyền thông cộng đồng; duy trì 33 tổ truyền thông cộng đồng; củng cố 170 tổ tiết kiệm và vay vốn."],
    [[14, "tổ", true], [33, "tổ", true], [170, "tổ", true]],
  ],
  [
    "two paragraphs of targets between semicolons",
    ["Thành lập mới 14 tổ truyền thông cộng đồng; duy trì 33 tổ truyền thông.", "Củng cố 170 tổ tiết kiệm và vay vốn; xây dựng 05 địa chỉ tin cậy."],
    [[14, "tổ", true], [33, "tổ", true], [170, "tổ", true], [5, "địa chỉ", true]],
  ],
  [
    "a paragraph of targets sharing one action between commas",
    ["Thành lập mới 14 tổ truyền thông cộng đồng, 170 tổ tiết kiệm vay vốn, 62 địa chỉ tin cậy."],
    [[14, "tổ", true], [170, "tổ", true], [62, "địa chỉ", true]],
  ],
  [
    "targets between commas and semicolons",
    ["Thành lập mới 14 tổ truyền thông cộng đồng, 05 địa chỉ tin cậy; tổ chức 14 cuộc đối thoại chính sách, 1,5% hộ nghèo được hỗ trợ."],
    [[14, "tổ", true], [5, "địa chỉ", true], [14, "cuộc", true], [1.5, "%", true]],
  ],
  [
    "targets after a lead naming the year",
    ["Phấn đấu đến hết năm 2024: thành lập mới 14 tổ truyền thông cộng đồng, 170 tổ tiết kiệm vay vốn, 62 địa chỉ tin cậy."],
    [[14, "tổ", true], [170, "tổ", true], [62, "địa chỉ", true]],
  ],
  [
    "figures opening each part after a lead",
    ["Phấn đấu đến năm 2025: 100% xã có tổ truyền thông cộng đồng, 80% phụ nữ được tuyên truyền, 05 địa chỉ tin cậy được thành lập."],
    [[100, "%", true], [80, "%", true], [5, "địa chỉ", true]],
  ],
  [
    "a paragraph with a part between commas stating no figure",
    ["Thành lập mới 14 tổ truyền thông cộng đồng, nâng cao chất lượng hoạt động, 05 địa chỉ tin cậy."],
    [[14, "tổ", false], [5, "địa chỉ", false]],
  ],
  [
    "a sentence whose part after a comma opens with a verb",
    ["Thành lập mới 10 tổ truyền thông, mỗi tổ 12 thành viên."],
    [[10, "tổ", false]],
  ],
  [
    "sentences with their figures",
    ["Năm 2024 huyện phấn đấu tỷ lệ nữ đại biểu đạt từ 30% trở lên; tỷ lệ lao động nữ qua đào tạo nghề đạt 55%. Phấn đấu thành lập mới 10 tổ truyền thông."],
    [[30, "%", false], [55, "%", false], [10, "tổ", false]],
  ],
  [
    "an aim in words with its figures",
    ["Góp phần giảm tỷ lệ hộ nghèo 4%/năm; đào tạo nghề cho 1.500 lao động."],
    [[4, "%/năm", false]],
  ],
  [
    "a sentence with a clause stating no figure",
    ["Nâng cao nhận thức về bình đẳng giới; thành lập mới 14 tổ truyền thông cộng đồng."],
    [[14, "tổ", false]],
  ],
  [
    "targets whose clause says `đã` after its figure",
    ["Phấn đấu đến năm 2025: 100% xã đã có 01 tổ truyền thông cộng đồng; 80% phụ nữ được tuyên truyền."],
    [[100, "%", true], [80, "%", true]],
  ],
  ["a bullet after running text", ["Nâng cao nhận thức của phụ nữ về bình đẳng giới trên địa bàn huyện.", "- Thành lập mới 05 tổ truyền thông cộng đồng."], [[5, "tổ", false]]],
])("%s alone under MỤC TIÊU", (_, part, wanted) => {
  expect(read(part)).toEqual(wanted);
});
