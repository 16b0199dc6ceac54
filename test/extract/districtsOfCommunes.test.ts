/** `Các xã đặc biệt khó khăn thuộc 05 huyện: A, B, …`: the districts, named in passing, when the plan lists no other areas. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test("districts after `thuộc N huyện:`", () => {
  const plan = extractPlan(
    planWith(["- Thành lập mới 25 tổ truyền thông cộng đồng."], {
      after: [],
    }).replace("III. TỔ CHỨC THỰC HIỆN", "III. ĐỊA BÀN\nCác xã đặc biệt khó khăn thuộc 05 huyện: Đắk Glei, Tu Mơ Rông, Kon Plông, Sa Thầy, Ia H'Drai.\nIV. TỔ CHỨC THỰC HIỆN"),
  );
  expect(plan.areas.map((a) => a.district)).toEqual(["Đắk Glei", "Tu Mơ Rông", "Kon Plông", "Sa Thầy", "Ia H'Drai"]);
  expect(plan.issues.map((i) => i.rule)).toContain("areas-in-passing");
});
