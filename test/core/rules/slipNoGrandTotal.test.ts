/**
 * A sheet with no grand total row, its districts' subtotals typed: together
 * they show the plan's figure, as a grand total would. One commune's figure
 * typed with a keyboard slip puts its district's subtotal off its communes
 * and the line off its plan by one gap: told once, at the commune, naming the
 * subtotal and the plan comparison; a gap no commune reads as a slip of is
 * told once, at the subtotal, naming the plan comparison.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkStaff, setFigure, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, tell, type StaffLayout } from "./staffSheet";

const layouts: [string, StaffLayout][] = (["areas-as-rows", "indicators-as-rows"] as const).flatMap((orientation) =>
  ([1, 2, 3] as const).map((headerRows): [string, StaffLayout] => [`${orientation}, ${headerRows} header rows`, { orientation, grand: "none", grandTotals: "typed", districtTotals: "typed", headerRows }]),
);

describe("no grand total, the districts' subtotals typed", () => {
  // [what, district, commune, line, typed]
  const slips: [string, number, number, number, CellValue][] = [
    ["Hùng Tiến's 115 typed 1150 (a digit typed twice)", 1, 1, 3, 1150],
    ["Sài Sơn's 140 typed 410 (two digits swapped)", 2, 0, 3, 410],
    ["Khánh Thượng's 3 địa chỉ typed 33", 0, 0, 1, 33],
  ];
  describe.each(layouts)("%s", (_n, layout) => {
    test.each(slips)("%s — one finding, at the commune", (_what, d, c, line, typed) => {
      const placed = staffWorkbook(STAFF_LINES, D, { actual: setFigure(D, d, c, line, typed) }, layout);
      const findings = checkStaff(placed);
      expect(tell(findings)).toEqual([`subtotal ${placed.cell(d, c, line)}`]);
      expect(findings[0].message.en).toContain("like the districts' subtotals added up, shows the plan's figure");
      expect(findings[0].message.vi).toContain("cùng tổng các ô cộng của các huyện, ghi đúng số kế hoạch");
    });

    // Hùng Tiến's 115 typed 15: no commune of Mỹ Đức reads as a slip of its figure by the gap — the subtotal, naming the plan comparison.
    test("a gap no commune reads as a slip — one finding, at the subtotal", () => {
      const placed = staffWorkbook(STAFF_LINES, D, { actual: setFigure(D, 1, 1, 3, 15) }, layout);
      const findings = checkStaff(placed);
      expect(tell(findings)).toEqual([`subtotal ${placed.district(1, 3)}`]);
      expect(findings[0].message.en).toContain("The districts' typed subtotals add up to the plan's figure, so this is told once, here.");
    });
  });
});

describe("no grand total, the level's word taken from the districts' labels", () => {
  const layout: StaffLayout = { orientation: "areas-as-rows", grand: "none", grandTotals: "typed", districtTotals: "typed", headerRows: 1 };
  test.each<[string, string, string, string]>([
    ["Quận", "Quận", "các quận", "the urban districts'"],
    ["Thị xã", "Thị xã", "các thị xã", "the towns'"],
  ])("districts written %s …: the slip's message names them so", (_what, prefix, vi, en) => {
    const named = D.map((d) => ({ ...d, label: `${prefix} ${d.name}` }));
    const placed = staffWorkbook(STAFF_LINES, D, { actual: setFigure(named, 1, 1, 3, 1150) }, layout);
    const findings = checkStaff(placed);
    expect(tell(findings)).toEqual([`subtotal ${placed.cell(1, 1, 3)}`]);
    expect(findings[0].message.vi).toContain(`cùng tổng các ô cộng của ${vi}, ghi đúng số kế hoạch`);
    expect(findings[0].message.en).toContain(`like ${en} subtotals added up, shows the plan's figure`);
  });
});
