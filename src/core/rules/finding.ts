/** Building findings: the A1 cell from a 0-based position, and the shared shape. */
import { a1 } from "../model/address";
import type { Finding, RuleId, Severity } from "../model/finding";
import type { AreaEntry } from "../model/table";
import type { LocalizedText } from "../model/text";
import { withoutNoise } from "./compare";

export interface FindingInput {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string | null;
  /** 0-based position of the cell a user must look at, or null. */
  readonly at: { readonly row: number; readonly col: number } | null;
  readonly indicator?: string | null;
  readonly area?: string | null;
  readonly expected?: number | null;
  readonly actual?: number | null;
  readonly message: LocalizedText;
}

export function makeFinding(input: FindingInput): Finding {
  return {
    rule: input.rule,
    severity: input.severity,
    sheet: input.sheet,
    cell: input.at === null ? null : a1(input.at.row, input.at.col),
    row: input.at === null ? null : input.at.row,
    col: input.at === null ? null : input.at.col,
    indicator: input.indicator ?? null,
    area: input.area ?? null,
    // Sums of cells holding fractions (`=1000/6` triệu đồng) reported without their float noise.
    expected: input.expected === undefined || input.expected === null ? null : withoutNoise(input.expected),
    actual: input.actual === undefined || input.actual === null ? null : withoutNoise(input.actual),
    message: input.message,
  };
}

/** A finding at an area's label (the row or column header that names it): no indicator, no figures. */
export function areaLabelFinding(
  rule: RuleId,
  severity: Severity,
  sheet: string | null,
  area: Pick<AreaEntry, "label" | "labelRow" | "labelCol">,
  message: LocalizedText,
): Finding {
  return makeFinding({ rule, severity, sheet, at: { row: area.labelRow, col: area.labelCol }, area: area.label, message });
}
