/**
 * The rule model, in the manner of DHIS2's validation rules: each rule states
 * its check as a left side, an operator and a right side, a severity, a
 * description and an instruction (what the user should do), and evaluates to
 * findings at the cells a user must look at.
 */
import type { Finding, RuleId, Severity } from "../model/finding";
import type { LocalizedText } from "../model/text";
import type { RuleContext } from "./context";

/** `left operator right`, e.g. `allocated total of a plan line` `plan rule (<=, =, >=)` `plan target`. */
export interface RuleCheck {
  readonly left: LocalizedText;
  readonly operator: LocalizedText;
  readonly right: LocalizedText;
}

export interface Rule {
  readonly id: RuleId;
  readonly description: LocalizedText;
  /** What the user should do about a finding of this rule. */
  readonly instruction: LocalizedText;
  /** Severity of a breach. */
  readonly severity: Severity;
  /** A lesser severity the rule gives in some cases (ceiling: an unallocated gap is a warning). */
  readonly lesserSeverity?: Severity;
  readonly check: RuleCheck;
  /** Findings in any order (the report sorts them). Pure: reads the context only. */
  evaluate(context: RuleContext): Finding[];
}
