/** `- Huyện Văn Bàn: 02 xã (Nậm Cang, Sơn Thủy);`: the count before a district's communes is the list's own, held against it. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string[], string[], string[]]>([
  [["- Huyện Văn Bàn: 02 xã (Nậm Cang, Sơn Thủy);", "- Huyện Si Ma Cai: 02 xã (Bản Mế, Sín Chéng)."], ["Văn Bàn/Nậm Cang", "Văn Bàn/Sơn Thủy", "Si Ma Cai/Bản Mế", "Si Ma Cai/Sín Chéng"], []],
  [["- Huyện Văn Bàn: 03 xã: Nậm Cang, Sơn Thủy.", "- Huyện Si Ma Cai: 02 xã gồm Bản Mế, Sín Chéng."], ["Văn Bàn/Nậm Cang", "Văn Bàn/Sơn Thủy", "Si Ma Cai/Bản Mế", "Si Ma Cai/Sín Chéng"], ["area-count"]],
  [["- Huyện Văn Bàn: xã Nậm Cang, xã Sơn Thủy."], ["Văn Bàn/Nậm Cang", "Văn Bàn/Sơn Thủy"], []],
])("%j", (lines, areas, issues) => {
  const read = extractPlan(planWith(["- Thành lập mới 04 tổ truyền thông cộng đồng."], { after: ["Địa bàn thực hiện:", ...lines] }));
  expect(read.areas.map((a) => `${a.district}/${a.commune}`)).toEqual(areas);
  expect(read.issues.map((i) => i.rule).filter((r) => r !== "no-budget")).toEqual(issues);
});
