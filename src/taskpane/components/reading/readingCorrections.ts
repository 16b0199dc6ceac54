/**
 * What a choice in the reading view means as a correction: a row's or
 * column's role, the plan line a column (or row) stands for, or leaving it
 * out. Pure, so that the view's choices are tested without a DOM.
 */
import type { Correction } from "../../../core/model/corrections";
import type { Reading, ReadingRole } from "../../../core/model/reading";
import type { Orientation } from "../../../core/model/table";
import { isRowAt } from "../../../app/readingMarks";

export const ROLES: readonly ReadingRole[] = ["total", "group", "subtotal", "leaf", "heading"];
export const IGNORE = "ignore";

/** Whether a row or column sits on the areas' axis or the plan lines' axis. */
export function axisOf(at: string, orientation: Orientation): "area" | "line" {
  return isRowAt(at) === (orientation === "areas-as-rows") ? "area" : "line";
}

/** The choice made for an area (a role or `ignore`) as a correction. */
export function areaChoice(at: string, label: string, choice: string): Correction | null {
  if (choice === IGNORE) return { kind: "ignore", at, label };
  const role = ROLES.find((r) => r === choice);
  return role === undefined ? null : { kind: "role", at, label, role };
}

/** The choice made for a line's column (a plan code or `ignore`) as a correction. */
export function lineChoice(at: string, header: string, choice: string, planCodes: readonly string[]): Correction | null {
  if (choice === IGNORE) return { kind: "ignore", at, label: header };
  return planCodes.includes(choice) ? { kind: "line", at, header, code: choice } : null;
}

/** The plan lines no column was found for (offered first when mapping an ignored column). */
export function unmappedCodes(reading: Reading, planCodes: readonly string[]): string[] {
  const mapped = new Set(reading.lines.map((l) => l.code));
  return planCodes.filter((code) => !mapped.has(code));
}
