/**
 * Word's automatic numbering, as mammoth gives it (`<ol><li>`, without the
 * numbers): written out as a reader sees it, so that headings and target lists
 * read as they do in a typed text.
 */
import { extractPlan, htmlToPlainText } from "../../src/extract";

describe("numbered lists from Word", () => {
  test.each<[string, string, string[]]>([
    [
      "headings in capitals count through the document; nested items go on counting after body text",
      "<ol><li>MỤC TIÊU<ol><li>Mục tiêu chung</li></ol></li></ol><p>Nâng cao nhận thức.</p><ol><li><ol><li>Chỉ tiêu cụ thể</li></ol></li></ol>" +
        "<ul><li>Thành lập mới 10 tổ.</li></ul><ol><li>KINH PHÍ</li></ol><p>Tổng kinh phí: 1 tỷ đồng.</p>",
      ["I. MỤC TIÊU", "1. Mục tiêu chung", "Nâng cao nhận thức.", "2. Chỉ tiêu cụ thể", "- Thành lập mới 10 tổ.", "II. KINH PHÍ", "Tổng kinh phí: 1 tỷ đồng."],
    ],
    [
      "a numbered list of targets keeps its numbers",
      "<p>2. Chỉ tiêu cụ thể</p><ol><li>Thành lập mới 10 tổ.</li><li>Tổ chức 20 buổi.</li></ol>",
      ["2. Chỉ tiêu cụ thể", "1. Thành lập mới 10 tổ.", "2. Tổ chức 20 buổi."],
    ],
    ["bullets stay bullets", "<ul><li>62 địa chỉ</li><li>14 tổ</li></ul>", ["- 62 địa chỉ", "- 14 tổ"]],
  ])("%s", (_label, html, lines) => {
    expect(htmlToPlainText(html).split("\n")).toEqual(lines);
  });

  test("targets under an automatically numbered heading read as a target list", () => {
    const html =
      "<p>ỦY BAN NHÂN DÂN</p><p>HUYỆN THỬ NGHIỆM</p><p>Số: 9/KH-UBND</p><p>Thử Nghiệm, ngày 05 tháng 3 năm 2026</p><p>KẾ HOẠCH</p><p>Thực hiện Dự án 8 năm 2026</p>" +
      "<ol><li>MỤC TIÊU<ol><li>Chỉ tiêu cụ thể</li></ol></li></ol><ul><li>Thành lập mới 10 tổ truyền thông cộng đồng.</li><li>Tổ chức ít nhất 20 buổi truyền thông.</li></ul>" +
      "<ol><li>TỔ CHỨC THỰC HIỆN</li></ol><p>Các xã báo cáo.</p>";
    const plan = extractPlan(htmlToPlainText(html));
    expect(plan.indicators.map((i) => [i.target, i.unit, i.confidence])).toEqual([
      [10, "tổ", 0.95],
      [20, "buổi", 0.95],
    ]);
  });
});
