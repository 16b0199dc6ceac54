/**
 * How the pane shows what the plan extractor reports in its own fixed forms
 * (CONTRACT §6): a source `line 31` becomes `dòng 31` in Vietnamese, and an ISO
 * date `2022-10-03` is written as people write dates: `03/10/2022`, or
 * `3 October 2022` in English.
 */
import type { Lang } from "../core/model/text";

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `line 31` → `dòng 31` / `line 31`; any other text as it is. */
export function sourceLabel(source: string, lang: Lang): string {
  const m = /^line (\d+)$/.exec(source.trim());
  if (m === null) return source;
  return lang === "vi" ? `dòng ${m[1]}` : `line ${m[1]}`;
}

/** `2022-10-03` → `03/10/2022` / `3 October 2022`; any other text as it is. */
export function documentDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (m === null) return iso;
  const [, year, month, day] = m;
  const monthIndex = Number(month) - 1;
  if (lang === "vi" || monthIndex < 0 || monthIndex > 11) return `${day}/${month}/${year}`;
  return `${Number(day)} ${EN_MONTHS[monthIndex]} ${year}`;
}
