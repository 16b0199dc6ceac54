/** A1-style addresses for 0-based row/column indexes. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `a1(5, 2)` → `"C6"`. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `parseA1("C6")` → `{ row: 5, col: 2 }`; `$` signs are ignored. */
export function parseA1(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** A name Excel would read as a cell (`KH2024`) or an R1C1 reference (`R`, `C3`, `R1C1`) rather than a sheet. */
const REFERENCE_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*(?:[Cc]\d*)?|[Cc]\d*)$/;

/** A sheet name as it must appear in a formula: quoted when needed, `'` doubled (as Excel writes it). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !REFERENCE_LIKE.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A sheet named in a message: between straight quotes (`"Phân bổ"`), which the
 * pane, the summary and the text report turn into typographic ones; a name that
 * holds a straight double quote of its own (`Tiến độ "2024"`) as Excel quotes it
 * (`'Tiến độ "2024"'`), so its end stays plain and it can be typed in Go To —
 * between double quotes it would read `"Tiến độ "2024""`.
 */
export function sheetInText(name: string): string {
  return name.includes('"') ? quoteSheetName(name) : `"${name}"`;
}

/** `'Phân bổ 2024'!C8` — a cell's place as a user pastes it into Excel's Name Box or Go To. */
export function cellPlace(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}
