/** A list of communes right under an `Địa bàn` heading, with no label of its own on the line (`13 xã: A, B, …`). */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function planWithPlaces(heading: string, line: string): string {
  return [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 03 tổ truyền thông cộng đồng.", heading, line, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n");
}

describe("communes listed under an areas heading", () => {
  test.each<[string, string, string, number, string[]]>([
    ["a count and a colon", "II. ĐỊA BÀN THỰC HIỆN", "13 xã: Bản Mế, Cán Cấu, Lùng Thẩn.", 3, ["area-count"]],
    ["`gồm`", "II. ĐỊA BÀN", "Gồm 03 xã: Bản Mế, Cán Cấu, Lùng Thẩn.", 3, []],
    ["`Các xã:`", "2. Phạm vi thực hiện", "Các xã: Bản Mế, Cán Cấu, thị trấn Si Ma Cai.", 3, []],
    ["`tại` and a count", "II. ĐỊA BÀN", "Thực hiện tại 03 xã: Bản Mế, Cán Cấu, Lùng Thẩn.", 3, []],
    ["not under an areas heading", "II. NỘI DUNG", "03 xã: Bản Mế, Cán Cấu, Lùng Thẩn.", 0, []],
    ["each with its prefix", "II. ĐỊA BÀN", "Triển khai tại xã Bản Mế, xã Cán Cấu và thị trấn Si Ma Cai.", 3, []],
    ["prefixed, but a sentence", "II. ĐỊA BÀN", "Triển khai tại xã Bản Mế, các thôn đặc biệt khó khăn.", 0, []],
    ["a sentence is no list", "II. ĐỊA BÀN", "Các xã: tổ chức họp dân, tuyên truyền.", 0, []],
  ])("%s", (_label, heading, line, communes, issues) => {
    const plan = extractPlan(planWithPlaces(heading, line));
    expect(plan.areas.filter((a) => a.commune !== null)).toHaveLength(communes);
    if (communes > 0) expect(plan.areas[0]).toMatchObject({ district: "Thử Nghiệm", commune: "Bản Mế" });
    expect(plan.issues.map((i) => i.rule).filter((r) => r === "area-count")).toEqual(issues);
  });
});
