/**
 * A sentence closed by `như sau:` that announces the aims to reach (`… phấn đấu trong năm 2024 đạt được các kết quả
 * cụ thể như sau:`), however long and wherever it stands, opens a targets part over the list right below it; one
 * that announces results already reached or tasks opens none.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { DISTRICT_PLAN_HEAD } from "./planText";

type Row = [number, string, boolean];

const LIST = ["- Thành lập mới 06 tổ truyền thông cộng đồng;", "- Duy trì 12 câu lạc bộ \"Thủ lĩnh của sự thay đổi\"."];

function plan(intro: string, list: readonly string[] = LIST): string {
  return [
    ...DISTRICT_PLAN_HEAD,
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Tạo chuyển biến về nhận thức bình đẳng giới.",
    "2. Yêu cầu",
    intro,
    ...list,
    "3. Các đơn vị phối hợp chặt chẽ.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các xã triển khai.",
  ].join("\n");
}

test.each<[string, string, Row[]]>([
  [
    "a long sentence announcing the results to reach",
    "Các hoạt động phải bám sát hướng dẫn của Trung ương Hội và phấn đấu trong năm 2024 đạt được các kết quả cụ thể như sau:",
    [[6, "tổ", true], [12, "CLB", true]],
  ],
  [
    "a long targets heading over 12 words",
    "Chỉ tiêu cụ thể đến hết năm 2024 trên địa bàn các xã đặc biệt khó khăn của huyện Thử Nghiệm như sau:",
    [[6, "tổ", true], [12, "CLB", true]],
  ],
  [
    "results already reached: running text still",
    "Kết quả thực hiện năm 2023 đã đạt được như sau:",
    [[6, "tổ", false], [12, "CLB", false]],
  ],
])("%s", (_label, intro, expected) => {
  const read = extractPlan(plan(intro)).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual(expected);
});

test("the list ends where its items end: a sentence after it is not listed", () => {
  const text = plan("Phấn đấu trong năm 2024 đạt được các chỉ tiêu như sau:", [...LIST, "Mỗi năm tổ chức 02 hội nghị sơ kết."]);
  const listed = extractPlan(text).indicators.filter((i) => i.kind !== "money" && (i.confidence ?? 1) >= CONFIRM_BELOW);
  expect(listed.map((i) => [i.target, i.unit])).toEqual([[6, "tổ"], [12, "CLB"]]);
});

test.each<[string, Row[]]>([
  ["Phấn đấu đến hết năm 2025 trên địa bàn 14 xã đặc biệt khó khăn của huyện đạt được các chỉ tiêu như sau:", [[6, "tổ", true], [12, "CLB", true]]],
  ["Phấn đấu đến hết năm 2025 có thêm 03 xã đạt chuẩn, cụ thể các chỉ tiêu như sau:", [[3, "xã", false], [6, "tổ", true], [12, "CLB", true]]],
])("the places a targets part's announcing sentence covers are no target: %s", (intro, expected) => {
  const text = [...DISTRICT_PLAN_HEAD, "I. MỤC TIÊU CỤ THỂ", intro, ...LIST, "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
  const read = extractPlan(text).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual(expected);
});

test("a sentence announcing the means to reach an aim opens no targets part", () => {
  const text = plan("Để đạt được các mục tiêu trên, các đơn vị cần tập trung thực hiện tốt các giải pháp như sau:");
  const listed = extractPlan(text).indicators.filter((i) => i.kind !== "money" && (i.confidence ?? 1) >= CONFIRM_BELOW);
  expect(listed).toEqual([]);
});

test.each<[string, string[]]>([
  ["in the part on who does what", ["II. TỔ CHỨC THỰC HIỆN", "UBND các xã phấn đấu hoàn thành các chỉ tiêu được giao như sau:", "- Thành lập mới 02 tổ truyền thông;", "- Duy trì 03 câu lạc bộ."]],
  ["aims shared out to places", ["II. NHIỆM VỤ", "Phấn đấu đạt được các chỉ tiêu như sau:", "- Xã A Lù thành lập mới 2 tổ;", "- Xã Y Tý thành lập mới 3 tổ."]],
])("no targets part is opened %s", (_label, lines) => {
  const text = [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 05 tổ truyền thông cộng đồng.", ...lines, "III. KINH PHÍ", "Tổng kinh phí: 100 triệu đồng."].join("\n");
  const listed = extractPlan(text).indicators.filter((i) => i.kind !== "money" && (i.confidence ?? 1) >= CONFIRM_BELOW);
  expect(listed.map((i) => [i.target, i.unit])).toEqual([[5, "tổ"]]);
});
