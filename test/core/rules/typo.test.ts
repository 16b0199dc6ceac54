import { looksLikeTypo } from "../../../src/core/rules/typo";

describe("a figure typed for another by one slip of the keyboard", () => {
  test.each<[number, number, boolean]>([
    [68, 60, true], // one digit for another
    [150, 105, true], // neighbours swapped
    [1200, 120, true], // one digit twice
    [12, 120, true], // one left out
    [12.5, 12.3, true],
    [20, 12, false], // two digits
    [51, 60, false],
    [60, 60, false],
    [105, 510, false], // not neighbours
  ])("%p for %p: %p", (typed, meant, slip) => {
    expect(looksLikeTypo(typed, meant)).toBe(slip);
  });
});
