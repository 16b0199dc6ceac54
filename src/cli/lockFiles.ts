/**
 * The small files an office program keeps beside a document while it is open,
 * given by mistake for the document: LibreOffice's `.~lock.Phân bổ.xlsx#`, and
 * Office's owner file `~$…` (Excel's is `~$` and the whole name; Word's, for a
 * name of eight letters or more, puts `~$` in place of its first two). Told by
 * their name and size (a few hundred bytes), naming the document to give instead.
 */
import { basename } from "path";
import type { LocalizedText } from "../core/model/text";

/** Larger than any lock or owner file (LibreOffice's holds a user and a path; Office's is 162 or 165 bytes). */
const LOCK_FILE_MAX_BYTES = 2048;

/** What to say of the file named `shown` of `size` bytes, when it is a lock file; undefined otherwise. */
export function lockFileError(shown: string, size: number): LocalizedText | undefined {
  if (size > LOCK_FILE_MAX_BYTES) return undefined;
  const name = basename(shown.replace(/\\/g, "/"));
  const libre = /^\.~lock\.(.+)#$/u.exec(name);
  if (libre !== null) {
    const document = libre[1];
    return {
      vi: `${shown} là tệp khóa LibreOffice tạo ra khi đang mở ${document}, không phải tài liệu — hãy chọn chính tệp ${document}`,
      en: `${shown} is the lock file LibreOffice keeps while ${document} is open, not the document — give ${document} itself`,
    };
  }
  // Excel's owner files of workbooks are told by the reader, from their bytes; the others (a plan's .docx, a .txt) here.
  if (name.startsWith("~$") && name.length > 2 && !/\.xl[st][xmb]?$/i.test(name)) {
    const rest = name.slice(2);
    return {
      vi: `${shown} là tệp tạm Office (Word, Excel) tạo ra khi đang mở tài liệu, không phải tài liệu — hãy chọn chính tài liệu: tệp bên cạnh có tên kết thúc bằng "${rest}", không có "~$"`,
      en: `${shown} is the temporary file Office (Word, Excel) keeps while a document is open, not the document — give the document itself: the file beside it whose name ends in "${rest}", without "~$"`,
    };
  }
  return undefined;
}
