import { STRINGS } from "../../src/i18n";

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
