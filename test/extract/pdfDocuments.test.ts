/**
 * A PDF is not read: given as a plan document — named `.pdf`, or a PDF saved under a text or Word name — it is an input
 * error that names the file and says what to do (save it as .docx from Word, or copy its text into a .txt), never a
 * text with no target nor a word on old code pages or damaged Word files.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readPlanDocumentBuffer, readPlanDocumentBytes } from "../../src/extract/readDocumentBuffer";
import { readPlanDocument } from "../../src/cli/readPlanDocument";

/** A PDF's first bytes: the header, the binary comment line, an object. */
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n%"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from("\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")]);
const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

const told = (name: string, misnamed: boolean) => ({
  code: "bad-plan",
  text: {
    vi: expect.stringMatching(new RegExp(`${name.replace(/\./g, "\\.")}"? là tệp PDF${misnamed ? " dù mang đuôi" : ":"}.*hãy mở tệp bằng Word và lưu lại dạng \\.docx.*chép toàn bộ văn bản vào một tệp \\.txt`)),
    en: expect.stringMatching(/PDF files are not read.*save it as \.docx.*copy all its text into a \.txt file/),
  },
});

describe.each([
  ["kh.pdf", false],
  ["kh.txt", true],
  ["kh.md", true],
  ["kh.docx", true],
])("%s holding a PDF", (name, misnamed) => {
  test("from the task pane's picker", async () => {
    await expect(readPlanDocumentBuffer(arrayBuffer(PDF), name)).rejects.toMatchObject(told(name, misnamed));
  });

  test("from bytes (the evaluation, the CLI's library)", async () => {
    await expect(readPlanDocumentBytes(PDF, name)).rejects.toMatchObject(told(name, misnamed));
  });

  test("from disk (the CLI)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "allocheck-pdf-"));
    try {
      writeFileSync(join(dir, name), PDF);
      // A text file's bytes are refused as the CLI refuses any text it cannot decode (exit 2, one line), the same words.
      const { code: _, ...words } = told(name, misnamed);
      await expect(readPlanDocument(join(dir, name), name)).rejects.toMatchObject(words);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
