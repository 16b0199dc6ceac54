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
    // One name per RuleId: the ten checks, no-value, the hidden-rows and second-table notices and the six progress rules (CONTRACT §7).
    expect(Object.keys(STRINGS.vi.rules)).toHaveLength(19);
  });
});

describe("after clearing, what was left alone is said", () => {
  test("cells no longer carrying allocheck's colour, and notes the host could not restore", () => {
    expect(STRINGS.vi.clearLeftAlone(["Phân bổ!B7"], 0)).toBe(
      "1 ô không còn màu tô của allocheck (có thể đã chèn/xoá dòng hoặc tô lại) nên được giữ nguyên: Phân bổ!B7.",
    );
    expect(STRINGS.en.clearLeftAlone(["A1", "A2", "A3", "A4", "A5", "A6"], 2)).toContain("A5, …");
    expect(STRINGS.en.clearLeftAlone([], 2)).toBe("2 note(s) could not be restored because this Excel has no notes API; remove them by hand.");
  });
});
