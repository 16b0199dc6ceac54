/**
 * The user's corrections (CONTRACT §5), sorted onto the table's two axes
 * before the reading: a row's or column's role and the rows or columns to
 * leave out go to the area axis, a column mapped to a plan line (and columns
 * to leave out) to the line axis. Each correction remembers the label or
 * header it was made on; one whose row or column no longer shows it (a row
 * deleted, a header renamed) is not applied but reported as stale.
 */
import { columnIndex } from "../model/address";
import type { Correction } from "../model/corrections";
import type { Plan } from "../model/plan";
import type { StaleCorrection } from "../model/table";
import { localized } from "../model/text";
import { wordKey } from "../text/fold";
import type { AreaOverride } from "./areaReading";
import { ownText, twoColumnLabels } from "./areas";
import type { Frame } from "./frame";
import type { RawLine } from "./lines";

export interface SortedCorrections {
  /** Frame line position → plan code. */
  readonly lineCodes: ReadonlyMap<number, string>;
  /** Frame line positions left out. */
  readonly ignoredLines: ReadonlySet<number>;
  /** Frame area position → role or `ignore`. */
  readonly areaOverrides: ReadonlyMap<number, AreaOverride>;
  /** Two label columns: frame position of a district written beside its first commune → its role or `ignore`. */
  readonly headOverrides?: ReadonlyMap<number, AreaOverride>;
  readonly applied: number;
  readonly stale: readonly StaleCorrection[];
}

export const NO_CORRECTIONS: SortedCorrections = { lineCodes: new Map(), ignoredLines: new Set(), areaOverrides: new Map(), applied: 0, stale: [] };

/** `12` → sheet row 11; `C` → sheet column 2. */
function parseAt(at: string): { axis: "row" | "col"; index: number } | null {
  const text = at.trim();
  if (/^\d+$/.test(text) && Number(text) >= 1) return { axis: "row", index: Number(text) - 1 };
  if (/^[A-Za-z]{1,3}$/.test(text)) return { axis: "col", index: columnIndex(text) };
  return null;
}

function same(a: string, b: string): boolean {
  return wordKey(a) === wordKey(b);
}

export function sortCorrections(frame: Frame, raw: readonly RawLine[], corrections: readonly Correction[], plan: Plan): SortedCorrections {
  if (corrections.length === 0) return NO_CORRECTIONS;
  const lineCodes = new Map<number, string>();
  const ignoredLines = new Set<number>();
  const areaOverrides = new Map<number, AreaOverride>();
  const headOverrides = new Map<number, AreaOverride>();
  const stale: StaleCorrection[] = [];
  let applied = 0;
  const areaAxis = frame.orientation === "areas-as-rows" ? "row" : "col";
  const areaPositions = new Set(frame.areaPositions);
  const rawAt = new Map(raw.map((line) => [line.position, line]));
  const planCodes = new Set(plan.lines.map((line) => line.code));
  const reject = (correction: Correction, vi: string, en: string) => stale.push({ correction, why: localized(vi, en) });

  for (const correction of corrections) {
    const at = parseAt(correction.at);
    if (at === null) {
      reject(correction, `"${correction.at}" không phải số dòng hay tên cột.`, `"${correction.at}" is neither a row number nor a column letter.`);
      continue;
    }
    if (at.axis === areaAxis) {
      if (correction.kind === "line") {
        reject(correction, `${correction.at} là một địa bàn, không phải cột/dòng chỉ tiêu.`, `${correction.at} is an area, not a plan line's column or row.`);
        continue;
      }
      const labels = frame.areaCols.map((col) => ownText(frame, at.index, col)).filter((text) => text !== "");
      if (!areaPositions.has(at.index) || !labels.some((label) => same(label, correction.label))) {
        const now = labels.length > 0 ? `"${labels[labels.length - 1]}"` : "trống";
        const nowEn = labels.length > 0 ? `"${labels[labels.length - 1]}"` : "blank";
        reject(correction, `${correction.at} không còn là "${correction.label}" (nay: ${now}).`, `${correction.at} no longer reads "${correction.label}" (now: ${nowEn}).`);
        continue;
      }
      const override: AreaOverride = correction.kind === "ignore" ? "ignore" : correction.role;
      if (frame.areaCols.length === 2) {
        // Two label columns: the correction is of the commune (the row's values) unless it names the district beside it.
        const { district, commune } = twoColumnLabels(frame, at.index);
        if (commune !== "" && district !== "" && !same(commune, correction.label) && same(district, correction.label)) {
          if (override !== "ignore" && override !== "group" && override !== "heading") {
            reject(
              correction,
              `${correction.at} mang số liệu của "${commune}"; "${district}" ở đó chỉ có thể là nhóm/tiêu đề hoặc bỏ qua.`,
              `${correction.at} holds the values of "${commune}"; "${district}" there can only be a group or heading, or be ignored.`,
            );
            continue;
          }
          headOverrides.set(at.index, override);
          applied++;
          continue;
        }
      }
      areaOverrides.set(at.index, override);
      applied++;
      continue;
    }
    const line = rawAt.get(at.index);
    const header = correction.kind === "line" ? correction.header : correction.kind === "ignore" ? correction.label : correction.label;
    const parts = line?.parts ?? [];
    if (line === undefined || !(same(parts.join(" "), header) || (parts.length > 0 && same(parts[parts.length - 1], header)))) {
      const now = parts.length > 0 ? `"${parts.join(" / ")}"` : null;
      reject(
        correction,
        `${correction.at} không còn là cột/dòng "${header}"${now !== null ? ` (nay: ${now})` : ""}.`,
        `${correction.at} no longer is the column or row "${header}"${now !== null ? ` (now: ${now})` : ""}.`,
      );
      continue;
    }
    if (correction.kind === "role") {
      reject(correction, `${correction.at} là cột/dòng chỉ tiêu, không phải địa bàn.`, `${correction.at} is a plan line's column or row, not an area.`);
      continue;
    }
    if (correction.kind === "ignore") {
      ignoredLines.add(at.index);
      applied++;
      continue;
    }
    if (!planCodes.has(correction.code)) {
      reject(correction, `Kế hoạch không có chỉ tiêu mã ${correction.code}.`, `The plan has no line with code ${correction.code}.`);
      continue;
    }
    lineCodes.set(at.index, correction.code);
    applied++;
  }
  return { lineCodes, ignoredLines, areaOverrides, headOverrides, applied, stale };
}
