import { STRINGS } from "../../src/i18n";
import { confirmFirst, toConfirm } from "../../src/i18n/planConfirm";
import { READING_STRINGS } from "../../src/i18n/reading";

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
    expect(STRINGS.en.clearLeftAlone([], 2)).toBe("2 notes could not be restored because this Excel has no notes API; remove them by hand.");
  });
});

describe("English counts take their noun in the right number", () => {
  test.each([
    [STRINGS.en.highlighted(1), "Highlighted 1 cell."],
    [STRINGS.en.highlighted(11), "Highlighted 11 cells."],
    [STRINGS.en.cleared(1), "Highlights cleared; original fill restored on 1 cell."],
    [STRINGS.en.cleared(0), "Highlights cleared; original fill restored on 0 cells."],
    [
      STRINGS.en.clearLeftAlone(["A1"], 1),
      "1 cell no longer carries allocheck's colour (rows inserted or deleted, or filled again) and was left as it is: A1. " +
        "1 note could not be restored because this Excel has no notes API; remove it by hand.",
    ],
    [
      STRINGS.en.clearLeftAlone(["A1", "B2"], 0),
      "2 cells no longer carry allocheck's colour (rows inserted or deleted, or filled again) and were left as they are: A1, B2.",
    ],
    [STRINGS.en.extractedTitle(1, 0), "Found 1 target"],
    [STRINGS.en.extractedTitle(6, 0), "Found 6 targets"],
    [STRINGS.en.extractedTitle(2, 1), "Found 2 targets and 1 budget line"],
    [STRINGS.en.extractedTitle(1, 3), "Found 1 target and 3 budget lines"],
    [STRINGS.en.extractedTitle(0, 1), "Found 1 budget line"],
    [STRINGS.en.extractedTitle(0, 0), "Found 0 targets"],
    [STRINGS.vi.extractedTitle(2, 1), "Tìm thấy 2 chỉ tiêu và 1 dòng kinh phí"],
    [STRINGS.vi.extractedTitle(6, 0), "Tìm thấy 6 chỉ tiêu"],
    [STRINGS.vi.extractedTitle(0, 2), "Tìm thấy 2 dòng kinh phí"],
    [toConfirm(1).en, "1 target to confirm"],
    [toConfirm(3).en, "3 targets to confirm"],
    [confirmFirst(1).en, "1 target read from running text is not confirmed yet (at the top of the list): confirm or remove it before writing the plan sheet."],
    [
      confirmFirst(2).en,
      "2 targets read from running text are not confirmed yet (at the top of the list): confirm or remove each before writing the plan sheet.",
    ],
    [READING_STRINGS.en.stale(1), "1 correction no longer fits the sheet (row deleted or header renamed) and was not applied."],
    [READING_STRINGS.en.stale(2), "2 corrections no longer fit the sheet (row deleted or header renamed) and were not applied."],
    // Vietnamese nouns do not change with the count.
    [toConfirm(1).vi, "1 chỉ tiêu cần xác nhận"],
  ])("%s", (shown, expected) => {
    expect(shown).toBe(expected);
  });
});
