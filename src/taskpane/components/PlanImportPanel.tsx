/**
 * `Nhập kế hoạch từ văn bản`: paste the plan's text (or pick a .docx / .txt),
 * extract, correct the lines in place, and write them as a new plan sheet.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../app/host";
import type { Lang, LocalizedText } from "../../core/model/text";
import {
  draftsFromExtracted,
  emptyDraft,
  unconfirmed,
  withDrafts,
  writePlanSheet,
  type DraftProblem,
  type PlanLineDraft,
} from "../../app/planImport";
import { extractPlan, readPlanDocumentBuffer } from "../../extract";
import type { ExtractedPlan } from "../../extract/types";
import { STRINGS, type UiStrings } from "../../i18n";
import { confirmFirst, toConfirm } from "../../i18n/planConfirm";
import { BusyIndicator } from "./BusyIndicator";
import { ExtractedCount } from "./ExtractedCount";
import { ExtractedDetails } from "./ExtractedDetails";
import { Notice } from "./Notice";
import { PlanLinesEditor } from "./PlanLinesEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  textarea: { width: "100%" },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  fileRow: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fileName: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere", minWidth: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { fontWeight: tokens.fontWeightSemibold },
  subtle: { color: tokens.colorNeutralForeground3 },
});

export interface PlanImportPanelProps {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  readonly strings: UiStrings;
  /** The pane is busy with the workbook. */
  readonly busy: boolean;
  /** Called with the name of the sheet written. */
  readonly onWritten: (sheetName: string) => void;
}

function both(pick: (s: UiStrings) => string): LocalizedText {
  return { vi: pick(STRINGS.vi), en: pick(STRINGS.en) };
}

