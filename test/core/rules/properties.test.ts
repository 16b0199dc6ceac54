import fc from "fast-check";
import { ceilingRule } from "../../../src/core/rules/ceiling";
import { evaluateRules } from "../../../src/core/rules";
import { buildReport } from "../../../src/core/report/buildReport";
import { context, plan, planLine, table, type RowSpec } from "./fixtures";

/** Leaves grouped under districts, all under a grand total with consistent subtotals. */
function grouped(groups: number[][], money: boolean): RowSpec[] {
  const rows: RowSpec[] = [{ label: "Tổng cộng", kind: "total", parent: null, values: [groups.flat().reduce((a, b) => a + b, 0)] }];
  groups.forEach((leaves, g) => {
    const parent = rows.length;
    rows.push({ label: `Huyện ${g}`, kind: "group", parent: 0, values: [leaves.reduce((a, b) => a + b, 0)] });
    leaves.forEach((value, l) => rows.push({ label: `Xã ${g}-${l}`, kind: "leaf", parent, values: [money ? String(value) : value] }));
  });
  return rows;
}

const groupsArb = fc.array(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });

describe("properties", () => {
  test("leaf values whose sum is within the ceiling never give a ceiling error", () => {
    fc.assert(
      fc.property(groupsArb, fc.nat({ max: 1_000_000 }), (groups, slack) => {
        const sum = groups.flat().reduce((a, b) => a + b, 0);
        const p = plan([planLine("1", "Tổ", "tổ", sum + slack)]);
        const findings = ceilingRule.evaluate(context(p, table([{ header: "Tổ", planCode: "1" }], grouped(groups, false))));
        return findings.every((f) => f.severity !== "error") && findings.length === (slack === 0 ? 0 : 1);
      }),
    );
  });

  test("shuffling the leaves within a group changes no total and no finding but the cells", () => {
    fc.assert(
      fc.property(
        groupsArb.chain((groups) =>
          fc.tuple(fc.constant(groups), fc.tuple(...groups.map((leaves) => fc.shuffledSubarray(leaves, { minLength: leaves.length, maxLength: leaves.length })))),
        ),
        fc.nat({ max: 3_000_000 }),
        ([groups, shuffled], target) => {
          const p = plan([planLine("KP", "Kinh phí", "triệu đồng", target * 1_000_000)]);
          const lines = [{ header: "Kinh phí (triệu đồng)", planCode: "KP", unit: "triệu đồng" }];
          const run = (g: number[][]) => {
            const ctx = context(p, table(lines, grouped(g, true)));
            return buildReport(ctx, evaluateRules(ctx), "x.xlsx");
          };
          const before = run(groups);
          const after = run(shuffled as number[][]);
          expect(after.indicators).toEqual(before.indicators);
          expect(after.findings.map((f) => [f.rule, f.expected, f.actual]).sort()).toEqual(before.findings.map((f) => [f.rule, f.expected, f.actual]).sort());
        },
      ),
    );
  });
});
