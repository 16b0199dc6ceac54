import type { CellValue } from "../../../src/core/model/workbook";
import { context, plan, planLine, table, type RowSpec } from "./fixtures";

const LINES = [
  { header: "Tổ truyền thông", planCode: "1" },
  { header: "Kinh phí (triệu đồng)", planCode: "2", unit: "triệu đồng" },
];
const p = plan([planLine("1", "Tổ truyền thông", "tổ", 100), planLine("2", "Kinh phí", "triệu đồng", 1000)]);

function rows(a: CellValue[]): RowSpec[] {
  return [
    { label: "Huyện Ba Vì", kind: "group", parent: null, values: [null, null] },
    { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: a },
    { label: "Xã Ba Vì", kind: "leaf", parent: 0, values: [1, 1] },
  ];
}

describe("plain areas: rows with nothing for invalid-value to tell", () => {
  test.each<[string, CellValue[], boolean]>([
    ["whole numbers and blanks", [2, null], true],
    ["a fraction of a count", [0.5, 1], false],
    ["a fraction of a money unit that is whole in đồng", [2, 0.5], true],
    ["a negative number", [-1, 1], false],
    ["a number typed as text", ["2", 1], false],
    ["an error", [{ error: "#N/A" }, 1], false],
    ["text", ["hai", 1], false],
  ])("%s", (_name, values, plain) => {
    const ctx = context(p, table(LINES, rows(values)));
    expect(Array.from(ctx.plainAreas!)).toEqual([1, plain ? 1 : 0, 1]);
  });
});

test("areas as columns (lines as rows): no plain areas (invalid-value reads every cell)", () => {
  expect(context(p, table(LINES, rows([1, 1]), { orientation: "indicators-as-rows" })).plainAreas).toBeUndefined();
});
