/** Communes then their district in brackets (`xã A, xã B (huyện C); …`, `04 xã thuộc 02 huyện: A, B (C); …`): never communes as districts. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const BOTH = ["Văn Bàn/Nậm Cang", "Văn Bàn/Sơn Thủy", "Si Ma Cai/Bản Mế", "Si Ma Cai/Sín Chéng"];

test.each<[string, string[]]>([
  ["Địa bàn thực hiện: xã Nậm Cang, xã Sơn Thủy (huyện Văn Bàn); xã Bản Mế, xã Sín Chéng (huyện Si Ma Cai).", BOTH],
  ["Địa bàn thực hiện: 04 xã thuộc 02 huyện: Nậm Cang, Sơn Thủy (Văn Bàn); Bản Mế, Sín Chéng (Si Ma Cai).", BOTH],
  ["Địa bàn thực hiện: xã Nậm Cang (huyện Văn Bàn).", ["Văn Bàn/Nậm Cang"]],
  ["Tổ chức hội nghị sơ kết (huyện Văn Bàn); kiểm tra tại cơ sở (huyện Si Ma Cai).", []],
])("%s", (line, areas) => {
  const read = extractPlan(planWith(["- Thành lập mới 04 tổ truyền thông cộng đồng."], { after: [line] }));
  expect(read.areas.map((a) => `${a.district}/${a.commune}`)).toEqual(areas);
  expect(read.issues.map((i) => i.rule)).not.toContain("areas-in-passing");
  expect(read.issues.map((i) => i.rule)).not.toContain("area-count");
});

test("the counts on the list's own line are held against it", () => {
  const read = extractPlan(
    planWith(["- Thành lập mới 04 tổ truyền thông cộng đồng."], { after: ["Địa bàn thực hiện: 03 xã thuộc 02 huyện: Nậm Cang, Sơn Thủy (Văn Bàn); Bản Mế, Sín Chéng (Si Ma Cai)."] }),
  );
  expect(read.areas).toHaveLength(4);
  expect(read.issues.filter((i) => i.rule === "area-count").map((i) => [i.expected, i.actual])).toEqual([[4, 3]]);
});
