/**
 * A plan document from disk (CLI): `.txt` as UTF-8, `.docx` through mammoth;
 * anything else is an InputError. The one file of src/extract that touches the
 * file system, through `process.getBuiltinModule` so that web bundles that
 * import the facade never try to resolve `fs`.
 */
import { InputError } from "../core/model/errors";
import { localized } from "../core/model/text";
import { readPlanDocumentBytes, unsupportedDocument } from "./readDocumentBuffer";

export async function readPlanDocument(path: string): Promise<string> {
  if (!/\.(txt|md|docx)$/i.test(path)) throw unsupportedDocument(path);
  const fs = process.getBuiltinModule("node:fs/promises") as typeof import("fs/promises");
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch {
    throw new InputError("file-missing", localized(`Không tìm thấy hoặc không đọc được tệp "${path}".`, `File "${path}" is missing or unreadable.`));
  }
  return readPlanDocumentBytes(bytes, path);
}
