/**
 * `UBND các xã A, B, C thành lập …`: the last commune of a list in running text ends where the sentence's verb starts,
 * also when the sentence goes on past a comma (`…, Mường Lạn phối hợp thi công, thành lập tổ …`).
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

test.each([
  "2. UBND các xã Mường Và, Nậm Lạnh, Mường Lạn thành lập tổ truyền thông cộng đồng.",
  "2. Các xã Mường Và, Nậm Lạnh và Mường Lạn tổ chức thành lập tổ truyền thông.",
  "2. UBND các xã Mường Và, Nậm Lạnh, Mường Lạn.",
  "2. UBND các xã Mường Và, Nậm Lạnh, Mường Lạn phối hợp tổ chức thi công, thành lập tổ quản lý vận hành công trình.",
])("%s", (line) => {
  const plan = extractPlan([...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "1. Thành lập mới 03 tổ truyền thông cộng đồng.", "II. NHIỆM VỤ", line, "III. KINH PHÍ", "Tổng kinh phí: 90 triệu đồng."].join("\n"));
  expect(plan.areas.map((a) => a.commune)).toEqual(["Mường Và", "Nậm Lạnh", "Mường Lạn"]);
});
