/**
 * A plan document from disk (CLI): `.txt` as UTF-8, `.docx` through mammoth;
 * anything else is an InputError. Node-only: it lives with the command, out
 * of the browser-bundled extract facade.
 */
import { promises as fs } from "fs";
import { InputError } from "../core/model/errors";
import { localized } from "../core/model/text";
import { readPlanDocumentBytes, unsupportedDocument } from "../extract/readDocumentBuffer";

export async function readPlanDocument(path: string): Promise<string> {
  if (!/\.(txt|md|docx)$/i.test(path)) throw unsupportedDocument(path);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch {
    throw new InputError("file-missing", localized(`Không tìm thấy hoặc không đọc được tệp "${path}".`, `File "${path}" is missing or unreadable.`));
  }
  return readPlanDocumentBytes(bytes, path);
}
