/**
 * The engine's public facade: the data model, Vietnamese text and numbers,
 * the plan readers, layout detection, the rules, the check and its reports.
 * Surfaces (CLI, task pane, preview) import from here.
 */
export * from "./model";
export * from "./text";
export { checkWorkbook } from "./check";
export type { CheckOptions, CheckResult } from "./check";
export { findPlanSheet, readPlanFromWorkbook, readPlanJson } from "./plan";
export { findAllocationSheet, detectTable } from "./layout";
export {
  RULES,
  ruleById,
  evaluateRules,
  buildRuleContext,
  allocatedFor,
  isMapped,
} from "./rules";
export type { Rule, RuleCheck, RuleContext, ContextInput } from "./rules";
export {
  buildReport,
  indicatorResults,
  lineStatus,
  countFindings,
  toJsonReport,
  renderTextReport,
  formatNumber,
  formatValue,
  formatQuantity,
  formatAmount,
  formatFigure,
  moneyUnitLabel,
} from "./report";
export type { JsonReport, JsonIndicator, JsonFinding, QuantityUnit } from "./report";
