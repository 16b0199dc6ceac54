/**
 * Numbers as Vietnamese (or English) readers write them: `1.250`, `9,49 tỷ
 * đồng`. Money is shown in the plan's own unit (its `scale`), not in đồng.
 */
import type { IndicatorKind } from "../core/model/plan";
import type { Lang } from "../core/model/text";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-US" };

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, maxFraction: number): Intl.NumberFormat {
  const key = `${lang}:${maxFraction}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFraction, minimumFractionDigits: 0 });
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, lang: Lang, maxFraction = 3): string {
  return formatter(lang, maxFraction).format(value);
}

/**
 * A value in base units shown in the line's unit: money divided by its scale
 * (`9490000000` with scale 1e9 → `9,49`), percent with a `%` sign, counts as is.
 */
export function formatQuantity(
  value: number | null,
  kind: IndicatorKind,
  scale: number,
  lang: Lang,
  options: { signed?: boolean } = {},
): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const shown = kind === "money" && scale > 0 ? value / scale : value;
  const text = formatNumber(Math.abs(shown), lang, kind === "money" ? 3 : 2);
  const sign = shown < 0 ? "−" : options.signed === true && shown > 0 ? "+" : "";
  return kind === "percent" ? `${sign}${text} %` : `${sign}${text}`;
}
