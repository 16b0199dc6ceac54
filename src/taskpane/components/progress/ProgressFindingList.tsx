/** Findings under a progress line; each with a cell selects it in the sheet, as in the findings list. */
import * as React from "react";
import { Badge, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../core/model/finding";
import type { Lang } from "../../../core/model/text";
import type { UiStrings } from "../../../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  cell: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "nowrap" },
});

export interface ProgressFindingListProps {
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly strings: UiStrings;
  readonly disabled: boolean;
  readonly onSelect: (finding: Finding) => void;
  readonly testId: string;
}

export function ProgressFindingList({ findings, lang, strings, disabled, onSelect, testId }: ProgressFindingListProps): React.ReactElement {
  const classes = useStyles();
  return (
    <ul className={classes.list} data-testid={testId}>
      {findings.map((f, i) => (
        <li key={i} className={classes.item}>
          <Badge
            size="tiny"
            color={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative"}
            role="img"
            aria-label={strings.severity[f.severity]}
          />
          {f.sheet !== null && f.cell !== null ? (
            <Link
              as="button"
              disabled={disabled}
              data-testid="progress-finding"
              data-rule={f.rule}
              data-severity={f.severity}
              data-sheet={f.sheet}
              data-cell={f.cell}
              data-area={f.area ?? undefined}
              aria-label={`${strings.goToCell(f.sheet, f.cell)}: ${f.message[lang]}`}
              onClick={() => onSelect(f)}
            >
              <span className={classes.cell}>{f.cell}</span> {f.message[lang]}
            </Link>
          ) : (
            <Text data-testid="progress-finding" data-rule={f.rule} data-severity={f.severity}>
              {f.message[lang]}
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}
