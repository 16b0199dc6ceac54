/**
 * A file name typed with what is not part of it — quotes pasted with it
 * (Windows' "Copy as path" puts the path in quotes, then typed inside another
 * pair), a `file://` address copied from a browser, a space left at its end,
 * a shell's `\ ` escapes kept inside quotes (a path completed by the shell,
 * then quoted) — or without its extension, or in another case than the
 * file's: the name to type instead, when the file is there under it.
 */
import { basename, dirname, extname, join } from "path";
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
  // `Phân\ bổ\ 2024.xlsx` in quotes: the shell keeps the backslashes, which are no part of the name.
  if (SHELL_ESCAPE.test(shown)) {
    return { path: shown.replace(SHELL_ESCAPES, "$1"), why: { vi: "tên tệp có dấu \\ của shell trong ngoặc kép", en: "the name keeps a shell's \\ escapes inside quotes" } };
  }
  return undefined;
}

/** A backslash before a character a shell escapes in a file name (a space, brackets, quotes, `&`, …). */
const SHELL_ESCAPE = /\\[ ()'"&;!$`[\]{}<>|*?#~]/;
const SHELL_ESCAPES = /\\([ ()'"&;!$`[\]{}<>|*?#~])/g;

/**
 * What to say of a file name not found as typed, when the file is there
 * without what was typed around it (`found` tells whether a path is a file
 * there); undefined otherwise.
 */
export async function typedNameHint(
  shown: string,
  found: (path: string) => Promise<boolean>,
  /** The extensions of the files wanted (`.xlsx` first): a name typed without one is looked up with each. */
  extensions: readonly string[] = [],
  /** The names in a folder (as typed, relative to where the name was typed): a name typed in another case is looked up there. */
  entries: (folder: string) => Promise<readonly string[]> = async () => [],
): Promise<LocalizedText | undefined> {
  const meant = meantOf(shown);
  if (meant !== undefined && (await found(meant.path))) return hint(meant.why, meant.path);
  if (extname(shown) === "" && shown.trim() !== "") {
    for (const extension of extensions) {
      if (await found(shown + extension)) return hint({ vi: `tên tệp thiếu đuôi ${extension}`, en: `the name lacks its extension ${extension}` }, shown + extension);
    }
  }
  // `phân bổ.XLSX` for `Phân bổ.xlsx`: a name that differs in case alone (and Unicode form) is the file meant, where the system tells case apart.
  const folder = dirname(shown);
  const key = basename(shown).normalize("NFC").toLowerCase();
  const same = (await entries(folder)).filter((name) => name.normalize("NFC").toLowerCase() === key && name !== basename(shown));
  if (same.length === 1) {
    const path = folder === "." && !shown.startsWith("./") ? same[0] : join(folder, same[0]);
    if (await found(path)) return hint({ vi: "tên tệp khác chữ hoa, chữ thường", en: "the name differs in upper and lower case" }, path);
  }
  return undefined;
}

function hint(why: LocalizedText, path: string): LocalizedText {
  return { vi: `${why.vi} — hãy ghi: ${typed(path)}`, en: `${why.en} — type: ${typed(path)}` };
}
