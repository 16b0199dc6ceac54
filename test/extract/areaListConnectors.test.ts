/** `Địa bàn thực hiện: 12 xã gồm: A, B, …`, `gồm 03 xã: …`: the connector and a colon together still open the list of communes. */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(areas: string): string {
  return [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 10 tổ truyền thông cộng đồng.", "II. NỘI DUNG", areas, "III. KINH PHÍ", "Tổng kinh phí: 10 triệu đồng."].join("\n");
}

describe("a commune list after its count and connector", () => {
  test.each<[string, string[], string[]]>([
    ["Địa bàn thực hiện: 03 xã gồm: Nậm Xé, Nậm Xây, Nậm Chày.", ["Nậm Xé", "Nậm Xây", "Nậm Chày"], []],
    ["Địa bàn thực hiện: 04 xã, gồm: Nậm Xé, Nậm Xây, Nậm Chày.", ["Nậm Xé", "Nậm Xây", "Nậm Chày"], ["area-count"]],
    ["Địa bàn thực hiện: gồm 03 xã: Nậm Xé, Nậm Xây, Nậm Chày.", ["Nậm Xé", "Nậm Xây", "Nậm Chày"], []],
    ["Địa bàn thực hiện: bao gồm 03 xã là Nậm Xé, Nậm Xây và Nậm Chày.", ["Nậm Xé", "Nậm Xây", "Nậm Chày"], []],
    ["Địa bàn: 03 xã gồm có: Nậm Xé, Nậm Xây, Nậm Chày.", ["Nậm Xé", "Nậm Xây", "Nậm Chày"], []],
  ])("%s", (line, communes, issues) => {
    const read = extractPlan(plan(line));
    expect(read.areas.map((a) => a.commune)).toEqual(communes);
    expect(read.areas.every((a) => a.district === "Thử Nghiệm")).toBe(true);
    expect(read.issues.map((i) => i.rule)).toEqual(issues);
  });
});
