/** A progress line's details say what they count: its problems, none said in words rather than `(0)`. */
import { PROGRESS_STRINGS } from "../../../src/i18n/progress";

test.each([
  ["vi", 0, "Chi tiết (không có vấn đề)"],
  ["vi", 2, "Chi tiết (2 vấn đề)"],
  ["en", 0, "Details (no problems)"],
  ["en", 1, "Details (1 problem)"],
  ["en", 3, "Details (3 problems)"],
] as const)("%s, %d problems: %s", (lang, n, text) => {
  expect(PROGRESS_STRINGS[lang].details(n)).toBe(text);
});
