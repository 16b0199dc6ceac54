/**
 * Note marks other than `[1]`: a superscript figure (`tổ¹`, Word's superscript run `tổ<sup>1</sup>`) and a bracketed
 * figure right after a word (`cộng đồng(1)`), with their notes at the end (`¹ Đã thành lập …`, `(2) Gồm …`), leave the
 * names and the budget — while `(1) Tổ truyền thông …` opening a list item, and a measure's power (`m²`,
 * `m<sup>2</sup>`), stay.
 */
import { extractPlan, htmlToPlainText, readPlanDocumentBuffer } from "../../src/extract";
import { withoutFootnotes } from "../../src/extract/footnotes";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { para, plain, docxWith } = require("./corpus-src/docxParts");

const HEAD = ["UBND HUYỆN MƯỜNG KHƯƠNG", "Số: 88/KH-UBND", "Mường Khương, ngày 05 tháng 02 năm 2026", "KẾ HOẠCH", "Thực hiện Dự án 8 năm 2026"];

const PLAN = [
  ...HEAD,
  "I. CHỈ TIÊU",
  "1. Thành lập mới 12 tổ truyền thông cộng đồng(1).",
  "2. Duy trì 170 tổ truyền thông¹ tại 16 xã.",
  "3. 85% phụ nữ được tuyên truyền về bình đẳng giới².",
  "4. Xây dựng 300 m² nhà sinh hoạt cộng đồng.",
  "II. KINH PHÍ",
  "Tổng kinh phí: 1.250 triệu đồng (2), trong đó:",
  "- Ngân sách trung ương: 1.000 triệu đồng;",
  "- Ngân sách địa phương: 250 triệu đồng.",
  "_______________",
  "(1) Gồm 4 tổ ở xã Bản Lầu, 8 tổ ở các xã khác.",
  "(2) Gồm 300 triệu đồng nguồn vốn năm 2025 chuyển sang.",
  "¹ Đã thành lập 158 tổ giai đoạn 2022-2025.",
  "² Phấn đấu đạt 90% theo Kế hoạch số 12/KH-UBND.",
].join("\n");

test("superscript and bracketed marks leave the names, their notes the budget", () => {
  const plan = extractPlan(PLAN);
  expect(plan.indicators.map((i) => [i.code, i.name, i.target, i.unit])).toEqual([
    ["1", "Thành lập mới tổ truyền thông cộng đồng", 12, "tổ"],
    ["2", "Duy trì tổ truyền thông tại 16 xã", 170, "tổ"],
    ["3", "Phụ nữ được tuyên truyền về bình đẳng giới", 85, "%"],
    ["4", "Xây dựng nhà sinh hoạt cộng đồng", 300, "m²"],
    ["KP", "Tổng kinh phí", 1_250_000_000, "triệu đồng"],
    ["KP.1", "Ngân sách trung ương", 1_000_000_000, "triệu đồng"],
    ["KP.2", "Ngân sách địa phương", 250_000_000, "triệu đồng"],
  ]);
  expect(plan.issues).toEqual([]);
  expect(plan.areas).toEqual([]);
});

test("a list opened by (1), (2) in the body stays, notes or none (a mark with no note stays too)", () => {
  const body = [...HEAD, "I. CHỈ TIÊU", "1. Các mô hình(1) gồm:", "(1) Tổ truyền thông cộng đồng: 12 tổ;", "(2) Câu lạc bộ thủ lĩnh của sự thay đổi: 20 câu lạc bộ."];
  const unnoted = [...body, "II. TỔ CHỨC THỰC HIỆN", "Phòng Văn hóa chủ trì."].join("\n");
  expect(withoutFootnotes(unnoted)).toBe(unnoted);
  // The list itself after the last mark, but text after it: no run of notes.
  const listed = [...HEAD, "I. CHỈ TIÊU", "Gồm hai mô hình (1).", "(1) Tổ truyền thông cộng đồng: 12 tổ;", "(2) Câu lạc bộ: 20 câu lạc bộ.", "II. TỔ CHỨC THỰC HIỆN", "Phòng Văn hóa chủ trì."].join("\n");
  expect(withoutFootnotes(listed)).toBe(listed);
  // `(1) Phòng …` after the notes' marks in the body, the notes at the end: only the notes go.
  const both = [...HEAD, "I. CHỈ TIÊU", "1. Duy trì 170 tổ(1).", "II. TỔ CHỨC THỰC HIỆN", "(1) Phòng Văn hóa chủ trì;", "(2) Hội LHPN huyện phối hợp.", "(1) Gồm 158 tổ đã có."];
  expect(withoutFootnotes(both.join("\n")).split("\n")).toEqual([...both.slice(0, 6), "1. Duy trì 170 tổ.", ...both.slice(7, 10), ""]);
});

test("a measure's power is no mark", () => {
  expect(withoutFootnotes("Xây dựng 1.200 m² sân, 3 km² rừng, 50 m³ bể nước¹.\n¹ Theo dự toán.")).toBe("Xây dựng 1.200 m² sân, 3 km² rừng, 50 m³ bể nước.\n");
});

describe("Word's superscript runs", () => {
  test.each<[string, string]>([
    ["<p>Duy trì 170 tổ truyền thông<sup>1</sup> tại 16 xã.</p>", "Duy trì 170 tổ truyền thông¹ tại 16 xã."],
    ["<p>Thành lập 12 câu lạc bộ<sup>(2)</sup>.</p>", "Thành lập 12 câu lạc bộ²."],
    ["<p>Xây dựng 300 m<sup>2</sup> nhà văn hóa.</p>", "Xây dựng 300 m² nhà văn hóa."],
    ["<p>Nhiệt độ 25<sup>o</sup>C.</p>", "Nhiệt độ 25oC."],
  ])("%s", (html, text) => {
    expect(htmlToPlainText(html)).toBe(text);
  });

  test("a .docx with superscript marks and typed notes", async () => {
    const sup = (t: string) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const line = (...runs: string[]) => para("", { extra: runs.join("") });
    const body = [
      ...HEAD.map((t) => para(t)),
      para("I. CHỈ TIÊU"),
      line(plain("1. Duy trì 170 tổ truyền thông"), sup("1"), plain(" tại 16 xã.")),
      line(plain("2. Xây dựng 300 m"), sup("2"), plain(" nhà sinh hoạt cộng đồng.")),
      para("II. KINH PHÍ"),
      line(plain("Tổng kinh phí: 1.250 triệu đồng"), sup("3"), plain(".")),
      line(sup("1"), plain(" Đã thành lập 158 tổ giai đoạn 2022-2025.")),
      line(sup("3"), plain(" Gồm 300 triệu đồng vốn năm 2025 chuyển sang.")),
    ].join("");
    const bytes: Buffer = await docxWith(body);
    const text = await readPlanDocumentBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, "plan.docx");
    const plan = extractPlan(text);
    expect(plan.indicators.map((i) => [i.code, i.name, i.target, i.unit])).toEqual([
      ["1", "Duy trì tổ truyền thông tại 16 xã", 170, "tổ"],
      ["2", "Xây dựng nhà sinh hoạt cộng đồng", 300, "m²"],
      ["KP", "Tổng kinh phí", 1_250_000_000, "triệu đồng"],
    ]);
    expect(plan.issues).toEqual([]);
  });
});
