/** One highlight per offending cell: the worst severity there and every message, joined. */
import type { Severity } from "../model/finding";
import type { Report } from "../model/report";
import type { Highlight } from "../model/summary";

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function buildHighlights(report: Report): Highlight[] {
  const byCell = new Map<string, { first: Highlight; vi: string[]; en: string[]; severity: Severity }>();
  for (const finding of report.findings) {
    if (finding.sheet === null || finding.cell === null || finding.row === null || finding.col === null) continue;
    const key = `${finding.sheet}\u0000${finding.row}\u0000${finding.col}`;
    let entry = byCell.get(key);
    if (entry === undefined) {
      entry = {
        first: { sheet: finding.sheet, cell: finding.cell, row: finding.row, col: finding.col, severity: finding.severity, message: finding.message },
        vi: [],
        en: [],
        severity: finding.severity,
      };
      byCell.set(key, entry);
    }
    if (RANK[finding.severity] < RANK[entry.severity]) entry.severity = finding.severity;
    if (!entry.vi.includes(finding.message.vi)) entry.vi.push(finding.message.vi);
    if (!entry.en.includes(finding.message.en)) entry.en.push(finding.message.en);
  }
  return [...byCell.values()].map((e) => ({
    ...e.first,
    severity: e.severity,
    message: { vi: e.vi.join("\n"), en: e.en.join("\n") },
  }));
}
