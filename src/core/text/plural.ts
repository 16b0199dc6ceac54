import { formatNumber } from "./format";

/**
 * English counts with their noun in the right number (`1 cell`, `2 cells`),
 * grouped by thousands as the text report prints them (`4,502 cells`);
 * Vietnamese nouns do not change with the count.
 */
export function countOf(count: number, one: string, many: string): string {
  return `${formatNumber(count, "en")} ${count === 1 ? one : many}`;
}
