/**
 * Sheet names compared as Excel compares them: without regard to case, and
 * (ours) in one Unicode form, so that `Tổng hợp` typed in NFD is the same sheet.
 */

/** The key two names share when Excel takes them for the same sheet. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toUpperCase();
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}
