/**
 * The pane's main actions. A button pressed from the keyboard keeps the focus
 * while its task runs (the bar's buttons are off then, but stay focusable:
 * a disabled button drops the focus to the page's start), and so does `Xoá
 * tô sáng` once the highlights it cleared are gone.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ActionBarProps {
  readonly strings: UiStrings;
  readonly busy: boolean;
  readonly canCheck: boolean;
  /** The id of the words that say why `Kiểm tra` is off (it stays focusable, described by them). */
  readonly checkBlockedBy?: string;
  readonly hasResult: boolean;
  /** False when the workbook holds no highlights to clear (default: true). */
  readonly canClear?: boolean;
  readonly onCheck: () => void;
  readonly onHighlight: () => void;
  readonly onClear: () => void;
  readonly onSummary: () => void;
}

export function ActionBar(props: ActionBarProps): React.ReactElement {
  const { strings, busy, canCheck, hasResult } = props;
  const classes = useStyles();
  return (
    <div className={classes.root} role="toolbar" aria-label={strings.appTitle}>
      <Button
        appearance="primary"
        disabled={busy || (!canCheck && props.checkBlockedBy === undefined)}
        disabledFocusable={busy || props.checkBlockedBy !== undefined}
        aria-describedby={props.checkBlockedBy}
        onClick={props.onCheck}
        data-testid="action-check"
        title={strings.actionHints.check}
      >
        {strings.check}
      </Button>
      <Button disabled={busy || !hasResult} disabledFocusable={busy && hasResult} onClick={props.onHighlight} data-testid="action-highlight" title={strings.actionHints.highlight}>
        {strings.highlight}
      </Button>
      <Button disabled={busy || props.canClear === false} disabledFocusable={busy || props.canClear === false} onClick={props.onClear} data-testid="action-clear" title={strings.actionHints.clear}>
        {strings.clearHighlights}
      </Button>
      <Button disabled={busy || !hasResult} disabledFocusable={busy && hasResult} onClick={props.onSummary} data-testid="action-summary" title={strings.actionHints.summary}>
        {strings.writeSummary}
      </Button>
    </div>
  );
}
