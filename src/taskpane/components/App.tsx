/**
 * The task pane: pick the sheets, `Kiểm tra`, look at the result, highlight,
 * write the summary; or import the plan from its text. Everything that talks
 * to the workbook goes through the app services and the `WorkbookHost` port.
 */
import * as React from "react";
import { Caption1, Subtitle1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookHost, SheetInfo } from "../../app/host";
import type { CheckOutcome, SheetSelection } from "../../app/outcome";
import type { Finding } from "../../core/model/finding";
import type { Lang, LocalizedText } from "../../core/model/text";
import { mergeSelection } from "../../app/sheetChoices";
import type { UnmatchedReading } from "../../app/readingRescue";
import { STRINGS, type UiStrings } from "../../i18n";
import { both, usePaneTasks, writeNotices, type NoticeState } from "../hooks/usePaneTasks";
import { BusyIndicator } from "./BusyIndicator";
import { CheckTab } from "./CheckTab";
import { CheckResult } from "./LazyCheckResult";
import { LanguageToggle } from "./LanguageToggle";
import { Notice } from "./Notice";
import { PlanImportPanel } from "./LazyPlanImportPanel";
import { ProgressTab, ReadingTab } from "./LazyTabs";
import { TAB_WORDS } from "../../i18n/tabs";
import { useHighlightPresence } from "./useHighlightPresence";
import { MapLinesOffer } from "./reading/MapLinesOffer";
import { ImportPlanOffer } from "./ImportPlanOffer";
import { InputError } from "../../core/model/errors";
import { typographicQuotes } from "../../core/text/quotes";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    minWidth: 0,
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column" },
  subtle: { color: tokens.colorNeutralForeground3 },
  // The tab row takes the pane's side padding too (the tabs have their own), so four short labels fit 320 px.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`, flexWrap: "wrap" },
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  // On the label and on the room the tab keeps for its bold (selected) label alike.
  tabText: { fontSize: "13px" },
});

export interface AppProps {
  readonly host: WorkbookHost;
  readonly initialLang?: Lang;
  /** Called when the user switches language (the preview shows its own texts in it). */
  readonly onLanguageChange?: (lang: Lang) => void;
}

