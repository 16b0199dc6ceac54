/**
 * A target's split over places named without `xã` before each, in a list the places' word opens (`tại các xã: Lao
 * Chải 01 tổ, Khao Mang 01 tổ`, `tại 03 xã (Lao Chải 01 tổ, …)`): the places' shares, checked against the whole,
 * never targets of their own.
 */
import { extractPlan } from "../../src/extract";

function read(point: string) {
  const plan = extractPlan(["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. CHỈ TIÊU", `1. ${point}`, "2. Tổ chức 06 buổi truyền thông phòng, chống mua bán người.", "II. TỔ CHỨC THỰC HIỆN", "Hội LHPN huyện chủ trì."].join("\n"));
  return { targets: plan.indicators.map((i) => [i.target, i.unit]), shares: plan.issues.filter((i) => i.rule === "share-total").length };
}

test.each([
  ["after a colon", "Thành lập mới 03 tổ truyền thông cộng đồng tại các xã: Lao Chải 01 tổ, Khao Mang 01 tổ, Mồ Dề 01 tổ.", 0],
  ["in brackets after a count of communes", "Thành lập mới 03 tổ truyền thông cộng đồng tại 03 xã (Lao Chải 01 tổ, Khao Mang 01 tổ, Mồ Dề 01 tổ).", 0],
  ["that miss the whole", "Thành lập mới 03 tổ truyền thông cộng đồng tại 03 xã (Lao Chải 01 tổ, Khao Mang 02 tổ, Mồ Dề 01 tổ).", 1],
])("shares of places listed %s", (_, point, shares) => {
  expect(read(point)).toEqual({ targets: [[3, "tổ"], [6, "buổi"]], shares });
});

test.each([
  ["after a colon", "Thành lập mới 03 tổ truyền thông cộng đồng tại các xã: Lao Chải 01 tổ, Khao Mang 01 tổ, Mồ Dề 01 tổ."],
  ["in brackets", "Thành lập mới 03 tổ truyền thông cộng đồng tại 03 xã (Lao Chải 01 tổ, Khao Mang 01 tổ, Mồ Dề 01 tổ), duy trì 5 tổ."],
])("the places listed %s are the document's communes when it lists no other areas", (_, point) => {
  const plan = extractPlan(["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024 trên địa bàn huyện Mù Cang Chải", "I. CHỈ TIÊU", `1. ${point}`, "II. TỔ CHỨC THỰC HIỆN", "Hội LHPN huyện chủ trì."].join("\n"));
  expect(plan.areas.map((a) => [a.district, a.commune])).toEqual([["Mù Cang Chải", "Lao Chải"], ["Mù Cang Chải", "Khao Mang"], ["Mù Cang Chải", "Mồ Dề"]]);
});
