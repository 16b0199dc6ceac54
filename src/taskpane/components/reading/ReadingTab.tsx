/**
 * The pane's "Cách đọc biểu" view: how the last check read the allocation
 * sheet (its table, header rows, each plan line's column, each area's role
 * and parent, what it ignored), shown on the sheet on demand, and the user's
 * corrections — saved in the workbook through the host, then checked again.
 */
import * as React from "react";
import { Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReadingMarkKind, WorkbookHost } from "../../../app/host";
import type { CheckOutcome } from "../../../app/outcome";
import { markAt, readingMarks } from "../../../app/readingMarks";
import type { Correction, CorrectionSet } from "../../../core/model/corrections";
import { addCorrection, correctionsForSheet, removeCorrection } from "../../../core/corrections/settingValue";
import type { Lang, LocalizedText } from "../../../core/model/text";
import { cellPlace } from "../../../core/model/address";
import { READING_STRINGS } from "../../../i18n/reading";
import { ReadingLegend } from "../../../preview/ReadingLegend";
import { CorrectionsList } from "./CorrectionsList";
import { ReadingTables } from "./ReadingTables";
import { typographicQuotes } from "../../../core/text/quotes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, rowGap: "2px", margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  hint: { display: "block", marginTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  def: { margin: 0, fontVariantNumeric: "tabular-nums" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  title: { fontWeight: tokens.fontWeightSemibold },
  subtle: { color: tokens.colorNeutralForeground3 },
});

export interface ReadingTabProps {
  readonly host: WorkbookHost;
  readonly outcome: CheckOutcome | null;
  readonly lang: Lang;
  readonly busy: boolean;
  /** Runs the check again (after a correction was saved). */
  readonly onRecheck: () => Promise<void>;
  /**
   * Set when the check found no plan line on the sheet (its message): the
   * reading shown is then the sheet read without comparing, for mapping its
   * columns (or rows) to plan lines.
   */
  readonly problem?: LocalizedText;
}

