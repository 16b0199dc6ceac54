/** The rules, in the order they are evaluated and listed. */
import type { Finding, RuleId } from "../model/finding";
import { budgetSplitRule } from "./budgetSplit";
import { ceilingRule } from "./ceiling";
import type { RuleContext } from "./context";
import { coverageRule } from "./coverage";
import { duplicateRule } from "./duplicate";
import { hiddenRule } from "./hidden";
import { secondTableRule } from "./secondTable";
import { sameCell } from "./sameCell";
import { singleCause } from "./singleCause";
import { swapCause } from "./swapCause";
import { crossSwapCause } from "./crossSwapCause";
import { leafCause } from "./leafCause";
import { markCause } from "./markCause";
import { mergeCause } from "./mergeCause";
import { copiedFormula } from "./copiedFormula";
import { totalRowCause } from "./totalRowCause";
import { unlistedRowChecks } from "./unlistedRowChecks";
import { withinPlanTotal } from "./withinPlanTotal";
import { adjustmentRow } from "./adjustmentRow";
import { jointCeiling } from "./jointCeiling";
import { invalidCause } from "./invalidCause";
import { scaleCause } from "./scaleCause";
import { unnamedCause } from "./unnamedCause";
import { duplicateCause } from "./duplicateCause";
import { hiddenFirstCopy } from "./hiddenFirstCopy";
import { movedCause } from "./movedCause";
import { missingCause } from "./missingCause";
import { totalCause } from "./totalCause";
import { doubtCause } from "./doubtCause";
import { shownPlanCause } from "./shownPlanCause";
import { slipCause } from "./slipCause";
import { slipCeiling } from "./slipCeiling";
import { subtotalBesideSlip } from "./subtotalBesideSlip";
import { unlistedRowCause } from "./unlistedRowCause";
import { spareCause } from "./spareCause";
import { slipPairCause } from "./slipPairCause";
import { copiedRow } from "./copiedRow";
import { copiedRowCeilings } from "./copiedRowCeilings";
import { shiftedRow } from "./shiftedRow";
import { hiddenCause } from "./hiddenCause";
import { deletedCause } from "./deletedCause";
import { missingRow } from "./missingRow";
import { pairCause } from "./pairCause";
import { blankRowCause } from "./blankRowCause";
import { blankRowCeilings } from "./blankRowCeilings";
import { blankCellCause } from "./blankCellCause";
import { blankCellCeiling } from "./blankCellCeiling";
import { strayColumnCause } from "./strayColumnCause";
import { typedBelowCause } from "./typedBelowCause";
import { repeatBlanks } from "./repeatBlanks";
import { repeatNamed } from "./repeatNamed";
import { parentCeiling } from "./parentCeiling";
import { invalidValueRule } from "./invalidValue";
import { noValueRule } from "./noValue";
import { percentRule } from "./percent";
import { quotaRule } from "./quota";
import { subtotalRule } from "./subtotal";
import { textNumberRule } from "./textNumber";
import type { Rule } from "./types";
import { unmappedRule } from "./unmapped";

export const RULES: readonly Rule[] = [
  ceilingRule,
  percentRule,
  quotaRule,
  subtotalRule,
  budgetSplitRule,
  invalidValueRule,
  textNumberRule,
  noValueRule,
  duplicateRule,
  coverageRule,
  unmappedRule,
  hiddenRule,
  secondTableRule,
];

const BY_ID = new Map<RuleId, Rule>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): Rule {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new Error(`Unknown rule: ${id}`);
  return rule;
}

/**
 * The folds that make one cause one finding (described below), in the order
 * they run: each reads the findings the ones before it left.
 */
