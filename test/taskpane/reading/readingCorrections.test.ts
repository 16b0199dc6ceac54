import {
  areaChoice,
  axisOf,
  IGNORE,
  lineChoice,
  unmappedCodes,
} from "../../../src/taskpane/components/reading/readingCorrections";
import { ROWS_READING } from "../../helpers/readings";

describe("the reading view's choices as corrections", () => {
  test.each([
    ["7", "areas-as-rows", "area"],
    ["C", "areas-as-rows", "line"],
    ["7", "indicators-as-rows", "line"],
    ["C", "indicators-as-rows", "area"],
  ] as const)("axisOf(%p, %p) = %p", (at, orientation, axis) => {
    expect(axisOf(at, orientation)).toBe(axis);
  });

  test("an area's role or ignore", () => {
    expect(areaChoice("10", "Cộng huyện", "subtotal")).toEqual({ kind: "role", at: "10", label: "Cộng huyện", role: "subtotal" });
    expect(areaChoice("10", "Cộng huyện", IGNORE)).toEqual({ kind: "ignore", at: "10", label: "Cộng huyện" });
    expect(areaChoice("10", "Cộng huyện", "district")).toBeNull();
  });

  test("a column's plan line or ignore; only the plan's codes", () => {
    expect(lineChoice("F", "Ghi chú", "2", ["1", "2"])).toEqual({ kind: "line", at: "F", header: "Ghi chú", code: "2" });
    expect(lineChoice("F", "Ghi chú", IGNORE, ["1", "2"])).toEqual({ kind: "ignore", at: "F", label: "Ghi chú" });
    expect(lineChoice("F", "Ghi chú", "9", ["1", "2"])).toBeNull();
  });

  test("plan lines without a column", () => {
    expect(unmappedCodes(ROWS_READING, ["1", "2", "3", "KP"])).toEqual(["3", "KP"]);
  });
});
