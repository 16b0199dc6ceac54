/**
 * A reserve row (`Dự phòng`) typed after the areas, outside the typed grand
 * total (the total is the areas' sum, the reserve beside it, the plan giving
 * out both), and one commune's figure typed with a keyboard slip on the line
 * the reserve fills: arithmetic alone cannot tell the reserve is outside the
 * total there, so the total's subtotal and the line's ceiling both show the
 * one slip. One finding, at the slipped commune's cell, naming the total it
 * puts right — in both orientations, with the plan's area list or without,
 * under typed district totals too (the reserve read beside the total from
 * the districts' figures as typed, the total with it showing the plan).
 */
import type { Finding } from "../../../src/core/model/finding";
import { checkWorkbook } from "../../../src/core/check";
import { setFigure, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, type Placed, type StaffLayout } from "./staffSheet";

// The plan gives out the areas' 1 265 triệu and the 300 triệu reserve.
const LINES = STAFF_LINES.map((line) => (line.code === "4" ? { ...line, target: 1565 } : line));
const RESERVE = { label: "Dự phòng", values: [null, null, null, 300] };

function findings(placed: Placed, listed: boolean): readonly Finding[] {
  const sheets = listed ? placed.sheets : placed.sheets.filter((s) => s.name !== "Địa bàn");
  return checkWorkbook({ sheets }, { workbookName: "t.xlsx" }).report.findings;
}

const name = (l: StaffLayout) => `${l.orientation}, total ${l.grand} (${l.grandTotals}), districts ${l.districtTotals}, ${l.headerRows} header rows`;
const layouts = staffLayouts();
const cases = [true, false].flatMap((listed) => layouts.map((l): [boolean, string, StaffLayout] => [listed, name(l), l]));

test.each(cases)("Khánh Thượng's 120 typed 1200, the plan lists its areas: %s, %s: one finding at its cell", (listed, _name, layout) => {
  const placed = staffWorkbook(LINES, D, { actual: setFigure(D, 0, 0, 3, 1200), leftover: RESERVE }, layout);
  const told = findings(placed, listed);
  // Under a typed district total the slip is told as that total's (`slipCause`), else as the line's ceiling (`slipCeiling`).
  expect(told.map((f) => [f.rule, f.cell])).toEqual([[layout.districtTotals === "typed" ? "subtotal" : "ceiling", placed.cell(0, 0, 3)]]);
});

test.each(cases)("no slip, the plan lists its areas: %s, %s: nothing told", (listed, _name, layout) => {
  expect(findings(staffWorkbook(LINES, D, { actual: D, leftover: RESERVE }, layout), listed)).toEqual([]);
});

test("the finding names the total it puts right, the reserve beside it", () => {
  const layout = layouts.find((l) => l.orientation === "areas-as-rows" && l.grand === "bottom" && l.grandTotals === "typed" && l.districtTotals === "none") as StaffLayout;
  const placed = staffWorkbook(LINES, D, { actual: setFigure(D, 0, 0, 3, 1200), leftover: RESERVE }, layout);
  const [finding] = findings(placed, true);
  expect(finding.message.vi).toContain(`ô cộng của Tổng cộng (${placed.grand(3)}), tổng của các địa bàn với "Dự phòng" ghi riêng bên ngoài`);
  expect(finding.message.vi).toContain("sửa thành 120 triệu đồng");
});

test("a figure changed with no slip (1000 for 120): the total's findings stay", () => {
  const layout = layouts.find((l) => l.orientation === "areas-as-rows" && l.grand === "bottom" && l.grandTotals === "typed" && l.districtTotals === "none") as StaffLayout;
  const placed = staffWorkbook(LINES, D, { actual: setFigure(D, 0, 0, 3, 1000), leftover: RESERVE }, layout);
  expect(findings(placed, true).map((f) => f.cell)).not.toContain(placed.cell(0, 0, 3));
});

// The grand total alone shows the plan less the reserve: a message weighing it against the plan names the two together.
test.each(layouts.filter((l) => l.districtTotals === "typed").map((l): [string, StaffLayout] => [name(l), l]))("with the reserve beside it, the grand total is named with the reserve where it is said to show the plan (%s)", (_name, layout) => {
  const slip = findings(staffWorkbook(LINES, D, { actual: setFigure(D, 0, 0, 3, 12), leftover: RESERVE }, layout), true);
  expect(slip.map((f) => f.message.en)).toEqual([expect.stringContaining(`like the table's grand total with "Dự phòng" kept beside it, shows the plan's figure`)]);
  const changed = findings(staffWorkbook(LINES, D, { actual: setFigure(setFigure(D, 0, 0, 3, 125), 0, 2, 3, 100), leftover: RESERVE }, layout), true);
  expect(changed.map((f) => f.message.en)).toEqual([expect.stringContaining(`This subtotal and the table's grand total with "Dự phòng" kept beside it agree with the plan`)]);
  const plain = findings(staffWorkbook(STAFF_LINES, D, { actual: setFigure(D, 0, 0, 3, 12) }, layout), true);
  expect(plain.map((f) => f.message.en)).toEqual([expect.stringContaining("like the table's grand total, shows the plan's figure")]);
});
