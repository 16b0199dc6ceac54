/**
 * Shown while Excel (or the preview workbook) is working. A task that takes
 * long (a large sheet read block by block) adds, once, that it is still going
 * and why, and counts the seconds beside it: the live region tells the still
 * going once, the ticking seconds are for the eye only (a screen reader is not
 * told every second).
 */
import * as React from "react";
import { Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";

/** Seconds after which the pane says the task is still going. */
export const STILL_WORKING_AFTER = 4;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // Long Vietnamese sentences wrap inside the pane, never past it.
  label: { overflowWrap: "anywhere" },
  // Under the label, past the tiny spinner (20 px) and its gap.
  still: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere", paddingLeft: `calc(20px + ${tokens.spacingHorizontalS})` },
});

export interface BusyIndicatorProps {
  readonly label: string;
  /** Said once the task has gone on `STILL_WORKING_AFTER` seconds (e.g. that a large sheet takes a while to read). */
  readonly still?: string;
  /** `n giây` / `n s`: the seconds so far, beside `still`. */
  readonly seconds?: (n: number) => string;
}

export function BusyIndicator({ label, still, seconds }: BusyIndicatorProps): React.ReactElement {
  const classes = useStyles();
  const [elapsed, setElapsed] = React.useState(0);
  React.useEffect(() => {
    if (still === undefined) return undefined;
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [still]);
  const long = still !== undefined && elapsed >= STILL_WORKING_AFTER;
  return (
    <div role="status" aria-live="polite" data-testid="busy" className={classes.root}>
      <Spinner size="tiny" labelPosition="after" label={<span className={classes.label}>{label}</span>} />
      {long ? (
        <Caption1 className={classes.still} data-testid="busy-still">
          {still}
          {seconds !== undefined ? <span aria-hidden="true" data-testid="busy-seconds">{` (${seconds(elapsed)})`}</span> : null}
        </Caption1>
      ) : null}
    </div>
  );
}
