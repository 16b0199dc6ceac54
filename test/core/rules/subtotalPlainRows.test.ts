import fc from "fast-check";
import { subtotalRule } from "../../../src/core/rules/subtotal";
import type { CellValue } from "../../../src/core/model/workbook";
import { context, plan, planLine, table, type RowSpec } from "./fixtures";

/**
 * `subtotal` adds a plain leaf row (blank cells and typed numbers only,
 * `plainAreas`) without reading its cells' states: the findings must be the
 * ones the states give, whatever the leaves hold.
 */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.nat({ max: 500 }),
  fc.constant(null),
  fc.constantFrom<CellValue>(-3, 2.5, "12", "abc", { error: "#REF!" }, true),
);

const LINES = [
  { header: "Tổ", planCode: "1" },
  { header: "CLB", planCode: "2" },
];

function rows(groups: CellValue[][][], subtotals: number[]): RowSpec[] {
  const out: RowSpec[] = [{ label: "Tổng cộng", kind: "total", parent: null, values: [subtotals[0] ?? 0, 0] }];
  groups.forEach((leaves, g) => {
    const parent = out.length;
    out.push({ label: `Huyện ${g}`, kind: "group", parent: 0, values: [subtotals[g + 1] ?? 0, 7] });
    leaves.forEach((values, l) => out.push({ label: `Xã ${g}-${l}`, kind: "leaf", parent, values }));
  });
  return out;
}

describe("subtotal over plain leaf rows", () => {
  test("the same findings with the plain rows marked and without", () => {
    const p = plan([planLine("1", "Tổ", "tổ", 100), planLine("2", "CLB", "CLB", 100)]);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(cellArb, cellArb), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat({ max: 2000 }), { minLength: 5, maxLength: 5 }),
        (groups, subtotals) => {
          const ctx = context(p, table(LINES, rows(groups, subtotals)));
          expect(ctx.plainAreas).toBeDefined();
          expect(subtotalRule.evaluate(ctx)).toEqual(subtotalRule.evaluate({ ...ctx, plainAreas: undefined }));
        },
      ),
    );
  });
});
