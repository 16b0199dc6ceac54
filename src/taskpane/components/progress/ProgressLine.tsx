/**
 * One plan line on the `Tiến độ` tab: its name, status (in words and colour),
 * the bar, the figures in the line's own unit, and a drill-down to the areas
 * behind pace or over their allocation and to the line's own findings.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../../core/model/finding";
import type { Lang } from "../../../core/model/text";
import { PROGRESS_STATUS_TEXT, type ProgressStatus } from "../../../core/progress/status";
import type { UiStrings } from "../../../i18n";
import { formatFigure } from "../../../core/text/format";
import type { ProgressStrings } from "../../../i18n/progress";
import { ProgressBarFigure } from "./ProgressBarFigure";
import { FindingList } from "../FindingList";
import { unitLabel } from "../unitLabel";
import { hasAreaResults, lineFindings, type ProgressRow } from "./order";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  name: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: "anywhere" },
  // The status keeps its one line (a badge has a fixed height: wrapped words would be cut); the name wraps instead.
  status: { flexShrink: 0, whiteSpace: "nowrap" },
  figures: { display: "flex", flexDirection: "column", margin: 0, fontVariantNumeric: "tabular-nums" },
  // Each term beside its own value, not in a column as wide as the longest term: a short term
  // (`Đã đạt`) leaves its long value (`6.461 triệu đồng (68,08%)`) room for one line in a 320 px pane.
  pair: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  note: { display: "block", margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, marginLeft: "auto", textAlign: "right" },
  // Each heading closer to what it heads than to what comes before it.
  subhead: { display: "block", fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXXS, marginLeft: 0, marginRight: 0 },
});

const STATUS_COLOR: Record<ProgressStatus, "success" | "warning" | "danger" | "informative"> = {
  "on-track": "success",
  "above-target": "success",
  met: "success",
  behind: "warning",
  "not-met": "warning",
  over: "danger",
  "no-period": "informative",
  incomplete: "informative",
  "figures-disagree": "informative",
};

export interface ProgressLineProps {
  readonly row: ProgressRow;
  readonly scale: number;
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly strings: UiStrings;
  readonly words: ProgressStrings;
  readonly disabled: boolean;
  readonly onSelect: (finding: Finding) => void;
}

/** One of the line's figures: its term and its value, a pair of the figures' list. */
function Figure(props: { readonly term: string; readonly testId: string; readonly children: React.ReactNode }): React.ReactElement {
  const classes = useStyles();
  return (
    <div className={classes.pair}>
      <dt className={classes.term}>{props.term}</dt>
      <dd className={classes.value} data-testid={props.testId}>
        {props.children}
      </dd>
    </div>
  );
}

export function ProgressLine({ row, scale, findings, lang, strings, words, disabled, onSelect }: ProgressLineProps): React.ReactElement | null {
  const classes = useStyles();
  const { indicator, status } = row;
  const progress = indicator.progress;
  if (progress === undefined) return null;
  const q = (v: number | undefined): string | null => (v === undefined ? null : formatFigure(v, { kind: indicator.kind, scale }, lang));
  const unit = unitLabel({ unit: indicator.unit, kind: indicator.kind, scale }, lang);
  const withUnit = (s: string): string => (indicator.kind === "percent" ? s : `${s} ${unit}`);
  const achieved = withUnit(q(progress.achieved) ?? "—");
  const target = withUnit(q(indicator.target) ?? "—");
  const percent = progress.achievedPercent === undefined ? null : formatFigure(progress.achievedPercent, { kind: "percent", scale: 1 }, lang);
  const expected = q(progress.expectedByNow);
  const forecast = q(progress.forecast);
  const statusText = PROGRESS_STATUS_TEXT[lang][status];
  const label = words.barLabel({
    name: `${indicator.code} ${indicator.name}`,
    achieved,
    target,
    percent,
    expected: expected === null ? null : withUnit(expected),
    forecast: forecast === null ? null : withUnit(forecast),
    status: statusText,
  });
  const { areas, line } = lineFindings(findings, indicator.code);
  const detailsId = `progress-${indicator.code}`;
  const listProps = { lang, strings, disabled, onSelect, itemTestId: "progress-finding" } as const;
  return (
    <li
      className={classes.root}
      data-testid="progress-line"
      data-code={indicator.code}
      data-status={status}
      data-achieved={progress.achieved}
      data-target={indicator.target}
      data-expected={progress.expectedByNow ?? ""}
      data-forecast={progress.forecast ?? ""}
      data-percent={progress.achievedPercent ?? ""}
    >
      <div className={classes.title}>
        <Text className={classes.name} data-testid="progress-line-name">
          {/* `4. Tổ nhóm sinh kế …`, as the check tab and the summary name a line. */}
          {indicator.code}. {indicator.name}
        </Text>
        <Badge appearance="tint" color={STATUS_COLOR[status]} className={classes.status} data-testid="progress-status">
          {statusText}
        </Badge>
      </div>
      <ProgressBarFigure
        achieved={progress.achieved}
        target={indicator.target}
        expectedByNow={progress.expectedByNow ?? null}
        forecast={progress.forecast ?? null}
        status={status}
        label={label}
      />
      <dl className={classes.figures} data-testid="progress-figures">
        <Figure term={words.achieved} testId="progress-achieved">
          {achieved}
          {percent === null ? "" : ` (${percent})`}
        </Figure>
        <Figure term={words.target} testId="progress-target">
          {target}
        </Figure>
        {expected !== null ? (
          <Figure term={words.expectedByNow} testId="progress-expected">
            {withUnit(expected)}
          </Figure>
        ) : null}
        {forecast !== null ? (
          <Figure term={words.forecast} testId="progress-forecast-value">
            {withUnit(forecast)}
          </Figure>
        ) : null}
      </dl>
      <Accordion collapsible>
        <AccordionItem value={detailsId}>
          <AccordionHeader size="small" data-testid="progress-details">
            {words.details(areas.length + line.length)}
          </AccordionHeader>
          <AccordionPanel>
            <Caption1 as="h4" className={classes.subhead}>
              {words.areasHeading}
            </Caption1>
            {areas.length > 0 ? (
              <FindingList {...listProps} findings={areas} testId="progress-areas" />
            ) : (
              <Caption1 as="p" className={classes.note} data-testid="progress-no-areas">
                {hasAreaResults(indicator) ? words.noAreasBehind : words.noAreaData}
              </Caption1>
            )}
            {line.length > 0 ? (
              <>
                <Caption1 as="h4" className={classes.subhead}>
                  {words.lineFindingsHeading}
                </Caption1>
                <FindingList {...listProps} findings={line} testId="progress-line-findings" />
              </>
            ) : null}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </li>
  );
}
