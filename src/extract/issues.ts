/** Issues the document itself raises, with messages in Vietnamese and English. */
import type { ExtractIssue, ExtractIssueRule } from "./types";

export function issue(
  rule: ExtractIssueRule,
  vi: string,
  en: string,
  extra: { source?: string; expected?: number; actual?: number } = {},
): ExtractIssue {
  return { rule, message: vi, text: { vi, en }, ...extra };
}

export function sourceOf(line: number): string {
  return `line ${line}`;
}
