/**
 * The words of one language for what every view names: rules, severities and
 * line statuses. One table per language (`vi.ts`, `en.ts`), used by the pane,
 * the CLI text report, the summary sheet and the notes alike.
 */
import type { RuleId, Severity } from "../model/finding";
import type { LineStatus } from "../model/report";

export interface Words {
  /** A rule's name, as a heading of its findings and in the summary's rule column. */
  readonly rules: Readonly<Record<RuleId, string>>;
  /** One finding's severity (`Lỗi`, `Error`). */
  readonly severity: Readonly<Record<Severity, string>>;
  /** The severity as a heading over several findings (`Lỗi`, `Errors`). */
  readonly severities: Readonly<Record<Severity, string>>;
  /** A plan line's status; `under` of a `>=` minimum is `underMinimum`. */
  readonly status: Readonly<Record<LineStatus, string>>;
  /** Falling short of a minimum (`>=`): a failure, not a gap still to allocate. */
  readonly underMinimum: string;
  /** CONTRACT §3 `sheetTotal`: the sheet's own total beside what allocheck counts (`bảng tính ghi 158, đếm được 170`). */
  readonly sheetTotal: (shown: string, counted: string) => string;
}
