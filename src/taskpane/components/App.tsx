/**
 * The task pane: pick the sheets, `Kiểm tra`, look at the result, highlight,
 * write the summary; or import the plan from its text. Everything that talks
 * to the workbook goes through the app services and the `WorkbookHost` port.
 */
import * as React from "react";
import {
  Caption1,
  Divider,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookHost, SheetInfo } from "../../app/host";
import type { CheckOutcome, SheetSelection } from "../../app/outcome";
import type { Finding } from "../../core/model/finding";
import type { Lang, LocalizedText } from "../../core/model/text";
import { InputError } from "../../core/model/errors";
import { detectSheets, mergeSelection } from "../../app/detectSheets";
import { runCheck } from "../../app/runCheck";
import { clearFindingHighlights, highlightFindings } from "../../app/highlights";
import { writeSummarySheet } from "../../app/summary";
import { STRINGS, type UiStrings } from "../../i18n";
import { ActionBar } from "./ActionBar";
import { BusyIndicator } from "./BusyIndicator";
import { FindingsByRule } from "./FindingsByRule";
import { IndicatorTable } from "./IndicatorTable";
import { LanguageToggle } from "./LanguageToggle";
import { Notice } from "./Notice";
import { PlanImportPanel } from "./PlanImportPanel";
import { ResultCounts } from "./ResultCounts";
import { SheetPickers } from "./SheetPickers";
import { ProgressTab } from "./progress/ProgressTab";
import { PROGRESS_STRINGS } from "../../i18n/progress";

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
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionTitle: { fontWeight: tokens.fontWeightSemibold },
});

type Busy = null | "detect" | "check" | "highlight" | "clear" | "summary" | "select" | "import";

interface NoticeState {
  readonly intent: "error" | "warning" | "success" | "info";
  readonly title?: LocalizedText;
  readonly text: LocalizedText;
}

/** The same words in both languages, from the pane's string tables. */
function both(pick: (s: UiStrings) => string): LocalizedText {
  return { vi: pick(STRINGS.vi), en: pick(STRINGS.en) };
}

