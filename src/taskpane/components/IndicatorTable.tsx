/** One row per plan line: plan, allocated, difference and status, in the plan's own unit. */
import * as React from "react";
import {
  Badge,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IndicatorResult, LineStatus } from "../../core/model/report";
import type { Lang } from "../../core/model/text";
import { statusWord } from "../../core/words";
import type { UiStrings } from "../../i18n";
import { formatFigure } from "../../core/text/format";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  // Auto layout: the numbers take what they need, the name the rest.
  table: { tableLayout: "auto", width: "100%" },
  num: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", paddingLeft: "4px", paddingRight: "4px" },
  head: {
    whiteSpace: "normal",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    paddingLeft: "4px",
    paddingRight: "4px",
  },
  code: { whiteSpace: "nowrap", paddingLeft: "4px", paddingRight: "4px" },
  name: { display: "flex", flexDirection: "column", minWidth: "90px", paddingTop: "2px", paddingBottom: "2px" },
  unit: { color: tokens.colorNeutralForeground3 },
});

const STATUS_COLOR: Record<LineStatus, "success" | "warning" | "danger" | "informative"> = {
  ok: "success",
  under: "warning",
  over: "danger",
  unmapped: "informative",
};

export interface IndicatorTableProps {
  readonly indicators: readonly IndicatorResult[];
  readonly lang: Lang;
  readonly strings: UiStrings;
}

export function IndicatorTable({ indicators, lang, strings }: IndicatorTableProps): React.ReactElement {
  const classes = useStyles();
  return (
    <div className={classes.wrap}>
      <Table size="small" className={classes.table} aria-label={strings.indicatorsHeading} data-testid="indicator-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={classes.head}>{strings.colCode}</TableHeaderCell>
            <TableHeaderCell className={classes.head}>{strings.colName}</TableHeaderCell>
            <TableHeaderCell className={classes.head}>{strings.colTarget}</TableHeaderCell>
            <TableHeaderCell className={classes.head}>{strings.colAllocated}</TableHeaderCell>
            <TableHeaderCell className={classes.head}>{strings.colDifference}</TableHeaderCell>
            <TableHeaderCell className={classes.head}>{strings.colStatus}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {indicators.map((ind) => {
            const unit = { kind: ind.kind, scale: ind.scale };
            return (
              <TableRow key={ind.code} data-testid="indicator-row" data-code={ind.code} data-status={ind.status}>
                <TableCell className={classes.code}>{ind.code}</TableCell>
                <TableCell>
                  <span className={classes.name}>
                    <span>{ind.name}</span>
                    <Caption1 className={classes.unit}>{ind.unit}</Caption1>
                  </span>
                </TableCell>
                <TableCell className={classes.num}>{formatFigure(ind.target, unit, lang)}</TableCell>
                <TableCell className={classes.num}>{formatFigure(ind.allocated, unit, lang)}</TableCell>
                <TableCell className={classes.num}>
                  {formatFigure(ind.difference, unit, lang, true)}
                </TableCell>
                <TableCell className={classes.code}>
                  <Badge appearance="tint" color={STATUS_COLOR[ind.status]}>
                    {statusWord(ind.status, ind.rule, lang)}
                  </Badge>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
