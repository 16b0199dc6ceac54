/**
 * One row per plan line: plan, allocated, difference and status, in the plan's
 * own unit. In a narrow pane (under 440 px) the code and the status move into
 * the name's cell, so that the three numbers and a whole status fit in 320 px.
 */
import * as React from "react";
import {
  Badge,
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { IndicatorResult, LineStatus } from "../../core/model/report";
import type { Lang } from "../../core/model/text";
import { sheetTotalWords, statusWord } from "../../core/words";
import type { UiStrings } from "../../i18n";
import { formatFigure } from "../../core/text/format";
import { unitLabel } from "./unitLabel";
import { useNarrow } from "./useNarrow";
import { FORCED_COLORS_LINK } from "./forcedColors";

/** Under this width the table folds its code and status columns into the name's cell. */
const NARROW_PX = 440;
/** Under this width (a 320 or 360 px pane) the figures' headers may take two lines, leaving the names room. */
const TIGHT_PX = 400;

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
  /** A figure's header sits over its figures, at their right edge. */
  headNum: { textAlign: "right" },
  code: { whiteSpace: "nowrap", paddingLeft: "4px", paddingRight: "4px" },
  name: { display: "flex", flexDirection: "column", minWidth: "90px", paddingTop: "2px", paddingBottom: "2px" },
  unit: { color: tokens.colorNeutralForeground3 },
  sheetTotal: { color: tokens.colorPaletteDarkOrangeForeground1 },
  sheetTotalLink: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    textAlign: "left",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ...FORCED_COLORS_LINK,
  },
  cellRef: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "nowrap" },
  status: { whiteSpace: "normal", height: "auto", minHeight: "20px", textAlign: "left" },
  folded: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "2px", paddingTop: "4px", paddingBottom: "4px" },
  cell: { paddingLeft: "4px", paddingRight: "4px" },
});

const STATUS_COLOR: Record<LineStatus, "success" | "warning" | "danger" | "informative"> = {
  ok: "success",
  under: "warning",
  over: "danger",
  unmapped: "informative",
};

/**
 * A figure column's header: on one line where the table has room; in a
 * tight one (a 320 or 360 px pane) it breaks between words, but never leaves a last
 * word alone: Vietnamese words of two syllables stay whole (`Đã / phân bổ`,
 * not `Đã / phân / bổ`), and a header wraps to two lines at most.
 */
export function figureHeader(label: string, tight: boolean): string {
  const words = label.split(" ");
  if (!tight) return words.join("\u00a0");
  if (words.length < 3) return label;
  return `${words.slice(0, -2).join(" ")} ${words.slice(-2).join("\u00a0")}`;
}

export interface IndicatorTableProps {
  readonly indicators: readonly IndicatorResult[];
  readonly lang: Lang;
  readonly strings: UiStrings;
  /**
   * The allocation sheet and how to select one of its cells: a line whose
   * sheet total differs from the count then names its total cell and goes to it.
   */
  readonly goTo?: { readonly sheet: string; readonly disabled: boolean; readonly select: (cell: string) => void };
}

export function IndicatorTable({ indicators, lang, strings, goTo }: IndicatorTableProps): React.ReactElement {
  const classes = useStyles();
  const [wrapRef, narrow] = useNarrow<HTMLDivElement>(NARROW_PX);
  const [tableRef, tight] = useNarrow<HTMLTableElement>(TIGHT_PX);
  const status = (ind: IndicatorResult): React.ReactElement => (
    <Badge appearance="tint" color={STATUS_COLOR[ind.status]} className={classes.status} data-testid="indicator-status">
      {statusWord(ind.status, ind.rule, lang)}
    </Badge>
  );
  return (
    <div className={classes.wrap} ref={wrapRef} data-narrow={narrow}>
      <Table ref={tableRef} size="small" className={classes.table} aria-label={strings.indicatorsHeading} data-testid="indicator-table">
        <TableHeader>
          <TableRow>
            {narrow ? null : <TableHeaderCell className={classes.head}>{strings.colCode}</TableHeaderCell>}
            <TableHeaderCell className={classes.head}>{strings.colName}</TableHeaderCell>
            {[strings.colTarget, strings.colAllocated, strings.colDifference].map((label) => (
              <TableHeaderCell key={label} className={mergeClasses(classes.head, classes.headNum)} data-testid="indicator-head-figure">
                {figureHeader(label, tight)}
              </TableHeaderCell>
            ))}
            {narrow ? null : <TableHeaderCell className={classes.head}>{strings.colStatus}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {indicators.map((ind) => {
            const unit = { kind: ind.kind, scale: ind.scale };
            // CONTRACT §3: the sheet's own total, where it shows another figure than allocheck counts.
            const both = sheetTotalWords(ind, lang);
            const cell = ind.totalCell;
            const sheetTotal =
              both === undefined ? null : goTo !== undefined && cell !== null ? (
                // Which cell shows the other figure, and a way to go to it.
                <Link
                  as="button"
                  className={classes.sheetTotalLink}
                  disabled={goTo.disabled}
                  title={strings.goToCell(goTo.sheet, cell)}
                  data-testid="indicator-sheet-total"
                  data-cell={cell}
                  onClick={() => goTo.select(cell)}
                >
                  <span className={classes.cellRef}>{cell}</span> {both}
                </Link>
              ) : (
                <Caption1 className={classes.sheetTotal} data-testid="indicator-sheet-total">
                  {both}
                </Caption1>
              );
            return (
              <TableRow key={ind.code} data-testid="indicator-row" data-code={ind.code} data-status={ind.status}>
                {narrow ? null : <TableCell className={classes.code}>{ind.code}</TableCell>}
                <TableCell className={narrow ? classes.cell : undefined}>
                  {narrow ? (
                    <span className={classes.folded}>
                      <span>
                        {ind.code}. {ind.name}
                      </span>
                      <Caption1 className={classes.unit} data-testid="indicator-unit">
                        {unitLabel(ind, lang)}
                      </Caption1>
                      {sheetTotal}
                      {status(ind)}
                    </span>
                  ) : (
                    <span className={classes.name}>
                      <span>{ind.name}</span>
                      <Caption1 className={classes.unit} data-testid="indicator-unit">
                        {unitLabel(ind, lang)}
                      </Caption1>
                      {sheetTotal}
                    </span>
                  )}
                </TableCell>
                <TableCell className={classes.num}>{formatFigure(ind.target, unit, lang)}</TableCell>
                <TableCell className={classes.num}>{formatFigure(ind.allocated, unit, lang)}</TableCell>
                <TableCell className={classes.num}>
                  {formatFigure(ind.difference, unit, lang, true)}
                </TableCell>
                {narrow ? null : <TableCell className={classes.code}>{status(ind)}</TableCell>}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
