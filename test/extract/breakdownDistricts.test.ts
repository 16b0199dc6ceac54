/** `trong đó: huyện Bát Xát 15 tổ, huyện Sa Pa 20 tổ`: the districts a target is broken down by are the plan's areas when it names no other, to confirm. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, string[]]>([
  ["- Thành lập mới 60 tổ truyền thông, trong đó: huyện Bát Xát 15 tổ, huyện Sa Pa 20 tổ, huyện Mường Khương 25 tổ.", ["Bát Xát", "Sa Pa", "Mường Khương"]],
  ["- Tổ chức 12 lớp tập huấn (trong đó thành phố Lào Cai: 04 lớp; huyện Bảo Yên: 08 lớp).", ["Lào Cai", "Bảo Yên"]],
  ["- Thành lập mới 20 tổ, trong đó huyện Bát Xát 15 tổ.", []],
  ["- Thành lập mới 20 tổ, trong đó: xã Nàn Ma 8 tổ, xã Thèn Phàng 12 tổ.", []],
])("%s", (line, districts) => {
  const plan = extractPlan(planWith([line]));
  expect(plan.areas.filter((a) => a.commune === null).map((a) => a.district)).toEqual(districts);
  expect(plan.issues.some((i) => i.rule === "areas-in-passing")).toBe(districts.length > 0);
});

test("a breakdown's districts give way to the plan's own list of areas", () => {
  const plan = extractPlan(
    planWith(["- Thành lập mới 60 tổ, trong đó: huyện Bát Xát 15 tổ, huyện Sa Pa 20 tổ."], { after: ["Địa bàn thực hiện:", "- Huyện Bát Xát: xã Nậm Chạc, xã A Mú Sung.", "- Huyện Sa Pa: xã Tả Van, xã Bản Hồ."] }),
  );
  expect(plan.areas.map((a) => a.commune)).toEqual(["Nậm Chạc", "A Mú Sung", "Tả Van", "Bản Hồ"]);
});
