/** File checks shared by the commands: inputs that exist, outputs that never replace an input. */
import { promises as fs } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import { xlsxNameFor } from "./copyName";
import { CliError } from "./errors";
import { errnoCode, fileError } from "./fileErrors";
import { lockFileError } from "./lockFiles";
import { typedNameHint } from "./typedName";
import { windowsOutputError, windowsPathHint } from "./windowsPath";

/** The absolute path of a path given on the command line. */
export function absolute(cwd: string, path: string): string {
  return resolve(cwd, path);
}

/**
 * The path on disk of a path typed in another Unicode form: a name that looks
 * the same is the same file. Each part of `path` that is not there as typed
 * is looked up among its folder's entries by its NFC form (`Phân bổ.xlsx`
 * typed in NFC, saved in NFD by a Mac or a zip made on one — or the other way
 * round), so an input is found, an output replaces or refuses the file the
 * user sees, and a new file is written under the name as typed.
 */
export async function pathOnDisk(path: string): Promise<string> {
  const full = resolve(path);
  if (await exists(full)) return full;
  const parent = dirname(full);
  if (parent === full) return full;
  const folder = await pathOnDisk(parent);
  const name = basename(full);
  let entries: string[];
  try {
    entries = await fs.readdir(folder);
  } catch {
    return join(folder, name);
  }
  const key = name.normalize("NFC");
  const match = entries.includes(name) ? name : entries.find((entry) => entry.normalize("NFC") === key);
  return join(folder, match ?? name);
}

/** An input file that must exist and be a file (exit 2 otherwise; a folder is answered with its files of `extensions`); resolves to the path to read it at. */
export async function requireInputFile(path: string, shown: string, extensions: readonly string[] = WORKBOOK_EXTENSIONS): Promise<string> {
  if (shown.trim() === "") throw new CliError({ vi: "tên tệp trống — hãy ghi tên tệp cần đọc", en: "the file name is empty — give the file to read" });
  let stat;
  let found = path;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    // A path too long, a folder not open to the user: told as such, not as a file that is not there.
    const code = errnoCode(error);
    if (code !== undefined && code !== "ENOENT" && code !== "ENOTDIR") throw fileError(error, shown, "read") ?? error;
    const other = await pathOnDisk(path);
    stat = other === resolve(path) ? undefined : await fs.stat(other).catch(() => undefined);
    if (stat === undefined) {
      // The folder the name was typed in: `path` is the name resolved there.
      const base = path.endsWith(shown) ? path.slice(0, path.length - shown.length) : dirname(path);
      const isFile = async (meant: string) => (await fs.stat(resolve(base, meant)).catch(() => undefined))?.isFile() === true;
      const entries = async (folder: string) => fs.readdir(resolve(base, folder)).catch(() => [] as string[]);
      // The file there under the name meant comes first: `Phân\ bổ.xlsx` in quotes is a shell's escape, not a Windows path.
      const hint = (await typedNameHint(shown, isFile, extensions, entries)) ?? windowsPathHint(shown, "read");
      throw new CliError(hint === undefined ? { vi: `không tìm thấy tệp ${shown}`, en: `file not found: ${shown}` } : { vi: `không tìm thấy tệp ${shown}: ${hint.vi}`, en: `file not found: ${shown}: ${hint.en}` });
    }
    found = other;
  }
  if (stat.isDirectory()) throw new CliError(await folderGiven(found, shown, extensions));
  if (!stat.isFile()) {
    throw new CliError({ vi: `${shown} không phải là một tệp`, en: `${shown} is not a file` });
  }
  const lock = lockFileError(shown, stat.size);
  if (lock !== undefined) throw new CliError(lock);
  return found;
}

/** The extensions of the workbooks the commands read. */
export const WORKBOOK_EXTENSIONS: readonly string[] = [".xlsx", ".xlsm", ".xltx", ".xltm"];

/** A folder given where a file was wanted: the files of the kind wanted in it, to type one of them (Excel's `~$` lock files left out). */
async function folderGiven(folder: string, shown: string, extensions: readonly string[]): Promise<{ vi: string; en: string }> {
  const entries = await fs.readdir(folder).catch(() => [] as string[]);
  const files = entries.filter((name) => !name.startsWith("~$") && extensions.includes(extname(name).toLowerCase())).sort();
  const typed = (name: string): string => {
    const path = shown === "." ? name : join(shown, name);
    return /\s/.test(path) ? `"${path}"` : path;
  };
  const listed = files.slice(0, 3).map(typed).join(", ") + (files.length > 3 ? ", …" : "");
  const kinds = extensions.join(", ");
  return files.length === 0
    ? { vi: `${shown} là một thư mục, không phải tệp — trong đó không có tệp ${kinds} nào; hãy ghi đường dẫn đến tệp`, en: `${shown} is a folder, not a file — it holds no ${kinds} file; give the path to the file` }
    : { vi: `${shown} là một thư mục, không phải tệp — hãy ghi tên tệp trong đó, như ${listed}`, en: `${shown} is a folder, not a file — give the name of a file in it, such as ${listed}` };
}

