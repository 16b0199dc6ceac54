/**
 * A table cell Word numbers as a list that also holds text (a `Nội dung` column numbered `1.`, `a)`, with no `STT`
 * column): mammoth keeps no number, so the row's code was counted, not the document's. Its number is written before
 * its text, as Word shows it, and a table row whose name starts with a number (`| 1.1. Thành lập … | Tổ | 06 |`,
 * typed so in a text too) takes it as its code, no word of its name.
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

const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
const text = (t: string) => cell(para(t));
/** A cell whose text is a paragraph of list 3 (`1.` then `a)` one level down). */
const numbered = (t: string, lvl = 0) => cell(para(t, { num: { id: 3, lvl } }));
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(3)}</w:tblGrid>${rows.join("")}</w:tbl>`;

test("a numbered cell with text keeps Word's number, and its row takes it as its code", async () => {
  const body = [
    b("KẾ HOẠCH"),
    b("Thực hiện Dự án 8 năm 2026"),
    h1("CHỈ TIÊU"),
    table(
      row(text("Nội dung"), text("Đơn vị tính"), text("Số lượng")),
      row(numbered("Truyền thông"), text(""), text("")),
      row(numbered("Thành lập mới tổ truyền thông cộng đồng", 1), text("Tổ"), text("06")),
      row(numbered("Xây dựng địa chỉ tin cậy", 1), text("Địa chỉ"), text("02")),
      row(numbered("Hỗ trợ mô hình sinh kế"), text("Mô hình"), text("03")),
    ),
    h1("KINH PHÍ"),
    p("Tổng kinh phí: 720 triệu đồng."),
  ].join("");
  const read = await textOf(body);
  expect(read.split("\n").filter((l) => l.startsWith("|"))).toEqual([
    "| Nội dung | Đơn vị tính | Số lượng |",
    "| 1. Truyền thông |  |  |",
    "| a) Thành lập mới tổ truyền thông cộng đồng | Tổ | 06 |",
    "| b) Xây dựng địa chỉ tin cậy | Địa chỉ | 02 |",
    "| 2. Hỗ trợ mô hình sinh kế | Mô hình | 03 |",
  ]);
  expect(extractPlan(read).indicators.map((i) => [i.code, i.name, i.target])).toEqual([
    ["a", "Thành lập mới tổ truyền thông cộng đồng", 6],
    ["b", "Xây dựng địa chỉ tin cậy", 2],
    ["2", "Hỗ trợ mô hình sinh kế", 3],
    ["KP", "Tổng kinh phí", 720_000_000],
  ]);
});

describe("a table row whose name starts with its number", () => {
  const plan = (rows: string[]) => ["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2026", "I. CHỈ TIÊU", ...rows, "II. KINH PHÍ", "Tổng kinh phí 720 triệu đồng."].join("\n");
  test.each<[string, string[], Array<[string, string, number]>]>([
    [
      "no code column",
      ["| Nội dung | Đơn vị tính | Số lượng |", "| 1. Truyền thông | | |", "| 1.1. Thành lập mới tổ truyền thông cộng đồng | Tổ | 06 |", "| 1.2. Xây dựng địa chỉ tin cậy | Địa chỉ | 02 |", "| 2. Hỗ trợ mô hình sinh kế | Mô hình | 03 |"],
      [
        ["1.1", "Thành lập mới tổ truyền thông cộng đồng", 6],
        ["1.2", "Xây dựng địa chỉ tin cậy", 2],
        ["2", "Hỗ trợ mô hình sinh kế", 3],
      ],
    ],
    [
      "a code column beside it",
      ["| STT | Nội dung | Đơn vị tính | Số lượng |", "| 1 | 1. Thành lập mới tổ truyền thông cộng đồng | Tổ | 06 |", "| 2 | 2. Xây dựng địa chỉ tin cậy | Địa chỉ | 02 |"],
      [
        ["1", "Thành lập mới tổ truyền thông cộng đồng", 6],
        ["2", "Xây dựng địa chỉ tin cậy", 2],
      ],
    ],
    [
      "a figure opening the name is no number",
      ["| Nội dung | Đơn vị tính | Số lượng |", "| 100% xã có tổ truyền thông | % | 100 |", "| 2 xã đạt chuẩn | Xã | 2 |"],
      [
        ["1", "100% xã có tổ truyền thông", 100],
        ["2", "2 xã đạt chuẩn", 2],
      ],
    ],
  ])("%s", (_, rows, expected) => {
    expect(extractPlan(plan(rows)).indicators.filter((i) => i.kind !== "money").map((i) => [i.code, i.name, i.target])).toEqual(expected);
  });
});

test("a numbered cell whose text holds a note's mark in superscript keeps its number too", async () => {
  const sup = (t: string) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const marked = cell(para("", { num: { id: 3, lvl: 0 }, extra: `<w:r><w:t xml:space="preserve">Thành lập mới tổ truyền thông cộng đồng</w:t></w:r>${sup("1")}` }));
  const body = [b("KẾ HOẠCH"), h1("CHỈ TIÊU"), table(row(text("Nội dung"), text("Đơn vị tính"), text("Số lượng")), row(marked, text("Tổ"), text("06")), row(numbered("Xây dựng địa chỉ tin cậy"), text("Địa chỉ"), text("02")))].join("");
  const rows = (await textOf(body)).split("\n").filter((l) => l.startsWith("|"));
  expect(rows.slice(1)).toEqual(["| 1. Thành lập mới tổ truyền thông cộng đồng¹ | Tổ | 06 |", "| 2. Xây dựng địa chỉ tin cậy | Địa chỉ | 02 |"]);
});
