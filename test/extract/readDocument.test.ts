/** Reading plan documents: .txt (BOM stripped), .docx through mammoth with tables kept, anything else refused. */
import * as fs from "fs";
import * as path from "path";
import { extractPlan, htmlToPlainText, readPlanDocumentBuffer } from "../../src/extract";
import { readPlanDocument } from "../../src/cli/readPlanDocument";
import { InputError } from "../../src/core/model/errors";

const FIXTURES = path.join(__dirname, "../fixtures/extract");

function arrayBufferOf(file: string): ArrayBuffer {
  const bytes = fs.readFileSync(path.join(FIXTURES, file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe("readPlanDocument", () => {
  test(".txt: UTF-8 without its byte-order mark", async () => {
    const text = await readPlanDocument(path.join(FIXTURES, "plan-bom.txt"));
    expect(text.startsWith("KẾ HOẠCH")).toBe(true);
    expect(extractPlan(text).indicators.map((i) => [i.target, i.unit, i.source])).toEqual([[14, "tổ", "line 5"]]);
  });

  test(".docx: paragraphs and the indicator table", async () => {
    const text = await readPlanDocument(path.join(FIXTURES, "plan.docx"));
    expect(text).toContain("| 1 | Tổ truyền thông cộng đồng thành lập mới | tổ | 05 |");
    const plan = extractPlan(text);
    expect([plan.number, plan.date, plan.title]).toEqual(["7/KH-UBND", "2024-06-01", "Thực hiện Dự án 8 năm 2024"]);
    expect(plan.indicators.map((i) => [i.code, i.target, i.unit, i.kind])).toEqual([
      ["1", 5, "tổ", "count"],
      ["2", 12, "địa chỉ", "count"],
      ["3", 80, "%", "percent"],
      ["KP", 500_000_000, "triệu đồng", "money"],
    ]);
  });

  test("other files, missing files and broken .docx are input errors with a clear message", async () => {
    await expect(readPlanDocument(path.join(FIXTURES, "plan.pdf"))).rejects.toMatchObject({ code: "bad-plan" });
    await expect(readPlanDocument(path.join(FIXTURES, "plan.pdf"))).rejects.toBeInstanceOf(InputError);
    await expect(readPlanDocument(path.join(FIXTURES, "missing.txt"))).rejects.toMatchObject({ code: "file-missing" });
    const broken = readPlanDocument(path.join(FIXTURES, "not-a-plan.docx"));
    await expect(broken).rejects.toMatchObject({ code: "bad-plan" });
    await expect(readPlanDocument(path.join(FIXTURES, "plan.pdf"))).rejects.toMatchObject({
      text: { vi: expect.stringContaining(".txt hoặc .docx"), en: expect.stringContaining(".txt or .docx") },
    });
  });
});

describe("readPlanDocumentBuffer (task pane)", () => {
  test(".docx and .txt from an ArrayBuffer", async () => {
    const docx = await readPlanDocumentBuffer(arrayBufferOf("plan.docx"), "Kế hoạch.DOCX");
    expect(docx).toContain("Tổng kinh phí: 500 triệu đồng.");
    const txt = await readPlanDocumentBuffer(arrayBufferOf("plan-bom.txt"), "plan.txt");
    expect(txt.charCodeAt(0)).not.toBe(0xfeff);
  });

  test("a .txt from the task pane's picker holding a JSON plan is told for what it is", async () => {
    const json = Uint8Array.from(Buffer.from('{ "indicators": [{ "code": "1", "name": "Tổ", "unit": "tổ", "target": 3 }] }', "utf8"));
    await expect(readPlanDocumentBuffer(json.buffer, "plan.txt")).rejects.toMatchObject({ code: "bad-plan", text: { en: expect.stringMatching(/is a plan in JSON/) } });
  });

  test("an unsupported file name", async () => {
    await expect(readPlanDocumentBuffer(new ArrayBuffer(4), "plan.doc")).rejects.toMatchObject({ code: "bad-plan" });
  });

  const PLAN = "Mã 1: Tổ truyền thông cộng đồng: 14 tổ\nKinh phí: 500 triệu đồng\n";
  const utf16be = (text: string) => Uint8Array.from(Buffer.from(text, "utf16le").swap16());
  test.each<[string, Uint8Array]>([
    ["UTF-8", Uint8Array.from(Buffer.from(PLAN, "utf8"))],
    ["UTF-8 with its mark", Uint8Array.from(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN, "utf8")]))],
    ["UTF-16 LE with its mark (Notepad's Unicode)", Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, "utf16le")]))],
    ["UTF-16 LE without a mark", Uint8Array.from(Buffer.from(PLAN, "utf16le"))],
    ["UTF-16 BE with its mark", Uint8Array.from([0xfe, 0xff, ...utf16be(PLAN)])],
    ["UTF-16 BE without a mark", utf16be(PLAN)],
  ])("a .txt plan saved as %s is read as its text", async (_, bytes) => {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(await readPlanDocumentBuffer(buffer, "plan.txt")).toBe(PLAN);
  });

  test.each<[string, number[], RegExp]>([
    // "Tổ" in Windows-1258 (T, o, combining hook 0xD2, …) on line 2.
    ["Windows-1258", [...Buffer.from("Ke hoach\nT"), 0xf4, 0xd2, 0x20, 0x31, 0x34, 0x0a], /dòng 2/],
    // TCVN3: "Tæ" as a TCVN3 editor saves "Tổ", on line 3.
    ["TCVN3", [...Buffer.from("a\nb\nT"), 0xe6, 0x0a], /dòng 3/],
    ["an empty file", [], /rỗng/],
    ["an Excel workbook named .txt", [0x50, 0x4b, 0x03, 0x04, 0, 0], /Excel hoặc Word/],
  ])("a .txt plan in %s is refused with a clear message, never read as garbled names", async (_, bytes, said) => {
    const error = readPlanDocumentBuffer(Uint8Array.from(bytes).buffer, "Kế hoạch.txt");
    await expect(error).rejects.toBeInstanceOf(InputError);
    await expect(error).rejects.toMatchObject({ code: "bad-plan", text: { vi: expect.stringMatching(said) } });
  });
});

describe("htmlToPlainText", () => {
  test("paragraphs, headings, list items, tables and entities", () => {
    const html =
      "<h1>KẾ HOẠCH</h1><p>Tổ &amp; nhóm <strong>14</strong></p><ul><li>62 địa chỉ</li></ul>" +
      "<table><tr><td><p>1</p></td><td><p>Tổ a|b</p></td><td><p>tổ</p></td></tr></table><p></p><p>&#272;&#x1EA1;t</p>";
    expect(htmlToPlainText(html)).toBe(["KẾ HOẠCH", "Tổ & nhóm 14", "- 62 địa chỉ", "| 1 | Tổ a/b | tổ |", "Đạt"].join("\n"));
  });
});

test("merged cells of a Word table keep every row in line with its header", () => {
  const html =
    '<table><tr><td rowspan="2">TT</td><td rowspan="2">Đơn vị</td><td colspan="2">Chỉ tiêu</td></tr>' +
    "<tr><td>CLB</td><td>Địa chỉ</td></tr><tr><td>1</td><td>Xã A</td><td>3</td><td>2</td></tr></table>";
  expect(htmlToPlainText(html).split("\n")).toEqual(["| TT | Đơn vị | Chỉ tiêu |  |", "|  |  | CLB | Địa chỉ |", "| 1 | Xã A | 3 | 2 |"]);
});
