/**
 * A path typed the Windows way (`C:\Users\lan\Phân bổ.xlsx`, `Thư mục\tệp.xlsx`,
 * `\\may-chu\chung\tệp.xlsx`) on a system that is not Windows, where `\` is a
 * letter of a file name and there is no drive `C:`: never a file to read or to
 * write (a file named `C:\Users\…` in the working folder), told with the path
 * to type instead.
 */
import { existsSync } from "fs";
import type { LocalizedText } from "../core/model/text";

const DRIVE = /^([A-Za-z]):[\\/]/;

/** Whether `path` is written the Windows way on a system that does not read it so. */
export function isWindowsStyle(path: string, platform: NodeJS.Platform = process.platform): boolean {
  return platform !== "win32" && (DRIVE.test(path) || path.includes("\\"));
}

/** The path to type on this system: `/mnt/c/…` where Windows' drives are mounted so (WSL), else the path with `/`; `drive` when it names a drive this system lacks. */
function pathHere(path: string, mounted: (folder: string) => boolean): { readonly path: string; readonly drive?: string } {
  const slashed = path.replace(/\\/g, "/");
  const drive = DRIVE.exec(path)?.[1];
  if (drive === undefined) return { path: slashed };
  const mount = `/mnt/${drive.toLowerCase()}`;
  return mounted(mount) ? { path: `${mount}${slashed.slice(2)}` } : { path: slashed, drive: drive.toUpperCase() };
}

/** A path as typed in a shell: quoted when it holds a space. */
function typed(path: string): string {
  return /\s/.test(path) ? `"${path}"` : path;
}

/**
 * What to say of a Windows-style path typed here (to read a file, or to write
 * one), or undefined when it is none.
 */
export function windowsPathHint(
  path: string,
  action: "read" | "write",
  platform: NodeJS.Platform = process.platform,
  mounted: (folder: string) => boolean = existsSync,
): LocalizedText | undefined {
  if (!isWindowsStyle(path, platform)) return undefined;
  const here = pathHere(path, mounted);
  if (here.drive !== undefined) {
    const name = typed(here.path.slice(here.path.lastIndexOf("/") + 1));
    return action === "read"
      ? {
          vi: `đây là đường dẫn Windows (ổ ${here.drive}:, dấu \\) mà máy này không có — hãy chép tệp sang máy này và ghi đường dẫn của nó với dấu /`,
          en: `this is a Windows path (drive ${here.drive}:, \\ separators) that this system does not have — copy the file here and give its path with /`,
        }
      : {
          vi: `đây là đường dẫn Windows (ổ ${here.drive}:, dấu \\) mà máy này không có — hãy ghi một đường dẫn trên máy này với dấu /, như -o ${name}`,
          en: `this is a Windows path (drive ${here.drive}:, \\ separators) that this system does not have — give a path on this system with /, such as -o ${name}`,
        };
  }
  return {
    vi: `đây là đường dẫn kiểu Windows (dấu \\) — trên máy này thư mục ngăn bằng dấu /: ${typed(here.path)}`,
    en: `this is a Windows-style path (\\ separators) — on this system folders are separated by /: ${typed(here.path)}`,
  };
}

/** An output path typed the Windows way is refused before anything is read (a file named `C:\\Users\\…` is never what was meant). */
export function windowsOutputError(shown: string): LocalizedText | undefined {
  const hint = windowsPathHint(shown, "write");
  return hint === undefined ? undefined : { vi: `không ghi ${shown}: ${hint.vi}`, en: `not writing ${shown}: ${hint.en}` };
}
