/**
 * Numbers as the pane shows them: the engine's own formatting (Vietnamese
 * `1.250` / `9,49`, English `1,250` / `9.49`), so that the pane, the CLI report
 * and the summary sheet write a value the same way. Money is shown in the
 * plan's unit (its `scale`), shifted exactly, never divided in floating point.
 */
import type { IndicatorKind } from "../core/model/plan";
import type { Lang } from "../core/model/text";
import { formatNumber as coreFormatNumber, formatValue } from "../core/report/format";

export function formatNumber(value: number, lang: Lang, maxFraction = 3): string {
  return coreFormatNumber(value, lang, maxFraction);
}

/**
 * A value in base units shown in the line's unit: money by its scale
 * (`9490000000` with scale 1e9 → `9,49`), percent with a `%` sign, counts as
 * they are; `signed` puts `+` before a positive difference and a true minus
 * sign before a negative one.
 */
export function formatQuantity(
  value: number | null,
  kind: IndicatorKind,
  scale: number,
  lang: Lang,
  options: { signed?: boolean } = {},
): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const magnitude = formatValue(Math.abs(value), { kind, scale }, lang);
  const isZero = !/[1-9]/.test(magnitude);
  const sign = isZero ? "" : value < 0 ? "−" : options.signed === true && value > 0 ? "+" : "";
  return kind === "percent" ? `${sign}${magnitude} %` : `${sign}${magnitude}`;
}
