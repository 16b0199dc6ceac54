/**
 * What the title block above a plan table says about the plan: its title
 * (the `Kế hoạch …` line when there is one, else all the text), its number
 * (`Số: 257/KH-UBND`) and its date (`Hà Nội, ngày 03 tháng 10 năm 2022`).
 */
import { cellText, type Grid } from "../layout/grid";
import { foldText } from "../text/fold";

export interface PlanIdentity {
  readonly title?: string;
  readonly number?: string;
  readonly date?: string;
}

const UNIT_NOTE = /^\(?\s*(dvt|don vi tinh)\s*:/;
const NUMBER = /^so\s*[:.]?\s*(\d+[^\s,;]*\/[^\s,;]+)/;
const DATE = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;

/** Texts of rows `0..headerRow-1`, read left to right. */
export function readPlanIdentity(grid: Grid, headerRow: number): PlanIdentity {
  const texts: string[] = [];
  for (let row = 0; row < headerRow; row++) {
    for (let col = 0; col < grid.colCount; col++) {
      const value = grid.value(row, col);
      if (typeof value !== "string") continue;
      const text = cellText(value);
      if (text !== "") texts.push(text);
    }
  }
  let number: string | undefined;
  let date: string | undefined;
  const titleParts: string[] = [];
  for (const text of texts) {
    const folded = foldText(text);
    if (UNIT_NOTE.test(folded)) continue;
    const numberMatch = NUMBER.exec(folded);
    if (numberMatch && number === undefined) {
      // The number as written (folding keeps positions for these ASCII characters).
      const start = folded.indexOf(numberMatch[1]);
      number = text.normalize("NFC").slice(start, start + numberMatch[1].length).trim() || numberMatch[1].toUpperCase();
      continue;
    }
    const dateMatch = DATE.exec(folded);
    if (dateMatch && date === undefined) {
      const [, day, month, year] = dateMatch;
      date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
      continue;
    }
    titleParts.push(text);
  }
  const plan = titleParts.find((t) => /^ke hoach\b/.test(foldText(t)));
  const title = plan ?? (titleParts.length > 0 ? titleParts.join(" ") : undefined);
  return { ...(title ? { title } : {}), ...(number ? { number } : {}), ...(date ? { date } : {}) };
}
