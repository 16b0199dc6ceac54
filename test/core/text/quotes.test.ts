/** The engine's straight quotes as a reader sees them in the pane and on the printed summary. */
import { typographicQuotes } from "../../../src/core/text/quotes";

describe("typographicQuotes", () => {
  test.each([
    ["a sheet's name", 'Trang "Phân bổ": không tìm thấy bảng phân bổ.', "Trang “Phân bổ”: không tìm thấy bảng phân bổ."],
    ["at the start", '"12" là số lưu dạng văn bản', "“12” là số lưu dạng văn bản"],
    ["two quotes", 'Các cột đã đọc: "Nhóm nòng cốt" (C1), "Sinh hoạt chuyên đề" (D1).', "Các cột đã đọc: “Nhóm nòng cốt” (C1), “Sinh hoạt chuyên đề” (D1)."],
    ["after a bracket", '(như 1 "Tổ truyền thông")', "(như 1 “Tổ truyền thông”)"],
    ["a name holding its own marks", 'của "Câu lạc bộ “Thủ lĩnh của sự thay đổi”" ghi 80%', "của “Câu lạc bộ ‘Thủ lĩnh của sự thay đổi’” ghi 80%"],
    ["an empty quote", 'ô ghi "" (trống)', "ô ghi “” (trống)"],
    ["a sheet-qualified cell", '"Phân bổ"!F6', "“Phân bổ”!F6"],
    ["apostrophes of a formula kept", "=SUM('Phân bổ'!F8:F12)", "=SUM('Phân bổ'!F8:F12)"],
    ["curly marks outside a quote kept", "Câu lạc bộ “Thủ lĩnh”", "Câu lạc bộ “Thủ lĩnh”"],
    ["no quote", "Tổng phân bổ 64 địa chỉ vượt kế hoạch 62 địa chỉ.", "Tổng phân bổ 64 địa chỉ vượt kế hoạch 62 địa chỉ."],
    ["an unclosed mark: the text as it is", 'Ô ghi "12 tổ', 'Ô ghi "12 tổ'],
    ["a mark after a word (inch sign) kept", 'màn hình 15" và "Phân bổ"', 'màn hình 15" và “Phân bổ”'],
    ["English", 'Sheet "Phân bổ": no allocation table found.', "Sheet “Phân bổ”: no allocation table found."],
    // A sheet name with double quotes of its own is named as Excel quotes it: its marks are the name's, never curled.
    ["a sheet name quoted as Excel quotes it", `Trang 'Tiến độ "2024"' là trang kết quả, không phải "Phân bổ".`, `Trang 'Tiến độ "2024"' là trang kết quả, không phải “Phân bổ”.`],
    ["a cell on such a sheet", `Lũy kế ở 'Tiến độ "2024"'!H8 của "Địa chỉ tin cậy" ghi 44`, `Lũy kế ở 'Tiến độ "2024"'!H8 của “Địa chỉ tin cậy” ghi 44`],
    ["two such names, an apostrophe of English kept", `The sheet's totals: 'A "1"', 'B ''x'' "2"' and "C".`, `The sheet's totals: 'A "1"', 'B ''x'' "2"' and “C”.`],
  ])("%s", (_label, text, expected) => {
    expect(typographicQuotes(text)).toBe(expected);
  });
});
