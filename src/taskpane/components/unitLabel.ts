/**
 * A plan line's unit as the pane writes it beside its figures, as the
 * findings say it: a count's unit is the plan's own words in both languages
 * (`tổ`, `địa chỉ`), money in English is said in English (`triệu đồng` →
 * `million VND`, at the scale the figures are written in).
 */
import type { IndicatorKind } from "../../core/model/plan";
import type { Lang } from "../../core/model/text";
import { moneyUnitLabel } from "../../core/text/format";

export function unitLabel(line: { readonly unit: string; readonly kind?: IndicatorKind; readonly scale: number }, lang: Lang): string {
  return line.kind === "money" && lang === "en" ? moneyUnitLabel(line.scale, lang) : line.unit;
}
