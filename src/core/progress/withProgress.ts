/** The report with the progress merged in: per-line fields, the top-level summary, the findings sorted in with the others. */
import { compareFindings } from "../model/finding";
import type { Report } from "../model/report";
import { countFindings } from "../report/buildReport";
import type { ProgressResult } from "./checkProgress";

export function withProgress(report: Report, progress: ProgressResult | null): Report {
  if (progress === null) return report;
  const findings = [...report.findings, ...progress.findings].sort(compareFindings);
  // Results sheets of which no period could be read: their findings say why; the report carries no progress (no empty `asOf`).
  if (progress.summary.periods.length === 0) return { ...report, findings, counts: countFindings(findings) };
  return {
    ...report,
    indicators: report.indicators.map((indicator) => {
      const line = progress.indicators.get(indicator.code);
      return line === undefined ? indicator : { ...indicator, progress: line };
    }),
    findings,
    counts: countFindings(findings),
    progress: progress.summary,
  };
}
