import { isNumberingText } from "../../../src/core/layout/cells";

describe("isNumberingText: a column number written as a formula of other columns", () => {
  test.each([
    ["3=1+2", true],
    ["(4)=(2)x(3)", true],
    ["5 = 3 - 4", true],
    ["(3)=(1)+(2)", true],
    ["=SUM(1,2)", false], // a function over numbers, typed as a name: a label, not numbering
    ["=AB1+2", false],
    ["12", false],
    ["Xã A", false],
  ])("%s → %s", (text, expected) => {
    expect(isNumberingText(text)).toBe(expected);
  });
});
