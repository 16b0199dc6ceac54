/**
 * Beside each finding's cell the pane says the plan line and the area it is
 * about, as the command line's report does; the area only when the message
 * does not already name it.
 */
import type { Finding } from "../../src/core/model/finding";
import { STRINGS } from "../../src/i18n";
import { findingAbout } from "../../src/taskpane/components/findingAbout";

function finding(indicator: string | null, area: string | null, vi: string, en = vi): Finding {
  return { rule: "text-number", severity: "warning", sheet: "Phân bổ", cell: "C5", row: 4, col: 2, indicator, area, expected: null, actual: null, message: { vi, en } };
}

describe("findingAbout", () => {
  test.each([
    ["the code and an area the message does not name", finding("2", "Xã Minh Quang", "“12” là số lưu dạng văn bản"), "vi", { code: "2", area: "Xã Minh Quang" }],
    ["the area left out when the message names it", finding("1", "Xã Ba Trại", "Xã Ba Trại được phân bổ 2 tổ"), "vi", { code: "1", area: null }],
    ["named in another case or Unicode form", finding("1", "Xã Ba Trại", "XÃ BA TRẠI được phân bổ 2 tổ".normalize("NFD")), "vi", { code: "1", area: null }],
    ["the area per language", finding("1", "Xã Ba Trại", "Xã Ba Trại được phân bổ", "2 groups allocated"), "en", { code: "1", area: "Xã Ba Trại" }],
    ["the code alone", finding("5", null, "Tổng phân bổ 64 địa chỉ"), "vi", { code: "5", area: null }],
  ] as const)("%s", (_label, f, lang, expected) => {
    expect(findingAbout(f, lang)).toEqual(expected);
  });

  test("nothing when the finding has neither code nor area (or the message names its area)", () => {
    expect(findingAbout(finding(null, null, "#REF!"), "vi")).toBeNull();
    expect(findingAbout(finding(null, "Yên Bài", "Địa bàn “Yên Bài” của kế hoạch"), "vi")).toBeNull();
  });

  // The code kept on the line of its word (`mã KP.2` never broken between them in a narrow pane).
  test("said as the command line's report says it, in each language", () => {
    expect(STRINGS.vi.findingAbout("2", "Xã Minh Quang")).toBe("(mã\u00a02, Xã Minh Quang)");
    expect(STRINGS.vi.findingAbout("5", null)).toBe("(mã\u00a05)");
    expect(STRINGS.en.findingAbout("2", "Xã Minh Quang")).toBe("(code\u00a02, Xã Minh Quang)");
    expect(STRINGS.en.findingAbout(null, "Xã Minh Quang")).toBe("(Xã Minh Quang)");
  });
});
