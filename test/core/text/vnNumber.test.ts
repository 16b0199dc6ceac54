import fc from "fast-check";
import {
  baseValue,
  normalizeVietnameseNumber,
  parseVietnameseNumber,
  readCellNumber,
  scaleDecimal,
} from "../../../src/core/text/vnNumber";

describe("parseVietnameseNumber", () => {
  test.each([
    ["9,490", 9.49],
    ["3,1", 3.1],
    ["1.250", 1250],
    ["80.000", 80000],
    ["1 250", 1250],
    ["1\u00a0250", 1250],
    ["1\u202f250\u202f000", 1250000],
    ["1.250.000", 1250000],
    ["1.250,5", 1250.5],
    ["1,250,000", 1250000],
    ["1,250.5", 1250.5],
    ["1.5", 1.5],
    ["0.125", 0.125],
    ["012", 12],
    ["-5", -5],
    ["+7", 7],
    [" 12 ", 12],
    ["'1.500", 1500],
    ["’1,5", 1.5],
    [" '200 ", 200],
  ])("%j is %p", (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  test.each(["abc", "1.2.3", "12 tổ", "", "1,2,3.4,5", "1.25.000", "#REF!", "2022-10-03"])(
    "%j is not a number",
    (text) => {
      expect(parseVietnameseNumber(text)).toBeNull();
    },
  );

  test("Vietnamese grouping of any whole number reads back to the number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 15 }), (n) => {
        const grouped = n.toLocaleString("en-US").replace(/,/g, ".");
        expect(parseVietnameseNumber(grouped)).toBe(n);
      }),
    );
  });
});

describe("scaleDecimal", () => {
  test.each([
    ["9.49", 1e9, 9_490_000_000],
    ["3.1", 1e9, 3_100_000_000],
    ["3.29", 1e9, 3_290_000_000],
    ["1.4", 1e9, 1_400_000_000],
    ["500", 1e6, 500_000_000],
    ["1.2345", 1e3, 1235],
    ["-2.5", 1e6, -2_500_000],
    ["0.000001", 1e6, 1],
  ])("%s × %d = %d whole đồng", (canonical, scale, expected) => {
    expect(scaleDecimal(canonical, scale)).toBe(expected);
  });

  test("is exact where floating multiplication is not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
        const canonical = `${whole}.${String(thousandths).padStart(3, "0")}`;
        expect(scaleDecimal(canonical, 1e9)).toBe(whole * 1e9 + thousandths * 1e6);
      }),
    );
  });
});

describe("readCellNumber", () => {
  test("tells numbers, text numbers, blanks, errors and text apart", () => {
    expect(readCellNumber(12)).toEqual({ kind: "number", value: 12 });
    expect(readCellNumber("1.250")).toMatchObject({ kind: "text-number", value: 1250 });
    expect(readCellNumber(null)).toEqual({ kind: "blank" });
    expect(readCellNumber("  ")).toEqual({ kind: "blank" });
    expect(readCellNumber("-")).toEqual({ kind: "blank" });
    expect(readCellNumber({ error: "#REF!" })).toEqual({ kind: "error", error: "#REF!" });
    expect(readCellNumber("chưa có")).toEqual({ kind: "text", text: "chưa có" });
    expect(readCellNumber(true)).toEqual({ kind: "boolean", value: true });
  });

  test("text money in triệu converts to whole đồng exactly", () => {
    expect(baseValue(readCellNumber("3,1"), 1e6)).toBe(3_100_000);
    expect(baseValue(readCellNumber(1234.567), 1e6)).toBe(1_234_567_000);
    expect(normalizeVietnameseNumber("0,5")).toBe("0.5");
  });
});
