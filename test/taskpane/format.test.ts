import { formatNumber, formatQuantity, STRINGS } from "../../src/i18n";

describe("pane number formats", () => {
  test("Vietnamese grouping and decimal marks", () => {
    expect(formatNumber(1250, "vi")).toBe("1.250");
    expect(formatNumber(9.49, "vi")).toBe("9,49");
    expect(formatNumber(1250, "en")).toBe("1,250");
  });

  test("money is shown in the plan's unit, counts and percents as they are", () => {
    expect(formatQuantity(9_490_000_000, "money", 1e9, "vi")).toBe("9,49");
    expect(formatQuantity(9_490_000_000, "money", 1e6, "vi")).toBe("9.490");
    expect(formatQuantity(-2_000_000, "money", 1e6, "vi", { signed: true })).toBe("−2");
    expect(formatQuantity(2, "count", 1, "vi", { signed: true })).toBe("+2");
    expect(formatQuantity(0, "count", 1, "vi", { signed: true })).toBe("0");
    expect(formatQuantity(15, "percent", 1, "vi")).toBe("15 %");
    expect(formatQuantity(12.5, "percent", 1, "en")).toBe("12.5 %");
    expect(formatQuantity(null, "count", 1, "vi")).toBe("—");
    // Exact: a đồng amount shown in triệu đồng keeps every digit.
    expect(formatQuantity(1_234_567, "money", 1e6, "vi")).toBe("1,234567");
    expect(formatQuantity(3_290_000_000, "money", 1e6, "en")).toBe("3,290");
  });
});

describe("pane strings", () => {
  test("both languages say every thing, and say it differently", () => {
    const vi = STRINGS.vi as unknown as Record<string, unknown>;
    const en = STRINGS.en as unknown as Record<string, unknown>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi)) {
      const a = vi[key];
      const b = en[key];
      expect(typeof b).toBe(typeof a);
      if (typeof a === "string") expect(a.trim()).not.toBe("");
    }
    expect(STRINGS.vi.check).toBe("Kiểm tra");
    expect(STRINGS.vi.highlight).toBe("Tô sáng");
    expect(STRINGS.vi.clearHighlights).toBe("Xoá tô sáng");
    expect(STRINGS.vi.writeSummary).toBe("Tạo bảng tổng hợp");
    expect(STRINGS.vi.importHeading).toBe("Nhập kế hoạch từ văn bản");
    expect(STRINGS.vi.writePlanSheet).toBe("Ghi trang Kế hoạch");
    expect(Object.keys(STRINGS.vi.rules).sort()).toEqual(Object.keys(STRINGS.en.rules).sort());
    // One name per RuleId: the ten checks, no-value and the six progress rules (CONTRACT §7).
    expect(Object.keys(STRINGS.vi.rules)).toHaveLength(17);
  });
});
