/** Counts of errors and warnings after a check. */
import * as React from "react";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Report } from "../../core/model/report";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function ResultCounts({ report, strings }: { readonly report: Report; readonly strings: UiStrings }): React.ReactElement {
  const classes = useStyles();
  const { error, warning, info } = report.counts;
  return (
    <div className={classes.root} data-testid="counts">
      <Badge
        appearance={error > 0 ? "filled" : "outline"}
        color={error > 0 ? "danger" : "success"}
        data-testid="count-error"
        data-count={error}
        aria-label={`${strings.errors}: ${error}`}
      >
        {strings.errors}: {error}
      </Badge>
      <Badge
        appearance={warning > 0 ? "filled" : "outline"}
        color={warning > 0 ? "warning" : "success"}
        data-testid="count-warning"
        data-count={warning}
        aria-label={`${strings.warnings}: ${warning}`}
      >
        {strings.warnings}: {warning}
      </Badge>
      {info > 0 ? (
        <Badge appearance="outline" color="informative" data-testid="count-info" data-count={info}>
          {strings.infos}: {info}
        </Badge>
      ) : null}
    </div>
  );
}
