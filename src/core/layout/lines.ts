/**
 * The line axis of a frame: one line per value column (areas-as-rows) with
 * its header text (a merged multi-row header folded into one text), its code
 * from a code row, its unit (units row, header text, `ĐVT:` note, or the plan
 * line it matches) and whether it is a total line.
 */
import type { IndicatorKind, PlanLine } from "../model/plan";
import type { LineEntry } from "../model/table";
import { wordKey } from "../text/fold";
import { findUnitInText, moneyUnitName, parseUnit, type UnitInfo } from "../text/units";
import { isBlank, isUnitText, unitsCellUnit } from "./cells";
import { readNote } from "./unitNote";
import { headerParts } from "./columns";
import type { Frame } from "./frame";
import { shownText, type Grid } from "./grid";
import { hasRomanPrefix, isBulleted, isRomanNumeral } from "./labels";
import type { LineCandidate } from "./matchLines";

export interface RawLine extends LineCandidate {
  /** Frame column. */
  readonly position: number;
  readonly headerRow: number;
  readonly headerCol: number;
  /** Unit found in the sheet for this line itself (units row or header text). */
  readonly unit?: UnitInfo;
  readonly unitText?: string;
  readonly isTotal: boolean;
}

const MONEY_WORDS = /\b(kinh phi|du toan|ngan sach|so tien|nguon von|chi phi|kinh phi ho tro|tien)\b/;
const LINE_TOTALS = new Set(["tong so", "tong cong", "cong", "tong", "total", "tong kinh phi", "tong du toan", "tong so kinh phi"]);

/** `Tổng số`, `Tổng kinh phí`, `Cộng`: a line that sums other lines. */
export function isLineTotal(text: string): boolean {
  const key = wordKey(text.replace(/\([^)]*\)/g, " "));
  return LINE_TOTALS.has(key) || /^(tong cong|tong kinh phi|tong du toan|cong kinh phi|cong du toan)\b/.test(key);
}

const RATIO_TO_PLAN = /(^| )so voi (ke hoach|kh|chi tieu)( |$)|^(% ?|ty le |ty le % )(so )?(ke hoach|kh)( |$)/;

/**
 * A column computed from the plan (`Tỷ lệ so với kế hoạch (%)`, `% so KH`,
 * `Tổ TTCĐ / So với KH`): a ratio of the allocation to the target, no line of its own.
 */
export function isRatioToPlan(parts: readonly string[]): boolean {
  return parts.some((part) => RATIO_TO_PLAN.test(wordKey(part.replace(/\(([^)]*)\)/g, " $1 "))));
}

/** The unit written in parentheses in a header, if it reads as a unit: `Tổ truyền thông (tổ)` → `tổ`. */
function unitInParentheses(parts: readonly string[]): string | undefined {
  for (let i = parts.length - 1; i >= 0; i--) {
    const all = [...parts[i].matchAll(/\(([^()]*)\)/g)];
    for (let k = all.length - 1; k >= 0; k--) {
      const inner = all[k][1].replace(/^\s*(đvt|dvt|đơn vị tính|đơn vị)\s*[:：]?\s*/i, "").trim();
      // A multiplier (`1.000 đồng`) is told by its unit's name (`nghìn đồng`), from the unit read.
      if (isUnitText(inner) && !/^1(?:[.,\s]?000)+\s*\S/.test(inner)) return inner;
    }
  }
  return undefined;
}

/** Money written as a multiplier: `(1.000 đ)` → ×1 000, `(1.000.000 đồng)` → ×1 000 000. */
export function multiplierUnit(text: string): UnitInfo | null {
  const match = /\(\s*1((?:[.,\s]?000)+)\s*(?:đ|đồng|vnd|vnđ)\s*\)/i.exec(text.normalize("NFC"));
  if (!match) return null;
  const zeros = match[1].replace(/[^0]/g, "").length;
  return { kind: "money", scale: 10 ** zeros };
}

