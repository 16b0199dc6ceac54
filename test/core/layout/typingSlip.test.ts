/** A figure typed with a slip of the keyboard against the right one. */
import { isTypingSlip } from "../../../src/core/layout/typingSlip";

test.each<[number, number, boolean]>([
  [15, 14, true],
  [41, 14, true],
  [144, 14, true],
  [1, 14, true],
  [1250.5, 1250.6, true],
  [3150, 1250, false],
  [2150, 1250, true],
  [20, 14, false],
  [14, 14, false],
  [1400, 14, false],
  [-15, 14, true],
])("%p typed for %p: %p", (typed, right, slip) => {
  expect(isTypingSlip(typed, right)).toBe(slip);
});
