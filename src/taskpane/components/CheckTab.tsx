/** The `Kiểm tra` tab: the sheet pickers, the actions, and the result of the last check. */
import { planYearText } from "../../core/words/planYear";
import * as React from "react";
import { Caption1, Divider, Link, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { SheetInfo } from "../../app/host";
import type { CheckOutcome, SheetSelection } from "../../app/outcome";
import type { Finding } from "../../core/model/finding";
import type { Lang } from "../../core/model/text";
import type { UiStrings } from "../../i18n";
import { ActionBar } from "./ActionBar";
import { FindingsByRule } from "./FindingsByRule";
import { IndicatorTable } from "./IndicatorTable";
import { ResultCounts } from "./ResultCounts";
import { SheetPickers } from "./SheetPickers";
import { FORCED_COLORS_LINK } from "./forcedColors";
import { LowConfidenceNotice } from "./reading/LowConfidenceNotice";
import { findingPlace } from "../../core/report/findingPlace";

const useStyles = makeStyles({
  subtle: { color: tokens.colorNeutralForeground3 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionTitle: { fontWeight: tokens.fontWeightSemibold },
  jump: { alignSelf: "flex-start", minHeight: "24px", ...FORCED_COLORS_LINK },
  /** Brought up by the jump link: a little room above it, not flush with the pane's top. */
  findingsTitle: { fontWeight: tokens.fontWeightSemibold, scrollMarginTop: tokens.spacingVerticalM },
});

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
  const classes = useStyles();
  const report = outcome?.report;
  const findingsId = useId("findings-heading");
  const problemId = useId("allocation-problem");
  // No allocation table found: Kiểm tra is off, pointing to why, until a sheet is picked.
  const blocked = props.selection.allocationSheet === null && props.allocationProblem !== undefined;
  /** The problems are listed under a table of every plan line: one click brings them up, and the focus with them. */
  const jumpToFindings = (): void => {
    const heading = document.getElementById(findingsId);
    heading?.scrollIntoView({ block: "start" });
    heading?.focus();
  };
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
      {report !== undefined && outcome !== null ? (
        <section className={classes.section} aria-label={strings.resultHeading} data-testid="result">
          <Divider />
          <Caption1 className={classes.subtle}>{strings.checkedSheet(report.allocationSheet, outcome.plan.sheet ?? outcome.plan.source)}</Caption1>
          {report.reading?.planYear !== undefined ? (
            <Caption1 className={classes.subtle} data-testid="plan-year">
              {planYearText(report.reading.planYear, report.indicators.length)[lang]}
            </Caption1>
          ) : null}
          {report.reading !== undefined ? (
            <LowConfidenceNotice reading={report.reading} lang={lang} disabled={busy} onReview={props.onReviewReading} />
          ) : null}
          <ResultCounts report={report} strings={strings} />
          {report.findings.length > 0 ? (
            <Link as="button" className={classes.jump} onClick={jumpToFindings} data-testid="jump-to-findings">
              {strings.jumpToFindings(report.findings.length)}
            </Link>
          ) : null}
          <Text as="h2" className={classes.sectionTitle}>
            {strings.indicatorsHeading}
          </Text>
          <IndicatorTable
            indicators={report.indicators}
            lang={lang}
            strings={strings}
            goTo={{ sheet: report.allocationSheet, disabled: busy, select: (cell) => props.onSelectCell(report.allocationSheet, cell) }}
          />
          <Text as="h2" id={findingsId} tabIndex={-1} className={classes.findingsTitle} data-testid="findings-heading">
            {strings.findingsHeading}
          </Text>
          {report.findings.length === 0 ? (
            <Text data-testid="no-findings">{strings.noFindings}</Text>
          ) : (
            <FindingsByRule
              findings={report.findings}
              lang={lang}
              strings={strings}
              disabled={busy}
              onSelect={props.onSelectFinding}
              mainSheet={report.allocationSheet}
              placeOf={(finding) => findingPlace(finding, outcome.plan, report)}
              onSelectCell={props.onSelectCell}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
