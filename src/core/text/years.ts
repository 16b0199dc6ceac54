/**
 * A single year named in a title (`năm 2024`, `NĂM 2024`), in text folded by
 * `foldText` (lower case, no diacritics): not the `năm` of a date (`ngày 03
 * tháng 10 năm 2022`), not the end of a span (`đến năm 2025`), not the start
 * of a range (`năm 2022 - 2025`, `từ năm 2021 đến năm 2025`), not the year
 * a document's number is given in (`Quyết định số 12/QĐ-UBND năm 2024`,
 * `Kế hoạch 257/KH-UBND năm 2022`: the year of the decision, not of the sheet).
 */
const YEAR_PHRASE = /(?<!thang\s*\d{1,2}\s*)(?<!\b(?:den|toi)\s*)(?<!\d\/[a-z0-9./-]*[a-z][a-z0-9.-]*\s*)(?<![\d/.-])\bnam\s+(\d{4})\b(?!\s*(?:-|–|—|den\b|toi\b)\s*(?:nam\s+)?\d{4})/g;

/** A bare year in a sheet's name (`Phân bổ 2024`), not one end of a range (`2022-2025`). */
const BARE_YEAR = /(?<![\d/.–—-]\s*)(?<!\d)(\d{4})(?!\d)(?!\s*(?:-|–|—)\s*\d{4})/g;

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

function inRange(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** The years `pattern` finds in a folded text (its first group), in order, those out of range left out. */
function yearsFound(folded: string, pattern: RegExp): number[] {
  return [...folded.matchAll(pattern)].map((match) => Number(match[1])).filter(inRange);
}

/** The single years a folded title names with `năm`, in order. */
export function yearsInTitle(folded: string): number[] {
  return yearsFound(folded, YEAR_PHRASE);
}

/** The single years a sheet name gives, with or without `năm` (folded text), in order. */
export function yearsInName(folded: string): number[] {
  return yearsFound(folded, BARE_YEAR);
}

/** `Năm 2024`, `2024`, `KH năm 2024`, `Kế hoạch 2024` as a column header (folded words): that year, else null. */
export function yearOfHeader(key: string): number | null {
  const match = /^(?:(?:ke hoach|kh|chi tieu|du toan|muc tieu)\s+)?(?:nam\s+)?(\d{4})$/.exec(key);
  if (match === null) return null;
  const year = Number(match[1]);
  return inRange(year) ? year : null;
}

/**
 * Every header (`Kinh phí / Năm 2026`, `… / 2027`; its last part, folded) names a year: a line split into these is
 * split by year, not by funding source. Needs two parts at least.
 */
export function headedByYears(headers: readonly string[], fold: (text: string) => string): boolean {
  return (
    headers.length > 1 &&
    headers.every((header) => {
      const parts = header.split("/");
      return yearOfHeader(fold(parts[parts.length - 1])) !== null;
    })
  );
}

/** A whole year in a cell, typed as a number or as text (`2026`, `'2026`): that year, else -1. */
export function yearOfCell(value: unknown): number {
  const year = typeof value === "string" && /^\s*\d{4}\s*$/.test(value) ? Number(value) : value;
  return typeof year === "number" && Number.isInteger(year) && inRange(year) ? year : -1;
}
