/** The corrections saved for the sheet, each with a button that removes it. */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Correction } from "../../../core/model/corrections";
import type { ReadingStrings } from "../../../i18n/reading";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
});

/** `1 Tổ truyền thông cộng đồng` for a plan line's code (the code alone when the plan has no such line). */
function lineText(code: string, names: ReadonlyMap<string, string> | undefined): string {
  const name = names?.get(code);
  return name === undefined ? code : `${code} ${name}`;
}

function describe(correction: Correction, strings: ReadingStrings, names: ReadonlyMap<string, string> | undefined): string {
  switch (correction.kind) {
    case "role":
      return strings.correctionText(correction.at, `${correction.label} → ${strings.roleWord(correction.role)}`);
    case "line":
      return strings.correctionText(correction.at, `${correction.header} → ${lineText(correction.code, names)}`);
    case "ignore":
      return strings.correctionText(correction.at, `${correction.label} → ${strings.ignore}`);
  }
}

export interface CorrectionsListProps {
  readonly corrections: readonly Correction[];
  readonly strings: ReadingStrings;
  readonly disabled: boolean;
  /** The plan's line names by code: a column mapped to a line is told with the line's name, not its code alone. */
  readonly lineNames?: ReadonlyMap<string, string>;
  /** Removes the correction at `at` made on `label` (a row may hold two: a district beside its first commune). */
  readonly onRemove: (at: string, label: string) => void;
}

export function CorrectionsList({ corrections, strings, disabled, lineNames, onRemove }: CorrectionsListProps): React.ReactElement {
  const classes = useStyles();
  if (corrections.length === 0) return <Caption1 data-testid="no-corrections">{strings.noCorrections}</Caption1>;
  return (
    <ul className={classes.list} data-testid="corrections">
      {corrections.map((c) => (
        <li key={`${c.kind}-${c.at}-${c.kind === "line" ? c.header : c.label}`} className={classes.item} data-correction-at={c.at} data-correction-kind={c.kind}>
          <span>{describe(c, strings, lineNames)}</span>
          <Button
            size="small"
            appearance="subtle"
            disabled={disabled}
            aria-label={strings.removeCorrection(c.at)}
            // The glyph alone does not say what it does: its words show on hover too.
            title={strings.removeCorrection(c.at)}
            data-testid="remove-correction"
            onClick={() => onRemove(c.at, c.kind === "line" ? c.header : c.label)}
          >
            ×
          </Button>
        </li>
      ))}
    </ul>
  );
}
