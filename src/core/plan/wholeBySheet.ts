/**
 * A line read per area from its unit cell alone (`tổ/xã` beside a 5): when
 * the areas of the sheet checked add up to that very figure, it was the
 * line's whole, typed under a unit copied from the text (`01 tổ/xã`). The
 * arithmetic decides, as it does for the sheet's levels (CONTRACT §5
 * `reading`): the line takes the figure as its target with no per-area
 * quota, and the reading says so in place of the per-area note. A figure
 * the areas do not add up to stays per area — the note and the findings
 * tell it.
 */
import type { Plan, PlanLine } from "../model/plan";
import type { LocalizedText } from "../model/text";
import { cellRef } from "./planErrors";
import { scaledYears } from "./perAreaYears";

function shown(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function wholeNote(line: PlanLine, figure: number): LocalizedText {
  const source = line.source;
  const at = source?.sheet !== undefined && source.cell !== undefined ? cellRef(source.sheet, source.cell) : (source?.note ?? line.code);
  const [vi, en] = line.perArea === "district" ? ["mỗi huyện", "each district"] : ["mỗi xã", "each commune"];
  return {
    vi: `${at}: đơn vị ghi theo ${vi} nhưng các địa bàn trong biểu cộng lại đúng bằng ${shown(figure).replace(".", ",")} ${line.unit}, nên số kế hoạch được hiểu là tổng của chỉ tiêu ${line.code}, không phải số cho ${vi}. Nếu đó là số cho ${vi}, biểu còn thiếu.`,
    en: `${at}: the unit is written for ${en}, but the sheet's areas add up to exactly ${shown(figure)} ${line.unit}, so the plan's figure is read as the whole of line ${line.code}, not the figure for ${en}. If it is the figure for ${en}, the sheet falls short.`,
  };
}

/** True when the sheet's sum on a line is `value` (base units). */
function addsUpTo(sum: number | null, value: number): boolean {
  return sum !== null && Math.abs(sum - value) <= 1e-9 * Math.max(1, Math.abs(value));
}

/**
 * True when the sheet's sum on a line is nearer `value` than `other` (base
 * units): a sheet allocating 30 to each of six communes with one typed 25
 * (175) still reads the line per commune (180), not as a whole of 30 that
 * every commune would then be over.
 */
function nearerTo(sum: number | null, value: number, other: number): boolean {
  return sum !== null && Math.abs(sum - value) < Math.abs(sum - other);
}

/**
 * The plan with such lines read as wholes, and lines read as wholes for
 * their figure's dividing evenly over the areas (`wholeByAreaCount.ts`)
 * read per area again where the sheet's areas come nearer the per-area whole
 * than the figure (12 under `tổ/xã`, six communes, and 72 in the sheet, or 70
 * with one commune short); null when there is
 * none. `allocated(code)`: the sum of the sheet's areas on the line, in base
 * units (null when no column holds it).
 */
export function wholeWhereSheetAdds(plan: Plan, allocated: (code: string) => number | null): Plan | null {
  const replaced = new Map<LocalizedText, LocalizedText>();
  const lines = plan.lines.map((line): PlanLine => {
    const aside = line.perAreaSetAside;
    if (aside !== undefined) {
      // Not sized (no areas known): nothing to weigh.
      if (aside.target === 0 || aside.target === line.target || !nearerTo(allocated(line.code), aside.target, line.target)) return line;
      const { perAreaSetAside: _aside, ...rest } = line;
      replaced.set(aside.said, aside.note);
      // The year figures per area again, sized as the figure is.
      const years = aside.quota > 0 ? scaledYears(line, aside.target / aside.quota) : {};
      return { ...rest, target: aside.target, quota: aside.quota, perArea: aside.perArea, perAreaByUnit: aside.note, ...years };
    }
    const said = line.perAreaByUnit;
    if (said === undefined || line.quota === undefined || line.target === line.quota) return line;
    const sum = allocated(line.code);
    if (!addsUpTo(sum, line.quota)) return line;
    const { quota: _quota, perArea: _perArea, perAreaByUnit: _said, ...whole } = line;
    replaced.set(said, wholeNote(line, line.quota / line.scale));
    // Its year figures, sized with it, are the whole's years.
    return { ...whole, target: line.quota, ...(line.quota > 0 ? scaledYears(line, line.quota / line.target) : {}) };
  });
  if (replaced.size === 0) return null;
  const doubts = (plan.doubts ?? []).map((doubt) => replaced.get(doubt) ?? doubt);
  return { ...plan, lines, doubts };
}
