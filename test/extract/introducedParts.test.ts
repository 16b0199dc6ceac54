/** An unnumbered heading closed by `như sau` (`Mục tiêu cụ thể đến hết năm 2025 trên địa bàn huyện như sau`) opens its part as a colon would. */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { DISTRICT_PLAN_HEAD } from "./planText";

type Row = [number, string, boolean];

test.each<[string, boolean]>([
  ["Mục tiêu cụ thể đến hết năm 2025 trên địa bàn huyện như sau", true],
  ["Chỉ tiêu cụ thể giai đoạn 2024 - 2025 của huyện như sau", true],
  ["Mục tiêu cụ thể đến hết năm 2025 là nâng cao nhận thức của người dân trên địa bàn huyện", false],
])("%s", (heading, listed) => {
  const text = [
    ...DISTRICT_PLAN_HEAD,
    "I. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Nâng cao nhận thức cho phụ nữ.",
    heading,
    "- Thành lập mới 20 tổ truyền thông cộng đồng;",
    "- Duy trì hoạt động 15 địa chỉ tin cậy tại cộng đồng.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các xã triển khai.",
  ].join("\n");
  const read = extractPlan(text).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) >= CONFIRM_BELOW])).toEqual([
    [20, "tổ", listed],
    [15, "địa chỉ", listed],
  ]);
});
