/**
 * One sheet of the in-memory workbook as a read-only grid: column letters, row
 * numbers, merged cells, fills (highlights), notes as tooltips, and the
 * selected cell outlined and scrolled into view; while the pane shows how the
 * sheet was read, its bands (total / group / subtotal / leaf / heading rows or
 * columns, header rows, plan-line columns, ignored ones) with their symbols in
 * the row and column headers. Cells carry `data-sheet`, `data-cell`,
 * `data-fill` (and `data-reading`) for the browser tests.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { a1, columnLetters } from "../core/model/address";
import type { SummaryStyle } from "../core/model/summary";
import { getCell, usedSize, type MemorySheet } from "../adapters/memory";
import { alignsRight, cellText } from "./cellText";
import type { ReadingMark } from "../app/host";
import { BAND_LOOK, gridBands } from "./readingBands";

/** Rendering caps: the preview is for looking, not for huge sheets. */
const MAX_ROWS = 400;
const MAX_COLS = 60;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: "12px",
    fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: "36px",
  },
  colHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: "2px 4px",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    textAlign: "right",
    padding: "2px 4px",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 4px",
    whiteSpace: "pre-wrap",
    verticalAlign: "top",
    minWidth: "48px",
    maxWidth: "320px",
  },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  selected: {
    outline: `2px solid ${tokens.colorPaletteGreenBorderActive}`,
    outlineOffset: "-2px",
  },
  noted: {
    backgroundImage: "linear-gradient(225deg, #C00000 5px, transparent 5px)",
  },
  link: {
    background: "none",
    border: "none",
    padding: 0,
    color: tokens.colorBrandForegroundLink,
    textDecoration: "underline",
    cursor: "pointer",
    font: "inherit",
    textAlign: "inherit",
  },
  title: { fontWeight: tokens.fontWeightBold, fontSize: "14px" },
  subtitle: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  header: { fontWeight: tokens.fontWeightSemibold, backgroundColor: "#D9E1F2", textAlign: "center" },
  label: {},
  statusOk: { color: "#107C41", fontWeight: tokens.fontWeightSemibold },
  statusWarning: { color: "#8A5A00", fontWeight: tokens.fontWeightSemibold },
  statusError: { color: "#B10E1C", fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  truncated: { padding: "4px 8px", color: tokens.colorNeutralForeground3 },
  badge: { fontWeight: tokens.fontWeightBold, color: tokens.colorNeutralForeground1, marginLeft: "2px" },
  lineBand: { borderLeft: "2px dashed #2F5597", borderRight: "2px dashed #2F5597" },
});

type Classes = ReturnType<typeof useStyles>;

function styleClass(classes: Classes, style: SummaryStyle | undefined): string | undefined {
  switch (style) {
    case "title":
      return classes.title;
    case "subtitle":
      return classes.subtitle;
    case "header":
      return classes.header;
    case "status-ok":
      return classes.statusOk;
    case "status-warning":
      return classes.statusWarning;
    case "status-error":
      return classes.statusError;
    case "note":
      return classes.note;
    case "number":
    case "percent":
      return classes.number;
    default:
      return undefined;
  }
}

export interface SheetGridProps {
  readonly sheet: MemorySheet;
  /** Selected cell on this sheet (A1), or null. */
  readonly selectedCell: string | null;
  /** Changes whenever the workbook changes, so the grid re-renders. */
  readonly version: number;
  readonly label: string;
  readonly onFollowLink: (sheet: string, cell: string) => void;
  /** How the sheet was read, drawn as bands (the pane's reading view), or none. */
  readonly readingMarks?: readonly ReadingMark[];
}

