/**
 * The area axis of an areas-as-rows sheet read the way staff write it: each
 * shape must give the plain reading (total, districts, communes) and no
 * finding, and a planted mistake must be told once, at its cell.
 */
import { nfd } from "../../helpers/xlsxFixture";
import { checkShape, findingsOf, plainTree, treeOf, type ShapeOptions } from "./areaShapes";

describe("grand total labels", () => {
  test.each<[string, ShapeOptions]>([
    ["Tổng cộng", {}],
    ["Toàn huyện", { totalLabel: "Toàn huyện" }],
    ["Toàn xã", { totalLabel: "Toàn xã" }],
    ["TOÀN HUYỆN at the bottom", { totalLabel: "TOÀN HUYỆN", totalAtBottom: true }],
    ["Toàn quận", { totalLabel: "Toàn quận" }],
    ["Toàn huyện (NFD)", { totalLabel: nfd("Toàn huyện") }],
  ])("%s is the grand total", (_name, options) => {
    const result = checkShape(options);
    const total = (options.totalLabel ?? "Tổng cộng").normalize("NFC");
    const tree = treeOf(result);
    expect(tree.find((t) => t[0] === total)).toEqual([total, "total", null]);
    expect(tree.filter((t) => t[1] === "group").every((t) => t[2] === total)).toBe(true);
    expect(findingsOf(result)).toEqual([]);
  });
});

test("the plain sheet reads plainly", () => {
  expect(treeOf(checkShape())).toEqual(plainTree());
});
