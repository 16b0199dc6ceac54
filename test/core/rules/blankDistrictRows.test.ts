/**
 * District rows that only name their district (blank figures) pass their
 * communes' figures up to a typed grand total as a SUM would: a repeated
 * commune the typed grand total leaves out, or a deleted one it still
 * counts, is one finding, as under formula district subtotals.
 */
import { checkTotals, told, type District, type Layout, type PlanSpec } from "./totalsSheet";

const PLAN: PlanSpec = {
  lines: [
    { code: "1", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 12 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
  ],
};
const HEADERS = ["Địa chỉ tin cậy", "Kinh phí hỗ trợ (triệu đồng)"];
const DISTRICTS: District[] = [
  { name: "Ba Vì", communes: [{ name: "Khánh Thượng", values: [2, 100] }, { name: "Minh Quang", values: [3, 120] }, { name: "Ba Trại", values: [1, 80] }] },
  { name: "Mỹ Đức", communes: [{ name: "An Phú", values: [2, 90] }, { name: "Hùng Tiến", values: [2, 110] }, { name: "Phù Lưu", values: [2, 100] }] },
];
const REPEATED: District[] = [{ ...DISTRICTS[0], communes: [...DISTRICTS[0].communes, DISTRICTS[0].communes[1]] }, DISTRICTS[1]];
const DELETED: District[] = [{ ...DISTRICTS[0], communes: DISTRICTS[0].communes.slice(0, 2) }, DISTRICTS[1]];

describe.each<[string, Layout]>([
  ["blank district rows", { totals: "typed", districtRows: true, districtTotals: "none" }],
  ["formula district subtotals", { totals: "typed", districtRows: true, districtTotals: "formula" }],
])("%s under a typed grand total", (_name, layout) => {
  test("a commune written twice: one duplicate finding", () => {
    expect(told(checkTotals(PLAN, DISTRICTS, REPEATED, layout, HEADERS))).toEqual(["duplicate B7"]);
  });

  test("a commune deleted: one coverage finding", () => {
    expect(told(checkTotals(PLAN, DISTRICTS, DELETED, layout, HEADERS))).toEqual(["coverage Ba Trại"]);
  });
});
