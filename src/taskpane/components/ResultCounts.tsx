/** Counts of errors and warnings after a check. */
import * as React from "react";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Report } from "../../core/model/report";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** A count that stands out (filled, in `alertColor`) when it is not zero, else an outlined green badge. */
function CountBadge(props: {
  readonly testId: string;
  readonly label: string;
  readonly count: number;
  readonly shown: string;
  readonly alertColor: "danger" | "warning";
}): React.ReactElement {
  const { testId, label, count, shown, alertColor } = props;
  return (
    <Badge
      appearance={count > 0 ? "filled" : "outline"}
      color={count > 0 ? alertColor : "success"}
      data-testid={testId}
      data-count={count}
      aria-label={`${label}: ${shown}`}
    >
      {label}: {shown}
    </Badge>
  );
}

export function ResultCounts({ report, strings }: { readonly report: Report; readonly strings: UiStrings }): React.ReactElement {
  const classes = useStyles();
  const { error, warning, info } = report.counts;
  return (
    <div className={classes.root} data-testid="counts">
      <CountBadge testId="count-error" label={strings.errors} count={error} shown={strings.count(error)} alertColor="danger" />
      <CountBadge testId="count-warning" label={strings.warnings} count={warning} shown={strings.count(warning)} alertColor="warning" />
      {info > 0 ? (
        <Badge appearance="outline" color="informative" data-testid="count-info" data-count={info}>
          {strings.infos}: {strings.count(info)}
        </Badge>
      ) : null}
    </div>
  );
}
