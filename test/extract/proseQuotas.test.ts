/** A quota said only in running text (`Mỗi xã … ít nhất 01 buổi`): a target per area, totalled and confirmed. */
import { DISTRICT_PLAN_HEAD } from "./planText";
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";

function plan(content: readonly string[], places: string): string {
  return [
    ...DISTRICT_PLAN_HEAD,
    "I. MỤC TIÊU",
    "2. Chỉ tiêu cụ thể",
    "- Thành lập 10 tổ truyền thông cộng đồng.",
    "II. NỘI DUNG",
    ...content,
    places,
    "III. TỔ CHỨC THỰC HIỆN",
    "Các phòng, ban triển khai.",
  ].join("\n");
}

const LISTED = "Địa bàn thực hiện: các xã A Lù, Y Tý, Dền Sáng.";

describe("a quota in running text with no listed target", () => {
  test.each<[string, string[], string, Array<[number, string, number]>, string[]]>([
    ["totalled over the listed communes", ["Mỗi xã tổ chức ít nhất 01 buổi truyền thông về bình đẳng giới."], LISTED, [[3, "buổi", 1]], []],
    [
      "totalled over the communes the plan counts",
      ["Duy trì hoạt động tại 15 xã, thị trấn.", "Mỗi xã, thị trấn tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về phòng, chống bạo lực gia đình, khoảng 50 người tham dự."],
      LISTED,
      [[15, "buổi", 1]],
      [],
    ],
    ["no areas to total it: kept at its quota, and said so", ["Mỗi xã tổ chức ít nhất 02 buổi nói chuyện chuyên đề."], "Các xã chủ động bố trí thời gian.", [[2, "buổi", 2]], ["quota-only"]],
    ["a norm every month is no target", ["Mỗi xã tổ chức 02 buổi ra quân vệ sinh môi trường mỗi tháng."], LISTED, [], []],
    ["per village is no area", ["Mỗi thôn tổ chức 01 buổi sinh hoạt."], LISTED, [], []],
    ["a total beside it is the target", ["Xây dựng 03 mô hình giảm nghèo, mỗi xã 01 mô hình."], LISTED, [[3, "mô hình", 1]], []],
  ])("%s", (_label, content, places, expected, issues) => {
    const read = extractPlan(plan(content, places));
    const extra = read.indicators.filter((i) => i.unit !== "tổ");
    expect(extra.map((i) => [i.target, i.unit, i.quota])).toEqual(expected);
    for (const i of extra) expect(i.confidence ?? 1).toBeLessThan(CONFIRM_BELOW);
    expect(read.issues.map((i) => i.rule).filter((r) => r.startsWith("quota"))).toEqual(issues);
  });
});

describe("so many of so many in running text", () => {
  test.each<[string, Array<[number, string]>]>([
    ["Có 3/5 thôn đạt chuẩn thôn không có tảo hôn.", [[3, "thôn"]]],
    ["14/14 xã có tổ truyền thông cộng đồng hoạt động.", [[14, "xã"]]],
    ["Hoàn thành trước ngày 3/5 các báo cáo.", []],
    ["Báo cáo 1/2 năm gửi về huyện.", []],
  ])("%s", (line, expected) => {
    const read = extractPlan(plan([line], LISTED));
    const extra = read.indicators.filter((i) => i.unit !== "tổ");
    expect(extra.map((i) => [i.target, i.unit])).toEqual(expected);
    for (const i of extra) expect(i.confidence ?? 1).toBeLessThan(CONFIRM_BELOW);
  });
});
