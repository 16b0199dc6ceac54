/**
 * Lettered items under two numbered ones (`1.` with `a)`, `b)`, then `2.` with `a)`, `b)`), in a Word table numbered
 * by the list (STT column or the name cell) or typed in running text: each letter is told by its item's number
 * (`1a`, `1b`, `2a`, `2b`), never renumbered `1`…`4`; letters under one item alone keep their own codes.
 */
import { extractPlan, readPlanDocumentBuffer } from "../../src/extract";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { b } = require("./corpus-src/docxWriter");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { h1, para, docxWith } = require("./corpus-src/docxParts");

async function planOf(body: string) {
  const bytes: Buffer = await docxWith(body);
  const text = await readPlanDocumentBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, "plan.docx");
  return extractPlan(text);
}

const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
const text = (t: string) => cell(para(t));
/** List 3 of the corpus's numbering: level 0 `1.`, level 1 `a)`. */
const item = (t: string, lvl: number) => cell(para(t, { num: { id: 3, lvl } }));
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(4)}</w:tblGrid>${rows.join("")}</w:tbl>`;
const HEAD = [b("KẾ HOẠCH"), b("Thực hiện Dự án 8 năm 2026"), h1("CHỈ TIÊU")];

const codes = (plan: ReturnType<typeof extractPlan>) => plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.code, i.target]);

test("a Word table whose name cells are numbered 1. / a) under two items codes its rows 1a, 1b, 2a, 2b", async () => {
  const plan = await planOf(
    [
      ...HEAD,
      table(
        row(text("Nội dung"), text("Đơn vị tính"), text("Số lượng")),
        row(item("Truyền thông thay đổi nếp nghĩ, cách làm", 0), text(""), text("")),
        row(item("Thành lập mới tổ truyền thông cộng đồng", 1), text("Tổ"), text("20")),
        row(item("Duy trì địa chỉ tin cậy tại cộng đồng", 1), text("Địa chỉ"), text("45")),
        row(item("Xây dựng, nhân rộng mô hình", 0), text(""), text("")),
        row(item("Thành lập câu lạc bộ Thủ lĩnh của sự thay đổi", 1), text("CLB"), text("15")),
        row(item("Duy trì câu lạc bộ sinh kế", 1), text("CLB"), text("30")),
      ),
    ].join(""),
  );
  expect(codes(plan)).toEqual([["1a", 20], ["1b", 45], ["2a", 15], ["2b", 30]]);
});

test("an STT column numbered 1. / a) by Word codes the lettered rows by their item", async () => {
  const stt = (lvl: number) => cell(para("", { num: { id: 3, lvl } }));
  const plan = await planOf(
    [
      ...HEAD,
      table(
        row(text("STT"), text("Nội dung"), text("Đơn vị tính"), text("Số lượng")),
        row(stt(0), text("Tổ truyền thông cộng đồng"), text(""), text("")),
        row(stt(1), text("Thành lập mới"), text("Tổ"), text("20")),
        row(stt(1), text("Duy trì hoạt động"), text("Tổ"), text("164")),
        row(stt(0), text("Câu lạc bộ Thủ lĩnh của sự thay đổi"), text(""), text("")),
        row(stt(1), text("Thành lập mới"), text("CLB"), text("15")),
        row(stt(1), text("Duy trì hoạt động"), text("CLB"), text("40")),
      ),
    ].join(""),
  );
  expect(codes(plan)).toEqual([["1a", 20], ["1b", 164], ["2a", 15], ["2b", 40]]);
});

const TEXT_HEAD = ["UBND HUYỆN BẢO LÂM", "Số: 12/KH-UBND", "Bảo Lâm, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", "Thực hiện Dự án 8 năm 2026", "I. MỤC TIÊU"];

test.each([
  [
    "two items with letters each",
    ["1. Truyền thông thay đổi nếp nghĩ, cách làm:", "a) Thành lập mới 20 tổ truyền thông cộng đồng;", "b) Duy trì 45 địa chỉ tin cậy tại cộng đồng.", "2. Xây dựng, nhân rộng mô hình:", "a) Thành lập 15 câu lạc bộ Thủ lĩnh của sự thay đổi;", "b) Duy trì 30 câu lạc bộ sinh kế."],
    [["1a", 20], ["1b", 45], ["2a", 15], ["2b", 30]],
  ],
  [
    "one item with letters keeps them",
    ["1. Truyền thông thay đổi nếp nghĩ, cách làm:", "a) Thành lập mới 20 tổ truyền thông cộng đồng;", "b) Duy trì 45 địa chỉ tin cậy tại cộng đồng."],
    [["a", 20], ["b", 45]],
  ],
])("running text: %s", (_, lines, expected) => {
  expect(codes(extractPlan([...TEXT_HEAD, ...lines].join("\n")))).toEqual(expected);
});
