/**
 * The pane's task and notice state machine: one workbook task at a time with
 * its busy kind, its result as notices (success, info, warning) or its failure
 * as an error notice, and a count of finished tasks (for tests).
 */
import * as React from "react";
import type { LocalizedText } from "../../core/model/text";
import { InputError } from "../../core/model/errors";
import { STRINGS, type UiStrings } from "../../i18n";

export type Busy = null | "detect" | "check" | "highlight" | "clear" | "summary" | "select" | "import";

export interface NoticeState {
  readonly intent: "error" | "warning" | "success" | "info";
  readonly title?: LocalizedText;
  readonly text: LocalizedText;
}

/** The same words in both languages, from the pane's string tables. */
export function both(pick: (s: UiStrings) => string): LocalizedText {
  return { vi: pick(STRINGS.vi), en: pick(STRINGS.en) };
}

export function errorNotice(error: unknown): NoticeState {
  if (error instanceof InputError) {
    return { intent: "error", title: both((s) => s.inputErrorTitle), text: error.text };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { intent: "error", title: both((s) => s.unexpectedError), text: { vi: message, en: message } };
}

/** The notices after a write: what was done, told after a note that the check ran again first if it did. */
export function writeNotices(rechecked: boolean, done: LocalizedText): NoticeState[] {
  const success: NoticeState = { intent: "success", text: done };
  return rechecked ? [{ intent: "info", text: both((s) => s.recheckedBeforeWrite) }, success] : [success];
}

export interface PaneTasks {
  readonly busy: Busy;
  readonly notices: readonly NoticeState[];
  readonly setNotices: React.Dispatch<React.SetStateAction<readonly NoticeState[]>>;
  /** How many workbook tasks have finished. */
  readonly tasksDone: number;
  /** Runs one workbook task with the busy indicator; its notices replace the old ones, a failure becomes a message. */
  readonly work: (kind: Exclude<Busy, null>, task: () => Promise<NoticeState[] | void>) => Promise<void>;
}

export function usePaneTasks(): PaneTasks {
  const [busy, setBusy] = React.useState<Busy>(null);
  const [notices, setNotices] = React.useState<readonly NoticeState[]>([]);
  const [tasksDone, setTasksDone] = React.useState(0);

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

  return { busy, notices, setNotices, tasksDone, work };
}
