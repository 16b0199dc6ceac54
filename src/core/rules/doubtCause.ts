/**
 * One cause, one finding for a `1.500` typed as text whose reading is in
 * doubt (see `dotDoubt`): read with the dot grouping thousands it breaks the
 * plan line and the typed subtotals above it; read as a decimal mark it puts
 * them all right. The cell to fix is the text cell: its `text-number` finding
 * tells the doubt and names the comparisons that come right with the other
 * reading, as severe as the most severe of them; the line's `ceiling` and the
 * `subtotal` findings the cells alone account for (as counted, or as a
 * formula's SUM that skips the text shows them) are let go.
 */
import { a1 } from "../model/address";
import type { Finding, Severity } from "../model/finding";
import { localized } from "../model/text";
import { difference, standing } from "./compare";
import type { RuleContext } from "./context";
import { dotDoubt, type DoubtfulCell } from "./dotDoubt";
import { subtotalName } from "./leafCause";
import { ceilingName, cellIndexer, type Named } from "./singleCause";
import { joinList } from "../text/joinList";

const at = (sheet: string | null, cell: string | null): string | null => (cell === null ? null : `${sheet ?? ""}!${cell}`);

export function doubtCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((finding) => finding.rule === "ceiling") || !findings.some((finding) => finding.rule === "text-number")) return [...findings];
  const texts = new Map<string, Finding>();
  for (const finding of findings) {
    const key = at(finding.sheet, finding.cell);
    if (key !== null && finding.rule === "text-number") texts.set(key, finding);
  }
  const indexOf = cellIndexer(context);
  const { areas } = context.table;
  const dropped = new Set<Finding>();
  const joined = new Map<Finding, { names: Named[]; severity: Severity; others: string[] }>();
  for (const ceiling of findings) {
    if (ceiling.rule !== "ceiling" || ceiling.indicator === null || dropped.has(ceiling)) continue;
    const planLine = context.planByCode.get(ceiling.indicator);
    const line = context.lineByCode.get(ceiling.indicator);
    const doubt = planLine === undefined || line === undefined ? null : dotDoubt(context, planLine);
    if (doubt === null || line === undefined) continue;
    const told = doubt.cells.map((cell) => texts.get(at(context.table.sheet, a1(cell.row, cell.col)) ?? ""));
    if (told.some((finding) => finding === undefined)) continue;
    // Each doubtful cell names the ceiling and the subtotals over it: one cause, told at every cell that is in doubt.
    const names: Named[][] = doubt.cells.map(() => [ceilingName(context, ceiling)]);
    let severity: Severity = ceiling.severity;
    // Typed subtotals on the line that the other reading of the cells under them alone puts right.
    for (const finding of findings) {
      if (finding.rule !== "subtotal" || finding.expected === null || finding.actual === null || dropped.has(finding)) continue;
      const cell = indexOf(finding);
      if (cell === null || cell % context.lineCount !== line) continue;
      const area = Math.floor(cell / context.lineCount);
      const cells = doubt.cells.filter((d) => under(areas, d, area));
      const shift = cells.reduce((sum, d) => sum + difference(d.counted, d.other), 0);
      // Parts counted as the sheet shows them (a formula's SUM skipping the text): the decimal reading is what they lack.
      const skipped = cells.reduce((sum, d) => sum + d.other, 0);
      const counted = shift !== 0 && standing(difference(finding.expected, shift), finding.actual) === "equal";
      const shown = skipped !== 0 && standing(difference(finding.actual, finding.expected), skipped) === "equal";
      if (!counted && !shown) continue;
      dropped.add(finding);
      const name = subtotalName(context, area, line);
      doubt.cells.forEach((d, i) => {
        if (under(areas, d, area)) names[i].push(name);
      });
      if (finding.severity === "error") severity = "error";
    }
    dropped.add(ceiling);
    const cells = doubt.cells.map((cell) => a1(cell.row, cell.col));
    told.forEach((finding, i) => {
      if (finding === undefined) return;
      const entry = joined.get(finding) ?? { names: [], severity: finding.severity, others: [] };
      joined.set(finding, {
        names: [...entry.names, ...names[i]],
        severity: entry.severity === "error" || severity === "error" ? "error" : entry.severity,
        others: [...entry.others, ...cells.filter((cell, j) => j !== i && !entry.others.includes(cell))],
      });
    });
  }
  if (dropped.size === 0) return [...findings];
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const entry = joined.get(finding);
      if (entry === undefined) return finding;
      const list = (and: string, lang: "vi" | "en") => joinList(entry.names.map((x) => x[lang]), and);
      const others = (and: string) => joinList(entry.others, and);
      return {
        ...finding,
        severity: entry.severity,
        message:
          entry.others.length === 0
            ? localized(
                `${finding.message.vi} Đọc ô này theo cách đó thì ${list("và", "vi")} cũng khớp.`,
                `${finding.message.en} Read that way, this cell also puts ${list("and", "en")} right.`,
              )
            : localized(
                `${finding.message.vi} Đọc ô này cùng ${entry.others.length > 1 ? "các ô" : "ô"} ${others("và")} theo cách đó thì ${list("và", "vi")} cũng khớp.`,
                `${finding.message.en} Read that way, this cell and ${others("and")} also put ${list("and", "en")} right.`,
              ),
      };
    });
}

/** Whether the doubtful cell lies under `area`. */
function under(areas: RuleContext["table"]["areas"], cell: DoubtfulCell, area: number): boolean {
  for (let at: number | null = cell.area; at !== null; at = areas[at].parent) if (at === area) return true;
  return false;
}
