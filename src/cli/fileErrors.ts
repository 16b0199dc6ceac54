/**
 * A file the system would not read or write (no right to it, a read-only
 * folder, a full disk, a file another program holds open), told as one line
 * naming the file as the user gave it, in the user's language — never the
 * system's own message with the path of a temporary file.
 */
import type { LocalizedText } from "../core/model/text";
import { CliError } from "./errors";

/** What was being done with the file: `use` when the command does not know (a system error no command caught). */
type Action = "read" | "write" | "use";

/** Why the system refused, by its error code; undefined for a code not known here. */
function reasonOf(code: string, action: Action): LocalizedText | undefined {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return action === "write" ? { vi: "không có thư mục đó", en: "the folder does not exist" } : { vi: "không tìm thấy tệp", en: "the file is not there" };
    case "EACCES":
    case "EPERM":
      return action !== "write"
        ? { vi: "không có quyền đọc tệp, hoặc tệp đang bị một chương trình khác khóa", en: "no permission to read it, or another program has it locked" }
        : { vi: "không có quyền ghi vào đó, hoặc tệp đang mở trong Excel hay chương trình khác — hãy đóng tệp hoặc chọn nơi khác", en: "no permission to write there, or the file is open in Excel or another program — close it or choose another place" };
    case "EBUSY":
    case "ETXTBSY":
      return { vi: "tệp đang mở trong Excel hay chương trình khác — hãy đóng tệp rồi chạy lại", en: "the file is open in Excel or another program — close it and run again" };
    case "EROFS":
      return { vi: "ổ đĩa hay thư mục chỉ cho đọc — hãy chọn nơi khác cho -o", en: "the drive or folder is read-only — choose another place for -o" };
    case "ENOSPC":
    case "EDQUOT":
      return { vi: "ổ đĩa đã đầy", en: "the disk is full" };
    case "EISDIR":
      return { vi: "đó là một thư mục, không phải tệp", en: "it is a folder, not a file" };
    case "ENAMETOOLONG":
      return { vi: "đường dẫn quá dài — hãy chọn thư mục hay tên tệp ngắn hơn", en: "the path is too long — choose a shorter folder or file name" };
    case "EMFILE":
    case "ENFILE":
      return { vi: "hệ thống đang mở quá nhiều tệp — hãy chạy lại", en: "the system has too many files open — run again" };
    case "EIO":
      return { vi: "lỗi đọc/ghi ổ đĩa", en: "the drive reported an input/output error" };
    default:
      return undefined;
  }
}

/** The system error code of `error`, if it is one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** The command-line error for a system error on the file `shown`; undefined when `error` is not a system error. */
export function fileError(error: unknown, shown: string, action: Action): CliError | undefined {
  const code = errnoCode(error);
  if (code === undefined) return undefined;
  const reason = reasonOf(code, action) ?? { vi: `lỗi hệ thống ${code}`, en: `system error ${code}` };
  const verb = { read: { vi: "không đọc được", en: "cannot read" }, write: { vi: "không ghi được", en: "cannot write" }, use: { vi: "không dùng được", en: "cannot use" } }[action];
  return new CliError({ vi: `${verb.vi} ${shown}: ${reason.vi}`, en: `${verb.en} ${shown}: ${reason.en}` });
}

/** Runs `work`, telling a system error on the file `shown` as a command-line error. */
export async function withFileErrors<T>(shown: string, action: Action, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw fileError(error, shown, action) ?? error;
  }
}