export function App({ host, initialLang = "vi", onLanguageChange }: AppProps): React.ReactElement {
  const classes = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [tab, setTab] = React.useState<"check" | "import" | "reading" | "progress">("check");
  const [sheets, setSheets] = React.useState<readonly SheetInfo[]>([]);
  const [detected, setDetected] = React.useState<SheetSelection>({ allocationSheet: null, planSheet: null });
  const [selection, setSelection] = React.useState<SheetSelection>({ allocationSheet: null, planSheet: null });
  /** Why detection found no allocation sheet (the check's own message), if it found the plan. */
  const [allocationProblem, setAllocationProblem] = React.useState<LocalizedText | null>(null);
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  /** The sheet read without comparing, when the check found no plan line on it (for the reading view only). */
  const [unmatched, setUnmatched] = React.useState<UnmatchedReading | null>(null);
  /** The last check found no usable plan sheet: the import tab is offered. */
  const [planMissing, setPlanMissing] = React.useState(false);
  /** `tasksDone` counts finished workbook tasks (for tests: `data-tasks-done`). */
  const { busy, notices, setNotices, tasksDone, work } = usePaneTasks();
  const strings = STRINGS[lang];
  const highlightPresence = useHighlightPresence(host);
  const selectionRef = React.useRef(selection);
  selectionRef.current = selection;

  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const refreshSheets = React.useCallback(
    (prefer?: Partial<SheetSelection>) =>
      work("detect", async () => {
        // The detection reads the sheets with the layout engine: loaded with it, not in the pane's first load.
        const { detectSheets } = await import(/* webpackChunkName: "engine" */ "../../app/detectSheets");
        const choices = await detectSheets(host);
        setSheets(choices.sheets);
        setDetected(choices.detected);
        setAllocationProblem(choices.allocationProblem ?? null);
        setSelection(mergeSelection({ ...selectionRef.current, ...prefer }, choices));
      }),
    [host, work],
  );

  React.useEffect(() => {
    void refreshSheets();
  }, [refreshSheets]);

  const changeLang = (next: Lang): void => {
    setLang(next);
    onLanguageChange?.(next);
  };

  const onCheck = (): Promise<void> =>
    work("check", async () => {
      setOutcome(null);
      setPlanMissing(false);
      // The result's view is fetched while the check runs: it is there when the result is.
      CheckResult.preload();
      // The check's own code is in the engine's chunk (which the sheet detection loads first).
      const [{ runCheck }, { readingWithoutPlanLine }] = await Promise.all([
        import(/* webpackChunkName: "engine" */ "../../app/runCheck"),
        import(/* webpackChunkName: "engine" */ "../../app/readingRescue"),
      ]);
      try {
        const result = await runCheck(host, selection);
        setUnmatched(null);
        setOutcome(result);
      } catch (error) {
        // The error stays the check's answer; the reading view is offered to map the lines,
        // or the import tab when there is no plan to map them to.
        setPlanMissing(error instanceof InputError && error.code === "no-plan");
        setUnmatched(await readingWithoutPlanLine(host, selection, error));
        throw error;
      }
    });

  const onHighlight = (): Promise<void> =>
    work("highlight", async () => {
      if (outcome === null) return;
      const { highlightFindings } = await import(/* webpackChunkName: "highlights" */ "../../app/highlights");
      const done = await highlightFindings(host, outcome, lang);
      setOutcome(done.outcome);
      highlightPresence.highlighted(done.value);
      return writeNotices(done.rechecked, both((s) => s.highlighted(done.value)));
    });

  const onClear = (): Promise<void> =>
    work("clear", async () => {
      const { clearFindingHighlightsReport } = await import(/* webpackChunkName: "highlights" */ "../../app/highlights");
      const report = await clearFindingHighlightsReport(host);
      highlightPresence.cleared();
      const list: NoticeState[] = [{ intent: "success", text: both((s) => s.cleared(report.restored)) }];
      if (report.skipped.length > 0 || report.notesLeft > 0) {
        list.push({ intent: "warning", text: both((s) => s.clearLeftAlone(report.skipped, report.notesLeft)) });
      }
      return list;
    });

  const onSummary = (): Promise<void> =>
    work("summary", async () => {
      if (outcome === null) return;
      const { writeSummarySheet } = await import(/* webpackChunkName: "summary" */ "../../app/summary");
      const done = await writeSummarySheet(host, outcome, lang);
      setOutcome(done.outcome);
      setSheets(await host.listSheets());
      const written = (s: UiStrings): string =>
        done.keptVeryHidden ? s.summaryRefreshedVeryHidden(done.value) : done.keptHidden ? s.summaryRefreshedHidden(done.value) : s.summaryWritten(done.value);
      return writeNotices(done.rechecked, both(written));
    });

  const onSelectCell = (sheet: string, cell: string): void => void work("select", () => host.selectCell(sheet, cell));
  const onSelectFinding = (finding: Finding): void => {
    if (finding.sheet === null || finding.cell === null) return;
    onSelectCell(finding.sheet, finding.cell);
  };

  const onPlanWritten = (sheetName: string): void => {
    setTab("check");
    setOutcome(null);
    setUnmatched(null);
    setPlanMissing(false);
    void refreshSheets({ planSheet: sheetName }).then(() =>
      setNotices([{ intent: "success", text: both((s) => s.planSheetWritten(sheetName)) }]),
    );
  };

  const isBusy = busy !== null;
  const report = outcome?.report;

  return (
    <main className={classes.root} aria-busy={isBusy} data-testid="pane" data-lang={lang} data-tasks-done={tasksDone}>
      <header className={classes.header}>
        <div className={classes.titles}>
          {/* Subtitle size: the name stays on one line beside the language button at 320 px. */}
          <Subtitle1 as="h1">{strings.appTitle}</Subtitle1>
          <Caption1 className={classes.subtle}>{strings.appSubtitle}</Caption1>
        </div>
        <LanguageToggle lang={lang} strings={strings} onChange={changeLang} />
      </header>

      <TabList
        selectedValue={tab}
        onTabSelect={(_e, data) => {
          setTab(data.value === "import" || data.value === "reading" || data.value === "progress" ? data.value : "check");
          // A message belongs to the tab it was given on.
          setNotices([]);
        }}
        aria-label={strings.appTitle}
        // Small tabs with short labels share one row at 320 px in both languages (wrapping only past that);
        // each tab's heading, in its tooltip, says it in full.
        size="small"
        className={classes.tabs}
      >
        <Tab value="check" data-testid="tab-check" className={classes.tab} content={{ className: classes.tabText }}>
          {strings.check}
        </Tab>
        <Tab value="import" data-testid="tab-import" className={classes.tab} content={{ className: classes.tabText }} title={strings.importHeading}>
          {strings.importTab}
        </Tab>
        <Tab value="reading" data-testid="tab-reading" className={classes.tab} content={{ className: classes.tabText }} title={TAB_WORDS[lang].readingHeading}>
          {TAB_WORDS[lang].readingTab}
        </Tab>
        {report?.progress !== undefined ? (
          <Tab value="progress" data-testid="tab-progress" className={classes.tab} content={{ className: classes.tabText }} title={TAB_WORDS[lang].progressHeading}>
            {TAB_WORDS[lang].progressTab}
          </Tab>
        ) : null}
      </TabList>

      {busy !== null && busy !== "select" ? (
        busy === "check" ? (
          <BusyIndicator
            label={selection.allocationSheet !== null ? strings.checkingSheet(selection.allocationSheet) : strings.checking}
            still={strings.stillChecking}
            seconds={strings.secondsSoFar}
          />
        ) : (
          <BusyIndicator label={strings.working} still={strings.stillWorking} seconds={strings.secondsSoFar} />
        )
      ) : null}
      {notices.map((n, i) => (
        <Notice
          key={i}
          notice={{ intent: n.intent, title: n.title?.[lang], text: n.text[lang] }}
          dismissLabel={strings.dismiss}
          onDismiss={() => setNotices((all) => all.filter((_, j) => j !== i))}
        />
      ))}

      {tab === "check" && outcome === null && unmatched !== null ? (
        <MapLinesOffer
          lang={lang}
          disabled={isBusy}
          onOpen={() => {
            setTab("reading");
            setNotices([]);
          }}
        />
      ) : null}

      {tab === "check" && outcome === null && planMissing ? (
        <ImportPlanOffer
          strings={strings}
          disabled={isBusy}
          onOpen={() => {
            setTab("import");
            setNotices([]);
          }}
        />
      ) : null}

      {tab === "reading" ? (
        <ReadingTab
          host={host}
          outcome={outcome ?? unmatched?.outcome ?? null}
          problem={outcome === null ? unmatched?.problem : undefined}
          lang={lang}
          busy={isBusy}
          onRecheck={onCheck}
        />
      ) : tab === "progress" && report !== undefined && outcome !== null ? (
        <ProgressTab report={report} plan={outcome.plan} lang={lang} strings={strings} disabled={isBusy} onSelect={onSelectFinding} />
      ) : tab === "check" || tab === "progress" ? (
        <CheckTab
          lang={lang}
          strings={strings}
          sheets={sheets}
          selection={selection}
          detected={detected}
          outcome={outcome}
          busy={isBusy}
          canClear={highlightPresence.presence !== "none"}
          {...(allocationProblem !== null ? { allocationProblem: typographicQuotes(allocationProblem[lang]) } : {})}
          onSelectionChange={(next) => {
            setSelection(next);
            setOutcome(null);
            setUnmatched(null);
            setPlanMissing(false);
            setNotices([]);
          }}
          onRefresh={() => void refreshSheets()}
          onCheck={() => void onCheck()}
          onHighlight={() => void onHighlight()}
          onClear={() => void onClear()}
          onSummary={() => void onSummary()}
          onSelectFinding={onSelectFinding}
          onSelectCell={onSelectCell}
          onReviewReading={() => {
            setTab("reading");
            setNotices([]);
          }}
        />
      ) : (
        <PlanImportPanel
          host={host}
          lang={lang}
          strings={strings}
          busy={isBusy}
          onWritten={onPlanWritten}
        />
      )}
    </main>
  );
}
