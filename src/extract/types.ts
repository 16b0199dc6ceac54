/** What `extract-plan` finds in a plan document (CONTRACT §6), plus optional details for the task pane. */
import type { Comparison, IndicatorKind } from "../core/model/plan";
import type { LocalizedText } from "../core/model/text";

/**
 * Why a target is to be confirmed: read in running text (`text`), a total worked out from a quota per area
 * (`quota`), a table column chosen among several figures (`column`), a figure per year whose period total the
 * text leaves open (`yearly`), one written as approximate (`khoảng 50`, `approximate`), or a part of a target
 * (`… trong đó: lao động nữ 250 người`, `part`), or none at all (`Không để xảy ra trường hợp tảo hôn`, `zero`), or the
 * sum of figures the text gives only by year (`Năm 2023: 5 tổ; năm 2024: 6 tổ`, `yearSum`).
 */
export type ConfirmReason =
  | "text"
  | "quota"
  | "column"
  | "yearly"
  | "approximate"
  | "part"
  | "zero"
  | "yearSum"
  | "partsSum"
  | "placesSum"
  /** The year's target worked out as the sum of figures given only by quarter (`Quý I: 30; Quý II: 50; …`). */
  | "quarterSum"
  /** The year's target taken as the last of rising figures by quarter that no word says are running totals. */
  | "quarterStages"
  /** A year total whose figures by quarter do not come to it. */
  | "quarterShares";

export interface ExtractedIndicator {
  /** The document's own numbering where it numbers its targets, else `1`, `2`, …; budget lines `KP`, `KP.1`, … */
  readonly code: string;
  readonly name: string;
  /** The unit as the document writes it (`tổ`, `%`, `tỷ đồng`). */
  readonly unit: string;
  /** Base units: whole đồng for money, percentage points for percent, plain count otherwise. */
  readonly target: number;
  readonly kind: IndicatorKind;
  /** `line 31`: the line of the document where the value was read. */
  readonly source: string;
  /** The 1-based line number behind `source`. */
  readonly line?: number;
  /** A comparison the text states (`ít nhất` → `>=`); absent when the text states none. */
  readonly rule?: Comparison;
  /** Per-area value the text gives (`01 tổ/xã` → 1), in base units. */
  readonly quota?: number;
  /** What a percent refers to (`thành viên của Tổ hiện có`). */
  readonly base?: string;
  /** Money: đồng per unit written (1e9 for `tỷ đồng`). */
  readonly scale?: number;
  /** The sentence the value came from, for the task pane. */
  readonly sourceText?: string;
  /** A target the text gives as a range (`từ 60 đến 70%`): its lower and upper ends; `target` is the lower end, `rule` `>=`. */
  readonly range?: readonly [number, number];
  /** How sure the reading is, 0–1: 0.95 for a target list or table, lower for a target read in running text. */
  readonly confidence?: number;
  /** Below `CONFIRM_BELOW`: why the target is to be confirmed. */
  readonly confirmReason?: ConfirmReason;
}

export interface ExtractedArea {
  readonly district: string;
  readonly commune: string | null;
  readonly source?: string;
}

export type ExtractIssueRule =
  | "budget-split"
  /** A budget table with no unit that adds up to the stated total in none, far from it: its rows are unread (a warning). */
  | "budget-unit"
  /** Budget parts (`KP.1`, `KP.2`, …) with no total stated anywhere: told with their sum, nothing worked out (a warning). */
  | "budget-no-total"
  /** A table column of figures whose header says nothing of what it counts (`| Tham gia |`): left unread, told (a warning). */
  | "unread-column"
  | "target-conflict"
  | "area-count"
  | "areas-in-passing"
  /** Communes of a table whose district the text never says (no district row, none in the letterhead): not made areas, told. */
  | "areas-without-district"
  | "quota-total"
  | "share-total"
  | "quota-only"
  | "no-targets"
  | "no-budget"
  | "missing-appendix"
  /** A report (`BÁO CÁO`), not a plan: its figures may be results, not targets. */
  | "document-kind"
  | "missing-number"
  | "missing-date"
  | "number-format";

export interface ExtractIssue {
  readonly rule: ExtractIssueRule;
  /** Vietnamese message (CONTRACT §6). */
  readonly message: string;
  /** The message in both languages. */
  readonly text: LocalizedText;
  /** `line 51`, where the problem shows. */
  readonly source?: string;
  readonly expected?: number;
  readonly actual?: number;
}

export interface ExtractedPlan {
  readonly version: 1;
  readonly title: string | null;
  readonly number: string | null;
  /** ISO date `2022-10-03`. */
  readonly date: string | null;
  readonly issuer?: string | null;
  readonly indicators: readonly ExtractedIndicator[];
  readonly areas: readonly ExtractedArea[];
  readonly issues: readonly ExtractIssue[];
}