function messageOf(error: unknown): LocalizedText {
  if (typeof error === "object" && error !== null && "text" in error) {
    const text = (error as { text: unknown }).text;
    if (typeof text === "object" && text !== null && "vi" in text && "en" in text) return text as LocalizedText;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { vi: message, en: message };
}

export function PlanImportPanel({ host, lang, strings, busy, onWritten }: PlanImportPanelProps): React.ReactElement {
  const classes = useStyles();
  const fileId = useId("plan-file");
  const fileLabelId = useId("plan-file-label");
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [text, setText] = React.useState("");
  const [extracted, setExtracted] = React.useState<ExtractedPlan | null>(null);
  const [drafts, setDrafts] = React.useState<PlanLineDraft[]>([]);
  /** Numbers in the drafts are in the notation of the language they were extracted in. */
  const [draftLang, setDraftLang] = React.useState<Lang>(lang);
  const [problems, setProblems] = React.useState<readonly DraftProblem[]>([]);
  const [working, setWorking] = React.useState<LocalizedText | null>(null);
  const [error, setError] = React.useState<LocalizedText | null>(null);
  /** A problem with writing the sheet: shown next to its button, where the user is looking. */
  const [writeError, setWriteError] = React.useState<LocalizedText | null>(null);
  const writeErrorRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (writeError !== null) writeErrorRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [writeError]);
  const disabled = busy || working !== null;

  const extract = (source: string): void => {
    setError(null);
    setWriteError(null);
    setProblems([]);
    if (source.trim() === "") {
      setExtracted(null);
      setDrafts([]);
      setError(both((s) => s.emptyText));
      return;
    }
    try {
      const plan = extractPlan(source);
      setExtracted(plan);
      setDrafts(draftsFromExtracted(plan, lang));
      setDraftLang(lang);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file === undefined) return;
    setFileName(file.name);
    setWorking(both((s) => s.fileReading(file.name)));
    setError(null);
    try {
      const content = await readPlanDocumentBuffer(await file.arrayBuffer(), file.name);
      setText(content);
      extract(content);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setWorking(null);
    }
  };

  const onWrite = async (): Promise<void> => {
    if (extracted === null) return;
    const waiting = unconfirmed(drafts);
    if (waiting > 0) {
      setWriteError(confirmFirst(waiting));
      return;
    }
    const result = withDrafts(extracted, drafts, draftLang);
    setProblems(result.problems);
    if (result.plan === null) {
      const first = result.problems[0];
      const column = (s: UiStrings): string =>
        ({ code: s.colCode, name: s.colName, unit: s.colUnit, target: s.colTarget, quota: s.colQuota })[first.field];
      setWriteError(both((s) => s.invalidNumber(column(s), first.index + 1)));
      return;
    }
    setWorking(both((s) => s.working));
    setError(null);
    setWriteError(null);
    try {
      const name = await writePlanSheet(host, result.plan);
      onWritten(name);
    } catch (e) {
      setWriteError(messageOf(e));
    } finally {
      setWorking(null);
    }
  };

  const addLine = (): void =>
    setDrafts((list) => [...list, emptyDraft(list.reduce((max, d) => Math.max(max, d.id), 0) + 1)]);

  return (
    <section className={classes.root} aria-label={strings.importHeading} data-testid="import-panel">
      <Text as="h2" className={classes.heading}>
        {strings.importHeading}
      </Text>
      <Caption1 className={classes.subtle}>{strings.importIntro}</Caption1>
      <div data-testid="plan-text">
        <Field label={strings.pasteLabel}>
          <Textarea
            className={classes.textarea}
            resize="vertical"
            rows={8}
            value={text}
            placeholder={strings.pastePlaceholder}
            disabled={disabled}
            onChange={(_e, data) => setText(data.value)}
          />
        </Field>
      </div>
      <div className={classes.file}>
        <Text id={fileLabelId}>{strings.fileLabel}</Text>
        <div className={classes.fileRow}>
          <Button
            disabled={disabled}
            aria-describedby={fileLabelId}
            onClick={() => fileInput.current?.click()}
            data-testid="plan-file-button"
          >
            {strings.chooseFile}
          </Button>
          <Caption1 className={classes.fileName} data-testid="plan-file-name">
            {fileName ?? strings.noFileChosen}
          </Caption1>
        </div>
        {/* The browser's own file control speaks the browser's language: hidden, opened by the button. */}
        <input
          ref={fileInput}
          id={fileId}
          type="file"
          hidden
          tabIndex={-1}
          aria-hidden="true"
          accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          disabled={disabled}
          data-testid="plan-file"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <div className={classes.actions}>
        <Button appearance="primary" disabled={disabled} onClick={() => extract(text)} data-testid="extract">
          {strings.extract}
        </Button>
      </div>
      {working !== null ? <BusyIndicator label={working[lang]} /> : null}
      {error !== null ? (
        <Notice notice={{ intent: "error", text: error[lang] }} dismissLabel={strings.dismiss} onDismiss={() => setError(null)} />
      ) : null}

      {extracted !== null ? (
        <>
          <ExtractedCount plan={extracted} strings={strings} />
          {unconfirmed(drafts) > 0 ? <Caption1 data-testid="to-confirm-count">{toConfirm(unconfirmed(drafts))[lang]}</Caption1> : null}
          <PlanLinesEditor
            drafts={drafts}
            problems={problems}
            strings={strings}
            lang={lang}
            disabled={disabled}
            onChange={(next) => {
              setDrafts(next);
              setProblems([]);
              setWriteError(null);
            }}
            onAdd={addLine}
          />
          <ExtractedDetails plan={extracted} lang={lang} strings={strings} />
          <div className={classes.actions}>
            <Button
              appearance="primary"
              disabled={disabled || drafts.length === 0}
              onClick={() => void onWrite()}
              data-testid="write-plan"
            >
              {strings.writePlanSheet}
            </Button>
          </div>
          {writeError !== null ? (
            <div ref={writeErrorRef} data-testid="write-error">
              <Notice
                notice={{ intent: "error", text: writeError[lang] }}
                dismissLabel={strings.dismiss}
                onDismiss={() => setWriteError(null)}
              />
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
