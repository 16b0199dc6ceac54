/**
 * The legend of the reading bands: for each kind shown, its swatch, its symbol
 * (the one in the row and column headers) and its name in words.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReadingMarkKind } from "../app/host";
import { BAND_LOOK, BAND_ORDER } from "./readingBands";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: {
    display: "inline-block",
    width: "14px",
    height: "14px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    textAlign: "center",
    lineHeight: "14px",
    fontWeight: tokens.fontWeightBold,
    fontSize: "10px",
  },
});

export interface ReadingLegendProps {
  readonly title: string;
  /** The kinds to list (those shown); legend order whatever the order given. */
  readonly kinds: readonly ReadingMarkKind[];
  readonly names: Readonly<Record<ReadingMarkKind, string>>;
}

export function ReadingLegend({ title, kinds, names }: ReadingLegendProps): React.ReactElement {
  const classes = useStyles();
  const shown = BAND_ORDER.filter((kind) => kinds.includes(kind));
  return (
    <ul className={classes.list} aria-label={title} data-testid="reading-legend">
      {shown.map((kind) => {
        const look = BAND_LOOK[kind];
        return (
          <li key={kind} className={classes.item} data-legend-kind={kind}>
            <span
              className={classes.swatch}
              aria-hidden="true"
              style={look.background !== null ? { background: look.background } : undefined}
            >
              {look.symbol}
            </span>
            <span>{names[kind]}</span>
          </li>
        );
      })}
    </ul>
  );
}
