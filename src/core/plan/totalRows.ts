/**
 * Uncoded total rows on the plan sheet (`Tổng kinh phí`, `Tổng nguồn vốn`,
 * `Tổng cộng`): no line of their own, they add up the plan's top-level lines
 * of their kind. When they do not, the plan contradicts itself: said with the
 * reading's confidence, naming the total's cell and the lines' cells, and the
 * plan is still read line by line — each line's own target is what is
 * checked. A count total (`Tổng cộng | CLB | 20`) is compared only when the
 * lines share its unit, a total with no unit only when all the lines share
 * one; a percent total never.
 */
import type { PlanArea, PlanLine } from "../model/plan";
import type { LocalizedText } from "../model/text";
import { standing } from "../rules/compare";
import { formatAmount } from "../text/format";
import { wordKey } from "../text/fold";
import { parseUnit } from "../text/units";
import { cellRef } from "./planErrors";
import { planAreaCounts } from "./perAreaTargets";

/** `Tổng kinh phí`, `Tổng nguồn vốn`, `Tổng số kinh phí` (folded): a total named for what it adds up. */
export const TOTAL_NAME = /^tong (?!hop\b)\S/;

export interface TotalRow {
  readonly name: string;
  /** The total's figure cell. */
  readonly where: string;
  /** Its kind by its unit; null when no unit is written for it (neither its own, the column's nor a note's). */
  readonly kind: PlanLine["kind"] | null;
  /** Its figure in base units; with no unit, as plainly written (scaled once the lines give the unit). */
  readonly value: number;
  /** Its unit as written (its own unit cell, the column's, the note's); "" when none. */
  readonly unit: string;
  /** The section it sits in or names (`Cộng B`), or null. */
  readonly section: string | null;
  /** The places (in the plan's lines) of that section's lines: it may add up these instead of the whole plan's. */
  readonly lines?: readonly number[];
  /** Written per area (`triệu đồng/xã`, no quota column): it may add up the lines' figures for each area, or their wholes. */
  readonly perArea?: true;
}

/** A unit as compared: apart from case, marks and spacing (`CLB` and `clb` agree, `CLB` and `Câu lạc bộ` do not). */
function unitKey(unit: string): string {
  return wordKey(unit);
}

interface Parts {
  readonly parts: PlanLine[];
  readonly kind: PlanLine["kind"];
  readonly unit: string;
  readonly value: number;
  /** The parts' wholes are not all known (a line per area the plan's areas do not size): only their figures for each area add up. */
  readonly eachOnly?: true;
}

/** A line's figure for each area when the plan gives it so, else its target. */
function eachArea(line: PlanLine): number {
  return line.perArea !== undefined && line.quota !== undefined ? line.quota : line.target;
}

/**
 * The lines a total adds up: the top-level lines (`parentOf` gives none) of
 * its kind; for a count, only when they all share its unit; for a total
 * with no unit, only when all the top-level lines share one unit (taken as
 * the total's). Null when the total cannot be compared: a percent, no such
 * line, several units, or a line given per area (`01 tổ/xã`) the plan's
 * areas do not size.
 */
function partsOf(total: TotalRow, lines: readonly PlanLine[], areas: readonly PlanArea[], parentOf: (code: string) => string | undefined): Parts | null {
  if (total.kind === "percent") return null;
  const codes = new Set(lines.map((line) => line.code));
  const top = lines.filter((line) => {
    const parent = parentOf(line.code);
    return parent === undefined || !codes.has(parent);
  });
  const parts = total.kind === null ? top : top.filter((line) => line.kind === total.kind);
  if (parts.length === 0) return null;
  const counts = planAreaCounts(areas);
  const unsized = parts.some((line) => line.perArea !== undefined && counts[line.perArea] === 0);
  if (unsized && total.perArea === undefined) return null;
  if (total.kind === "money") return { parts, kind: "money", unit: total.unit, value: total.value, ...(unsized ? { eachOnly: true as const } : {}) };
  const units = new Set(parts.map((line) => unitKey(line.unit)));
  const kinds = new Set(parts.map((line) => line.kind));
  if (units.size !== 1 || kinds.size !== 1 || unitKey(parts[0].unit) === "") return null;
  // A count total with no unit of its own (under `Số lượng` beside the money) takes the one its lines share.
  if (total.kind === "count") return total.unit.trim() === "" || units.has(unitKey(total.unit)) ? { parts, kind: "count", unit: parts[0].unit, value: total.value } : null;
  const { kind, unit } = parts[0];
  if (kind === "percent") return null;
  const value = kind === "money" ? Number((total.value * parseUnit(unit).scale).toPrecision(15)) : total.value;
  return { parts, kind, unit, value };
}

