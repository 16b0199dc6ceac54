/** The extractor's fixed forms as the pane shows them (no English or ISO forms in Vietnamese). */
import { documentDate, sourceLabel } from "../../src/i18n/documentRefs";

describe("document references in the pane", () => {
  it.each([
    ["line 30", "vi", "dòng 30"],
    ["line 30", "en", "line 30"],
    ["bảng 2", "vi", "bảng 2"],
    ["", "vi", ""],
  ] as const)("source %p in %s is %p", (source, lang, shown) => expect(sourceLabel(source, lang)).toBe(shown));

  it.each([
    ["2022-10-03", "vi", "03/10/2022"],
    ["2022-10-03", "en", "3 October 2022"],
    ["2024-03-05", "vi", "05/03/2024"],
    ["2024-13-05", "en", "05/13/2024"],
    ["tháng 3 năm 2024", "vi", "tháng 3 năm 2024"],
  ] as const)("date %p in %s is %p", (iso, lang, shown) => expect(documentDate(iso, lang)).toBe(shown));
});
