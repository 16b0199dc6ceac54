/**
 * A list of communes whose opener names the levels with an abbreviation (`Gồm 03 xã, TT: A, B, C`, `Các xã/TT: …`):
 * `TT` beside a level word is `thị trấn`, as in a table header (`Xã, TT`); alone, `TT` stays the row-number column.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function planWithPlaces(heading: string, line: string): string {
  return [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 03 tổ truyền thông cộng đồng.", heading, line, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n");
}

describe("communes listed after an abbreviated level in the opener", () => {
  test.each<[string, string, string, number, string[]]>([
    ["`Gồm 03 xã, TT:` under the heading", "II. ĐỊA BÀN", "Gồm 03 xã, TT: Bản Mế, Cán Cấu, Si Ma Cai.", 3, []],
    ["`03 xã, TT:` under the heading", "II. ĐỊA BÀN THỰC HIỆN", "03 xã, TT: Bản Mế, Cán Cấu, Si Ma Cai.", 3, []],
    ["`xã/TT` with a wrong count", "II. ĐỊA BÀN", "Gồm 04 xã/TT: Bản Mế, Cán Cấu, Si Ma Cai.", 3, ["area-count"]],
    ["`TT.` with its dot", "II. ĐỊA BÀN", "Gồm 03 xã, TT. gồm: Bản Mế, Cán Cấu, Si Ma Cai.", 3, []],
    ["the label on the line", "II. NỘI DUNG", "Địa bàn thực hiện: 03 xã, TT gồm Bản Mế, Cán Cấu, Si Ma Cai.", 3, []],
    ["`Các xã, TT:`", "2. Phạm vi thực hiện", "Các xã, TT: Bản Mế, Cán Cấu, Si Ma Cai.", 3, []],
    ["`tại 03 xã, TT:` in passing", "II. NỘI DUNG", "Tổ chức truyền thông tại 03 xã, TT: Bản Mế, Cán Cấu, Si Ma Cai.", 3, []],
    ["a lone `TT` is no level", "II. ĐỊA BÀN", "TT: Bản Mế, Cán Cấu, Si Ma Cai.", 0, []],
  ])("%s", (_label, heading, line, communes, issues) => {
    const plan = extractPlan(planWithPlaces(heading, line));
    expect(plan.areas.filter((a) => a.commune !== null).map((a) => a.commune)).toEqual(communes > 0 ? ["Bản Mế", "Cán Cấu", "Si Ma Cai"].slice(0, communes) : []);
    if (communes > 0) expect(plan.areas[0]).toMatchObject({ district: "Thử Nghiệm", commune: "Bản Mế" });
    expect(plan.issues.map((i) => i.rule).filter((r) => r === "area-count")).toEqual(issues);
  });
});
