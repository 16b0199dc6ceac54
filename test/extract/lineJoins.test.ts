/** Physical lines joined into sentences: a heading stands alone before a sentence that opens with a verb. */
import { normalizeText } from "../../src/extract/normalize";

const texts = (lines: string[]) => normalizeText(lines.join("\n")).map((l) => l.text);

describe("a long numbered heading and the sentence under it", () => {
  test.each([
    ["1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo bền vững tại các xã", "Xây dựng 03 mô hình giảm nghèo."],
    ["3. Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các xã khó khăn", "Hỗ trợ 85 hộ nghèo."],
    ["2. Nội dung 2: Nâng cao năng lực cho cán bộ làm công tác giảm nghèo các cấp huyện và xã", "Tổ chức 04 lớp tập huấn."],
  ])("%s / %s", (heading, sentence) => {
    expect(texts([heading, sentence])).toEqual([heading, sentence]);
  });

  test("a wrapped item whose next line goes on with a name is still one line", () => {
    expect(texts(["1. Thành lập mới 08 Tổ truyền thông cộng đồng tại các thôn đặc biệt khó khăn của huyện", "Bắc Hà và duy trì 32 tổ."])).toEqual([
      "1. Thành lập mới 08 Tổ truyền thông cộng đồng tại các thôn đặc biệt khó khăn của huyện Bắc Hà và duy trì 32 tổ.",
    ]);
  });
});

describe("a place name broken inside a list", () => {
  test.each([
    [["Địa bàn thực hiện: 03 xã gồm Long Hẹ, Bó", "Mười, Mường É."], "Địa bàn thực hiện: 03 xã gồm Long Hẹ, Bó Mười, Mường É."],
    [["- Huyện Thuận Châu: xã Long Hẹ, xã Bó Mười, xã Mường", "É, xã Phổng Lái."], "- Huyện Thuận Châu: xã Long Hẹ, xã Bó Mười, xã Mường É, xã Phổng Lái."],
    [["- Tại các xã: Chiềng Pấc, Phổng", "Lái và Mường É."], "- Tại các xã: Chiềng Pấc, Phổng Lái và Mường É."],
  ])("%j is one line", (lines, joined) => {
    expect(texts(lines)).toEqual([joined]);
  });

  test("a name on a line of its own after a list is not pulled into it", () => {
    expect(texts(["- Lưu: VT, VP", "Nguyễn Thị Hoa"])).toEqual(["- Lưu: VT, VP", "Nguyễn Thị Hoa"]);
  });
});
