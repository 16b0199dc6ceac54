/**
 * A plan document from disk (CLI): `.txt` and `.md` as Unicode text (UTF-8 or
 * UTF-16, see textFile.ts), `.docx` through mammoth; anything else is an
 * InputError. A file that is not what its name says (an old `.doc`, an Excel
 * workbook named `.docx`, a damaged file) is told as such, by the name the
 * user gave. Node-only: it lives with the command, out of the browser-bundled
 * extract facade.
 */
import { promises as fs } from "fs";
import { extname } from "path";
import { jsonNotDocument, readPlanDocumentBytes, unsupportedDocument } from "../extract/readDocumentBuffer";
import { InputError } from "../core/model/errors";
import { isPdfBytes, pdfNotRead } from "../extract/textBytes";
import { decodeTextFile } from "./textFile";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Stream names in a compound file's directory (UTF-16): an encrypted Office package, a Word 97-2003 document. */
const ENCRYPTED_STREAMS = [Buffer.from("EncryptedPackage", "utf16le"), Buffer.from("EncryptionInfo", "utf16le")];
const WORD_STREAM = Buffer.from("WordDocument", "utf16le");

/** What a compound file named `.docx` holds: a password-protected Office document, an old `.doc`, or neither told. */
function compoundFileError(bytes: Buffer, shown: string): InputError {
  if (ENCRYPTED_STREAMS.some((name) => bytes.indexOf(name) >= 0)) {
    return new InputError("bad-plan", {
      vi: `không đọc được ${shown}: văn bản có mật khẩu (được mã hóa) — hãy mở trong Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại`,
      en: `cannot read ${shown}: the document is password-protected (encrypted) — open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password, clear it) and save it`,
    });
  }
  if (bytes.indexOf(WORD_STREAM) >= 0) {
    return new InputError("bad-plan", {
      vi: `không đọc được ${shown}: đây là tệp Word 97-2003 (.doc) — hãy mở trong Word và lưu lại dạng .docx: Tệp → Lưu thành → Tài liệu Word (.docx)`,
      en: `cannot read ${shown}: it is a Word 97-2003 file (.doc) — open it in Word and save it as .docx: File → Save As → Word Document (.docx)`,
    });
  }
  return new InputError("bad-plan", {
    vi: `không đọc được ${shown}: đây là tệp Word 97-2003 (.doc) hoặc tệp có mật khẩu — hãy mở trong Word và lưu lại dạng .docx (không mật khẩu)`,
    en: `cannot read ${shown}: it is a Word 97-2003 file (.doc) or a password-protected one — open it in Word and save it as .docx (without a password)`,
  });
}

/** Why a `.docx` cannot be read, from its first bytes and its archive's entry names. */
function notAWordFile(bytes: Buffer, shown: string): InputError {
  if (bytes.subarray(0, 4).equals(COMPOUND_FILE)) return compoundFileError(bytes, shown);
  if (isPdfBytes(bytes)) return new InputError("bad-plan", pdfNotRead(shown, true));
  if (bytes.subarray(0, 4).equals(ZIP) && bytes.includes("xl/workbook.xml")) {
    return new InputError("bad-plan", {
      vi: `${shown} là sổ tính Excel, không phải văn bản Word — hãy đặt cho tệp đuôi .xlsx (--plan đọc trang "Kế hoạch" của sổ tính)`,
      en: `${shown} is an Excel workbook, not a Word document — give the file the extension .xlsx (--plan reads a workbook's "Kế hoạch" sheet)`,
    });
  }
  return new InputError("bad-plan", {
    vi: `không đọc được ${shown}: tệp không phải văn bản Word (.docx) hoặc đã bị hỏng — hãy mở trong Word và lưu lại`,
    en: `cannot read ${shown}: it is not a Word document (.docx) or it is damaged — open it in Word and save it again`,
  });
}

/** The text of the plan document at `path`, named `shown` in messages. */
export async function readPlanDocument(path: string, shown = path): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (ext === ".pdf") throw new InputError("bad-plan", pdfNotRead(shown, false));
  if (ext !== ".txt" && ext !== ".md" && ext !== ".docx") throw unsupportedDocument(shown);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError("file-missing", { vi: `Không tìm thấy tệp ${shown}.`, en: `File not found: ${shown}.` });
    throw error;
  }
  if (ext !== ".docx") {
    const text = decodeTextFile(bytes, shown);
    const json = jsonNotDocument(text, shown);
    if (json !== null) throw json;
    return text;
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) throw notAWordFile(bytes, shown);
  try {
    return await readPlanDocumentBytes(bytes, shown);
  } catch {
    throw notAWordFile(bytes, shown);
  }
}
