/**
 * A `Tổng số` (or `Tổng cộng`, `Tổng`) column after a district's communes,
 * under the district's merged header, is that district's subtotal — a grand
 * total never sits under one district. The same with two label columns in
 * the other orientation (the district merged down its communes' rows).
 */
import { detectTable } from "../../../src/core/layout";
import type { AllocationTable } from "../../../src/core/model/table";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 9 },
    { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 6 },
  ],
  { "Ba Vì": ["Ba Trại", "Tản Lĩnh"], "Thạch Thất": ["Yên Trung", "Yên Bình"] },
);

function columns(word: string, withList: boolean) {
  const data = sheet(
    "Phân bổ",
    [
      ["STT", "Nội dung", "ĐVT", "Ba Vì", null, null, "Thạch Thất", null, null, "Tổng số"],
      [null, null, null, "Ba Trại", "Tản Lĩnh", word, "Yên Trung", "Yên Bình", word, null],
      [1, "Tổ truyền thông cộng đồng", "tổ", 2, 3, 5, 1, 3, 4, 9],
      [2, "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 1, 2, 3, 1, 2, 3, 6],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1", "J1:J2"] },
  );
  return { data, plan: withList ? PLAN : planOf(PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.target }))) };
}

const shape = (t: AllocationTable) => t.areas.map((a) => `${a.kind}:${a.label}<${a.parent === null ? "" : t.areas[a.parent].label}`);
const EXPECTED = ["group:Ba Vì<Tổng số", "leaf:Ba Trại<Ba Vì", "leaf:Tản Lĩnh<Ba Vì", "group:Thạch Thất<Tổng số", "leaf:Yên Trung<Thạch Thất", "leaf:Yên Bình<Thạch Thất", "total:Tổng số<"];

describe("a total word after the communes under their district", () => {
  test.each<[string, boolean, boolean]>([
    ["Tổng số", true, false],
    ["Tổng số", false, false],
    ["Tổng cộng", true, false],
    ["Tổng", false, false],
    ["Tổng số", true, true],
    ["Tổng số", false, true],
  ])("`%s` (area list: %s, areas as rows: %s) is the district's subtotal", (word, withList, turned) => {
    const { data, plan } = columns(word, withList);
    const table = detectTable(turned ? transposeSheet(data) : data, plan);
    expect(table.orientation).toBe(turned ? "areas-as-rows" : "indicators-as-rows");
    expect([...shape(table)].sort()).toEqual([...EXPECTED].sort());
    const baVi = table.areas.find((a) => a.label === "Ba Vì")!;
    expect(baVi.index).toBe(5);
  });
});
