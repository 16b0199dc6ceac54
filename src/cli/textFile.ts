/**
 * The text of a plan file (JSON, .txt, .md) from its bytes, as Windows tools
 * save it: UTF-8 with or without a byte-order mark, or UTF-16 ("Unicode" in
 * Notepad, PowerShell's `>`). Text in an old code page (Windows-1258, TCVN3,
 * VNI) is refused with the line where it shows, never read as garbled names;
 * an Excel or Word file given where text is wanted is told as such.
 */
import { decodeTextBytes } from "../extract/textBytes";
import { CliError } from "./errors";

/** The text of `bytes`, read from the file `shown` (see extract/textBytes.ts, shared with the task pane). */
export function decodeTextFile(bytes: Uint8Array, shown: string): string {
  const decoded = decodeTextBytes(bytes, shown);
  if ("refused" in decoded) throw new CliError(decoded.refused);
  return decoded.text;
}

/** Line and column (from 1) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
