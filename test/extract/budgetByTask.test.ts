/** `- Kinh phí: 150 triệu đồng.` under each task, several so: each amount is named by its task. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

test("each task's amount is named by the task", () => {
  const text = [
    ...DISTRICT_PLAN_HEAD,
    "I. NỘI DUNG THỰC HIỆN",
    "1. Nội dung 1: Tuyên truyền, vận động thay đổi nếp nghĩ, cách làm",
    "- Chỉ tiêu: Thành lập mới 05 tổ truyền thông cộng đồng.",
    "- Kinh phí: 150 triệu đồng.",
    "2. Nội dung 2: Đối thoại chính sách",
    "- Chỉ tiêu: Tổ chức 08 cuộc đối thoại chính sách.",
    "- Kinh phí: 64 triệu đồng.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các xã triển khai.",
  ].join("\n");
  const money = extractPlan(text).indicators.filter((i) => i.kind === "money");
  expect(money.map((i) => [i.code, i.name, i.target])).toEqual([
    ["KP.1", "Nội dung 1: Tuyên truyền, vận động thay đổi nếp nghĩ, cách làm", 150_000_000],
    ["KP.2", "Nội dung 2: Đối thoại chính sách", 64_000_000],
  ]);
});

test("one amount named Kinh phí in a budget part keeps its name", () => {
  const text = [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 05 tổ truyền thông cộng đồng.", "II. KINH PHÍ", "Tổng kinh phí: 150 triệu đồng.", "III. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
  expect(extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => i.name)).toEqual(["Tổng kinh phí"]);
});
