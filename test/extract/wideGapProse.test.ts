/**
 * A run of 4+ spaces parts two columns side by side only where a plan sets them so: the letterhead (issuer beside
 * the motto) and the signature block. In the body, a wide gap inside prose before a capitalised word (justified or
 * pasted text) leaves the line whole.
 */
import { normalizeText } from "../../src/extract/normalize";

const HEAD = ["HUYỆN ỦY MƯỜNG CHÀ          ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 12-KH/HU                  Mường Chà, ngày 06 tháng 3 năm 2024", "KẾ HOẠCH", "Thực hiện Nghị quyết năm 2024"];

function texts(body: readonly string[]): string[] {
  return normalizeText([...HEAD, ...body].join("\n")).map((l) => l.text);
}

test.each<[string, string[], string]>([
  ["a gap before a body's capitalised words", ["I. MỤC ĐÍCH", "Các chi bộ nghiêm túc thực hiện      Ban Thường vụ Huyện ủy sẽ kiểm tra định kỳ."], "Các chi bộ nghiêm túc thực hiện Ban Thường vụ Huyện ủy sẽ kiểm tra định kỳ."],
  ["a gap in a numbered item", ["II. CHỈ TIÊU", "1. Phấn đấu kết nạp 50 đảng viên mới,      Đảng bộ xã đạt 100% chỉ tiêu."], "1. Phấn đấu kết nạp 50 đảng viên mới, Đảng bộ xã đạt 100% chỉ tiêu."],
])("%s", (_label, body, whole) => {
  expect(texts(body)).toContain(whole);
});

test("the letterhead and the signature block are still parted", () => {
  const lines = texts(["I. MỤC ĐÍCH", "Các chi bộ thực hiện.", "Nơi nhận:", "- Như trên;                                   T/M BAN THƯỜNG VỤ", "- Lưu: VP.                                   Lò Văn Sơn"]);
  expect(lines.slice(0, 4)).toEqual(["HUYỆN ỦY MƯỜNG CHÀ", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 12-KH/HU", "Mường Chà, ngày 06 tháng 3 năm 2024"]);
  expect(lines.slice(-4)).toEqual(["- Như trên;", "T/M BAN THƯỜNG VỤ", "- Lưu: VP.", "Lò Văn Sơn"]);
});
