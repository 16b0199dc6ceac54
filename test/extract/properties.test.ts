/** Property tests: money written in any unit reads back as the same whole đồng; traps never become targets. */
import fc from "fast-check";
import { extractPlan, formatDong, formatInUnit } from "../../src/extract";
import { findQuantities } from "../../src/extract/quantities";
import { parseMoneyText } from "../../src/core/text/units";
import { normalizeVietnameseNumber } from "../../src/core/text/vnNumber";
import { planWith } from "./planText";

const SCALES = [1, 1e3, 1e6, 1e9] as const;

describe("money", () => {
  test("formatInUnit then reading the amount in the text gives the same whole đồng", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000_000 }), fc.constantFrom(...SCALES), (dong, scale) => {
        const written = formatInUnit(dong, scale);
        expect(parseMoneyText(written)).toBe(dong);
        const found = findQuantities(`Tổng kinh phí: ${written}.`);
        expect(found.map((q) => [q.kind, q.base, q.scale])).toEqual([["money", dong, scale]]);
      }),
    );
  });

  test("formatDong groups thousands with dots and reads back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (dong) => {
        const text = formatDong(dong);
        expect(/^\d{1,3}(\.\d{3})*$/.test(text)).toBe(true);
        expect(normalizeVietnameseNumber(text)).toBe(String(dong));
      }),
    );
  });

  test("known values", () => {
    expect(formatInUnit(9_490_000_000, 1e9)).toBe("9,49 tỷ đồng");
    expect(formatInUnit(3_290_000_000, 1e9)).toBe("3,29 tỷ đồng");
    expect(formatInUnit(1_250_500_000, 1e6)).toBe("1.250,5 triệu đồng");
    expect(formatInUnit(500_000, 1e9)).toBe("0,0005 tỷ đồng");
    expect(formatDong(9_490_000_000)).toBe("9.490.000.000");
  });

  test("budget parts in random units add up exactly (no floating tỷ)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom(1e6, 1e9)), { minLength: 1, maxLength: 6 }), (parts) => {
        const amounts = parts.map(([n]) => n * 1_000_000);
        const total = amounts.reduce((s, a) => s + a, 0);
        const lines = parts.map(([, scale], i) => `- Nội dung ${i + 1}: ${formatInUnit(amounts[i], scale)};`);
        const plan = extractPlan(["KẾ HOẠCH", "Về việc X", "I. KINH PHÍ", `Tổng kinh phí: ${formatInUnit(total, 1e9)}, gồm:`, ...lines, "II. TỔ CHỨC"].join("\n"));
        const money = plan.indicators.filter((i) => i.kind === "money");
        expect(money.map((m) => m.target)).toEqual([total, ...amounts]);
        expect(plan.issues.filter((i) => i.rule === "budget-split")).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe("targets", () => {
  test("a count (`01`, `05`, `014` with leading zeros as documents write them) and a counting word is found with its value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom("tổ", "địa chỉ", "cuộc", "người", "mô hình", "lớp", "hộ"),
        (n, zeros, unit) => {
          const plan = extractPlan(planWith([`- Thành lập ${String(n).padStart(zeros, "0")} ${unit} mới.`]));
          expect(plan.indicators.map((i) => [i.target, i.unit, i.kind])).toEqual([[n, unit, "count"]]);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("years, dates, document numbers and phone numbers in a target section never become targets", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 9999 }),
        fc.stringMatching(/^0[1-9]\d{8}$/),
        (year, day, month, docNo, phone) => {
          const line = `- Đến năm ${year}, trước ngày ${day}/${month}/${year} và ngày ${day} tháng ${month} năm ${year}, theo Quyết định số ${docNo}/QĐ-UBND, Điều ${day}, liên hệ ${phone}; giai đoạn ${year} - ${year + 5}.`;
          expect(extractPlan(planWith([line])).indicators).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("any text", () => {
  const pieces = [
    "KẾ HOẠCH", "I. MỤC TIÊU", "1. Chỉ tiêu cụ thể", "- 14 tổ", "15%", "(", ")", "|", "| 1 | a | tổ | 3 |", ":", ";", "\n", " ",
    "Huyện A: xã B, xã C.", "Tổng kinh phí: 9,490 tỷ đồng, gồm:", "- 500 triệu đồng", "mỗi xã 01 tổ", "01 tổ/xã", "05 huyện và 14 xã",
    "ngày 03 tháng 10 năm 2022", "Số: 257/KH-UBND", "TM. ỦY BAN NHÂN DÂN", "PHỤ LỤC", "./.", "và", ",", "0912345678", "4.0",
  ];
  test("never throws and always gives the CONTRACT shape", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 60 }), (parts) => {
        const plan = extractPlan(parts.join(""));
        expect(plan.version).toBe(1);
        expect(Array.isArray(plan.indicators) && Array.isArray(plan.areas) && Array.isArray(plan.issues)).toBe(true);
        for (const i of plan.indicators) {
          expect(Number.isFinite(i.target)).toBe(true);
          expect(i.source).toMatch(/^line \d+$/);
          if (i.kind === "money") expect(Number.isInteger(i.target)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
