/**
 * Word's automatic numbering in a table's cells (the `STT` column numbered as a list, the numbers in no text): each
 * numbered cell is written with the number Word shows, in its column — also under merged cells — so a targets table
 * keeps its row codes.
 */
import { extractPlan, readPlanDocumentBuffer } from "../../src/extract";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { b, p } = require("./corpus-src/docxWriter");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { h1, para, docxWith } = require("./corpus-src/docxParts");

async function textOf(body: string): Promise<string> {
  const bytes: Buffer = await docxWith(body);
  return readPlanDocumentBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, "plan.docx");
}

const cell = (inner: string, props = "") => `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/>${props}</w:tcPr>${inner}</w:tc>`;
const text = (t: string, props = "") => cell(para(t), props);
/** A cell holding only a paragraph of list `id` (3: `%1.` decimal; 4: `%1)` letters), as Word numbers an STT column. */
const numbered = (id = 3) => cell(para("", { num: { id, lvl: 0 } }));
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(4)}</w:tblGrid>${rows.join("")}</w:tbl>`;

const HEAD = row(text("STT"), text("Nội dung"), text("Đơn vị tính"), text("Số lượng"));

test("an STT column numbered by Word reads 1., 2., 3.", async () => {
  const body = [
    b("KẾ HOẠCH"),
    b("Thực hiện Dự án 8 năm 2026"),
    h1("CHỈ TIÊU"),
    table(
      HEAD,
      row(numbered(), text("Thành lập mới tổ truyền thông cộng đồng"), text("Tổ"), text("06")),
      row(numbered(), text("Xây dựng địa chỉ tin cậy tại cộng đồng"), text("Địa chỉ"), text("02")),
      row(numbered(), text("Tổ chức diễn đàn trẻ em"), text("Diễn đàn"), text("03")),
    ),
    h1("KINH PHÍ"),
    p("Tổng kinh phí: 720 triệu đồng."),
  ].join("");
  const read = await textOf(body);
  expect(read.split("\n").filter((l) => l.startsWith("|"))).toEqual([
    "| STT | Nội dung | Đơn vị tính | Số lượng |",
    "| 1. | Thành lập mới tổ truyền thông cộng đồng | Tổ | 06 |",
    "| 2. | Xây dựng địa chỉ tin cậy tại cộng đồng | Địa chỉ | 02 |",
    "| 3. | Tổ chức diễn đàn trẻ em | Diễn đàn | 03 |",
  ]);
  expect(extractPlan(read).indicators.map((i) => [i.code, i.target])).toEqual([
    ["1", 6],
    ["2", 2],
    ["3", 3],
    ["KP", 720_000_000],
  ]);
});

test("numbered cells keep their columns under a merged cell, and a second table numbered by another list starts again", async () => {
  const merged = (t: string) => cell(para(t), '<w:gridSpan w:val="2"/>');
  const body = [
    table(
      HEAD,
      row(merged("A. Nhóm chỉ tiêu truyền thông"), text(""), text("")),
      row(numbered(), text("Tổ truyền thông"), text("Tổ"), text("06")),
      row(numbered(), text("Địa chỉ tin cậy"), text("Địa chỉ"), text("02")),
    ),
    p("Phụ lục"),
    table(HEAD, row(numbered(4), text("Câu lạc bộ"), text("CLB"), text("05")), row(numbered(4), text("Diễn đàn"), text("Diễn đàn"), text("03"))),
  ].join("");
  const rows = (await textOf(body)).split("\n").filter((l) => l.startsWith("|"));
  expect(rows).toEqual([
    "| STT | Nội dung | Đơn vị tính | Số lượng |",
    "| A. Nhóm chỉ tiêu truyền thông |  |  |  |",
    "| 1. | Tổ truyền thông | Tổ | 06 |",
    "| 2. | Địa chỉ tin cậy | Địa chỉ | 02 |",
    "| STT | Nội dung | Đơn vị tính | Số lượng |",
    "| a) | Câu lạc bộ | CLB | 05 |",
    "| b) | Diễn đàn | Diễn đàn | 03 |",
  ]);
});
