import { formatAmount, formatNumber, formatQuantity, formatFigure, formatValue, moneyUnitLabel } from "../../../src/core/text/format";

const money = (scale: number) => ({ kind: "money" as const, scale, unit: "" });
const count = { kind: "count" as const, scale: 1, unit: "tổ" };
const percent = { kind: "percent" as const, scale: 1, unit: "%" };

describe("format", () => {
  test.each<[number, "vi" | "en", string]>([
    [1250, "vi", "1.250"],
    [1250, "en", "1,250"],
    [3.1, "vi", "3,1"],
    [-1234567.25, "vi", "-1.234.567,25"],
    [0, "vi", "0"],
    [999, "vi", "999"],
    [0.1 + 0.2, "vi", "0,3"],
    [1e300, "vi", "1E+300"],
    [-1.5e21, "vi", "-1,5E+21"],
    [1.5e21, "en", "1.5E+21"],
    [1e20, "vi", "100.000.000.000.000.000.000"],
  ])("formatNumber(%d, %s) = %s", (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });

  test.each<[number, number, "vi" | "en", string]>([
    [9_490_000_000, 1e9, "vi", "9,49 tỷ đồng"],
    [9_490_000_000, 1e9, "en", "9.49 billion VND"],
    [9_490_000_000, 1e6, "vi", "9.490 triệu đồng"],
    [500_000_000, 1e6, "vi", "500 triệu đồng"],
    [1_234_567, 1e9, "vi", "0,001234567 tỷ đồng"],
    [-250_000_000, 1e9, "vi", "-0,25 tỷ đồng"],
    [80_000, 1, "vi", "80.000 đồng"],
    [1_500, 1e3, "en", "1.5 thousand VND"],
  ])("money %d at scale %d (%s) = %s", (value, scale, lang, expected) => {
    expect(formatQuantity(value, money(scale), lang)).toBe(expected);
  });

  test("counts, percents, units, signs, nulls", () => {
    expect(formatQuantity(1250, count, "vi")).toBe("1.250");
    expect(formatAmount(16, count, "vi")).toBe("16 tổ");
    expect(formatAmount(9_490_000_000, money(1e9), "vi")).toBe("9,49 tỷ đồng");
    expect(formatQuantity(79.5, percent, "vi")).toBe("79,5%");
    expect(formatValue(9_490_000_000, money(1e9), "vi")).toBe("9,49");
    expect(formatFigure(2, count, "vi", true)).toBe("+2");
    expect(formatFigure(-2, count, "vi", true)).toBe("-2");
    expect(formatFigure(0, count, "vi", true)).toBe("0");
    expect(formatFigure(15, percent, "vi")).toBe("15%");
    expect(formatFigure(12.5, percent, "en", true)).toBe("+12.5%");
    expect(formatFigure(-2_000_000, money(1e6), "vi", true)).toBe("-2");
    expect(formatFigure(9_490_000_000, money(1e9), "vi")).toBe("9,49");
    // Exact: a đồng amount shown in triệu đồng keeps every digit.
    expect(formatFigure(1_234_567, money(1e6), "vi")).toBe("1,234567");
    expect(formatFigure(3_290_000_000, money(1e6), "en")).toBe("3,290");
    expect(formatFigure(null, count, "vi")).toBe("—");
    expect(formatQuantity(null, count, "vi")).toBe("—");
    expect(moneyUnitLabel(1e6, "vi")).toBe("triệu đồng");
  });
});
