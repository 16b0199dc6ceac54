/**
 * A `Lũy kế` that restarts each year (`Lũy kế năm 2024`, `Lũy kế từ đầu năm`
 * beside `Quý I/2024`, `Quý II/2024`): the sum of that year's periods, not
 * of the plan's so far. Read as such where its header says so — `từ đầu năm`
 * beside periods of other years or another `Lũy kế`, or a year beside another
 * `Lũy kế` that runs from the plan's start (`Lũy kế từ đầu giai đoạn`) —, and checked against
 * that year's periods (`cumulative`), never taken for the line's achievement.
 */
import { wordKey } from "../text/fold";
import type { LineTableColumn } from "./lineTable";
import { parsePeriod, type Period } from "./periods";

const FROM_YEAR_START = /\btu dau nam\b|\bnam nay\b/;

export function markYearCumulatives(columns: LineTableColumn[]): void {
  const periods = columns.filter((c) => c.role === "period" && c.period !== undefined).map((c) => c.period as Period);
  if (periods.length === 0) return;
  const latestYear = Math.max(...periods.map((p) => p.year));
  const cumulatives = columns.filter((c) => c.role === "cumulative");
  for (const column of cumulatives) {
    const key = wordKey(column.header);
    const years = [...key.matchAll(/\b(\d{4})\b/g)].map((m) => Number(m[1]));
    if (years.length > 1) continue;
    const fromStart = FROM_YEAR_START.test(key);
    const named = years.length === 1 && /\bnam \d{4}\b/.test(key) && !/\bden\b/.test(key);
    if (!fromStart && !named) continue;
    const year = years[0] ?? latestYear;
    if (!periods.some((p) => p.year === year)) continue;
    const others = cumulatives.some((c) => c !== column && !FROM_YEAR_START.test(wordKey(c.header)) && !/\bnam \d{4}\b/.test(wordKey(c.header)));
    const otherYears = periods.some((p) => p.year !== year);
    // `Từ đầu năm` beside periods of that year only is the line's `Lũy kế` all the same; a year named
    // (`Lũy kế năm 2024`) with no other `Lũy kế` may be the plan's to date as of that year: left as it was read.
    if (fromStart ? !otherYears && !others : !others) continue;
    const period = parsePeriod(`Năm ${year}`);
    if (period === null) continue;
    columns[columns.indexOf(column)] = { ...column, role: "year-cumulative", period };
  }
}
