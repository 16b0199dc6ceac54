/**
 * One line's progress drawn as a bar: the part achieved, a lighter part up to
 * the forecast, and a mark at what is expected by now. Its accessible name
 * says every figure, so nothing is told by colour or position alone.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ProgressStatus } from "../../../core/progress/status";

const useStyles = makeStyles({
  track: {
    position: "relative",
    height: "14px",
    backgroundColor: tokens.colorNeutralBackground5,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "visible",
  },
  forecast: {
    position: "absolute",
    top: 0,
    bottom: 0,
    left: 0,
    // Stripes: the forecast is told apart from the achieved part without colour.
    backgroundImage: `repeating-linear-gradient(45deg, ${tokens.colorNeutralStroke1} 0 3px, transparent 3px 6px)`,
  },
  achieved: { position: "absolute", top: 0, bottom: 0, left: 0, backgroundColor: tokens.colorBrandBackground },
  behind: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  over: { backgroundColor: tokens.colorPaletteRedBackground3 },
  pace: {
    position: "absolute",
    top: "-4px",
    bottom: "-4px",
    width: "0",
    borderLeft: `3px solid ${tokens.colorNeutralForeground1}`,
    transform: "translateX(-1px)",
  },
});

export interface ProgressBarFigureProps {
  readonly achieved: number;
  readonly target: number;
  readonly expectedByNow: number | null;
  readonly forecast: number | null;
  readonly status: ProgressStatus;
  /** Every figure in words, for screen readers. */
  readonly label: string;
}

function share(value: number, max: number): string {
  if (!(max > 0) || !Number.isFinite(value)) return "0%";
  return `${(Math.max(0, Math.min(value, max)) / max) * 100}%`;
}

export function ProgressBarFigure({ achieved, target, expectedByNow, forecast, status, label }: ProgressBarFigureProps): React.ReactElement {
  const classes = useStyles();
  const max = Math.max(target, achieved, forecast ?? 0);
  return (
    <div
      className={classes.track}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={target}
      aria-valuenow={achieved}
      aria-valuetext={label}
      data-testid="progress-bar"
    >
      {forecast !== null ? <div className={classes.forecast} style={{ width: share(forecast, max) }} data-testid="progress-forecast" /> : null}
      <div
        className={mergeClasses(classes.achieved, status === "behind" && classes.behind, status === "over" && classes.over)}
        style={{ width: share(achieved, max) }}
      />
      {expectedByNow !== null ? <div className={classes.pace} style={{ left: share(expectedByNow, max) }} data-testid="progress-pace" /> : null}
    </div>
  );
}
