/**
 * The text of a plan file's bytes, as Windows tools save it: UTF-8 with or
 * without a byte-order mark, or UTF-16 ("Unicode" in Notepad, PowerShell's
 * `>`), with or without its mark. Text in an old code page (Windows-1258,
 * TCVN3, VNI) is refused with the line where it shows, never read as garbled
 * names; an Excel, Word or PDF file given where text is wanted is told as such.
 * Platform-free (TextDecoder only): the CLI and the task pane both read
 * through it.
 */
import type { LocalizedText } from "../core/model/text";

/** The text, or why the bytes are refused (`shown` names the file in the message). */
export type DecodedText = { readonly text: string } | { readonly refused: LocalizedText };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0];
/** `%PDF-`, how every PDF file starts. */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Whether `bytes` are a PDF file's, whatever it is named. */
export function isPdfBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, PDF);
}

/**
 * A PDF given as a plan document (`kh.pdf`, or a PDF saved as `kh.txt` / `kh.docx`): not read, and what to do — save
 * it as .docx from Word, or copy its text into a .txt file — naming the file as given.
 */
export function pdfNotRead(shown: string, misnamed: boolean): LocalizedText {
  const ext = /\.([^./\\"]+)"?$/.exec(shown)?.[1];
  const what =
    misnamed && ext !== undefined
      ? { vi: `${shown} là tệp PDF dù mang đuôi .${ext}`, en: `${shown} is a PDF file, though named .${ext}` }
      : { vi: `${shown} là tệp PDF`, en: `${shown} is a PDF file` };
  return {
    vi: `${what.vi}: chưa đọc được tệp PDF, chỉ đọc văn bản kế hoạch dạng .txt hoặc .docx — hãy mở tệp bằng Word và lưu lại dạng .docx (Tệp → Lưu thành → Tài liệu Word), hoặc chép toàn bộ văn bản vào một tệp .txt (UTF-8)`,
    en: `${what.en}: PDF files are not read, only plan documents in .txt or .docx — open it in Word and save it as .docx (File → Save As → Word Document), or copy all its text into a .txt file (UTF-8)`,
  };
}

/** The UTF-16 byte order of text saved without a byte-order mark: most ASCII characters leave a zero in every other byte. */
function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

/** Line (from 1) of the first byte that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

/** The text of `bytes`, read from the file `shown`. */
export function decodeTextBytes(bytes: Uint8Array, shown: string): DecodedText {
  if (bytes.length === 0) return { refused: { vi: `${shown} là tệp rỗng`, en: `${shown} is empty` } };
  if (isPdfBytes(bytes)) return { refused: pdfNotRead(shown, true) };
  if (startsWith(bytes, ZIP) || startsWith(bytes, COMPOUND_FILE)) {
    return {
      refused: {
        vi: `${shown} là tệp Excel hoặc Word (tệp nhị phân), không phải văn bản — hãy đặt đúng đuôi tệp (.xlsx cho sổ tính có trang Kế hoạch, .docx cho Word) hoặc lưu kế hoạch dạng văn bản`,
        en: `${shown} is an Excel or Word file (binary), not text — give it its right extension (.xlsx for a workbook with a Kế hoạch sheet, .docx for Word) or save the plan as text`,
      },
    };
  }
  let encoding = "utf-8";
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ["utf-16le", bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ["utf-16be", bytes.subarray(2)];
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else encoding = utf16WithoutMark(bytes) ?? "utf-8";
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(body) };
  } catch {
    const line = encoding === "utf-8" ? firstBadLine(body) : undefined;
    const where = line === undefined ? { vi: "", en: "" } : { vi: ` (dòng ${line})`, en: ` (line ${line})` };
    return {
      refused: {
        vi: `${shown} không phải văn bản Unicode${where.vi}: có lẽ được lưu bằng bảng mã cũ (Windows-1258, TCVN3, VNI) — hãy mở và lưu lại với bảng mã UTF-8 (Notepad: Lưu thành → Mã hóa: UTF-8)`,
        en: `${shown} is not Unicode text${where.en}: it was probably saved in an old code page (Windows-1258, TCVN3, VNI) — open it and save it again as UTF-8 (Notepad: Save As → Encoding: UTF-8)`,
      },
    };
  }
}
