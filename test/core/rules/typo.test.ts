import fc from "fast-check";
import { looksLikeSwap, looksLikeTypo, swapGap } from "../../../src/core/rules/typo";

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

describe("two neighbouring digits swapped", () => {
  test.each<[number, number, boolean]>([
    [59, 95, true],
    [1256, 1265, true],
    [102, 120, true],
    [68, 60, false], // one digit for another
    [1200, 120, false],
    [105, 510, false],
  ])("%p for %p: %p", (typed, meant, swap) => {
    expect(looksLikeSwap(typed, meant)).toBe(swap);
  });

  test("every swap of two different neighbouring digits moves the figure by a gap a swap can make", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 9_999_999 }), fc.nat(6), (figure, at) => {
        const text = String(figure);
        fc.pre(at + 1 < text.length && text[at] !== text[at + 1] && !(at === 0 && text[1] === "0"));
        const typed = Number(text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2));
        return looksLikeSwap(typed, figure) && swapGap(typed - figure);
      }),
    );
  });

  test.each<[number, boolean]>([
    [36, true],
    [-18, true],
    [450, true],
    [0.27, true],
    [81, true], // 190 for 109
    [99, false],
    [10, false],
    [0, false],
  ])("a gap of %p can be a swap: %p", (gap, can) => {
    expect(swapGap(gap)).toBe(can);
  });
});
