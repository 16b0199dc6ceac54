/**
 * `check --explain` for someone reading it the first time: the line on saved corrections says what they are
 * (corrections of the reading saved in the workbook from the add-in) and, when there are none, that the sheet
 * was read on its own; the position columns say they are columns (rows) and rows (columns), not "Tại"/"At".
 */
import { renderReadingText } from "../../../src/core/report/readingText";
import { checkShape } from "../layout/areaShapes";

const reading = checkShape().report.reading!;

test.each([
  ["vi", 0, "Điều chỉnh cách đọc đã lưu trong sổ tính (từ add-in): không có — biểu được đọc tự động."],
  ["vi", 3, "Điều chỉnh cách đọc đã lưu trong sổ tính (từ add-in) được áp dụng: 3."],
  ["en", 0, "Reading corrections saved in the workbook (from the add-in): none — the sheet was read on its own."],
  ["en", 1200, "Reading corrections saved in the workbook (from the add-in) applied: 1,200."],
] as const)("%s, %d corrections", (lang, corrections, line) => {
  const lines = renderReadingText({ ...reading, corrections }, lang).split("\n");
  expect(lines[2]).toBe(line);
});

test.each([
  ["vi", /^Mã\s+Cột \(dòng\)\s+Tiêu đề trong biểu/m, /^Dòng \(cột\)\s+Tên trong biểu/m],
  ["en", /^Code\s+Column \(row\)\s+Header in the sheet/m, /^Row \(column\)\s+Name in the sheet/m],
] as const)("%s: the position columns say what they hold", (lang, lines, areas) => {
  const text = renderReadingText(reading, lang);
  expect(text).toMatch(lines);
  expect(text).toMatch(areas);
  expect(text).not.toMatch(/^(Tại|At)\s/m);
});
