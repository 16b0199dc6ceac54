/**
 * A typed subtotal that agrees with the plan while its communes add up to
 * more (or less) by exactly the line's gap to the plan: the communes are off,
 * one finding at the subtotal says so, and no `ceiling` finding besides.
 */
import { evaluateRules } from "../../../src/core/rules";
import { context, plan, planLine, SHEET, table, type RowSpec } from "./fixtures";

const LINES = [{ header: "Địa chỉ tin cậy", planCode: "2" }];
/** Tổng cộng, Huyện Ba Vì (Ba Trại, Tản Lĩnh), Huyện Quốc Oai (Sài Sơn): rows 2..7, values in B. */
const rows = (v: [number, number, number, number, number, number]): RowSpec[] => [
  { label: "Tổng cộng", kind: "total", parent: null, values: [v[0]] },
  { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [v[1]] },
  { label: "Xã Ba Trại", kind: "leaf", parent: 1, values: [v[2]] },
  { label: "Xã Tản Lĩnh", kind: "leaf", parent: 1, values: [v[3]] },
  { label: "Huyện Quốc Oai", kind: "group", parent: 0, values: [v[4]] },
  { label: "Xã Sài Sơn", kind: "leaf", parent: 4, values: [v[5]] },
];
const p = plan([planLine("2", "Địa chỉ tin cậy", "địa chỉ", 9)]);
const run = (v: Parameters<typeof rows>[0]) => evaluateRules(context(p, table(LINES, rows(v))));

describe("a typed subtotal that the plan agrees with, its communes off", () => {
  test.each<[string, Parameters<typeof rows>[0], string[]]>([
    ["a commune typed 30 for 3: one finding at its district's subtotal", [9, 5, 2, 30, 4, 4], ["subtotal B3"]],
    ["a commune typed 0 for 3: the same, under the plan", [9, 5, 2, 0, 4, 4], ["subtotal B3"]],
    ["the district subtotal typed wrong, its communes right: the subtotal alone (the plan is met)", [9, 50, 2, 3, 4, 4], ["subtotal B3"]],
    ["a gap to the plan other than the subtotal's: both stay", [10, 5, 2, 30, 5, 5], ["ceiling B2", "subtotal B3"]],
  ])("%s", (_name, v, expected) => {
    expect(run(v).map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(expected);
  });

  test("the message says the communes are off, not the subtotal", () => {
    const [finding] = run([9, 5, 2, 30, 4, 4]);
    expect([finding.sheet, finding.expected, finding.actual]).toEqual([SHEET, 32, 5]);
    expect(finding.message.vi).toBe(
      "Các địa bàn của Huyện Ba Vì cộng lại 32 địa chỉ, nhưng ô cộng B3 ghi 5 địa chỉ — khớp với kế hoạch của Địa chỉ tin cậy. " +
        "Có lẽ một địa bàn của Huyện Ba Vì ghi sai (lệch 27 địa chỉ); sửa địa bàn đó thì tổng phân bổ so với kế hoạch (B2) cũng khớp.",
    );
  });
});
