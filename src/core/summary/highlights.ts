/**
 * The highlights, a projection of the check's findings in the user's
 * language: one per offending cell, its worst severity and every message
 * there as the cell's note (with typographic quotation marks: it is read in
 * Excel, like the pane's list).
 */
import type { Report } from "../model/report";
import type { Highlight } from "../model/summary";
import type { Lang } from "../model/text";
import { worstSeverity } from "../model/severity";
import { typographicQuotes } from "../text/quotes";

export function buildHighlights(report: Report, lang: Lang): Highlight[] {
  const byCell = new Map<string, { first: Highlight; severities: Highlight["severity"][]; notes: string[] }>();
  for (const finding of report.findings) {
    if (finding.sheet === null || finding.cell === null || finding.row === null || finding.col === null) continue;
    const key = `${finding.sheet}\u0000${finding.row}\u0000${finding.col}`;
    let entry = byCell.get(key);
    if (entry === undefined) {
      const first = { sheet: finding.sheet, cell: finding.cell, row: finding.row, col: finding.col, severity: finding.severity, note: "" };
      entry = { first, severities: [], notes: [] };
      byCell.set(key, entry);
    }
    entry.severities.push(finding.severity);
    const message = typographicQuotes(finding.message[lang]);
    if (!entry.notes.includes(message)) entry.notes.push(message);
  }
  return [...byCell.values()].map((e) => ({ ...e.first, severity: worstSeverity(e.severities), note: e.notes.join("\n") }));
}
