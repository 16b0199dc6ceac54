/**
 * The result of the last check on the `Kiểm tra` tab: what was compared, the
 * counts, a table of every plan line and the problems found, each leading to
 * its cell. Loaded with the first check (`LazyCheckResult`), not part of the
 * pane's first load.
 */
import * as React from "react";
import { Caption1, Divider, Link, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { CheckOutcome } from "../../app/outcome";
import type { Finding } from "../../core/model/finding";
import type { Lang } from "../../core/model/text";
import type { UiStrings } from "../../i18n";
import { planYearText } from "../../core/words/planYear";
import { findingPlace } from "../../core/report/findingPlace";
import { FindingsByRule } from "./FindingsByRule";
import { IndicatorTable } from "./IndicatorTable";
import { ResultCounts } from "./ResultCounts";
import { FORCED_COLORS_LINK } from "./forcedColors";
import { LowConfidenceNotice } from "./reading/LowConfidenceNotice";

const useStyles = makeStyles({
  subtle: { color: tokens.colorNeutralForeground3 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionTitle: { fontWeight: tokens.fontWeightSemibold },
  jump: { alignSelf: "flex-start", minHeight: "24px", ...FORCED_COLORS_LINK },
  /** Brought up by the jump link: a little room above it, not flush with the pane's top. */
  findingsTitle: { fontWeight: tokens.fontWeightSemibold, scrollMarginTop: tokens.spacingVerticalM },
});

export interface CheckResultProps {
  readonly lang: Lang;
  readonly strings: UiStrings;
  readonly outcome: CheckOutcome;
  readonly busy: boolean;
  readonly onSelectFinding: (finding: Finding) => void;
  /** Selects a cell of the sheet (a line's total cell). */
  readonly onSelectCell: (sheet: string, cell: string) => void;
  /** Opens the reading view (from the low-confidence warning). */
  readonly onReviewReading: () => void;
}

export function CheckResult({ lang, strings, outcome, busy, onSelectFinding, onSelectCell, onReviewReading }: CheckResultProps): React.ReactElement {
  const classes = useStyles();
  const report = outcome.report;
  const findingsId = useId("findings-heading");
  /** The problems are listed under a table of every plan line: one click brings them up, and the focus with them. */
  const jumpToFindings = (): void => {
    const heading = document.getElementById(findingsId);
    heading?.scrollIntoView({ block: "start" });
    heading?.focus();
  };
  return (
    <section className={classes.section} aria-label={strings.resultHeading} data-testid="result">
      <Divider />
      <Caption1 className={classes.subtle}>{strings.checkedSheet(report.allocationSheet, outcome.plan.sheet ?? outcome.plan.source)}</Caption1>
      {report.reading?.planYear !== undefined ? (
        <Caption1 className={classes.subtle} data-testid="plan-year">
          {planYearText(report.reading.planYear, report.indicators.length)[lang]}
        </Caption1>
      ) : null}
      {report.reading !== undefined ? (
        <LowConfidenceNotice reading={report.reading} lang={lang} disabled={busy} onReview={onReviewReading} />
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
        goTo={{ sheet: report.allocationSheet, disabled: busy, select: (cell) => onSelectCell(report.allocationSheet, cell) }}
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
          onSelect={onSelectFinding}
          mainSheet={report.allocationSheet}
          placeOf={(finding) => findingPlace(finding, outcome.plan, report)}
          onSelectCell={onSelectCell}
        />
      )}
    </section>
  );
}
