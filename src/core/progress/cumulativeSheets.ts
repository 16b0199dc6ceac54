/**
 * A sheet of running totals per area beside the periods' own sheets (`Lũy kế
 * 2022-2025`, `Kết quả lũy kế đến 31/12/2024`), laid out like them: not a
 * period (its figures are not added), but checked. Each leaf's figure on a
 * count or money line must be what that area's period sheets add up to
 * (`cumulative`, at the leaf's cell); its totals are checked against its own
 * leaves like any sheet's (`subtotal` …). A sheet dated before the latest
 * period (`Lũy kế đến 31/12/2023` beside `Thực hiện 2024`), or one that
 * cannot be read, is only named.
 */
import type { Finding } from "../model/finding";
import type { Plan, PlanLine } from "../model/plan";
import { valuePosition } from "../model/table";
import { localized } from "../model/text";
import type { SheetData } from "../model/workbook";
import { CELL, type RuleContext } from "../rules";
import { standing } from "../rules/compare";
import { wordKey } from "../text/fold";
import { formatAmount } from "../text/format";
import { endIndex, type Period } from "./periods";
import { readPeriodSheet } from "./periodSheets";
import { progressFinding } from "./rules/shared";
import type { AreaMatrix } from "./types";

/** `… 2022-2025`, `… đến 31/12/2024`, `… 30.6.2024`: the last month the name reaches (year × 12 + month), or null when it names no year. */
export function cumulativeSheetEnd(name: string): number | null {
  const key = wordKey(name);
  const years = [...key.matchAll(/\b(\d{4})\b/g)];
  if (years.length === 0) return null;
  const last = years[years.length - 1];
  const year = Number(last[1]);
  // A month just before the year (`30 6 2024`, `6 2024`, `thang 6 nam 2024`).
  const before = /\b(\d{1,2})\s+(?:nam\s+)?$/.exec(key.slice(0, last.index));
  const month = before !== null && Number(before[1]) >= 1 && Number(before[1]) <= 12 ? Number(before[1]) : 12;
  return year * 12 + month;
}

/**
 * The findings of a running-totals sheet checked against the period sheets'
 * sum per area, or null when it is not checked (dated before the latest
 * period, or not readable as the allocation's areas and lines).
 */
export function checkCumulativeSheet(sheet: SheetData, latest: Period, plan: Plan, allocation: RuleContext, areas: AreaMatrix, given?: number): Finding[] | null {
  const end = given ?? cumulativeSheetEnd(sheet.name);
  if (end !== null && end < endIndex(latest)) return null;
  let reading;
  try {
    reading = readPeriodSheet(sheet, latest, plan, allocation);
  } catch {
    return null;
  }
  const context = reading.context;
  const lines = context.table.lines;
  const planLines = new Map(plan.lines.map((line) => [line.code, line]));
  const findings: Finding[] = [...reading.findings];
  const told = new Set(findings.filter((f) => f.cell !== null).map((f) => f.cell));
  const tableAreas = context.table.areas;
  // Per group area and line (`area|code`): how far its wrong leaves put it off, to fold a subtotal they alone explain.
  const offBy = new Map<string, number>();
  let matched = 0;
  for (const leaf of context.leaves) {
    const area = reading.areaMatch[leaf];
    if (area < 0) continue;
    matched++;
    for (let l = 0; l < lines.length; l++) {
      const code = lines[l].planCode;
      const planLine: PlanLine | undefined = code === null ? undefined : planLines.get(code);
      const target = code === null ? undefined : allocation.lineByCode.get(code);
      if (planLine === undefined || planLine.kind === "percent" || target === undefined) continue;
      // A line split by funding source with no total of its own: its sources together, told at the first.
      if (context.lineByCode.get(code!) !== l && context.sourceLines?.get(context.lineByCode.get(code!)!)?.includes(l) === true) continue;
      const at = leaf * context.lineCount + l;
      const state = context.state[at];
      if (state !== CELL.number && state !== CELL.textNumber) continue;
      const entry = area * allocation.lineCount + target;
      if (areas.seen[entry] === 0) continue;
      let typed = context.base[at];
      const sources = context.sourceLines?.get(l);
      if (sources !== undefined) {
        typed = 0;
        for (const source of sources) typed += context.base[leaf * context.lineCount + source];
      }
      const sum = areas.achieved[entry];
      if (standing(typed, sum) === "equal") continue;
      const position = valuePosition(context.table, context.table.areas[leaf], lines[l]);
      const cell = { sheet: sheet.name, ...position };
      const label = context.table.areas[leaf].label;
      const f = (value: number, lang: "vi" | "en") => formatAmount(value, planLine, lang);
      const finding = progressFinding({
        rule: "cumulative",
        severity: "error",
        at: cell,
        indicator: planLine.code,
        area: label,
        expected: sum,
        actual: typed,
        message: localized(
          `Lũy kế của ${label} cho "${planLine.name}" ghi ${f(typed, "vi")}, nhưng các trang kết quả từng kỳ của địa bàn này cộng lại ${f(sum, "vi")}.`,
          `The cumulative figure of ${label} for "${planLine.name}" shows ${f(typed, "en")}, but this area's period sheets add up to ${f(sum, "en")}.`,
        ),
      });
      if (told.has(finding.cell)) continue;
      findings.push(finding);
      for (let parent = tableAreas[leaf].parent; parent !== null; parent = tableAreas[parent].parent) {
        const key = `${parent}|${planLine.code}`;
        offBy.set(key, (offBy.get(key) ?? 0) + typed - sum);
      }
    }
  }
  if (matched === 0) return null;
  if (offBy.size === 0) return findings;
  // A typed subtotal that disagrees with its leaves only by the wrong leaves' amounts is right: the leaves are the ones to fix.
  const byRows = context.table.orientation === "areas-as-rows";
  const positionOf = new Map(tableAreas.map((entry, i) => [entry.index, i]));
  return findings.filter((finding) => {
    if (finding.rule !== "subtotal" || finding.expected === null || finding.actual === null || finding.indicator === null) return true;
    const area = positionOf.get((byRows ? finding.row : finding.col) ?? -1);
    const off = area === undefined ? undefined : offBy.get(`${area}|${finding.indicator}`);
    return off === undefined || standing(finding.expected - finding.actual, off) !== "equal";
  });
}
