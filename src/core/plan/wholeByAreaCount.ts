/**
 * A line read per area from its unit cell alone (`tổ/xã` beside a 6) whose
 * figure is the very number of areas of that kind (6 communes): the figure
 * is the line's whole, one per area — the reading that fits both the unit and
 * the figure (6 per commune would make 36, the number of communes squared).
 * The line takes the figure as its target and 1 as its per-area quota, and
 * the reading says so in place of the per-area note. Any other figure stays
 * per area (`wholeBySheet.ts` may still find the sheet adds up to it).
 */
import type { Plan, PlanLine } from "../model/plan";
import type { LocalizedText } from "../model/text";
import { cellRef } from "./planErrors";

/** How many areas of each kind the count is of, and whose list it is (the plan's, or the table checked). */
export interface AreaCount {
  readonly commune: number;
  readonly district: number;
  readonly from: "plan" | "table";
}

function wholeNote(line: PlanLine, count: number, from: AreaCount["from"]): LocalizedText {
  const source = line.source;
  const at = source?.sheet !== undefined && source.cell !== undefined ? cellRef(source.sheet, source.cell) : line.code;
  const [kindVi, kindEn] = line.perArea === "district" ? ["huyện", "districts"] : ["xã", "communes"];
  const [ofVi, ofEn] = from === "plan" ? ["của kế hoạch", "the plan lists"] : ["trong biểu", "in the sheet"];
  return {
    vi: `${at}: đơn vị ghi theo mỗi ${kindVi} nhưng số kế hoạch ${count} bằng đúng số ${kindVi} ${ofVi} (${count}), nên được hiểu là tổng ${count} ${line.unit} của chỉ tiêu ${line.code}, mỗi ${kindVi} 1 ${line.unit}. Nếu ${count} là số cho mỗi ${kindVi}, hãy ghi ở cột "Định mức".`,
    en: `${at}: the unit is written per ${kindEn === "districts" ? "district" : "commune"}, but the figure ${count} is the number of ${kindEn} ${ofEn} (${count}), so it is read as the whole of line ${line.code}, ${count} ${line.unit}, 1 for each. If ${count} is the figure for each, give it in a "Định mức" (quota) column.`,
  };
}

/** The plan with such lines read as wholes, one per area; the plan itself when there is none. */
export function wholeWhereAreasCount(plan: Plan, counts: AreaCount): Plan {
  const replaced = new Map<LocalizedText, LocalizedText>();
  const lines = plan.lines.map((line): PlanLine => {
    const said = line.perAreaByUnit;
    if (said === undefined || line.perArea === undefined || line.quota === undefined) return line;
    const count = counts[line.perArea];
    if (count < 2 || line.quota !== count) return line;
    const { perArea: _perArea, perAreaByUnit: _said, ...whole } = line;
    replaced.set(said, wholeNote(line, count, counts.from));
    return { ...whole, target: count, quota: 1 };
  });
  if (replaced.size === 0) return plan;
  return { ...plan, lines, doubts: (plan.doubts ?? []).map((doubt) => replaced.get(doubt) ?? doubt) };
}
