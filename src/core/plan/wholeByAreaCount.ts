/**
 * A count line read per area from its unit cell alone (`tổ/xã` beside a 6)
 * whose figure is the very number of areas of that kind (6 communes), or a
 * multiple of it (12 under `tổ/xã`, six communes): the figure is the line's
 * whole, as many per area as it divides into — the reading that fits both
 * the unit and the figure (6 per commune would make 36, the number of
 * communes squared; a figure for each that the communes divide is a whole
 * typed under a unit copied from the text, `02 tổ/xã`). The line takes the
 * figure as its target and the share as its per-area quota, and the reading
 * says so in place of the per-area note. The per-area reading is kept aside:
 * a sheet whose areas add up to it takes it back (`wholeBySheet.ts`). Any
 * other figure stays per area (`wholeBySheet.ts` may still find the sheet
 * adds up to it).
 */
import type { Plan, PlanLine } from "../model/plan";
import type { LocalizedText } from "../model/text";
import { cellRef } from "./planErrors";
import { scaledYears } from "./perAreaYears";

/** How many areas of each kind the count is of, and whose list it is (the plan's, or the table checked). */
export interface AreaCount {
  readonly commune: number;
  readonly district: number;
  readonly from: "plan" | "table";
}

function wholeNote(line: PlanLine, count: number, from: AreaCount["from"], figure: number): LocalizedText {
  const source = line.source;
  const at = source?.sheet !== undefined && source.cell !== undefined ? cellRef(source.sheet, source.cell) : (source?.note ?? line.code);
  const [kindVi, kindEn] = line.perArea === "district" ? ["huyện", "districts"] : ["xã", "communes"];
  const [ofVi, ofEn] = from === "plan" ? ["của kế hoạch", "the plan lists"] : ["trong biểu", "in the sheet"];
  if (figure !== count) {
    const each = figure / count;
    const [oneVi, oneEn] = line.perArea === "district" ? ["huyện", "district"] : ["xã", "commune"];
    return {
      vi: `${at}: đơn vị ghi theo mỗi ${oneVi} nhưng số kế hoạch ${figure} chia đều cho ${count} ${kindVi} ${ofVi} (${each} mỗi ${oneVi}), nên được hiểu là tổng ${figure} ${line.unit} của chỉ tiêu ${line.code}, mỗi ${oneVi} ${each} ${line.unit}. Nếu ${figure} là số cho mỗi ${oneVi}, hãy ghi ở cột "Định mức".`,
      en: `${at}: the unit is written per ${oneEn}, but the figure ${figure} divides evenly over the ${count} ${kindEn} ${ofEn} (${each} each), so it is read as the whole of line ${line.code}, ${figure} ${line.unit}, ${each} for each. If ${figure} is the figure for each, give it in a "Định mức" (quota) column.`,
    };
  }
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
    const figure = line.quota;
    // A count, as many per area as the areas divide it into; money per area is a round sum whatever the areas.
    if (count < 2 || line.kind !== "count" || !Number.isInteger(figure) || figure < count || figure % count !== 0) return line;
    const { perArea, perAreaByUnit: _said, ...whole } = line;
    const note = wholeNote(line, count, counts.from, figure);
    replaced.set(said, note);
    // Its year figures were sized with it: the whole's years again.
    return { ...whole, target: figure, quota: figure / count, ...scaledYears(line, 1 / count), perAreaSetAside: { perArea, quota: figure, target: line.target, note: said, said: note } };
  });
  if (replaced.size === 0) return plan;
  return { ...plan, lines, doubts: (plan.doubts ?? []).map((doubt) => replaced.get(doubt) ?? doubt) };
}
