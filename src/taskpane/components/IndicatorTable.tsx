/**
 * One row per plan line: plan, allocated, difference and status, in the plan's
 * own unit. In a narrow pane (under 440 px) each line is a group of two rows:
 * its code, name, unit and status across the pane (the group's header), then
 * its three figures under their headers. So a long name is not squeezed into
 * a column beside the figures (one word a line when they are wide, as money in
 * đồng is), and a screen reader names each figure by its column and its line.
 * Where three figures side by side would not fit the pane (money of ten digits
 * and more), each figure takes a row of its own after its label.
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
import { useWidth } from "./useWidth";
import { FORCED_COLORS_LINK } from "./forcedColors";

/** Under this width the table folds its code and status columns into the name's cell. */
const NARROW_PX = 440;
/** A figure's width per character and a column's padding, in px, at the table's 14 px (digits are the widest characters). */
const FIGURE_CHAR_PX = 8.5;
const FIGURE_PAD_PX = 10;

/**
 * Whether three columns of these figures fit side by side in `width` px; an
 * unmeasured table (width 0, as when rendered on a server) keeps the columns.
 */
export function figuresFitSideBySide(figures: readonly string[], width: number): boolean {
  if (width <= 0) return true;
  const longest = figures.reduce((most, text) => Math.max(most, text.length), 0);
  return 3 * (longest * FIGURE_CHAR_PX + FIGURE_PAD_PX) <= width;
}

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
  /** Fluent lays a header's content out in a flex box: a one-line label goes right only by justifying it. */
  headNumContent: { justifyContent: "flex-end" },
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
  /** A line's header row in the narrow pane: across the figures, in the body's weight, no rule under it. */
  lineHead: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    verticalAlign: "top",
    paddingLeft: "4px",
    paddingRight: "4px",
  },
  lineName: { fontWeight: tokens.fontWeightSemibold },
  /** The name row and its figures read as one line: the rule goes under the figures only. */
  nameRow: { borderBottomStyle: "none" },
  /** A figure's label on its own row (figures too wide to stand side by side). */
  figureLabel: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    paddingLeft: "12px",
    paddingRight: "4px",
    whiteSpace: "nowrap",
  },
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
  const [wrapRef, width] = useWidth<HTMLDivElement>();
  const narrow = width > 0 && width < NARROW_PX;
  const [tableRef, tight] = useNarrow<HTMLTableElement>(TIGHT_PX);
  const status = (ind: IndicatorResult): React.ReactElement => (
    <Badge appearance="tint" color={STATUS_COLOR[ind.status]} className={classes.status} data-testid="indicator-status">
      {statusWord(ind.status, ind.rule, lang)}
    </Badge>
  );
  const figureTexts = (ind: IndicatorResult): [string, string, string] => {
    const unit = { kind: ind.kind, scale: ind.scale };
    return [formatFigure(ind.target, unit, lang), formatFigure(ind.allocated, unit, lang), formatFigure(ind.difference, unit, lang, true)];
  };
  const figureLabels = [strings.colTarget, strings.colAllocated, strings.colDifference];
  const figures = (ind: IndicatorResult): React.ReactElement[] =>
    figureTexts(ind).map((text, k) => (
      <TableCell key={figureLabels[k]} className={classes.num}>
        {text}
      </TableCell>
    ));
  const sideBySide = !narrow || figuresFitSideBySide(indicators.flatMap(figureTexts), width);
  const sheetTotal = (ind: IndicatorResult): React.ReactElement | null => {
    // CONTRACT §3: the sheet's own total, where it shows another figure than allocheck counts.
    const both = sheetTotalWords(ind, lang);
    const cell = ind.totalCell;
    if (both === undefined) return null;
    return goTo !== undefined && cell !== null ? (
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
        {/* `D6: bảng tính ghi 158, đếm được 170` — the cell, then what it shows: not read as one phrase (`D6 bảng tính ghi`). */}
        <span className={classes.cellRef}>{cell}</span>: {both}
      </Link>
    ) : (
      <Caption1 className={classes.sheetTotal} data-testid="indicator-sheet-total">
        {both}
      </Caption1>
    );
  };
  const unitCaption = (ind: IndicatorResult): React.ReactElement => (
    <Caption1 className={classes.unit} data-testid="indicator-unit">
      {unitLabel(ind, lang)}
    </Caption1>
  );
  const figureHeads = figureLabels.map((label) => (
    <TableHeaderCell
      key={label}
      className={mergeClasses(classes.head, classes.headNum)}
      button={{ className: classes.headNumContent }}
      data-testid="indicator-head-figure"
    >
      {figureHeader(label, tight)}
    </TableHeaderCell>
  ));
  return (
    <div className={classes.wrap} ref={wrapRef} data-narrow={narrow} data-figures={sideBySide ? "columns" : "rows"}>
      <Table ref={tableRef} size="small" className={classes.table} aria-label={strings.indicatorsHeading} data-testid="indicator-table">
        {narrow ? (
          <>
            {sideBySide ? (
              <TableHeader>
                <TableRow>{figureHeads}</TableRow>
              </TableHeader>
            ) : null}
            {indicators.map((ind) => (
              // One group per plan line: its header row names the line, the next row holds its figures.
              <TableBody key={ind.code} data-testid="indicator-row" data-code={ind.code} data-status={ind.status}>
                <TableRow className={classes.nameRow}>
                  <th scope="rowgroup" colSpan={sideBySide ? 3 : 2} className={classes.lineHead} data-testid="indicator-name">
                    <span className={classes.folded}>
                      <span className={classes.lineName}>
                        {ind.code}. {ind.name}
                      </span>
                      {unitCaption(ind)}
                      {sheetTotal(ind)}
                      {status(ind)}
                    </span>
                  </th>
                </TableRow>
                {sideBySide ? (
                  <TableRow>{figures(ind)}</TableRow>
                ) : (
                  // Each figure on its own row, after its label (the row's header).
                  figures(ind).map((figure, k) => (
                    <TableRow key={figureLabels[k]} className={k < 2 ? classes.nameRow : undefined}>
                      <th scope="row" className={classes.figureLabel}>
                        {figureLabels[k]}
                      </th>
                      {figure}
                    </TableRow>
                  ))
                )}
              </TableBody>
            ))}
          </>
        ) : (
          <>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={classes.head}>{strings.colCode}</TableHeaderCell>
                <TableHeaderCell className={classes.head}>{strings.colName}</TableHeaderCell>
                {figureHeads}
                <TableHeaderCell className={classes.head}>{strings.colStatus}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {indicators.map((ind) => (
                <TableRow key={ind.code} data-testid="indicator-row" data-code={ind.code} data-status={ind.status}>
                  <TableCell className={classes.code}>{ind.code}</TableCell>
                  <TableCell>
                    <span className={classes.name} data-testid="indicator-name">
                      <span>{ind.name}</span>
                      {unitCaption(ind)}
                      {sheetTotal(ind)}
                    </span>
                  </TableCell>
                  {figures(ind)}
                  <TableCell className={classes.code}>{status(ind)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </>
        )}
      </Table>
    </div>
  );
}
