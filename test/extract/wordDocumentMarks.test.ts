/**
 * What Word puts in a plan that mammoth hands on and a reader never sees as text: a footnote's mark after a target
 * (`320 địa chỉ[2]`), its way back (`↑`) and the notes themselves; a decimal list under a heading of another list, which mammoth puts in the
 * headings' list (`I. MỤC TIÊU` then `2.`, `3.` …) where Word numbers it from 1; the document's number in the issuer's
 * cell of the header table (`… TỈNH YÊN BÁI Số: 257-KH/HPN`); and, in the budget part, an average worked out from the
 * total (`bình quân mỗi năm … 1,898 tỷ đồng`), which is no budget line.
 */
import { extractPlan, htmlToPlainText } from "../../src/extract";
import { planWith } from "./planText";

test("footnote marks and their way back are no part of the text, nor are the notes", () => {
  const html =
    '<ul><li>Duy trì 320 địa chỉ tin cậy<sup><sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup></sup>.</li></ul>' +
    '<ol><li id="footnote-2"><p> Năm 2025 có 298 địa chỉ. <a href="#footnote-ref-2">↑</a></p></li></ol>';
  expect(htmlToPlainText(html).split("\n")).toEqual(["- Duy trì 320 địa chỉ tin cậy."]);
});

test("a numbered list in the headings' list counts from 1 after each heading", () => {
  const html = "<ol><li><strong>MỤC TIÊU</strong></li><li>Giảm 45 hộ nghèo.</li><li>Hỗ trợ 30 hộ.</li><li><strong>KINH PHÍ</strong></li><li>Ngân sách tỉnh 1 tỷ đồng.</li></ol>";
  expect(htmlToPlainText(html).split("\n")).toEqual(["I. MỤC TIÊU", "1. Giảm 45 hộ nghèo.", "2. Hỗ trợ 30 hộ.", "II. KINH PHÍ", "1. Ngân sách tỉnh 1 tỷ đồng."]);
});

test("a list after body text keeps its own numbers", () => {
  const html = "<ol><li><strong>MỤC TIÊU</strong></li></ol><p>Chỉ tiêu:</p><ol><li>Giảm 45 hộ.</li><li>Hỗ trợ 30 hộ.</li></ol>";
  expect(htmlToPlainText(html).split("\n")).toEqual(["I. MỤC TIÊU", "Chỉ tiêu:", "1. Giảm 45 hộ.", "2. Hỗ trợ 30 hộ."]);
});

test("the number in the issuer's cell of the header table", () => {
  const text = [
    "| HỘI LHPN VIỆT NAM BCH HỘI LHPN TỈNH YÊN BÁI Số: 257-KH/HPN | ĐẢNG CỘNG SẢN VIỆT NAM Yên Bái, ngày 03 tháng 10 năm 2025 |",
    "KẾ HOẠCH",
    "Thực hiện Dự án 8 giai đoạn 2026 - 2030",
    "I. CHỈ TIÊU",
    "- Thành lập mới 150 tổ truyền thông cộng đồng.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các huyện báo cáo.",
  ].join("\n");
  const plan = extractPlan(text);
  expect([plan.number, plan.date]).toEqual(["257-KH/HPN", "2025-10-03"]);
});

test("an average worked out from the budget is no budget line", () => {
  const text = planWith(["- Thành lập 05 tổ."]).replace(
    "III. TỔ CHỨC THỰC HIỆN",
    [
      "III. KINH PHÍ",
      "Tổng kinh phí thực hiện giai đoạn 2026 - 2030: 9.490.000.000 đồng, trong đó: ngân sách trung ương 8.500.000.000 đồng; ngân sách tỉnh 990.000.000 đồng.",
      "Như vậy, bình quân mỗi năm bố trí khoảng 1,898 tỷ đồng; tổng nguồn 9,49 tỷ đồng nêu trên được phân bổ hằng năm theo tiến độ.",
      "IV. TỔ CHỨC THỰC HIỆN",
    ].join("\n"),
  );
  const plan = extractPlan(text);
  expect(plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", 9490e6],
    ["KP.1", 8500e6],
    ["KP.2", 990e6],
  ]);
  expect(plan.issues.map((i) => i.rule)).not.toContain("budget-no-total");
});