function errorNotice(error: unknown): NoticeState {
  if (error instanceof InputError) {
    return { intent: "error", title: both((s) => s.inputErrorTitle), text: error.text };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { intent: "error", title: both((s) => s.unexpectedError), text: { vi: message, en: message } };
}

export interface AppProps {
  readonly host: WorkbookHost;
  readonly initialLang?: Lang;
  /** Called when the user switches language (the preview passes it to its notes). */
  readonly onLanguageChange?: (lang: Lang) => void;
}

export function App({ host, initialLang = "vi", onLanguageChange }: AppProps): React.ReactElement {
  const classes = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [tab, setTab] = React.useState<"check" | "import" | "progress">("check");
  const [sheets, setSheets] = React.useState<readonly SheetInfo[]>([]);
  const [detected, setDetected] = React.useState<SheetSelection>({ allocationSheet: null, planSheet: null });
  const [selection, setSelection] = React.useState<SheetSelection>({ allocationSheet: null, planSheet: null });
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [notices, setNotices] = React.useState<readonly NoticeState[]>([]);
  /** How many workbook tasks have finished (for tests: `data-tasks-done`). */
  const [tasksDone, setTasksDone] = React.useState(0);
  const strings = STRINGS[lang];
  const selectionRef = React.useRef(selection);
  selectionRef.current = selection;

  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  /** Runs one workbook task with the busy indicator; failures become a message. */
  const work = React.useCallback(async (kind: Exclude<Busy, null>, task: () => Promise<NoticeState[] | void>) => {
    setBusy(kind);
    // Selecting a cell keeps the last message (e.g. how many cells were highlighted).
    if (kind !== "select") setNotices([]);
    try {
      const result = await task();
      if (result !== undefined) setNotices(result);
    } catch (error) {
      setNotices([errorNotice(error)]);
    } finally {
      setBusy(null);
      setTasksDone((n) => n + 1);
    }
  }, []);

  const refreshSheets = React.useCallback(
    (prefer?: Partial<SheetSelection>) =>
      work("detect", async () => {
        const choices = await detectSheets(host);
        setSheets(choices.sheets);
        setDetected(choices.detected);
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
      const result = await runCheck(host, selection);
      setOutcome(result);
    });

  const onHighlight = (): Promise<void> =>
    work("highlight", async () => {
      if (outcome === null) return;
      const done = await highlightFindings(host, outcome);
      setOutcome(done.outcome);
      const list: NoticeState[] = [{ intent: "success", text: both((s) => s.highlighted(done.value)) }];
      if (done.rechecked) list.unshift({ intent: "info", text: both((s) => s.recheckedBeforeWrite) });
      return list;
    });

  const onClear = (): Promise<void> =>
    work("clear", async () => {
      const count = await clearFindingHighlights(host);
      return [{ intent: "success", text: both((s) => s.cleared(count)) }];
    });

  const onSummary = (): Promise<void> =>
    work("summary", async () => {
      if (outcome === null) return;
      const done = await writeSummarySheet(host, outcome, lang);
      setOutcome(done.outcome);
      setSheets(await host.listSheets());
      const list: NoticeState[] = [{ intent: "success", text: both((s) => s.summaryWritten(done.value)) }];
      if (done.rechecked) list.unshift({ intent: "info", text: both((s) => s.recheckedBeforeWrite) });
      return list;
    });

  const onSelectFinding = (finding: Finding): void => {
    if (finding.sheet === null || finding.cell === null) return;
    const { sheet, cell } = finding;
    void work("select", () => host.selectCell(sheet, cell));
  };

  const onPlanWritten = (sheetName: string): void => {
    setTab("check");
    setOutcome(null);
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
          <Title3 as="h1">{strings.appTitle}</Title3>
          <Caption1 className={classes.subtle}>{strings.appSubtitle}</Caption1>
        </div>
        <LanguageToggle lang={lang} strings={strings} onChange={changeLang} />
      </header>

      <TabList
        selectedValue={tab}
        onTabSelect={(_e, data) => setTab(data.value === "import" || data.value === "progress" ? data.value : "check")}
        aria-label={strings.appTitle}
        style={{ flexWrap: "wrap" }}
      >
        <Tab value="check" data-testid="tab-check">
          {strings.check}
        </Tab>
        <Tab value="import" data-testid="tab-import">
          {strings.importHeading}
        </Tab>
        {report?.progress !== undefined ? (
          <Tab value="progress" data-testid="tab-progress">
            {PROGRESS_STRINGS[lang].tab}
          </Tab>
        ) : null}
      </TabList>

      {busy !== null && busy !== "select" ? (
        <BusyIndicator label={busy === "check" ? strings.checking : strings.working} />
      ) : null}
      {notices.map((n, i) => (
        <Notice
          key={i}
          notice={{ intent: n.intent, title: n.title?.[lang], text: n.text[lang] }}
          dismissLabel={strings.dismiss}
          onDismiss={() => setNotices((all) => all.filter((_, j) => j !== i))}
        />
      ))}

      {tab === "progress" && report !== undefined && outcome !== null ? (
        <ProgressTab report={report} plan={outcome.plan} lang={lang} strings={strings} disabled={isBusy} onSelect={onSelectFinding} />
      ) : tab === "check" || tab === "progress" ? (
        <>
          <SheetPickers
            strings={strings}
            sheets={sheets}
            selection={selection}
            detected={detected}
            disabled={isBusy}
            onChange={(next) => {
              setSelection(next);
              setOutcome(null);
              setNotices([]);
            }}
            onRefresh={() => void refreshSheets()}
          />
          <ActionBar
            strings={strings}
            busy={isBusy}
            canCheck={sheets.length > 0}
            hasResult={outcome !== null}
            onCheck={() => void onCheck()}
            onHighlight={() => void onHighlight()}
            onClear={() => void onClear()}
            onSummary={() => void onSummary()}
          />
          {report !== undefined && outcome !== null ? (
            <section className={classes.section} aria-label={strings.resultHeading} data-testid="result">
              <Divider />
              <Caption1 className={classes.subtle}>
                {strings.checkedSheet(report.allocationSheet, outcome.plan.sheet ?? outcome.plan.source)}
              </Caption1>
              <ResultCounts report={report} strings={strings} />
              <Text as="h2" className={classes.sectionTitle}>
                {strings.indicatorsHeading}
              </Text>
              <IndicatorTable indicators={report.indicators} plan={outcome.plan} lang={lang} strings={strings} />
              <Text as="h2" className={classes.sectionTitle}>
                {strings.findingsHeading}
              </Text>
              {report.findings.length === 0 ? (
                <Text data-testid="no-findings">{strings.noFindings}</Text>
              ) : (
                <FindingsByRule
                  findings={report.findings}
                  lang={lang}
                  strings={strings}
                  disabled={isBusy}
                  onSelect={onSelectFinding}
                />
              )}
            </section>
          ) : null}
        </>
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
