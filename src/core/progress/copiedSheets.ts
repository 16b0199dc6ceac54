/**
 * A period sheet copied from the previous period's, its name (and title)
 * updated but not one figure changed (`Thực hiện 2023` holding `Thực hiện
 * 2022`'s figures in every cell): its figures are counted for its period, and
 * one warning at the sheet says they are the other sheet's to the last cell.
 *
 * Figures that happen to agree are no copy: the two sheets must agree on
 * every commune and every line (blank and 0 alike), with at least
 * `MIN_FIGURES` nonzero figures of which `MIN_VARIED` differ from the first
 * figure of their line — every commune reporting the same row (1 class, 40
 * triệu), year after year, is a plausible report of an even split done as
 * planned, while communes that differ among themselves each repeating last
 * year's figures to the last cell is not.
 *
 * Each sheet is kept as a fingerprint taken while its reading is current (the
 * readings may share one buffer): the count of nonzero figures, how many
 * differ from their line's first, and two order-free hashes of (commune, line, figure).
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import type { RuleContext } from "../rules";
import { CELL } from "../cells/readCell";
import { makeFinding } from "../rules/finding";
import { overlaps, type Period } from "./periods";
import type { PeriodSheetReading } from "./periodSheets";
import { sheetInText } from "../model/address";

const MIN_FIGURES = 6;
const MIN_VARIED = 3;

export interface SheetFingerprint {
  readonly sheet: string;
  readonly period: Period;
  readonly figures: number;
  readonly varied: number;
  readonly h1: number;
  readonly h2: number;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

function mix(h: number, k: number): number {
  h = Math.imul(h ^ k, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The fingerprint of a period sheet's figures per allocation commune and line, while its reading is current. */
export function fingerprint(reading: PeriodSheetReading, allocation: RuleContext): SheetFingerprint {
  const context = reading.context;
  const { state, base, leaves, lineCount } = context;
  const toAllocation = context.table.lines.map((line) => (line.planCode === null ? -1 : (allocation.lineByCode.get(line.planCode) ?? -1)));
  const first = new Float64Array(lineCount).fill(Number.NaN);
  let varied = 0;
  let figures = 0;
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < leaves.length; i++) {
    const area = leaves[i];
    const match = reading.areaMatch[area];
    if (match < 0) continue;
    const offset = area * lineCount;
    for (let l = 0; l < lineCount; l++) {
      const target = toAllocation[l];
      if (target < 0) continue;
      const cell = state[offset + l];
      if (cell !== CELL.number && cell !== CELL.textNumber) continue;
      const value = base[offset + l];
      if (value === 0) continue;
      figures++;
      if (Number.isNaN(first[l])) first[l] = value;
      else if (first[l] !== value) varied++;
      bits[0] = value;
      const key = mix(mix(mix(match, target), words[0]), words[1]);
      h1 = (h1 + key) >>> 0;
      h2 = (h2 + mix(key, 0x9e3779b9)) >>> 0;
    }
  }
  return { sheet: reading.sheet, period: reading.period, figures, varied, h1, h2 };
}

/** One warning per sheet whose figures are an earlier period's sheet's in every cell (periods that do not overlap). */
export function copiedSheetFindings(prints: readonly SheetFingerprint[], ordered: (a: Period, b: Period) => number): Finding[] {
  const sorted = [...prints].sort((a, b) => ordered(a.period, b.period));
  const findings: Finding[] = [];
  for (let k = 1; k < sorted.length; k++) {
    const copy = sorted[k];
    if (copy.figures < MIN_FIGURES || copy.varied < MIN_VARIED) continue;
    let from: SheetFingerprint | undefined;
    for (let j = k - 1; j >= 0 && from === undefined; j--) {
      const earlier = sorted[j];
      // Sheets of one period, or of a period inside another (set aside, told so), are no copy of each other.
      if (overlaps(earlier.period, copy.period) || earlier.sheet === copy.sheet) continue;
      if (earlier.figures === copy.figures && earlier.h1 === copy.h1 && earlier.h2 === copy.h2) from = earlier;
    }
    if (from === undefined) continue;
    findings.push(
      makeFinding({
        rule: "pace",
        severity: "warning",
        sheet: copy.sheet,
        at: null,
        message: localized(
          `Trang ${sheetInText(copy.sheet)} (kỳ ${copy.period.id}) có số liệu giống hệt trang ${sheetInText(from.sheet)} (kỳ ${from.period.id}) ở mọi địa bàn và mọi chỉ tiêu (${copy.figures} số): có lẽ trang được sao chép từ kỳ trước và mới sửa tên, tiêu đề, chưa nhập số liệu của kỳ ${copy.period.id}. allocheck vẫn tính các số này cho kỳ ${copy.period.id} nhưng chưa đánh giá tiến độ so với thời gian (của chỉ tiêu và của từng địa bàn) cho đến khi có số liệu đúng; hãy kiểm tra và nhập đúng số liệu của kỳ.`,
          `Sheet ${sheetInText(copy.sheet)} (period ${copy.period.id}) holds exactly the figures of sheet ${sheetInText(from.sheet)} (period ${from.period.id}) for every area and every line (${copy.figures} figures): it was probably copied from the earlier period with only its name and title updated, its own period's figures not yet entered. allocheck still counts them for ${copy.period.id} but does not judge progress against time (of the lines or of each area) until the right figures are in; check the sheet and enter the period's own figures.`,
        ),
      }),
    );
  }
  return findings;
}