export function SheetGrid(props: SheetGridProps): React.ReactElement {
  const { sheet, selectedCell, label, onFollowLink } = props;
  const classes = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    const box = scroller.current;
    const selected = box?.querySelector<HTMLElement>('[data-selected="true"]');
    if (box && selected) revealCell(box, selected);
  }, [sheet.name, selectedCell, props.version]);

  const size = usedSize(sheet);
  const rows = Math.min(size.rows, MAX_ROWS);
  const cols = Math.min(size.cols, MAX_COLS);
  const bands = React.useMemo(() => gridBands(props.readingMarks ?? [], rows, cols), [props.readingMarks, rows, cols]);

  // Cells covered by a merge (other than its top-left) are not rendered.
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(a1(m.top, m.left), { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(a1(r, c));
  }

  const header: React.ReactElement[] = [<th key="corner" className={classes.corner} aria-hidden="true" />];
  for (let c = 0; c < cols; c++)
    header.push(
      <th key={c} scope="col" className={classes.colHeader} style={widthStyle(sheet.columnWidths[c])}>
        {columnLetters(c)}
        {bands.cols.has(c) ? (
          <span className={classes.badge} data-reading-badge={bands.cols.get(c)}>
            {bands.cols.get(c)}
          </span>
        ) : null}
      </th>,
    );

  const body: React.ReactElement[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: React.ReactElement[] = [
      <th key="h" scope="row" className={classes.rowHeader}>
        {r + 1}
        {bands.rows.has(r) ? (
          <span className={classes.badge} data-reading-badge={bands.rows.get(r)}>
            {bands.rows.get(r)}
          </span>
        ) : null}
      </th>,
    ];
    for (let c = 0; c < cols; c++) {
      const address = a1(r, c);
      if (covered.has(address)) continue;
      const value = getCell(sheet, r, c);
      const fill = sheet.fills.get(address) ?? "";
      const note = sheet.notes.get(address);
      const style = sheet.styles.get(address);
      const link = sheet.links.get(address);
      const span = spans.get(address);
      const isSelected = selectedCell === address;
      const text = cellText(value, sheet.numFmts.get(address));
      const band = bands.cells.get(address);
      const bandBackground = band !== undefined ? BAND_LOOK[band].background : null;
      cells.push(
        <td
          key={address}
          role="gridcell"
          aria-selected={isSelected}
          data-sheet={sheet.name}
          data-cell={address}
          data-fill={fill}
          data-selected={isSelected ? "true" : undefined}
          data-reading={band}
          title={note}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          className={mergeClasses(
            classes.cell,
            alignsRight(value) && classes.number,
            styleClass(classes, style),
            note !== undefined && classes.noted,
            isSelected && classes.selected,
            band === "line" && classes.lineBand,
          )}
          style={bandBackground !== null ? { background: bandBackground } : fill !== "" ? { backgroundColor: fill } : undefined}
        >
          {link !== undefined ? (
            <button type="button" className={classes.link} onClick={() => onFollowLink(link.sheet, link.cell)}>
              {text}
            </button>
          ) : (
            text
          )}
        </td>,
      );
    }
    body.push(<tr key={r}>{cells}</tr>);
  }

  return (
    <div ref={scroller} className={classes.scroller} data-testid="preview-grid" data-grid-sheet={sheet.name}>
      <table className={classes.table} role="grid" aria-readonly="true" aria-label={`${label}: ${sheet.name}`}>
        <thead>
          <tr>{header}</tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      {size.rows > rows || size.cols > cols ? (
        <div className={classes.truncated}>
          … {size.rows}×{size.cols}
        </div>
      ) : null}
    </div>
  );
}

function widthStyle(chars: number | undefined): React.CSSProperties | undefined {
  return chars === undefined || chars <= 0 ? undefined : { minWidth: `${Math.round(chars * 7)}px` };
}

/**
 * Scrolls the grid so that the cell's top-left corner shows below the sticky
 * column letters and right of the sticky row numbers (a merged cell wider than
 * the grid keeps its start in view, as Excel does).
 */
function revealCell(box: HTMLElement, cell: HTMLElement): void {
  const frame = box.getBoundingClientRect();
  const rect = cell.getBoundingClientRect();
  const top = frame.top + (box.querySelector("thead")?.getBoundingClientRect().height ?? 0);
  const left = frame.left + (box.querySelector("tbody th")?.getBoundingClientRect().width ?? 0);
  const bottom = frame.top + box.clientHeight;
  const right = frame.left + box.clientWidth;
  if (rect.top < top) box.scrollTop -= top - rect.top;
  else if (rect.bottom > bottom) box.scrollTop += Math.min(rect.bottom - bottom, rect.top - top);
  if (rect.left < left) box.scrollLeft -= left - rect.left;
  else if (rect.right > right) box.scrollLeft += Math.min(rect.right - right, rect.left - left);
}