export function ReadingTab({ host, outcome, lang, busy, onRecheck, problem }: ReadingTabProps): React.ReactElement {
  const classes = useStyles();
  const strings = READING_STRINGS[lang];
  const [saved, setSaved] = React.useState<CorrectionSet | null>(null);
  const [working, setWorking] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [done, setDone] = React.useState(false);
  const canCorrect = host.loadCorrections !== undefined && host.saveCorrections !== undefined;
  /** Whether the whole reading is shown on the sheet: a new check then shows its own reading. */
  const shown = React.useRef(false);
  const shownReading = outcome?.report.reading;
  const shownSheet = outcome?.report.allocationSheet;
  React.useEffect(() => {
    if (!shown.current || host.showReading === undefined || shownSheet === undefined) return;
    void host.showReading(shownSheet, shownReading === undefined ? [] : readingMarks(shownReading)).catch(() => undefined);
  }, [host, shownReading, shownSheet]);

  // The saved corrections, read again after every check (another pane or a file save may have changed them).
  React.useEffect(() => {
    let live = true;
    if (host.loadCorrections === undefined) return;
    host.loadCorrections().then(
      (set) => live && setSaved(set),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [host, outcome]);

  if (outcome === null) {
    return (
      <section className={classes.root} aria-label={strings.heading} data-testid="reading-tab">
        <Text>{strings.checkFirst}</Text>
      </section>
    );
  }
  const report = outcome.report;
  const reading = report.reading;
  const sheet = report.allocationSheet;
  const sheetCorrections = saved === null ? [] : correctionsForSheet(saved, sheet);
  const disabled = busy || working;

  const show = (at: string, kind: ReadingMarkKind, label?: string): void => {
    if (reading === undefined || host.showReading === undefined) return;
    const mark = markAt(reading, at, kind, label);
    if (mark !== null) void host.showReading(sheet, [mark]).catch((e: unknown) => setError(String(e)));
  };

  const change = async (next: CorrectionSet): Promise<void> => {
    if (host.saveCorrections === undefined) return;
    setWorking(true);
    setError(null);
    setDone(false);
    try {
      await host.saveCorrections(next);
      setSaved(next);
      await onRecheck();
      setDone(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setWorking(false);
    }
  };
  const onCorrect = (correction: Correction, keep?: readonly string[]): void =>
    void change(addCorrection(saved ?? { version: 1, sheets: [] }, sheet, correction, keep));
  const onRemove = (at: string, label?: string): void => {
    if (saved !== null) void change(removeCorrection(saved, sheet, at, label));
  };

  const marks = reading === undefined ? [] : readingMarks(reading);
  const stale = reading === undefined ? 0 : Math.max(0, sheetCorrections.length - reading.corrections);

  return (
    <section className={classes.root} aria-label={strings.heading} data-testid="reading-tab" data-busy={disabled}>
      <Text as="h2" className={classes.title}>
        {strings.heading}
      </Text>
      <Caption1 className={classes.subtle}>{strings.intro}</Caption1>
      {problem !== undefined ? (
        <MessageBar intent="error" layout="multiline" data-testid="reading-no-plan-line">
          <MessageBarBody>
            {typographicQuotes(problem[lang])}
            {/* What to do, on its own paragraph after the engine's words (which already say nothing was compared). */}
            <span className={classes.hint} data-testid="map-lines-hint">
              {strings.mapLinesHint}
            </span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {error !== null ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {done ? (
        <MessageBar intent="success" layout="multiline" data-testid="correction-saved">
          <MessageBarBody>{strings.correctionSaved}</MessageBarBody>
        </MessageBar>
      ) : null}
      {reading === undefined ? (
        <Text data-testid="reading-unavailable">{strings.notAvailable}</Text>
      ) : (
        <>
          {reading.confidence.level === "low" ? (
            <MessageBar intent="warning" layout="multiline" data-testid="reading-low-confidence">
              <MessageBarBody>
                {strings.lowConfidence}
                <ul>
                  {reading.confidence.reasons.map((reason, i) => (
                    <li key={i}>{typographicQuotes(reason[lang])}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <dl className={classes.facts}>
            <dt className={classes.term}>{strings.table}</dt>
            <dd className={classes.def} data-testid="reading-table">
              {cellPlace(sheet, reading.table)}
            </dd>
            <dt className={classes.term}>{strings.headerRows}</dt>
            <dd className={classes.def} data-testid="reading-header-rows">
              {reading.headerRows.join(", ")}
            </dd>
            <dt className={classes.term}>{strings.labelColumn}</dt>
            <dd className={classes.def}>{reading.labelColumn}</dd>
          </dl>
          {host.showReading !== undefined ? (
            <div className={classes.actions}>
              <Button size="small" disabled={disabled} data-testid="reading-show" onClick={() => {
                  shown.current = true;
                  void host.showReading?.(sheet, marks);
                }}>
                {strings.showAll}
              </Button>
              <Button size="small" appearance="subtle" disabled={disabled} data-testid="reading-hide" onClick={() => {
                  shown.current = false;
                  void host.showReading?.(sheet, []);
                }}>
                {strings.stopShowing}
              </Button>
            </div>
          ) : null}
          <ReadingLegend title={strings.legend} kinds={marks.map((m) => m.kind)} names={strings.kinds} />
          <ReadingTables
            reading={reading}
            orientation={report.orientation}
            planLines={outcome.plan.lines}
            strings={strings}
            disabled={disabled}
            onCorrect={canCorrect ? onCorrect : null}
            onShow={show}
          />
        </>
      )}
      <Text as="h3" className={classes.title}>
        {strings.correctionsHeading(sheetCorrections.length)}
      </Text>
      {!canCorrect ? <Caption1>{strings.correctionsUnavailable}</Caption1> : null}
      {reading !== undefined && sheetCorrections.length > 0 ? (
        <Caption1 data-testid="corrections-applied">{strings.applied(reading.corrections, sheetCorrections.length)}</Caption1>
      ) : null}
      {stale > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="corrections-stale">
          <MessageBarBody>{strings.stale(stale)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <CorrectionsList
        corrections={sheetCorrections}
        strings={strings}
        disabled={disabled}
        lineNames={new Map((outcome?.plan.lines ?? []).map((line) => [line.code, line.name]))}
        onRemove={onRemove}
      />
    </section>
  );
}
