/**
 * A row led by a body and naming a district of the plan's list (`Trung tâm Y
 * tế huyện Ba Vì`, `Hội LHPN huyện Ba Vì`): with figures of its own beside
 * the communes, not adding up the plan's communes of that district after it,
 * it is the district's own body — an item beside the communes; adding them
 * up, or blank over them, it is the district's row over them.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
  ["1", "Kinh phí tập huấn", "triệu đồng", 600],
  [],
  ["Huyện", "Xã"],
  ["Ba Vì", "Minh Quang"],
  ["Ba Vì", "Ba Trại"],
  ["Ba Vì", "Tản Lĩnh"],
]);

function read(rows: CellValue[][]) {
  const { report, table } = checkWorkbook({ sheets: [PLAN, sheet("Phân bổ", [["STT", "Đơn vị", "Kinh phí (triệu đồng)"], ...rows])] }, { workbookName: "x.xlsx" });
  return {
    tree: table.areas.map((a) => `${a.label}<${a.parent === null ? "" : table.areas[a.parent].label}`),
    findings: toJsonReport(report, "vi").findings.map((f) => `${f.rule}@${f.cell}`),
  };
}

test("a body of the district with figures beside the district's bodies and communes: an item, nothing found", () => {
  const { tree, findings } = read([
    [null, "Tổng cộng", 600],
    [1, "Phòng Lao động - Thương binh và Xã hội huyện", 100],
    [2, "Trung tâm Y tế huyện Ba Vì", 100],
    [3, "Hội Nông dân huyện", 100],
    [4, "Xã Minh Quang", 100],
    [5, "Xã Ba Trại", 100],
    [6, "Xã Tản Lĩnh", 100],
  ]);
  expect(tree.slice(1)).toEqual([
    "Phòng Lao động - Thương binh và Xã hội huyện<Tổng cộng",
    "Trung tâm Y tế huyện Ba Vì<Tổng cộng",
    "Hội Nông dân huyện<Tổng cộng",
    "Xã Minh Quang<Tổng cộng",
    "Xã Ba Trại<Tổng cộng",
    "Xã Tản Lĩnh<Tổng cộng",
  ]);
  expect(findings).toEqual([]);
});

test.each([
  ["adding up the communes after it", 300],
  ["blank over them", null],
])("the district's union %s: the district's row over the communes' unions", (_, figure) => {
  const { tree, findings } = read([
    [null, "Tổng cộng", 300],
    ["I", "Hội LHPN huyện Ba Vì", figure],
    [1, "Hội LHPN xã Minh Quang", 100],
    [2, "Hội LHPN xã Ba Trại", 100],
    [3, "Hội LHPN xã Tản Lĩnh", 100],
  ]);
  expect(tree.slice(1)).toEqual([
    "Hội LHPN huyện Ba Vì<Tổng cộng",
    "Hội LHPN xã Minh Quang<Hội LHPN huyện Ba Vì",
    "Hội LHPN xã Ba Trại<Hội LHPN huyện Ba Vì",
    "Hội LHPN xã Tản Lĩnh<Hội LHPN huyện Ba Vì",
  ]);
  expect(findings.filter((f) => !f.startsWith("ceiling"))).toEqual([]);
});
