/** Communes listed in brackets after their count (`Địa bàn thực hiện: 05 xã (A, B, …)`). */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

test.each<[string, number, string[]]>([
  ["Địa bàn thực hiện: 05 xã (Bản Mế, Cán Cấu, Lùng Thẩn, Nàn Sán, Sín Chéng).", 5, []],
  ["Địa bàn thực hiện: 04 xã (Bản Mế, Cán Cấu, Lùng Thẩn, Nàn Sán, Sín Chéng).", 5, ["area-count"]],
  ["Địa bàn: 03 xã (có điều kiện kinh tế khó khăn).", 0, []],
])("%s", (line, communes, issues) => {
  const plan = extractPlan([...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 05 tổ.", "II. ĐỊA BÀN", line, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n"));
  expect(plan.areas.filter((a) => a.commune !== null)).toHaveLength(communes);
  expect(plan.issues.map((i) => i.rule).filter((r) => r === "area-count")).toEqual(issues);
});
