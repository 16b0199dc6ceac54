/**
 * The sections a plan numbers its lines in (`I. Chỉ tiêu`, `II. Kinh phí`),
 * and the codes made unique by them; any other repeat is refused.
 */
import { sheetInText } from "../model/address";
import type { PlanLine } from "../model/plan";
import type { LocalizedText } from "../model/text";
import { isRomanNumeral } from "../layout/labels";
import { cellRef, planError } from "./planErrors";

/** `I`, `II`, `A`, `B` heading a section of the plan (in the code cell or before the name), or null. */
export function sectionCode(code: string, name: string): string | null {
  if (isRomanNumeral(code) || /^[A-Z]$/.test(code)) return code;
  const match = /^\s*([IVXLC]+|[A-Z])\s*[.)/-]\s+\S/.exec(name);
  return match && (isRomanNumeral(match[1]) || /^[A-Z]$/.test(match[1])) ? match[1] : null;
}

/** A line's section (`I`, `II` …), its code cell, and whether the code there is a fractional number. */
export interface CodeCell {
  readonly section: string | null;
  readonly cell: string;
  readonly asNumber?: boolean;
}

/** True when codes repeat even once qualified by their sections (`uniqueCodes` would refuse them). */
export function repeatsCodes(lines: readonly PlanLine[], sections: readonly CodeCell[]): boolean {
  const plain = new Set(lines.map((line) => line.code));
  if (plain.size === lines.length) return false;
  return new Set(lines.map((line, i) => (sections[i].section !== null ? `${sections[i].section}.${line.code}` : line.code))).size !== lines.length;
}

/** A further plan table at `row` numbered like the one before it, with no section to tell them apart: not read. */
export function repeatedCodesDoubt(sheet: string, row: number): LocalizedText {
  return {
    vi: `Trang ${sheetInText(sheet)}, dòng ${row + 1}: một bảng kế hoạch khác bắt đầu nhưng mã của nó trùng mã bảng trên (không có mục I, II để phân biệt); các dòng của nó không được đọc là chỉ tiêu của kế hoạch. Nếu đó là chỉ tiêu, hãy thêm dòng mục (ví dụ "II. Kinh phí") trên bảng hoặc đánh mã khác.`,
    en: `Sheet ${sheetInText(sheet)}, row ${row + 1}: another plan table starts, but its codes repeat the table's above (no section I, II tells them apart); its rows were not read as plan lines. If they are, add a section row (e.g. "II. Kinh phí") over it or give other codes.`,
  };
}

/**
 * Codes must be unique. Plans that number lines again in each section
 * (`I. Chỉ tiêu`: 1, 2 …; `II. Kinh phí`: 1, 2 …) get section-qualified codes
 * (`II.1`); any other repeat is an error naming both cells.
 */
export function uniqueCodes(sheet: string, lines: PlanLine[], sections: readonly CodeCell[]): PlanLine[] {
  const firstDuplicate = (codes: readonly string[]): [number, number] | null => {
    const seen = new Map<string, number>();
    for (let i = 0; i < codes.length; i++) {
      const before = seen.get(codes[i]);
      if (before !== undefined) return [before, i];
      seen.set(codes[i], i);
    }
    return null;
  };
  const plain = lines.map((l) => l.code);
  const repeat = firstDuplicate(plain);
  if (repeat === null) return lines;
  const qualified = lines.map((l, i) => (sections[i].section !== null ? `${sections[i].section}.${l.code}` : l.code));
  if (firstDuplicate(qualified) === null) return lines.map((l, i) => ({ ...l, code: qualified[i] }));
  const [first, second] = repeat;
  const code = plain[second];
  const numbers = [first, second].filter((i) => sections[i].asNumber).map((i) => sections[i].cell);
  const advice =
    numbers.length === 0
      ? { vi: "", en: "" }
      : {
          vi: ` Mã ở ${numbers.join(", ")} được gõ dưới dạng số (số 0 cuối, như 1.10, bị mất); hãy gõ mã dưới dạng chữ (ví dụ '1.10).`,
          en: ` The code in ${numbers.join(", ")} is typed as a number (a trailing 0, as in 1.10, is lost); type the code as text (e.g. '1.10).`,
        };
  throw planError(
    "bad-plan",
    `${cellRef(sheet, sections[second].cell)}: mã "${code}" trùng với ô ${sections[first].cell}.${advice.vi}`,
    `${cellRef(sheet, sections[second].cell)}: code "${code}" repeats cell ${sections[first].cell}.${advice.en}`,
  );
}