const CAUSE_FOLDS: readonly ((context: RuleContext, findings: readonly Finding[]) => Finding[])[] = [
  adjustmentRow,
  singleCause,
  swapCause,
  crossSwapCause,
  missingCause,
  markCause,
  leafCause,
  unnamedCause,
  movedCause,
  duplicateCause,
  hiddenFirstCopy,
  doubtCause,
  totalCause,
  jointCeiling,
  invalidCause,
  scaleCause,
  mergeCause,
  copiedRow,
  copiedRowCeilings,
  shiftedRow,
  hiddenCause,
  slipPairCause,
  spareCause,
  shownPlanCause,
  slipCause,
  subtotalBesideSlip,
  slipCeiling,
  unlistedRowCause,
  deletedCause,
  missingRow,
  pairCause,
  blankRowCause,
  blankRowCeilings,
  blankCellCause,
  typedBelowCause,
  blankCellCeiling,
  strayColumnCause,
  parentCeiling,
  repeatNamed,
  repeatBlanks,
  copiedFormula,
  totalRowCause,
  unlistedRowChecks,
  withinPlanTotal,
];

/**
 * All findings of the given rules (all by default), in rule order, unsorted;
 * one mistyped cell that puts off both its row's total and its column's
 * subtotals is told once, at that cell (`singleCause`), after a row that is
 * an adjustment (`Điều chỉnh giảm` with negative figures, the plan listing no
 * areas; `Tăng` / `Điều chỉnh tăng`, with or without a list) is told once, at
 * its label, with the totals it alone puts off (`adjustmentRow`); a number typed as
 * text at a cell with an error of its own is told in that error (`sameCell`);
 * a row with figures but no name is told once, at its name (`unnamedCause`);
 * a plan commune under another district, the typed totals adding it where it belongs, is told once, at it (`movedCause`);
 * a repeated area the typed totals leave out is told once, at it (`duplicateCause`);
 * a hidden old copy of a commune above its shown row, the typed totals leaving the hidden one out, is told once, at its label (`hiddenFirstCopy`);
 * two figures of one commune typed into each other's columns, swapping back putting its district's subtotals (or, under formulas, its quota and the plan comparisons) right, are told once, at it (`swapCause`);
 * two communes of two districts whose figures on a line were typed into each other's cells, the only pair whose swap puts both districts' typed subtotals right, are told once, at the first (`crossSwapCause`);
 * a deleted commune the typed totals still count is told once (`missingCause`);
 * a `1,200` typed as text that the typed subtotal over it reads the other way is told at it (`markCause`);
 * a `1.500` typed as text whose other reading puts the plan line right is told at it (`doubtCause`);
 * a grand total typed with the plan's figure over parts that disagree names the ceiling at its cell (`totalCause`);
 * a ceiling that only several cells' told mistakes together explain is named in them (`jointCeiling`);
 * a ceiling that one commune's negative or fractional figure alone puts off, corrected plainly, is named in its error (`invalidCause`);
 * a ceiling that one commune's figure typed in another unit (đồng in a triệu column) alone puts off is told at that cell (`scaleCause`);
 * a figure merged over several areas' cells is told once, at the merge (`mergeCause`);
 * a ceiling the typed subtotals' gaps alone make, the grand total showing the plan (with none, the districts' typed subtotals adding up to it), is told in those subtotals (`shownPlanCause`);
 * a commune's row copied from the row above, the typed subtotals over it off by what it alone holds, is told once, at its first cell (`copiedRow`);
 * a commune's figure typed with one keyboard slip (`12` for `120`) under a typed subtotal showing the plan, the only commune of it that reads so, is told at it (`slipCause`);
 * a district's typed subtotal typed wrong over communes one of which has a keyboard slip, the grand total showing the plan and the other parts agreeing with their communes, is told at the subtotal (with the figure the plan leaves it) and at the slip, the grand total's subtotal and the ceiling named in the slip's (`subtotalBesideSlip`);
 * a commune's figure typed with one keyboard slip (`30` for `3`) under totals that follow the table, the only commune whose correction meets the plan, the figure standing out of its line, is told at it as the line's ceiling (`slipCeiling`);
 * a district's typed subtotals each over its rows by a share one commune could hold, the plan listing no areas, the sheet's total showing the plan, are told once, at the first (`unlistedRowCause`);
 * a commune's row hidden rather than deleted, every line it fills over the plan by exactly its figures, is told once, at its first cell (`hiddenCause`);
 * a commune's row copied from the row above under totals that follow the table, the plan lines it holds off their ceilings by what it could put right, is told once, at its first off cell (`copiedRowCeilings`);
 * a commune's figures typed one column to the right of their lines (its first cell blank), every comparison they put off coming right moved back, are told once, at the blank cell (`shiftedRow`);
 * two communes of one district each typed with one keyboard slip, the only pair whose corrections put its typed subtotal (showing the plan) right, are told each at its cell (`slipPairCause`);
 * a typed subtotal showing the plan over communes whose excess only one of them could hold is told at that commune (`spareCause`);
 * under-plan ceilings that a plan commune with no row alone explains (a row written twice counted once), nothing else off, are named in its `coverage` finding (`deletedCause`);
 * k communes' rows missing, the plan listing no areas, every compared line short by what k communes could hold (a quota line by exactly k quotas, or the STT skipping k numbers; both, where both count, agreeing), nothing else told, is told once, as the quota line's (else the first line's) ceiling naming the others (`missingRow`);
 * a commune's row written twice while a plan commune has none, the typed totals proving the missing figures, names the ceilings they make (`pairCause`);
 * a commune's row left blank under typed subtotals that still count it, the figures proving it, is told once, at its quota cell (`blankRowCause`);
 * a commune's row left blank under totals that follow the table, the under-plan ceilings a commune could fill, is told once, at its quota cell (`blankRowCeilings`);
 * one commune cell left blank, the only one under a typed subtotal that still counts it, is told once, at it (`blankCellCause`);
 * one commune cell left blank, its figure typed one cell further along into the district (or grand total) row below, every typed total right with it moved back, is told once, at the blank cell (`typedBelowCause`);
 * one commune cell left blank under totals that follow the table, the only blank of its line, the line under its plan by a figure it could hold, is told as the ceiling at it (`blankCellCeiling`);
 * a commune's figure typed into the blank, header-less column beside its line's column (its own cell there blank) is told once, at it, with the totals that still count it on its line (`strayColumnCause`);
 * a repeated area's blank cells under a percent target or a quota are named in its `duplicate` finding (`repeatBlanks`);
 * a plan parent's ceiling that only its children's told ceilings make (its split holding, its column their sum) is named in them (`parentCeiling`);
 * a plan commune missing beside a repeat in its district is named in the repeat's `duplicate` finding, its name probably typed over (`repeatNamed`);
 * the same short formula copied along a subtotal's row (every formula leaving out the same parts) is told once, at its first cell (`copiedFormula`);
 * a typed total row copied from another total row, or off its parts on every line it types (three at least), is told once, at its first off cell (`totalRowCause`);
 * a row the plan's areas lack tells no quota or rate for its blank cells, and names its negative figures (a decrease written as a row) in its `coverage` finding (`unlistedRowChecks`);
 * a grand total typed with a figure within the plan (not the plan's own) over parts that break it, nothing else told on the line, no slip of the total or of one commune reading the gap, is told once, as its subtotal naming the ceiling (`withinPlanTotal`).
 */
export function evaluateRules(context: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  let findings: Finding[] = [];
  for (const rule of rules) for (const finding of rule.evaluate(context)) findings.push(finding);
  for (const fold of CAUSE_FOLDS) findings = fold(context, findings);
  return sameCell(findings);
}

export type { Rule, RuleCheck } from "./types";
export { buildRuleContext, allocatedFor, isMapped, CELL } from "./context";
export type { RuleContext, ContextInput, CellState } from "./context";
export {
  budgetSplitRule,
  ceilingRule,
  coverageRule,
  duplicateRule,
  invalidValueRule,
  noValueRule,
  percentRule,
  quotaRule,
  subtotalRule,
  textNumberRule,
  unmappedRule,
};
