/**
 * How well `extract-plan` reads a plan text against what a careful reader
 * wrote down from it (`*.expected.json` beside each corpus text): recall of
 * the targets (value and unit, and the comparison, range, per-area quota and
 * "please confirm" mark where the reader wrote them), targets found that the
 * reader did not write (spurious), a listed target wrongly marked for confirmation, the budget lines by code and amount, the
 * number, the date, the districts and communes counted and the document issues
 * expected. Used by
 * `scripts/extract-eval.js` and the corpus test.
 */
import { foldText } from "../core/text/fold";
import { CONFIRM_BELOW } from "./prose";
import type { ExtractedPlan } from "./types";

export interface ExpectedTarget {
  readonly target: number;
  readonly unit: string;
  /** A few words of what it counts, for the reader; not scored. */
  readonly name?: string;
  /** The code the document's numbering gives it (`2a` for `a)` under `2.`); when given, a found target must carry it. */
  readonly code?: string;
  /** The comparison the text states (`trên 30` → `>=`); when given, a found target must carry it. */
  readonly rule?: "<=" | "=" | ">=";
  /** The range the text gives (`từ 10 đến 12`); when given, a found target must carry it. */
  readonly range?: readonly [number, number];
  /** The per-area value the text gives (`mỗi xã 01 tổ`); when given, a found target must carry it. */
  readonly quota?: number;
  /**
   * `true`: read from running text, so the product must mark it for confirmation (confidence below `CONFIRM_BELOW`);
   * `false`: listed in a targets part, so the product must not ask for it to be confirmed.
   */
  readonly confirm?: boolean;
}


export interface ExpectedPlan {
  readonly number?: string | null;
  readonly date?: string | null;
  readonly targets: readonly ExpectedTarget[];
  readonly budget?: ReadonlyArray<{ readonly code: string; readonly target: number; readonly name?: string; readonly rule?: "<=" | "=" | ">=";
    /** `true`: worked out (a row's sum over year columns), to be marked for confirmation; `false`: stated, not to be. */
    readonly confirm?: boolean }>;
  readonly communes?: number;
  /** Distinct districts named by the areas. */
  readonly districts?: number;
  /** Issue rules the document should raise (each at least once). */
  readonly issues?: readonly string[];
  /** `true`: `issues` lists every rule the document raises; any other is a miss (a false alarm). */
  readonly onlyIssues?: boolean;
  /** `true`: `budget` lists every budget line; a money line beyond them is a miss (a footnote's amount read as a part). */
  readonly onlyBudget?: boolean;
}

export interface PlanScore {
  readonly recall: number;
  readonly found: number;
  readonly expected: number;
  readonly spurious: number;
  readonly missed: readonly ExpectedTarget[];
  readonly extra: ReadonlyArray<{ readonly target: number; readonly unit: string; readonly name: string }>;
  /** Budget lines right by code and amount, out of those expected. */
  readonly budgetRight: number;
  readonly budgetExpected: number;
  /** Number, date, communes and issues checks failed, as short labels. */
  readonly otherMisses: readonly string[];
}

const sameUnit = (a: string, b: string) => foldText(a) === foldText(b);

export function scorePlan(plan: ExtractedPlan, expected: ExpectedPlan): PlanScore {
  const targets = plan.indicators.filter((i) => i.kind !== "money");
  const unused = [...targets];
  const missed: ExpectedTarget[] = [];
  const wrongRules: string[] = [];
  for (const e of expected.targets) {
    const at = unused.findIndex((t) => t.target === e.target && sameUnit(t.unit, e.unit));
    if (at >= 0) {
      const t = unused[at];
      if (e.code !== undefined && t.code !== e.code) wrongRules.push(`code of ${e.target} ${e.unit}: ${t.code}`);
      if (e.rule !== undefined && t.rule !== e.rule) wrongRules.push(`rule of ${e.target} ${e.unit}: ${t.rule ?? "none"}`);
      if (e.range !== undefined && (t.range === undefined || t.range[0] !== e.range[0] || t.range[1] !== e.range[1]))
        wrongRules.push(`range of ${e.target} ${e.unit}: ${t.range === undefined ? "none" : t.range.join("-")}`);
      if (e.quota !== undefined && t.quota !== e.quota) wrongRules.push(`quota of ${e.target} ${e.unit}: ${t.quota ?? "none"}`);
      if (e.confirm === true && (t.confidence ?? 1) >= CONFIRM_BELOW) wrongRules.push(`${e.target} ${e.unit} not marked for confirmation`);
      if (e.confirm === false && (t.confidence ?? 1) < CONFIRM_BELOW) wrongRules.push(`${e.target} ${e.unit} marked for confirmation`);
      unused.splice(at, 1);
    } else missed.push(e);
  }
  const found = expected.targets.length - missed.length;
  const budget = expected.budget ?? [];
  const money = plan.indicators.filter((i) => i.kind === "money");
  const budgetRight = budget.filter((b) => money.some((m) => m.code === b.code && m.target === b.target)).length;
  const otherMisses: string[] = [...wrongRules];
  for (const b of budget) {
    const line = money.find((m) => m.code === b.code && m.target === b.target);
    if (line !== undefined && b.rule !== undefined && line.rule !== b.rule) otherMisses.push(`rule of ${b.code}: ${line.rule ?? "none"}`);
    if (line !== undefined && b.confirm === true && (line.confidence ?? 1) >= CONFIRM_BELOW) otherMisses.push(`${b.code} not marked for confirmation`);
    if (line !== undefined && b.confirm === false && (line.confidence ?? 1) < CONFIRM_BELOW) otherMisses.push(`${b.code} marked for confirmation`);
  }
  if (expected.number !== undefined && plan.number !== expected.number) otherMisses.push(`number ${plan.number ?? "null"}`);
  if (expected.date !== undefined && plan.date !== expected.date) otherMisses.push(`date ${plan.date ?? "null"}`);
  if (expected.communes !== undefined) {
    const communes = plan.areas.filter((a) => a.commune !== null).length;
    if (communes !== expected.communes) otherMisses.push(`communes ${communes}`);
  }
  if (expected.districts !== undefined) {
    const districts = new Set(plan.areas.map((a) => foldText(a.district)).filter((d) => d !== "")).size;
    if (districts !== expected.districts) otherMisses.push(`districts ${districts}`);
  }
  for (const rule of expected.issues ?? []) if (!plan.issues.some((i) => i.rule === rule)) otherMisses.push(`issue ${rule} missing`);
  if (expected.onlyIssues === true)
    for (const rule of new Set(plan.issues.map((i) => i.rule))) if (!(expected.issues ?? []).includes(rule)) otherMisses.push(`issue ${rule} not expected`);
  if (expected.onlyBudget === true)
    for (const m of money) if (!budget.some((b) => b.code === m.code && b.target === m.target)) otherMisses.push(`budget line ${m.code} ${m.target} not expected`);
  return {
    recall: expected.targets.length === 0 ? 1 : found / expected.targets.length,
    found,
    expected: expected.targets.length,
    spurious: unused.length,
    missed,
    extra: unused.map((t) => ({ target: t.target, unit: t.unit, name: t.name })),
    budgetRight,
    budgetExpected: budget.length,
    otherMisses,
  };
}