/** Whether a file or folder exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `output` names the same file as `input` — through `..`, symbolic
 * links, hard links or a case-insensitive file system.
 */
export async function sameFile(input: string, output: string): Promise<boolean> {
  if (resolve(input) === resolve(output)) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(input), fs.stat(output)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    // The output does not exist yet: compare real folders and names.
    try {
      const realInput = await fs.realpath(input);
      const realFolder = await fs.realpath(dirname(resolve(output)));
      return resolve(realFolder, basename(output)) === realInput;
    } catch {
      return false;
    }
  }
}

/** The folder part of a path as the user typed it (`.` when none). */
function folderShown(shown: string): string {
  const folder = dirname(shown);
  return folder === "" ? "." : folder;
}

/** An output folder must exist (the commands do not create folders, except `demo`). */
export async function requireOutputFolder(output: string, shown: string): Promise<void> {
  const folder = dirname(resolve(output));
  const named = folderShown(shown);
  const stat = await fs.stat(folder).catch(() => undefined);
  if (stat === undefined) {
    throw new CliError({
      vi: `không có thư mục ${named} để ghi ${shown} — hãy tạo thư mục đó trước (mkdir -p "${named}") hoặc chọn một thư mục đã có`,
      en: `there is no folder ${named} to write ${shown} into — make it first (mkdir -p "${named}") or choose a folder that exists`,
    });
  }
  if (!stat.isDirectory()) {
    throw new CliError({ vi: `${named} là một tệp, không phải thư mục — không ghi được ${shown}`, en: `${named} is a file, not a folder — cannot write ${shown}` });
  }
  const existing = await fs.stat(output).catch(() => undefined);
  if (existing?.isDirectory() === true) {
    throw new CliError({ vi: `${shown} là một thư mục — hãy ghi tên tệp cho -o`, en: `${shown} is a folder — give a file name for -o` });
  }
}

/** The program that has the workbook at `path` open, told by its lock file beside it: Excel's owner file `~$name`, LibreOffice's `.~lock.name#`. */
export interface OpenBy {
  readonly program: "Excel" | "LibreOffice";
  /** The lock file's name. */
  readonly lock: string;
}

/** Which program has the workbook at `path` open, if its lock file lies beside it. */
export async function openBy(path: string): Promise<OpenBy | undefined> {
  const name = basename(path);
  for (const open of [{ program: "Excel", lock: `~$${name}` }, { program: "LibreOffice", lock: `.~lock.${name}#` }] as const) {
    if (await exists(join(dirname(path), open.lock))) return open;
  }
  return undefined;
}

/**
 * An output already there that must not be replaced while in use: one Excel
 * or LibreOffice has open (its lock file beside it — replaced now, the program
 * would keep showing the old copy and save it back over the new one), or one marked
 * read-only. Nothing is written (exit 2).
 */
export async function requireOutputFree(output: string, shown: string): Promise<void> {
  const existing = await fs.stat(output).catch(() => undefined);
  if (existing === undefined) return;
  const open = await openBy(output);
  if (open !== undefined) {
    const { program, lock } = open;
    throw new CliError({
      vi: `${shown} đang mở trong ${program} (có tệp khóa ${lock} bên cạnh) — không ghi đè; hãy đóng tệp trong ${program} rồi chạy lại (nếu ${program} đã đóng mà tệp ${lock} vẫn còn, hãy xóa nó)`,
      en: `${shown} is open in ${program} (its lock file ${lock} is beside it) — not overwritten; close it in ${program} and run again (if ${program} is closed and ${lock} is still there, delete it)`,
    });
  }
  if ((existing.mode & 0o222) === 0) {
    throw new CliError({
      vi: `${shown} là tệp chỉ đọc — không ghi đè; hãy bỏ thuộc tính chỉ đọc của tệp hoặc chọn tên khác cho -o`,
      en: `${shown} is read-only — not overwritten; clear its read-only attribute or choose another name for -o`,
    });
  }
}

/** An output that must be an .xlsx file name. */
export function requireXlsxName(output: string): void {
  if (extname(output).toLowerCase() !== ".xlsx") {
    const suggestion = xlsxNameFor(output);
    throw new CliError({
      vi: `tệp ghi ra phải có đuôi .xlsx: ${output}${suggestion !== undefined ? ` — hãy dùng -o ${suggestion}` : ""}`,
      en: `the output file must end in .xlsx: ${output}${suggestion !== undefined ? ` — use -o ${suggestion}` : ""}`,
    });
  }
}

/** An output path typed the Windows way on another system: refused before anything is read (exit 2). */
export function requireOutputPathHere(shown: string): void {
  const error = windowsOutputError(shown);
  if (error !== undefined) throw new CliError(error);
}