export function readRawLines(frame: Frame): RawLine[] {
  const { grid } = frame;
  const lines: RawLine[] = [];
  // Rows only: the last unbulleted row's name, which the bulleted rows under it (`- Thành lập mới`) list parts of.
  let above: string | undefined;
  for (const col of frame.linePositions) {
    const parts = headerParts(grid, frame.headerRows, col);
    const code = frame.codeRow !== null ? shownText(grid, frame.codeRow, col) : "";
    if (parts.length === 0 && code === "") {
      if (frame.orientation === "indicators-as-rows") continue; // a blank row between lines
    }
    let context: string | undefined;
    if (frame.orientation === "indicators-as-rows" && parts.length > 0) {
      const own = parts[parts.length - 1];
      if (!isBulleted(own)) above = own;
      else context = above;
    }
    let headerRow = frame.headerRows[frame.headerRows.length - 1] ?? 0;
    for (const row of frame.headerRows) if (shownText(grid, row, col) !== "") headerRow = row;
    const merge = grid.mergeAt(headerRow, col);
    const headerCell = merge ? { row: merge.top, col: merge.left } : { row: headerRow, col };

    let unit: UnitInfo | undefined;
    let unitText: string | undefined;
    const unitsCell = frame.unitsRow !== null ? shownText(grid, frame.unitsRow, col) : "";
    // `ĐVT: triệu đồng` over the column: the note's unit. One merged across columns (`(Đơn vị: triệu đồng)` over the
    // whole row, the counts' columns too) is the table's note, for its money lines (`findUnitNote`): no column's own unit.
    // So is a money note typed in one cell, the row's only one, wherever it stands: a count's column under it stays a count.
    const note = unitsCell !== "" ? readNote(unitsCell) : null;
    const tableNote = note !== null && (spansColumns(grid, frame.unitsRow!, col) || (note.unit.kind === "money" && onlyCellOfRow(grid, frame.unitsRow!, col)));
    if (unitsCell !== "" && !tableNote) {
      unit = note?.unit ?? unitsCellUnit(unitsCell);
      unitText = note?.text ?? unitsCell;
    } else {
      for (let i = parts.length - 1; i >= 0 && unit === undefined; i--) {
        unit = multiplierUnit(parts[i]) ?? findUnitInText(parts[i]) ?? undefined;
      }
      unitText = unitInParentheses(parts) ?? (unit?.kind === "money" ? moneyUnitName(unit.scale) : unit?.kind === "percent" ? "%" : undefined);
      if (unit === undefined && unitText !== undefined) unit = parseUnit(unitText);
    }
    let kind: IndicatorKind | undefined = unit?.kind;
    if (kind === undefined && MONEY_WORDS.test(wordKey(parts.join(" ")))) kind = "money";
    lines.push({
      position: col,
      parts,
      ...(code !== "" ? { code } : {}),
      ...(kind !== undefined ? { kind } : {}),
      ...(context !== undefined ? { context } : {}),
      headerRow: headerCell.row,
      headerCol: headerCell.col,
      ...(unit !== undefined ? { unit } : {}),
      ...(unitText !== undefined ? { unitText } : {}),
      // `Tổng số`, `Cộng` …, or a section row numbered `I`, `II` (the sum of the lines under it).
      isTotal:
        (parts.length > 0 && (isLineTotal(parts[parts.length - 1]) || hasRomanPrefix(parts[parts.length - 1]))) ||
        isRomanNumeral(code),
    });
  }
  return lines;
}

/** The cell at `row`, `col` is the only one its row shows. */
function onlyCellOfRow(grid: Grid, row: number, col: number): boolean {
  for (let c = 0; c < grid.colCount; c++) if (c !== col && !isBlank(grid.value(row, c))) return false;
  return true;
}

/** The cell at `row`, `col` is part of a merge across two columns or more. */
function spansColumns(grid: Grid, row: number, col: number): boolean {
  const merge = grid.mergeAt(row, col);
  return merge !== undefined && merge.right > merge.left;
}

function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && /%/.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

/** Whether the numbers of a line are shown as percentages (0.15 as 15 %): its scale is then 100. */
function percentFormatted(frame: Frame, col: number): boolean {
  let seen = 0;
  for (const row of frame.areaPositions) {
    const value = frame.grid.value(row, col);
    if (typeof value !== "number") continue;
    if (!isPercentFormat(frame.grid.numberFormat(row, col))) return false;
    if (++seen >= 20) break;
  }
  return seen > 0;
}

/** The finished line entry: kind and scale from the sheet, else from the `ĐVT` note, else from the plan line. */
export function finishLine(
  frame: Frame,
  raw: RawLine,
  planLine: PlanLine | undefined,
  note: { unit: UnitInfo; text: string } | null,
): LineEntry {
  const swap = frame.grid.transposed;
  let kind: IndicatorKind | undefined = raw.kind ?? planLine?.kind;
  let scale = 1;
  let unit = raw.unitText;
  if (raw.unit !== undefined) {
    kind = raw.unit.kind;
    scale = raw.unit.scale;
  } else if (kind === "money") {
    if (note?.unit.kind === "money") {
      scale = note.unit.scale;
      unit = note.text;
    } else if (planLine !== undefined && planLine.kind === "money") {
      scale = planLine.scale;
    }
  }
  if (kind === "percent") scale = percentFormatted(frame, raw.position) ? 100 : 1;
  if (kind !== "money" && kind !== "percent") scale = 1;
  const header = raw.parts.join(" / ");
  return {
    header,
    ...(raw.code !== undefined ? { code: raw.code } : {}),
    index: raw.position,
    headerRow: swap ? raw.headerCol : raw.headerRow,
    headerCol: swap ? raw.headerRow : raw.headerCol,
    ...(unit !== undefined ? { unit } : {}),
    ...(kind !== undefined ? { kind } : {}),
    scale,
    isTotal: raw.isTotal,
    planCode: planLine?.code ?? null,
  };
}

/** Whether any area cell of a line holds something. */
export function lineHasValues(frame: Frame, col: number): boolean {
  for (const row of frame.areaPositions) if (!isBlank(frame.grid.value(row, col))) return true;
  return false;
}
