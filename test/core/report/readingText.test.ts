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

/** A plan line compared with the sum of its parts: said split by year when every part is headed by a year, else by funding source. */
test.each([
  ["vi", ["Kinh phí / Năm 2026", "Kinh phí / Năm 2027"], "Chỉ tiêu 3 được chia theo năm, không có cột tổng"],
  ["en", ["Kinh phí / 2026", "Kinh phí / KH năm 2027"], "Plan line 3 is split by year with no total column"],
  ["vi", ["Kinh phí / Trung ương", "Kinh phí / Địa phương"], "Chỉ tiêu 3 được chia theo nguồn kinh phí, không có cột tổng"],
  ["en", ["Kinh phí / Năm 2026", "Kinh phí / Địa phương"], "Plan line 3 is split by funding source with no total column"],
] as const)("%s: parts %j", (lang, headers, sentence) => {
  const parts = headers.map((header, k) => ({ code: "3", at: String.fromCharCode(67 + k), header, how: "name" as const, score: 1, sum: ["C", "D"] }));
  const text = renderReadingText({ ...reading, lines: [...reading.lines, ...parts] }, lang);
  expect(text).toContain(sentence);
});
