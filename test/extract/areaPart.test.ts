/**
 * The plan's part on its areas (`III. ĐỊA BÀN THỰC HIỆN`): districts it names after their count (`Dự án được triển
 * khai tại 05 huyện: …`) are the plan's areas, not districts named in passing, and its count of them or of its
 * communes (`trên địa bàn 16 xã, thị trấn`) is held against the list (area-count). Communes of those districts named
 * by kind only (`Các xã đặc biệt khó khăn thuộc 05 huyện: …`) leave the districts in passing, to confirm.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD, planWith } from "./planText";

function withAreaPart(lines: readonly string[]): string {
  return planWith(["- Thành lập mới 25 tổ truyền thông cộng đồng."]).replace("III. TỔ CHỨC THỰC HIỆN", ["III. ĐỊA BÀN THỰC HIỆN", ...lines, "IV. TỔ CHỨC THỰC HIỆN"].join("\n"));
}

test.each<[string, string[], number, string[]]>([
  ["districts after their count", ["Dự án được triển khai tại 05 huyện: huyện Điện Biên Đông, huyện Mường Ảng, huyện Tủa Chùa, huyện Nậm Pồ và huyện Mường Nhé."], 5, []],
  ["a count that is not the list's", ["Dự án được triển khai tại 04 huyện: Điện Biên Đông, Mường Ảng, Tủa Chùa, Nậm Pồ, Mường Nhé."], 5, ["area-count"]],
  ["communes of the districts, by kind only", ["Các xã đặc biệt khó khăn thuộc 05 huyện: Điện Biên Đông, Mường Ảng, Tủa Chùa, Nậm Pồ, Mường Nhé."], 5, ["areas-in-passing"]],
])("under `ĐỊA BÀN THỰC HIỆN`: %s", (_label, lines, districts, rules) => {
  const plan = extractPlan(withAreaPart(lines));
  expect(plan.areas.filter((a) => a.commune === null)).toHaveLength(districts);
  expect(plan.issues.map((i) => i.rule).filter((r) => r !== "no-budget")).toEqual(rules);
});

test("districts named for an activity outside the areas part stay in passing", () => {
  const plan = extractPlan(planWith(["- Thành lập mới 25 tổ truyền thông cộng đồng.", "- Kiểm tra, giám sát tại 05 huyện: Điện Biên Đông, Mường Ảng, Tủa Chùa, Nậm Pồ, Mường Nhé."]));
  expect(plan.issues.map((i) => i.rule)).toContain("areas-in-passing");
});

describe("a district's plan whose areas part counts its communes and lists them in a numbered two-column table", () => {
  const rows = ["Thị trấn Ít Ong", "Xã Chiềng Lao", "Xã Hua Trai", "Xã Ngọc Chiến"].map((name, i) => `| ${i + 1} | ${name} |`);
  const text = (count: number) =>
    [...DISTRICT_PLAN_HEAD, "I. MỤC TIÊU", "- Hỗ trợ 120 hộ nghèo phát triển sản xuất.", "II. ĐỊA BÀN", `Thực hiện trên địa bàn ${count} xã, thị trấn, cụ thể:`, "| STT | Xã, thị trấn |", ...rows, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n");

  test("reads every row as a commune of the district", () => {
    expect(extractPlan(text(4)).areas.map((a) => a.commune)).toEqual(["Ít Ong", "Chiềng Lao", "Hua Trai", "Ngọc Chiến"]);
    expect(extractPlan(text(4)).issues.map((i) => i.rule)).not.toContain("area-count");
  });

  test("tells a count the list does not match", () => {
    const told = extractPlan(text(5)).issues.filter((i) => i.rule === "area-count");
    expect(told.map((i) => [i.expected, i.actual])).toEqual([[4, 5]]);
  });
});
