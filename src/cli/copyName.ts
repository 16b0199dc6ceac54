/**
 * The name of the summary copy: Excel opens a file only when its extension
 * agrees with the package inside, so a workbook with macros gives an .xlsm
 * copy (its macros kept) and any other an .xlsx. A template (.xltx, .xltm)
 * gives a workbook, as Excel makes a workbook from a template (see
 * adapters/xlsx/workbookKind.ts).
 */
import { basename, extname } from "path";
import { copyExtension, type WorkbookKind } from "../adapters/xlsx/workbookKind";
import { CliError } from "./errors";

const COPY_EXTENSIONS = new Set([".xlsx", ".xlsm"]);

/** Checked before anything is read: the output names an .xlsx or .xlsm file. */
export function requireCopyName(output: string): void {
  if (COPY_EXTENSIONS.has(extname(output).toLowerCase())) return;
  const suggestion = xlsxNameFor(output);
  throw new CliError({
    vi: `tệp ghi ra phải có đuôi .xlsx (hoặc .xlsm với sổ tính có macro; bản sao của một mẫu .xltx là sổ tính .xlsx): ${output}${suggestion !== undefined ? ` — hãy dùng -o ${suggestion}` : ""}`,
    en: `the output file must end in .xlsx (or .xlsm for a workbook with macros; a copy of an .xltx template is an .xlsx workbook): ${output}${suggestion !== undefined ? ` — use -o ${suggestion}` : ""}`,
  });
}

/**
 * The .xlsx name meant by an output name without it (`tong-hop`, `tong-hop.xls`,
 * `tong-hop.csv`), as typed in a shell; undefined when the name is no file's (`.`, `..`, a folder's `thu-muc/`).
 */
export function xlsxNameFor(typed: string): string | undefined {
  // Quotes pasted with the name (`"tong hop.xlsx"` typed inside quotes) are no part of it.
  const output = /^(["'“”])(.+)(["'“”])$/u.exec(typed.trim())?.[2] ?? typed;
  const name = basename(output);
  if (name === "" || name === "." || name === ".." || /[/\\]$/.test(output)) return undefined;
  const ext = extname(name).toLowerCase();
  const stem = [".xls", ".csv", ".ods", ".xlsb", ".xltx", ".xltm", ".txt", ".json", ".docx"].includes(ext) ? output.slice(0, -ext.length) : output;
  const meant = ext === ".xlsx" ? output : `${stem}.xlsx`;
  return /\s/.test(meant) ? `"${meant}"` : meant;
}

/** Checked once the input is known to be a workbook: the output's extension is the one its kind needs. */
export function requireCopyNameFor(kind: WorkbookKind, output: string): void {
  const needed = copyExtension(kind);
  if (extname(output).toLowerCase() === needed) return;
  const named = `${output.slice(0, output.length - extname(output).length)}${needed}`;
  const suggestion = /\s/.test(named) ? `"${named}"` : named;
  if (kind.macros) {
    throw new CliError({
      vi: `sổ tính có macro: bản sao phải có đuôi .xlsm để giữ macro (Excel không mở tệp .xlsx chứa macro) — hãy dùng -o ${suggestion}`,
      en: `the workbook has macros: the copy must end in .xlsm to keep them (Excel will not open an .xlsx that holds macros) — use -o ${suggestion}`,
    });
  }
  throw new CliError({
    vi: `sổ tính không có macro: bản sao phải có đuôi .xlsx (Excel không mở tệp .xlsm không chứa macro) — hãy dùng -o ${suggestion}`,
    en: `the workbook has no macros: the copy must end in .xlsx (Excel will not open an .xlsm that holds none) — use -o ${suggestion}`,
  });
}
