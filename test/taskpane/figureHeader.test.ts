/** The plan-line table's figure headers: whole on one line with room, two lines at most in a narrow pane. */
import { figureHeader } from "../../src/taskpane/components/IndicatorTable";

const NBSP = "\u00a0";

describe("figureHeader", () => {
  test.each([
    ["with room: one line", "Đã phân bổ", false, `Đã${NBSP}phân${NBSP}bổ`],
    ["with room, two words", "Kế hoạch", false, `Kế${NBSP}hoạch`],
    ["tight: the last two-syllable word stays whole", "Đã phân bổ", true, `Đã phân${NBSP}bổ`],
    ["tight, two words: may break", "Chênh lệch", true, "Chênh lệch"],
    ["tight, one English word", "Allocated", true, "Allocated"],
    ["with room, one English word", "Difference", false, "Difference"],
  ] as const)("%s", (_label, label, tight, expected) => {
    expect(figureHeader(label, tight)).toBe(expected);
  });
});
