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
import type { Plan } from "../../core/model/plan";
import type { IndicatorResult, LineStatus } from "../../core/model/report";
import type { Lang } from "../../core/model/text";
import { formatQuantity, type UiStrings } from "../../i18n";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { minWidth: "420px" },
  num: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  code: { width: "48px" },
  name: { display: "flex", flexDirection: "column" },
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
  readonly plan: Plan;
  readonly lang: Lang;
  readonly strings: UiStrings;
}

export function IndicatorTable({ indicators, plan, lang, strings }: IndicatorTableProps): React.ReactElement {
  const classes = useStyles();
  const scaleOf = (code: string): number => plan.lines.find((l) => l.code === code)?.scale ?? 1;
  return (
    <div className={classes.wrap}>
      <Table size="small" className={classes.table} aria-label={strings.indicatorsHeading} data-testid="indicator-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={classes.code}>{strings.colCode}</TableHeaderCell>
            <TableHeaderCell>{strings.colName}</TableHeaderCell>
            <TableHeaderCell className={classes.num}>{strings.colTarget}</TableHeaderCell>
            <TableHeaderCell className={classes.num}>{strings.colAllocated}</TableHeaderCell>
            <TableHeaderCell className={classes.num}>{strings.colDifference}</TableHeaderCell>
            <TableHeaderCell>{strings.colStatus}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {indicators.map((ind) => {
            const scale = scaleOf(ind.code);
            return (
              <TableRow key={ind.code} data-testid="indicator-row" data-code={ind.code} data-status={ind.status}>
                <TableCell>{ind.code}</TableCell>
                <TableCell>
                  <span className={classes.name}>
                    <span>{ind.name}</span>
                    <Caption1 className={classes.unit}>{ind.unit}</Caption1>
                  </span>
                </TableCell>
                <TableCell className={classes.num}>{formatQuantity(ind.target, ind.kind, scale, lang)}</TableCell>
                <TableCell className={classes.num}>{formatQuantity(ind.allocated, ind.kind, scale, lang)}</TableCell>
                <TableCell className={classes.num}>
                  {formatQuantity(ind.difference, ind.kind, scale, lang, { signed: true })}
                </TableCell>
                <TableCell>
                  <Badge appearance="tint" color={STATUS_COLOR[ind.status]}>
                    {strings.status[ind.status]}
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
