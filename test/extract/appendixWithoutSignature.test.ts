/** A plan copied without its signature block: a `PHỤ LỤC` in capitals after the body is still its appendix, so no appendix is reported missing. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

const BODY = [
  ...DISTRICT_PLAN_HEAD,
  "I. MỤC TIÊU",
  "- Thành lập mới 03 tổ truyền thông cộng đồng (chi tiết tại Phụ lục kèm theo).",
  "II. TỔ CHỨC THỰC HIỆN",
  "UBND các xã triển khai.",
];
const APPENDIX = ["PHỤ LỤC", "PHÂN BỔ CHỈ TIÊU NĂM 2024", "TT | Đơn vị | Tổ truyền thông (tổ)", "1 | Xã Cô Ba | 2", "2 | Xã Cốc Pàng | 1", " | Tổng cộng | 3"];

test.each<[string, string[], string[]]>([
  ["with its appendix", [...BODY, ...APPENDIX], []],
  ["without it", BODY, ["missing-appendix"]],
])("%s", (_label, lines, issues) => {
  const plan = extractPlan(lines.join("\n"));
  expect(plan.issues.map((i) => i.rule).filter((r) => r !== "no-budget")).toEqual(issues);
});
