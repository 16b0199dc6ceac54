/** The `Kiểm tra` tab: the sheet pickers, the actions, and the result of the last check. */
import * as React from "react";
import { useId } from "@fluentui/react-components";
import type { SheetInfo } from "../../app/host";
import type { CheckOutcome, SheetSelection } from "../../app/outcome";
import type { Finding } from "../../core/model/finding";
import type { Lang } from "../../core/model/text";
import type { UiStrings } from "../../i18n";
import { ActionBar } from "./ActionBar";
import { CheckResult } from "./LazyCheckResult";
import { SheetPickers } from "./SheetPickers";

export interface CheckTabProps {
  readonly lang: Lang;
  readonly strings: UiStrings;
  readonly sheets: readonly SheetInfo[];
  readonly selection: SheetSelection;
  readonly detected: SheetSelection;
  readonly outcome: CheckOutcome | null;
  readonly busy: boolean;
  /** False while the workbook holds no highlight of allocheck's (`Xoá tô sáng` disabled). */
  readonly canClear: boolean;
  /** Why no allocation sheet was found (the check's own message), while none is chosen. */
  readonly allocationProblem?: string;
  readonly onSelectionChange: (next: SheetSelection) => void;
  readonly onRefresh: () => void;
  readonly onCheck: () => void;
  readonly onHighlight: () => void;
  readonly onClear: () => void;
  readonly onSummary: () => void;
  readonly onSelectFinding: (finding: Finding) => void;
  /** Selects a cell of the sheet (a line's total cell). */
  readonly onSelectCell: (sheet: string, cell: string) => void;
  /** Opens the reading view (from the low-confidence warning). */
  readonly onReviewReading: () => void;
}

export function CheckTab(props: CheckTabProps): React.ReactElement {
  const { lang, strings, outcome, busy } = props;
  const problemId = useId("allocation-problem");
  // No allocation table found: Kiểm tra is off, pointing to why, until a sheet is picked.
  const blocked = props.selection.allocationSheet === null && props.allocationProblem !== undefined;
  return (
    <>
      <SheetPickers
        strings={strings}
        sheets={props.sheets}
        selection={props.selection}
        detected={props.detected}
        disabled={busy}
        onChange={props.onSelectionChange}
        onRefresh={props.onRefresh}
        {...(blocked && props.allocationProblem !== undefined ? { allocationProblem: { text: props.allocationProblem, id: problemId } } : {})}
      />
      <ActionBar
        strings={strings}
        busy={busy}
        canCheck={props.sheets.length > 0 && !blocked}
        {...(blocked ? { checkBlockedBy: problemId } : {})}
        hasResult={outcome !== null}
        canClear={props.canClear}
        onCheck={props.onCheck}
        onHighlight={props.onHighlight}
        onClear={props.onClear}
        onSummary={props.onSummary}
      />
      {outcome !== null ? (
        <CheckResult
          lang={lang}
          strings={strings}
          outcome={outcome}
          busy={busy}
          onSelectFinding={props.onSelectFinding}
          onSelectCell={props.onSelectCell}
          onReviewReading={props.onReviewReading}
        />
      ) : null}
    </>
  );
}