/**
 * What the reading says of each total row its lines do not add up to; empty
 * when all agree. A total within a section (`Cộng B`, a `Cộng` closing
 * section I) may add up that section's lines or the whole plan's: either
 * agreeing is enough, and a mismatch names the section's lines.
 */
export function totalRowDoubts(sheet: string, totals: readonly TotalRow[], lines: readonly PlanLine[], areas: readonly PlanArea[], parentOf: (code: string) => string | undefined): LocalizedText[] {
  return totals.flatMap((total) => {
    const section = total.lines === undefined ? [] : total.lines.flatMap((i) => (i < lines.length ? [lines[i]] : []));
    const candidates = [section.length > 0 ? partsOf(total, section, areas, parentOf) : null, partsOf(total, lines, areas, parentOf)].filter((found): found is Parts => found !== null);
    if (candidates.length === 0) return [];
    const add = (lines: readonly PlanLine[], of: (line: PlanLine) => number): number => Number(lines.reduce((acc, line) => acc + of(line), 0).toPrecision(15));
    const sums = candidates.map((found) => add(found.parts, (line) => line.target));
    // A total written per area may add up each area's figures, or the wholes when the plan's areas size them.
    const eachSums = candidates.map((found) => (total.perArea === undefined ? null : add(found.parts, eachArea)));
    const agrees = (found: Parts, i: number): boolean =>
      (found.eachOnly === undefined && standing(sums[i], found.value) === "equal") || (eachSums[i] !== null && standing(eachSums[i]!, found.value) === "equal");
    if (candidates.some(agrees)) return [];
    const { parts, kind, unit: unitText, value } = candidates[0];
    const sum = eachSums[0] ?? sums[0];
    const unit = { kind, scale: kind === "money" ? parseUnit(unitText).scale : 1, unit: unitText };
    const shown = (amount: number, lang: "vi" | "en"): string => formatAmount(amount, unit, lang);
    const list = parts.map((line) => (line.source?.cell !== undefined ? `${line.code} (${line.source.cell})` : line.code)).join(", ");
    // Per area: each area's sum, and the wholes' when known.
    const each = eachSums[0] === null ? null : candidates[0].eachOnly ? { vi: "", en: "" } : { vi: `, cả các địa bàn ${shown(sums[0], "vi")}`, en: `, ${shown(sums[0], "en")} over all areas` };
    const summed = (lang: "vi" | "en"): string => (each === null ? shown(sum, lang) : lang === "vi" ? `${shown(sum, lang)} cho mỗi địa bàn${each.vi}` : `${shown(sum, lang)} for each area${each.en}`);
    return [
      {
        vi: `${cellRef(sheet, total.where)}: dòng "${total.name}" (không có mã) ghi ${shown(value, "vi")}, nhưng các chỉ tiêu ${list} cộng lại ${summed("vi")}. Hãy sửa số, hoặc ghi mã cho dòng này. allocheck đối chiếu theo số của từng chỉ tiêu.`,
        en: `${cellRef(sheet, total.where)}: the row "${total.name}" (no code) gives ${shown(value, "en")}, but the lines ${list} add up to ${summed("en")}. Correct the figure, or give this row a code. allocheck checks each line's own target.`,
      },
    ];
  });
}
