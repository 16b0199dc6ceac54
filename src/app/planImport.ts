/**
 * `Nhập kế hoạch từ văn bản`: the extracted plan as editable drafts (values in
 * the unit the document writes, as a person reads them), the drafts back into
 * a plan, and the plan written as a new `Kế hoạch` sheet — never over an
 * existing sheet (the host picks `Kế hoạch (2)` when the name is taken).
 */
import type { WorkbookHost } from "./host";
import type { Comparison, IndicatorKind } from "../core/model/plan";
import type { Lang } from "../core/model/text";
import { normalizeVietnameseNumber, scaleDecimal } from "../core/text/vnNumber";
import { parseUnit } from "../core/text/units";
import { formatNumber, formatValue } from "../core/text/format";
import { extractedPlanToSheetRows } from "../extract";
import { CONFIRM_BELOW } from "../extract/prose";
import type { ConfirmReason, ExtractedIndicator, ExtractedPlan } from "../extract/types";

export const PLAN_SHEET_NAME = "Kế hoạch";

export type DraftRule = "" | Comparison;

/** One plan line as the user sees and edits it. Numbers are text in the line's own unit. */
export interface PlanLineDraft {
  /** Stable key for the list (not written). */
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  /** `9,49` for 9 490 000 000 đồng written in `tỷ đồng`. */
  readonly target: string;
  readonly rule: DraftRule;
  readonly quota: string;
  /** `line 31` and the sentence the value was read from. */
  readonly source: string;
  readonly sourceText: string;
  /** Read from running text with less confidence: the user confirms it (or removes it) before it is written. */
  readonly toConfirm?: boolean;
  /** Why it is to be confirmed, when not read from running text. */
  readonly confirmReason?: ConfirmReason;
}

export type DraftField = "code" | "name" | "unit" | "target" | "quota";

export interface DraftProblem {
  /** 0-based index into the drafts. */
  readonly index: number;
  readonly field: DraftField;
}

/**
 * A base-unit value as the user reads and types it, in the line's unit and the
 * pane's notation: `9490000000` đồng in `tỷ đồng` → `9,49` (vi) / `9.49` (en),
 * `1200` → `1.200` / `1,200`. Exact (the engine's formatting), never rounded.
 */
export function draftNumber(value: number, kind: IndicatorKind, scale: number, lang: Lang = "vi"): string {
  return kind === "money" ? formatValue(value, { kind, scale }, lang) : formatNumber(value, lang);
}

/** Đồng per unit for a money line; 1 otherwise. */
function scaleOf(unit: string, given?: number): number {
  const info = parseUnit(unit);
  if (info.kind !== "money") return 1;
  return given !== undefined && given > 0 ? given : info.scale;
}

/**
 * The extracted lines as drafts, the uncertain ones (read from running text,
 * confidence below {@link CONFIRM_BELOW}) first and marked to confirm; the
 * others in the document's order. Ids keep the document's order for writing.
 */
export function draftsFromExtracted(plan: ExtractedPlan, lang: Lang = "vi"): PlanLineDraft[] {
  const drafts = plan.indicators.map((ind, i): PlanLineDraft => {
    const scale = scaleOf(ind.unit, ind.scale);
    return {
      id: i + 1,
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      target: draftNumber(ind.target, ind.kind, scale, lang),
      rule: ind.rule ?? "",
      quota: ind.quota === undefined ? "" : draftNumber(ind.quota, ind.kind, scale, lang),
      source: ind.source,
      sourceText: ind.sourceText ?? "",
      ...(ind.confidence !== undefined && ind.confidence < CONFIRM_BELOW ? { toConfirm: true } : {}),
      ...(ind.confidence !== undefined && ind.confidence < CONFIRM_BELOW && ind.confirmReason !== undefined && ind.confirmReason !== "text" ? { confirmReason: ind.confirmReason } : {}),
    };
  });
  return [...drafts.filter((d) => d.toConfirm === true), ...drafts.filter((d) => d.toConfirm !== true)];
}

/** How many drafts still wait for the user's confirmation. */
export function unconfirmed(drafts: readonly PlanLineDraft[]): number {
  return drafts.filter((d) => d.toConfirm === true).length;
}

export function emptyDraft(id: number): PlanLineDraft {
  return { id, code: "", name: "", unit: "", target: "", rule: "", quota: "", source: "", sourceText: "" };
}

/**
 * A typed number in the pane's language: Vietnamese notation (`9,49`, `1.200`)
 * in Vietnamese, `9.49` / `1,200` in English. Null when it is not a number.
 */
function canonicalNumber(text: string, lang: Lang): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (lang === "vi") return normalizeVietnameseNumber(trimmed);
  const english = trimmed.replace(/,(?=\d{3}(\D|$))/g, "");
  return /^-?\d+(\.\d+)?$/.test(english) ? english : null;
}

/** The drafts as extracted indicators (base units), or the cells that need a fix. */
export function indicatorsFromDrafts(
  drafts: readonly PlanLineDraft[],
  lang: Lang = "vi",
): { indicators: ExtractedIndicator[]; problems: DraftProblem[] } {
  const indicators: Array<{ id: number; indicator: ExtractedIndicator }> = [];
  const problems: DraftProblem[] = [];
  drafts.forEach((d, index) => {
    const before = problems.length;
    if (d.code.trim() === "") problems.push({ index, field: "code" });
    if (d.name.trim() === "") problems.push({ index, field: "name" });
    if (d.unit.trim() === "") problems.push({ index, field: "unit" });
    const unit = d.unit.trim();
    const info = parseUnit(unit);
    const scale = info.kind === "money" ? info.scale : 1;
    const target = canonicalNumber(d.target, lang);
    if (target === null) problems.push({ index, field: "target" });
    const quota = d.quota.trim() === "" ? undefined : canonicalNumber(d.quota, lang);
    if (quota === null) problems.push({ index, field: "quota" });
    if (problems.length > before || target === null) return;
    indicators.push({ id: d.id, indicator: {
      code: d.code.trim(),
      name: d.name.trim(),
      unit,
      kind: info.kind,
      target: scaleDecimal(target, scale),
      source: d.source,
      ...(d.rule !== "" ? { rule: d.rule } : {}),
      ...(quota !== undefined && quota !== null ? { quota: scaleDecimal(quota, scale) } : {}),
      ...(info.kind === "money" ? { scale } : {}),
      ...(d.sourceText !== "" ? { sourceText: d.sourceText } : {}),
    } });
  });
  // Written in the document's order (ids), whatever order the pane showed them in.
  return { indicators: indicators.sort((a, b) => a.id - b.id).map((x) => x.indicator), problems };
}

/** The extracted plan with the user's corrections in place of its indicators. */
export function withDrafts(
  plan: ExtractedPlan,
  drafts: readonly PlanLineDraft[],
  lang: Lang = "vi",
): { plan: ExtractedPlan | null; problems: DraftProblem[] } {
  const { indicators, problems } = indicatorsFromDrafts(drafts, lang);
  if (problems.length > 0) return { plan: null, problems };
  return { plan: { ...plan, indicators }, problems };
}

/** Writes the plan as a new sheet; returns the sheet's name. */
export async function writePlanSheet(host: WorkbookHost, plan: ExtractedPlan): Promise<string> {
  const rows = extractedPlanToSheetRows(plan);
  return host.writeNewSheet(PLAN_SHEET_NAME, rows);
}
