/** Word's own numbers read back from its numbering part (a list nested three levels keeps `2.1.`, not `1.`), and its footnotes kept out of the plan's parts. */
import { extractPlan, readPlanDocumentBuffer } from "../../src/extract";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { b, p } = require("./corpus-src/docxWriter");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { h1, h2, h3, para, docxWith } = require("./corpus-src/docxParts");

async function textOf(body: string): Promise<string> {
  const bytes: Buffer = await docxWith(body);
  return readPlanDocumentBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, "plan.docx");
}

const PLAN = [
  b("KẾ HOẠCH"),
  b("Thực hiện Dự án 8 năm 2026"),
  h1("MỤC TIÊU, CHỈ TIÊU"),
  h2("Mục tiêu chung"),
  p("Nâng cao nhận thức về bình đẳng giới."),
  h2("Chỉ tiêu cụ thể"),
  h3("Tổ truyền thông cộng đồng: 12 tổ"),
  h3("Câu lạc bộ thủ lĩnh: 05 CLB"),
  h3("Địa chỉ tin cậy: 16 địa chỉ"),
  h1("KINH PHÍ"),
  p("Tổng kinh phí: 1.200 triệu đồng."),
  h1("TỔ CHỨC THỰC HIỆN"),
  p("Giao Phòng Văn hóa chủ trì."),
].join("");

test("items on a list's third level keep Word's own numbers (`2.1.`), and the targets their codes", async () => {
  const text = await textOf(PLAN);
  expect(text.split("\n")).toEqual(
    expect.arrayContaining(["I. MỤC TIÊU, CHỈ TIÊU", "2. Chỉ tiêu cụ thể", "2.1. Tổ truyền thông cộng đồng: 12 tổ", "2.3. Địa chỉ tin cậy: 16 địa chỉ", "II. KINH PHÍ"]),
  );
  expect(extractPlan(text).indicators.map((i) => [i.code, i.target, i.unit])).toEqual([
    ["2.1", 12, "tổ"],
    ["2.2", 5, "CLB"],
    ["2.3", 16, "địa chỉ"],
    ["KP", 1_200_000_000, "triệu đồng"],
  ]);
});

test.each<[string, string, string]>([
  ["a lettered list", para("Thành lập 12 tổ.", { num: { id: 4, lvl: 0 } }) + para("Duy trì 16 địa chỉ.", { num: { id: 4, lvl: 0 } }), "a) Thành lập 12 tổ.\nb) Duy trì 16 địa chỉ."],
  ["a decimal list's second level", para("Chỉ tiêu", { num: { id: 3, lvl: 0 } }) + para("Thành lập 12 tổ.", { num: { id: 3, lvl: 1 } }), "1. Chỉ tiêu\na) Thành lập 12 tổ."],
])("%s is written with the document's numbers", async (_, body, expected) => {
  expect(await textOf(body)).toBe(expected);
});

test("a footnote on a budget part, the plan's last part, is no budget line of it", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { bullet, plain, footnoteRef } = require("./corpus-src/docxParts");
  const body = [
    b("KẾ HOẠCH"),
    b("Thực hiện Dự án 8 năm 2026"),
    h1("CHỈ TIÊU"),
    bullet("Thành lập mới 10 tổ truyền thông cộng đồng."),
    h1("KINH PHÍ"),
    p("Tổng kinh phí: 500 triệu đồng, gồm:"),
    bullet("Truyền thông: 300 triệu đồng;"),
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>${plain("Tập huấn: 200 triệu đồng.")}${footnoteRef(1)}</w:p>`,
  ].join("");
  const bytes: Buffer = await docxWith(body, undefined, { 1: "Ngân sách tỉnh 100 triệu đồng." });
  const plan = extractPlan(await readPlanDocumentBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, "plan.docx"));
  expect(plan.indicators.map((i) => [i.code, i.target])).toEqual([
    ["1", 10],
    ["KP", 500_000_000],
    ["KP.1", 300_000_000],
    ["KP.2", 200_000_000],
  ]);
  expect(plan.issues).toEqual([]);
});

test("headings numbered through their style (Heading 1 → I., Heading 2 → 1.) keep their numbers, so the parts are found", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip");
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const level = (ilvl: number, fmt: string, style: string, text: string) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:pStyle w:val="${style}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const style = (id: string, ilvl: number) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
  const para = (text: string, styleId?: string) => `<w:p>${styleId ? `<w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file(
    "word/_rels/document.xml.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file("word/numbering.xml", `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">${level(0, "upperRoman", "Heading1", "%1.")}${level(1, "decimal", "Heading2", "%2.")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`);
  zip.file("word/styles.xml", `<w:styles xmlns:w="${W}">${style("Heading1", 0)}${style("Heading2", 1)}</w:styles>`);
  const body = [
    para("KẾ HOẠCH"),
    para("Thực hiện Dự án 8 năm 2026"),
    para("MỤC TIÊU", "Heading1"),
    para("Chỉ tiêu cụ thể", "Heading2"),
    para("- Thành lập mới 10 tổ truyền thông cộng đồng."),
    para("KINH PHÍ", "Heading1"),
    para("Tổng kinh phí: 500 triệu đồng."),
    para("TỔ CHỨC THỰC HIỆN", "Heading1"),
    para("Giao Phòng Văn hóa chủ trì."),
  ].join("");
  zip.file("word/document.xml", `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  const bytes: Buffer = await zip.generateAsync({ type: "nodebuffer" });
  const text = await readPlanDocumentBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, "plan.docx");
  expect(text.split("\n")).toEqual(expect.arrayContaining(["I. MỤC TIÊU", "1. Chỉ tiêu cụ thể", "II. KINH PHÍ", "III. TỔ CHỨC THỰC HIỆN"]));
  expect(extractPlan(text).indicators.map((i) => [i.code, i.target])).toEqual([
    ["1", 10],
    ["KP", 500_000_000],
  ]);
});
