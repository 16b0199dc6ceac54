/**
 * A file name typed with what is not part of it — quotes pasted with it
 * (Windows' "Copy as path" puts the path in quotes, then typed inside another
 * pair), a `file://` address copied from a browser, a space left at its end —
 * and not found so: the name to type instead, when the file is there under it.
 */
import { fileURLToPath } from "url";
import type { LocalizedText } from "../core/model/text";

/** A path as typed in a shell: quoted when it holds a space. */
function typed(path: string): string {
  return /\s/.test(path) ? `"${path}"` : path;
}

/** What the user most likely meant by `shown`, and why; undefined when nothing but the name itself is there. */
function meantOf(shown: string): { readonly path: string; readonly why: LocalizedText } | undefined {
  const quoted = /^\s*(["'“”‘’])(.*)(["'“”‘’])\s*$/u.exec(shown);
  if (quoted !== null && quoted[2].trim() !== "") {
    return { path: quoted[2], why: { vi: "tên tệp có dấu ngoặc kép thừa", en: "the name has quotes that are not part of it" } };
  }
  if (/^file:\/\//i.test(shown)) {
    try {
      return { path: fileURLToPath(shown), why: { vi: "đây là địa chỉ file://, không phải đường dẫn", en: "this is a file:// address, not a path" } };
    } catch {
      return undefined;
    }
  }
  if (shown !== shown.trim() && shown.trim() !== "") {
    return { path: shown.trim(), why: { vi: "tên tệp có khoảng trắng thừa ở đầu hay cuối", en: "the name has a space at its start or end" } };
  }
  return undefined;
}

/**
 * What to say of a file name not found as typed, when the file is there
 * without what was typed around it (`found` tells whether a path is a file
 * there); undefined otherwise.
 */
export async function typedNameHint(shown: string, found: (path: string) => Promise<boolean>): Promise<LocalizedText | undefined> {
  const meant = meantOf(shown);
  if (meant === undefined || !(await found(meant.path))) return undefined;
  return { vi: `${meant.why.vi} — hãy ghi: ${typed(meant.path)}`, en: `${meant.why.en} — type: ${typed(meant.path)}` };
}
