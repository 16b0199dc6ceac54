/** The one ranking of severities: an error is worse than a warning, a warning than an info. */
import type { Severity } from "./finding";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** 0 for the worst (error), higher for lesser severities. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The worse of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}

/** The worst severity of a non-empty list. */
export function worstSeverity(severities: readonly Severity[]): Severity {
  return severities.reduce(worse);
}
