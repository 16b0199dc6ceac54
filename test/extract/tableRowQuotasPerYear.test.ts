/**
 * A note under a table of targets by year giving a quota per area and per year (`Ghi chú: … mỗi xã tổ chức 01 cuộc đối
 * thoại chính sách/năm`) for a row totalling the plan's years: each area's quota is over those years (2 in a plan for
 * 2026 - 2027), so `9 xã × 2 = 18` is no quota-total issue; a quota per area alone stays as it is.
 */
import { extractPlan } from "../../src/extract";
import { districtPlanHead } from "./planText";

function read(title: string, note: string, dialogues: string) {
  const plan = extractPlan(
    [
      ...districtPlanHead(title),
      "I. CHỈ TIÊU CỤ THỂ",
      "TT | Nội dung | Đơn vị tính | Năm 2026 | Năm 2027 | Tổng giai đoạn",
      "1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 05 | 04 | 09",
      `2 | Tổ chức đối thoại chính sách | Cuộc | ${dialogues}`,
      "",
      note,
      "II. ĐỊA BÀN THỰC HIỆN",
      "09 xã: Ẳng Tở, Ẳng Nưa, Ẳng Cang, Búng Lao, Xuân Lao, Mường Lạn, Nặm Lịch, Ngối Cáy, Mường Đăng.",
      "III. KINH PHÍ",
      "Tổng kinh phí: 500 triệu đồng.",
    ].join("\n"),
  );
  return {
    targets: plan.indicators.filter((i) => i.kind === "count").map((i) => [i.target, i.quota ?? null]),
    issues: plan.issues.map((i) => i.rule),
  };
}

const PERIOD = "Thực hiện Dự án 8 giai đoạn 2026 - 2027";

test.each<[string, string, string, Array<[number, number | null]>, string[]]>([
  ["per area and per year, over two years", PERIOD, "Ghi chú: Mỗi xã thành lập 01 tổ truyền thông cộng đồng; mỗi xã tổ chức 01 cuộc đối thoại chính sách/năm.", [[9, 1], [18, 2]], []],
  ["per area and per year, a total that misses it", PERIOD, "Ghi chú: Mỗi xã tổ chức 01 cuộc đối thoại chính sách/năm.", [[9, null], [16, 2]], ["quota-total"]],
  ["per area alone", PERIOD, "Ghi chú: Mỗi xã tổ chức 02 cuộc đối thoại chính sách.", [[9, null], [18, 2]], []],
])("%s", (_label, title, note, targets, issues) => {
  const dialogues = targets[1][0] === 16 ? "08 | 08 | 16" : "09 | 09 | 18";
  const got = read(title, note, dialogues);
  expect(got.targets).toEqual(targets);
  expect(got.issues).toEqual(issues);
});
