/**
 * `- Chỉ tiêu: mỗi xã tổ chức 01 cuộc/năm.` under a task: a count per commune and per year, named by the task. Its
 * total is the quota times the communes times the plan's years only when the text gives both (a list or a count of
 * communes, and a period or one year); otherwise the line keeps the quota as its least, to confirm, and says why.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";

type Row = [number, string, string, number | undefined, boolean];

const COMMUNES = "Địa bàn: 08 xã: xã A Lù, xã Y Tý, xã Dền Sáng, xã Bản Vược, xã Bản Qua, xã Mường Hum, xã Trịnh Tường, xã Nậm Chạc.";

function plan(title: string, task: readonly string[], areas: readonly string[] = [COMMUNES]): string {
  return ["ỦY BAN NHÂN DÂN", "HUYỆN THỬ", "Số: 9/KH-UBND", "Thử, ngày 05 tháng 3 năm 2023", "KẾ HOẠCH", title, "I. NHIỆM VỤ", ...task, "II. ĐỊA BÀN", ...areas, "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
}

const read = (text: string) =>
  extractPlan(text)
    .indicators.filter((i) => i.kind !== "money")
    .map((i): Row => [i.target, i.unit, i.name, i.quota, (i.confidence ?? 1) < CONFIRM_BELOW]);

const PERIOD = "Thực hiện Dự án 8 giai đoạn 2023 - 2025";
const DIALOGUE = "1. Tổ chức đối thoại chính sách với phụ nữ";

test.each<[string, string, string[], string[], Row[]]>([
  ["communes listed, a period of 3 years", PERIOD, [DIALOGUE, "- Chỉ tiêu: mỗi xã tổ chức 01 cuộc/năm."], [COMMUNES], [[24, "cuộc", "Tổ chức đối thoại chính sách với phụ nữ", 3, true]]],
  ["the unit's own words before /năm", PERIOD, [DIALOGUE, "- Chỉ tiêu: mỗi xã tổ chức ít nhất 01 cuộc đối thoại chính sách/năm."], [COMMUNES], [[24, "cuộc", "Tổ chức đối thoại chính sách với phụ nữ", 3, true]]],
  ["a quota written after the unit", PERIOD, ["1. Truyền thông tại cộng đồng", "- Chỉ tiêu: 02 buổi/xã/năm."], [COMMUNES], [[48, "buổi", "Truyền thông tại cộng đồng", 6, true]]],
  [
    "two clauses, each with its own place",
    PERIOD,
    ["1. Tập huấn", "- Chỉ tiêu: mỗi huyện 01 lớp/năm; mỗi xã 02 buổi truyền thông/năm."],
    [COMMUNES],
    [
      [3, "lớp", "Tập huấn", 3, true],
      [48, "buổi", "Tập huấn", 6, true],
    ],
  ],
  ["a plan for one year", "Thực hiện Dự án 8 năm 2024", [DIALOGUE, "- Chỉ tiêu: mỗi xã tổ chức 01 cuộc/năm."], [COMMUNES], [[8, "cuộc", "Tổ chức đối thoại chính sách với phụ nữ", 1, true]]],
  ["the communes counted, not listed", PERIOD, [DIALOGUE, "- Chỉ tiêu: mỗi xã tổ chức 01 cuộc/năm."], ["Thực hiện trên địa bàn 14 xã đặc biệt khó khăn."], [[42, "cuộc", "Tổ chức đối thoại chính sách với phụ nữ", 3, true]]],
  ["no plan years: the quota as the least", "Thực hiện Dự án 8", [DIALOGUE, "- Chỉ tiêu: mỗi xã tổ chức 01 cuộc/năm."], [COMMUNES], [[1, "cuộc", "Tổ chức đối thoại chính sách với phụ nữ (mỗi năm)", 1, true]]],
])("%s", (_label, title, task, areas, expected) => {
  expect(read(plan(title, task, areas))).toEqual(expected);
});

test("without the plan's years the total is said to need them", () => {
  const issues = extractPlan(plan("Thực hiện Dự án 8", [DIALOGUE, "- Chỉ tiêu: mỗi xã tổ chức 01 cuộc/năm."])).issues.filter((i) => i.rule === "quota-only");
  expect(issues.map((i) => i.message)).toEqual([
    "\"Tổ chức đối thoại chính sách với phụ nữ (mỗi năm)\": văn bản chỉ nêu định mức 1 cuộc/xã/năm, không nêu tổng và văn bản không nêu số năm của kế hoạch để tính; chỉ tiêu được ghi là ít nhất 1 cuộc (định mức 1/xã/năm), cần nhập tổng bằng tay.",
  ]);
});

test.each<[string, Row[]]>([
  ["- Mỗi xã tổ chức 01 cuộc đối thoại chính sách/năm.", [[24, "cuộc", "Tổ chức cuộc đối thoại chính sách", 3, true]]],
  ["- Mỗi năm, mỗi xã tổ chức ít nhất 01 hội thi.", [[24, "hội thi", "Tổ chức hội thi", 3, true]]],
  ["- Tổ chức 02 buổi truyền thông/xã/năm.", [[48, "buổi", "Tổ chức buổi truyền thông", 6, true]]],
  ["- Thành lập mới 01 tổ truyền thông/xã.", [[8, "tổ", "Thành lập mới tổ truyền thông", 1, true]]],
])("in a targets list: %s", (line, expected) => {
  const text = ["ỦY BAN NHÂN DÂN", "HUYỆN THỬ", "Số: 9/KH-UBND", "Thử, ngày 05 tháng 3 năm 2023", "KẾ HOẠCH", PERIOD, "I. CHỈ TIÊU", line, "II. ĐỊA BÀN", COMMUNES].join("\n");
  expect(read(text)).toEqual(expected);
});

test.each<[string, string, string[], Row[]]>([
  ["communes listed", PERIOD, [COMMUNES], [[24, "cuộc", "Tổ chức cuộc đối thoại chính sách với phụ nữ", 3, true]]],
  ["communes counted", PERIOD, ["Thực hiện trên địa bàn 14 xã đặc biệt khó khăn."], [[42, "cuộc", "Tổ chức cuộc đối thoại chính sách với phụ nữ", 3, true]]],
  ["no plan years", "Thực hiện Dự án 8", [COMMUNES], [[1, "cuộc", "Tổ chức cuộc đối thoại chính sách với phụ nữ (mỗi năm)", 1, true]]],
])("in running text: %s", (_label, title, areas, expected) => {
  const text = plan(title, ["1. Đối thoại chính sách", "Mỗi xã tổ chức ít nhất 01 cuộc đối thoại chính sách mỗi năm với phụ nữ."], areas);
  expect(read(text)).toEqual(expected);
});
