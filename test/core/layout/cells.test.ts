import { isLabelText, isNumberingText, isNumeric } from "../../../src/core/layout/cells";

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

describe("isNumeric: an amount written with its money unit is a value cell, not a name", () => {
  test.each([
    ["300 đ", true],
    ["1.200.000đ", true],
    ["300 triệu", true],
    ["2,5 tỷ đồng", true],
    ["300 VNĐ", true],
    ["1.250", true],
    ["Xã Phú Mãn", false],
    ["Kinh phí (triệu đồng)", false],
    ["triệu đồng", false],
    ["Đợt 1", false],
    ["3 tổ", false],
    ["\u20ab1.500.000", true],
    ["VND 150,000", true],
    ["1 tỷ 200 triệu", true],
    ["(1,5 tỷ)", true],
    ["500k", true],
    ["\uff11\uff0c\uff12 tỷ", true],
    ["1 Ba Vì", false],
    ["3 Đông Anh", false],
    ["2 Đồng Tâm", false],
  ])("%s → %s", (text, expected) => {
    expect(isNumeric(text)).toBe(expected);
    expect(isLabelText(text)).toBe(!expected);
  });
});
