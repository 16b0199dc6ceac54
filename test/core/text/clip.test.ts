/** Names cut short for a narrow column: never ending inside an open quote, never longer than the room. */
import fc from "fast-check";
import { clipText, openQuoteClosers, withEllipsis } from "../../../src/core/text/clip";

test.each([
  ["Câu lạc bộ “Thủ lĩnh", "”"],
  ["Câu lạc bộ “Thủ lĩnh của sự thay đổi”", ""],
  ["Tỷ lệ “Câu lạc bộ ‘Thủ lĩnh", "’”"],
  ['Câu lạc bộ "Thủ lĩnh', '"'],
  ['Câu lạc bộ "Thủ lĩnh" và "Tổ', '"'],
  ["Phụ nữ «tiêu biểu", "»"],
  ["Women’s clubs", ""],
  ['12" screens', ""],
  ["", ""],
])("openQuoteClosers(%p) = %p", (text, closers) => {
  expect(openQuoteClosers(text)).toBe(closers);
});

test.each([
  ["Câu lạc bộ “Thủ lĩnh của sự thay đổi” tại trường", 36, "Câu lạc bộ “Thủ lĩnh của sự thay đ…”"],
  ["Câu lạc bộ “Thủ lĩnh của sự thay đổi”", 36, "Câu lạc bộ “Thủ lĩnh của sự thay đ…”"],
  ["Câu lạc bộ “Thủ lĩnh của sự thay đổi”", 37, "Câu lạc bộ “Thủ lĩnh của sự thay đổi”"],
  ["Tổ truyền thông cộng đồng được thành lập mới", 36, "Tổ truyền thông cộng đồng được thàn…"],
  ["Mô hình “Gia đình 5 không", 20, "Mô hình “Gia đình…”"],
  ["  Số   lớp  tập huấn ", 20, "Số lớp tập huấn"],
])("clipText(%p, %i) = %p", (text, size, clipped) => {
  expect(clipText(text, size)).toBe(clipped);
});

test("a clipped text is never longer than its room and leaves no quote open", () => {
  const word = fc.array(fc.constantFrom("a", "ă", "“", "”", "‘", "’", '"', " ", "x"), { maxLength: 60 }).map((chars) => chars.join(""));
  fc.assert(
    fc.property(word, fc.integer({ min: 2, max: 40 }), (text, size) => {
      const clipped = clipText(text, size);
      expect([...clipped].length).toBeLessThanOrEqual(size);
      if (clipped.endsWith("…") || /…[”’"»]+$/u.test(clipped)) expect(openQuoteClosers(clipped)).toBe("");
    }),
    { numRuns: 2000 },
  );
});

test("withEllipsis drops the spaces before the mark", () => {
  expect(withEllipsis("Câu lạc bộ “Thủ lĩnh ")).toBe("Câu lạc bộ “Thủ lĩnh…”");
});
