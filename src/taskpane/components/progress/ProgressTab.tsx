/**
 * The `Tiến độ` tab (CONTRACT §7): one bar per plan line with results, the
 * lines behind pace first, each with a drill-down to the areas behind. A
 * projection of the check's report, never a second computation.
 */
import * as React from "react";
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../core/model/finding";
import type { Plan } from "../../../core/model/plan";
import type { Report } from "../../../core/model/report";
import type { Lang } from "../../../core/model/text";
import type { UiStrings } from "../../../i18n";
import { formatFigure, formatMonth } from "../../../core/text/format";
import { PROGRESS_STRINGS } from "../../../i18n/progress";
import { ProgressLine } from "./ProgressLine";
import { progressRows } from "./order";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { fontWeight: tokens.fontWeightSemibold },
  subtle: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, listStyleType: "none" },
});

export interface ProgressTabProps {
  readonly report: Report;
  readonly plan: Plan;
  readonly lang: Lang;
  readonly strings: UiStrings;
  readonly disabled: boolean;
  readonly onSelect: (finding: Finding) => void;
}

export function ProgressTab({ report, plan, lang, strings, disabled, onSelect }: ProgressTabProps): React.ReactElement {
  const classes = useStyles();
  const words = PROGRESS_STRINGS[lang];
  const summary = report.progress;
  if (summary === undefined) {
    return <Text data-testid="progress-none">{words.noResults}</Text>;
  }
  const rows = progressRows(report.indicators);
  const elapsed = summary.elapsedShare === undefined ? null : formatFigure(summary.elapsedShare * 100, { kind: "percent", scale: 1 }, lang);
  const scaleOf = (code: string): number => plan.lines.find((l) => l.code === code)?.scale ?? 1;
  return (
    <section className={classes.root} aria-label={words.heading} data-testid="progress">
      <Text as="h2" className={classes.heading}>
        {words.heading}
      </Text>
      <Caption1 className={classes.subtle} data-testid="progress-as-of">
        {words.asOf(formatMonth(summary.asOf), elapsed)}
      </Caption1>
      <Caption1 className={classes.subtle}>
        {/* Each mark stays on its words' line (a no-break space before it). */}
        {words.legendAchieved} · {words.legendForecast}
        {"\u00a0(▨)"} · {words.legendPace}
        {"\u00a0(|)"}
      </Caption1>
      <ul className={classes.list} aria-label={words.heading}>
        {rows.map((row) => (
          <ProgressLine
            key={row.indicator.code}
            row={row}
            scale={scaleOf(row.indicator.code)}
            findings={report.findings}
            lang={lang}
            strings={strings}
            words={words}
            disabled={disabled}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </section>
  );
}
