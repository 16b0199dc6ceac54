/** Shared pieces of the progress rules: the rule shape, formatting, findings at a results cell. */
import type { Finding, RuleId, Severity } from "../../model/finding";
import type { PlanLine } from "../../model/plan";
import type { LocalizedText } from "../../model/text";
import { formatAmount } from "../../text/format";
import { makeFinding } from "../../rules/finding";
import type { ProgressContext } from "../context";
import type { CellRef } from "../types";

export interface ProgressRule {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly description: LocalizedText;
  evaluate(context: ProgressContext): Finding[];
}

/** A line's value in its plan unit, in one language: `5 tổ`, `1,2 tỷ đồng`. */
export function amount(line: PlanLine, value: number, lang: "vi" | "en"): string {
  return formatAmount(value, line, lang);
}

export function progressFinding(input: {
  rule: RuleId;
  severity: Severity;
  at: CellRef | null;
  sheet?: string | null;
  indicator: string | null;
  area?: string | null;
  expected: number | null;
  actual: number | null;
  message: LocalizedText;
}): Finding {
  return makeFinding({
    rule: input.rule,
    severity: input.severity,
    sheet: input.at?.sheet ?? input.sheet ?? null,
    at: input.at === null ? null : { row: input.at.row, col: input.at.col },
    indicator: input.indicator,
    area: input.area ?? null,
    expected: input.expected,
    actual: input.actual,
    message: input.message,
  });
}
