/**
 * Footnotes in a text copied from Word or a portal: the mark (`170 tổ[1]`, `850.000.000 đồng[4].`) is no part of a
 * name or a figure, and the notes at the end (`[1] Gồm 120 tổ …`), with figures of their own, are no part of the
 * plan: left in, they ran on from the last part (the budget's) and were read as its lines.
 */
import { extractPlan } from "../../src/extract";
import { normalizeText } from "../../src/extract/normalize";

const PLAN = [
  "UBND HUYỆN MƯỜNG KHƯƠNG",
  "Số: 45/KH-UBND",
  "Mường Khương, ngày 05 tháng 02 năm 2026",
  "KẾ HOẠCH",
  "Thực hiện Dự án 8 năm 2026",
  "I. CHỈ TIÊU",
  "1. Duy trì hoạt động 170 tổ[1] truyền thông cộng đồng.",
  "2. Thành lập mới 12 địa chỉ tin cậy[2] tại cộng đồng.",
  "3. Phấn đấu 100% xã [3] tổ chức đối thoại chính sách.",
  "II. KINH PHÍ",
  "Tổng kinh phí: 850.000.000 đồng[4].",
  "- Ngân sách trung ương: 600.000.000 đồng;",
  "- Ngân sách địa phương: 250.000.000 đồng.",
  "____________",
  "[1] Gồm 120 tổ thành lập năm 2023 và 50 tổ thành lập năm 2024.",
  "[2] Năm 2025 đã có 30 địa chỉ tin cậy.",
  "[3] 16 xã, thị trấn.",
  "[4] Chưa bao gồm 100.000.000 đồng vốn lồng ghép",
  "và 50.000.000 đồng vốn xã hội hóa.",
].join("\n");

test("footnote marks leave the names and the notes leave the budget", () => {
  const plan = extractPlan(PLAN);
  expect(plan.indicators.map((i) => [i.code, i.target, i.unit])).toEqual([
    ["1", 170, "tổ"],
    ["2", 12, "địa chỉ"],
    ["3", 100, "%"],
    ["KP", 850_000_000, "đồng"],
    ["KP.1", 600_000_000, "đồng"],
    ["KP.2", 250_000_000, "đồng"],
  ]);
  expect(plan.indicators.filter((i) => /\[\d\]/.test(i.name))).toEqual([]);
  expect(plan.issues).toEqual([]);
});

test("lines keep their numbers once the notes are gone", () => {
  const lines = normalizeText(PLAN);
  expect(lines.find((l) => l.text.startsWith("2. Thành lập"))).toMatchObject({ line: 8, text: "2. Thành lập mới 12 địa chỉ tin cậy tại cộng đồng." });
  expect(lines.some((l) => /Gồm 120 tổ|vốn xã hội hóa/.test(l.text))).toBe(false);
});

test.each<[string, string]>([
  // A bracketed figure that marks no note stays: a list's own marks, a figure in brackets after a space and no note.
  ["[1] Thành lập 10 tổ truyền thông.", "[1] Thành lập 10 tổ truyền thông."],
  ["Hỗ trợ 30 hộ [gồm 10 hộ nghèo].", "Hỗ trợ 30 hộ [gồm 10 hộ nghèo]."],
])("%s is kept", (line, expected) => {
  expect(normalizeText(line).map((l) => l.text)).toEqual([expected]);
});

test("Markdown's notes (`tổ[^1]`, `[^1]: …`) go as well", () => {
  const plan = extractPlan(PLAN.replace("tổ[1]", "tổ[^1]").replace("[1] Gồm", "[^1]: Gồm"));
  expect(plan.indicators.map((i) => i.target)).toEqual([170, 12, 100, 850_000_000, 600_000_000, 250_000_000]);
  expect(plan.indicators[0].name).not.toMatch(/\[/);
});
