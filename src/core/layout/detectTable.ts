/**
 * Layout detection (CONTRACT §2): finds the allocation table on a sheet, its
 * orientation, its areas (a total/group/leaf tree) and its lines matched to
 * the plan. Linear in the sheet size: headers are looked for in the first
 * rows only and the body is classified in one pass.
 */
import { InputError } from "../model/errors";
import type { Plan } from "../model/plan";
import type { Correction } from "../model/corrections";
import type { AllocationTable, LayoutNotes } from "../model/table";
import { localized } from "../model/text";
import type { CellValue, SheetData } from "../model/workbook";
import { reserveOutsideTotal } from "./reserveOutsideTotal";
import { remainderRows } from "./remainderRows";
import { readAreas } from "./areaReading";
import { classifyColumns } from "./columns";
import { withAreaMarkColumns } from "./areaMarkColumns";
import { buildFrame } from "./frame";
import { cellText, sheetGrid, type Grid } from "./grid";
import { finishLine, isRatioToPlan, lineHasValues, readRawLines, type RawLine } from "./lines";
import { isPlanCopyLabel } from "./lineStage";
import { matchLineDetails, type CorrectedMatch, type LineMatch } from "./matchLines";
import { runningAfterBatches, runningTotalLines, runningTotalsOfParts } from "./runningTotals";
import type { LineStage } from "./lineStage";
import { sortCorrections } from "./corrections";
import { ownText } from "./areas";
import { isBulleted } from "./labels";
import { isSplitHeader, ofWhichLines, ofWhichSplits, splitPart, splitTotal } from "./ofWhichParts";
import { axisScorer, decideOrientation } from "./orientation";
import { findTableBlock, type TableBlock } from "./tableBlock";
import { cutBlock, repeatedBlockCut } from "./repeatedBlockCut";
import { periodPartsOfWhole, periodRuns } from "./periodGroups";
import { withNoTableAdvice } from "./noTableAdvice";
import { findUnitNote } from "./unitNote";
import { bareMoneyUnitNote } from "./unitsUnderHeader";
import { markPercentFractions } from "./percentFractions";
import { withTotalLineUnits } from "./totalLineUnits";
import { withSubLineTotals } from "./subLineTotals";
import { sourcePartCodes, sourceRuns } from "./sourceColumns";
import { withSectionBounds } from "./sectionTotals";
import { withArithmeticLineParts, withArithmeticLineTotals } from "./arithmeticLineTotals";
import { withParentLineTotals } from "./parentLineTotals";
import { isAreaFigureHeader, isRateHeader } from "./areaFigures";
import { shareLines } from "./shareColumns";
import { noteLines } from "./noteLines";
import { withoutHiddenBlankAreas } from "./hiddenBlankAreas";
import { oldAreaRows, OLD_ROW } from "./oldAreaRows";
import { sheetInText } from "../model/address";

/** Why a second table below the allocation table is left out of the reading (CONTRACT §5 `ignored`). */
export const SECOND_TABLE = "second table";

/** Why a row that repeats the table's header in its body (a page's header copied) is left out: no area, no line. */
export const REPEATED_HEADER = "repeated header";

/** Why a row (column) with figures but no area name is left out of the reading: none of its figures is counted. */
export const NO_NAME = "no name";

/** Why a `Trong đó: …` row is left out of the area axis: a part of the row above, already counted in it. */
export const OF_WHICH = "of which";
/** `why` of a row (column) that checks the table (`Kiểm tra`, `Chênh lệch`, `Còn lại chưa phân bổ`): no area. */
export const CHECK_ROW = "check row";
/** Why a ratio (to the plan, or of the table's own figures) beside the table, its row or column, is left out. */
export const RATIO_TO_PLAN = "ratio to plan";
/** `why` of a row naming a group of areas (`Các xã khu vực III`) over them, its figures blank. */
export const GROUP_HEADING = "group heading";
/** `why` of a village row under a commune whose own row holds the figures. */
export const VILLAGE = "village";

/** Why a hidden column (row) of figures is left out: it names no plan line. */
export const HIDDEN_HELPER = "hidden, no plan line";
/** Why a hidden area the plan's list lacks, with no figures, is left out. */
export const HIDDEN_BLANK = "hidden, no figures";
/** Why a line's sub-column that copies its target (`Chỉ tiêu giao` beside `Phân bổ`) is left out. */
export const TARGET_COPY = "target given";
/** Why a running total beside the lines (`Lũy kế`, `Lũy kế đến nay`, `Thực hiện lũy kế`) that names no plan line is left out: what was reached so far, no part of the allocation. */
export const RUNNING_TOTAL = "running total";
/** Why a column (row) describing the areas (`Số thôn`, `Số hộ`, `Dân số`, `Diện tích`) that names no plan line is left out. */
export const AREA_FIGURE = "area figure";
/** Why a column (row) of figures among the areas that the total's formulas leave out, its label no area's (`Số xã`, `Năm 2024 (cũ)`), is left out. */
export const OUTSIDE_TOTAL = "not in the total, no area";
/** Why a batch (`Đợt 1`) beside a running total that holds it and earlier figures too, read as the line, is left out. */
export const BATCH_IN_RUNNING = "batch within the running total";
/** Why a bare ratio column (row) naming no plan line (`Tỷ lệ (%)`, `Cơ cấu`) whose figures are each area's share of a line beside it is left out: worked out, no line. */
export const COMPUTED_RATIO = "computed ratio";
/** Why a row of the lines naming a note, a document's number, the time or year of the work (`Năm thực hiện`), or holding dates alone, is left out. */
export const NOTE_ROW = "note row";
/** Why a rate column (row) that names no plan line (`Định mức (triệu đồng/tổ)`, `Đơn giá`) is left out. */
export const RATE = "rate";
/** Why a part of a plan line's split (`Trong đó: NSTW | NSĐP`) is listed: it matches no plan line, and is checked as a part of that line. */
export const SPLIT_PART = "split of the line before";
/** Why a line that matches no plan line but is the sum of lines that do (`A. Vốn sự nghiệp` over its lines, `Tổng cộng`) is listed: their total, checked against them. */
export const LINES_TOTAL = "total of lines";
/** Why lines that match no plan line but add up, area by area, to a plan line after them are listed: its parts, checked against it. */
export const TOTAL_PART = "part of a total line";

/** Body rows whose labels are read to decide the orientation. */
const ORIENTATION_SAMPLE = 300;

/** What the sheet holds: the allocation (its `Kế hoạch` sub-columns are the values) or results (its `Thực hiện` ones). */
export interface DetectOptions {
  readonly stage?: LineStage;
}

/** A name score from which a header is the plan line's name itself (case, accents and unit aside). */
const SURE_NAME = 0.95;

/** Tables tried, top to bottom, for one that names a plan line. */
const MAX_TABLES = 4;

export function detectTable(sheet: SheetData, plan: Plan, corrections: readonly Correction[] = [], options: DetectOptions = {}): AllocationTable {
  const grid = sheetGrid(sheet);
  let table: Detected;
  try {
    table = detectFrom(sheet, grid, plan, corrections, options, 0);
  } catch (error) {
    // The allocation sheet holds no table: the user is told what was looked for and what to do (results sheets say it their own way).
    throw options.stage === "achieved" ? error : withNoTableAdvice(error);
  }
  if (plan.lines.length === 0) return table;
  if (table.lines.some((line) => line.planCode !== null)) return detailBeside(sheet, grid, plan, corrections, options, table) ?? withNextTableLines(sheet, grid, plan, options, table);
  // A table of another kind on the left of the allocation table, past a blank column: the table beside it is read.
  const side = table.notes.sideTable;
  if (side !== undefined) {
    const right = withColumnsBlank(sheet, side.col);
    try {
      const beside = detectFrom(right, sheetGrid(right), plan, corrections, options, 0);
      if (beside.lines.some((line) => line.planCode !== null)) return withTableLeft(beside, grid.value(table.headerTop, table.notes.left), table.headerTop, table.notes.left);
    } catch {
      // No table there: the first one stands.
    }
  }
  // A table of another kind above the allocation table (a summary of the funds by source): none of its lines is the
  // plan's, so the tables below it are read, and the first that names a plan line is the allocation table.
  let from = table.notes.bottom + 1;
  for (let k = 1; k < MAX_TABLES && from < grid.rowCount; k++) {
    let below: Detected;
    try {
      below = detectFrom(sheet, grid, plan, corrections, options, from);
    } catch {
      break;
    }
    if (below.lines.some((line) => line.planCode !== null)) return withTableAbove(below, grid.value(table.headerTop, table.notes.left), table.headerTop, table.notes.left);
    from = below.notes.bottom + 1;
  }
  return table;
}

/**
 * `table`, its note of the table below it (not read) naming the plan lines
 * that table holds and `table` lacks (a sheet of two tables: `Biểu 1` the
 * counts, `Biểu 2` the money): the reading then says which lines went
 * unchecked, and where they are. Looked at only where some plan line has no
 * line in `table`.
 */
function withNextTableLines(sheet: SheetData, grid: Grid, plan: Plan, options: DetectOptions, table: Detected): Detected {
  const next = table.notes.nextTable;
  if (next === undefined) return table;
  const have = new Set(table.lines.flatMap((line) => (line.planCode === null ? [] : [line.planCode])));
  if (plan.lines.every((line) => have.has(line.code))) return table;
  let below: Detected;
  try {
    below = detectFrom(sheet, grid, plan, [], options, table.notes.bottom + 1);
  } catch {
    return table;
  }
  const codes = [...new Set(below.lines.flatMap((line) => (line.planCode === null || have.has(line.planCode) ? [] : [line.planCode])))];
  if (codes.length === 0) return table;
  return { ...table, notes: { ...table.notes, nextTable: { ...next, codes } } };
}

/**
 * The table beside `table` (past a blank column) when it is the detail of
 * which `table` is the summary: the same plan lines at least, and every area
 * `table` allocates to (its districts) a group there over areas of its own
 * (their communes) — a summary by district on the left, the allocation by
 * commune on its right. The detail is what the plan is split into, and
 * what is checked; the summary is said to be left out. Null otherwise (the
 * next year's copy beside it, a breakdown by activity).
 */
function detailBeside(sheet: SheetData, grid: Grid, plan: Plan, corrections: readonly Correction[], options: DetectOptions, table: Detected): AllocationTable | null {
  const side = table.notes.sideTable;
  if (side === undefined) return null;
  const right = withColumnsBlank(sheet, side.col);
  let beside: Detected;
  try {
    beside = detectFrom(right, sheetGrid(right), plan, corrections, options, 0);
  } catch {
    return null;
  }
  if (beside.orientation !== table.orientation) return null;
  const codes = new Set(beside.lines.flatMap((line) => (line.planCode === null ? [] : [line.planCode])));
  if (!table.lines.every((line) => line.planCode === null || codes.has(line.planCode))) return null;
  const leaves = table.areas.filter((area) => area.kind === "leaf");
  const groups = new Set(beside.areas.flatMap((area) => ((area.kind === "group" || area.kind === "heading") && area.children.length > 0 ? [area.key] : [])));
  const detailLeaves = beside.areas.filter((area) => area.kind === "leaf").length;
  if (leaves.length < 2 || detailLeaves <= leaves.length || !leaves.every((area) => groups.has(area.key))) return null;
  return withTableLeft(beside, grid.value(table.headerTop, table.notes.left), table.headerTop, table.notes.left);
}

/** The sheet with every cell left of column `col` blank (values only: the table right of it read alone). */
function withColumnsBlank(sheet: SheetData, col: number): SheetData {
  return { ...sheet, values: sheet.values.map((row) => (row === undefined ? row : row.map((value, c) => (c < col ? null : value)))) };
}

/** `table`, its reading naming the table on its left (at `row`, `col`, first cell `text`) as left out. */
function withTableLeft(table: Detected, first: CellValue, row: number, col: number): AllocationTable {
  const text = cellText(first);
  const notes = { ...table.notes, sideTable: { row, col, text } };
  return {
    ...table,
    notes:
      table.orientation === "areas-as-rows"
        ? { ...notes, ignoredLines: [{ index: col, header: text, why: SECOND_TABLE }, ...notes.ignoredLines] }
        : { ...notes, ignoredAreas: [{ index: col, label: text, why: SECOND_TABLE }, ...notes.ignoredAreas] },
  };
}

/** `table`, its reading naming the table above it (at `row`, `col`, first cell `text`) as left out. */
function withTableAbove(table: Detected, first: CellValue, row: number, col: number): AllocationTable {
  const text = cellText(first);
  const notes = { ...table.notes, tableAbove: { row, col, text } };
  return {
    ...table,
    notes:
      table.orientation === "areas-as-rows"
        ? { ...notes, ignoredAreas: [{ index: row, label: text, why: SECOND_TABLE }, ...notes.ignoredAreas] }
        : { ...notes, ignoredLines: [{ index: row, header: text, why: SECOND_TABLE }, ...notes.ignoredLines] },
  };
}

/** Whether the plan line of `code` is a percent (a rate, which does not add up over periods). */
function byKindPercent(plan: Plan, code: string): boolean {
  return plan.lines.find((line) => line.code === code)?.kind === "percent";
}

/** The score of a source column matched to the plan part naming the same source (`NSTW` for `Ngân sách trung ương`). */
const SOURCE_SCORE = 0.9;

/** A table as detected here: its layout notes always given. */
type Detected = AllocationTable & { readonly notes: LayoutNotes };

function detectFrom(sheet: SheetData, grid: Grid, plan: Plan, corrections: readonly Correction[], options: DetectOptions, from: number, given?: TableBlock): Detected {
  const block = given ?? findTableBlock(grid, from);
  const classified = classifyColumns(grid, block);
  const valueCols = classified.filter((c) => c.role === "value");
  const labelCols = classified.filter((c) => c.role === "label");
  if (valueCols.length === 0 || labelCols.length === 0) {
    throw new InputError(
      "no-table",
      localized(
        `Trang ${sheetInText(sheet.name)}: bảng ở dòng ${block.headerRows[0] + 1} không có ${valueCols.length === 0 ? "cột số liệu" : "cột tên địa bàn hoặc chỉ tiêu"}.`,
        `Sheet ${sheetInText(sheet.name)}: the table at row ${block.headerRows[0] + 1} has no ${valueCols.length === 0 ? "value columns" : "column of area or indicator names"}.`,
      ),
    );
  }

  const rowLabels: string[] = [];
  for (let row = block.bodyStart; row <= Math.min(block.bodyEnd, block.bodyStart + ORIENTATION_SAMPLE - 1); row++) {
    if (row === block.unitsRow) continue;
    const text = labelCols.map((c) => cellText(grid.value(row, c.col))).filter((t) => t !== "");
    if (text.length > 0) rowLabels.push(text[text.length - 1]);
  }
  const columnLabels = valueCols.map((c) => c.headerParts[c.headerParts.length - 1] ?? "");
  const orientation = decideOrientation(rowLabels, columnLabels, plan, {
    unitColumn: classified.some((c) => c.role === "unit"),
    unitsRow: block.unitsRow !== null,
  });
  // Areas across the columns: an area's column holding only a mark for its figure (`x` on a sheet of one line) is that area's.
  const columns = orientation === "indicators-as-rows" ? withAreaMarkColumns(classified, axisScorer(plan)) : classified;
  const frame = buildFrame(grid, block, columns, orientation, plan);

  const allRaw = readRawLines(frame);
  const sorted = sortCorrections(frame, allRaw, corrections, plan);
  // A ratio to the plan (`Tỷ lệ so với kế hoạch (%)`) is computed from a line, unless the user mapped it.
  const ratios = allRaw.filter((line) => !sorted.ignoredLines.has(line.position) && !sorted.lineCodes.has(line.position) && isRatioToPlan(line.parts));
  const ratioSet = new Set(ratios.map((line) => line.position));
  const raw = allRaw.filter((line) => !sorted.ignoredLines.has(line.position) && !ratioSet.has(line.position));
  // A note in the units row under the header (`ĐVT: triệu đồng` beside the names) is the header's too.
  // A money unit typed bare there (`(triệu đồng)` in the names' column) is the money columns' unit as well.
  const note =
    findUnitNote(grid, Math.max(block.headerRows[block.headerRows.length - 1], block.unitsRow ?? -1)) ??
    (block.unitsRow !== null ? bareMoneyUnitNote(grid, block.unitsRow, block.left, block.right, new Set(valueCols.map((c) => c.col))) : null);
  const hiddenLines = new Set(orientation === "areas-as-rows" ? (sheet.hiddenColumns ?? []) : (sheet.hiddenRows ?? []));
  const candidates = raw.map((line) => {
    const hidden = hiddenLines.has(line.position);
    // Lines as rows: a heading row with no figure (`II. Kinh phí (triệu đồng)`) yields its plan line to a row with figures naming it as well.
    const blank = orientation === "indicators-as-rows" && !lineHasValues(frame, line.position);
    return hidden || blank ? { ...line, ...(hidden ? { hidden } : {}), ...(blank ? { blank } : {}) } : line;
  });
  const matches: (LineMatch | CorrectedMatch | null)[] = matchLineDetails(candidates, plan.lines, {
    moneyNote: note?.unit.kind === "money",
    ...(frame.codeSource !== undefined ? { codes: frame.codeSource } : {}),
    ...(options.stage !== undefined ? { stage: options.stage } : {}),
  });
  // `Số hộ`, `Số hội viên` (a figure of the areas) named like a plan line only in part (`Số hộ gia đình được tuyên
  // truyền`): no allocation of it, unless the plan's line is such a figure too or its code says so.
  raw.forEach((line, i) => {
    const match = matches[i];
    // The header's top part the figure itself (`Sinh kế / Số hộ` is the count of a line, not a figure of the areas).
    if (match === null || match.how !== "name" || match.score >= SURE_NAME || !isAreaFigureHeader(line.parts) || !isAreaFigureHeader(line.parts.slice(0, 1))) return;
    const planLine = plan.lines.find((l) => l.code === match.code);
    if (planLine !== undefined && !isAreaFigureHeader([planLine.name])) matches[i] = null;
  });
  // The user's mapping wins; the plan line it names is taken from any other line.
  raw.forEach((line, i) => {
    const code = sorted.lineCodes.get(line.position);
    if (code === undefined) return;
    matches.forEach((match, k) => {
      if (match?.code === code) matches[k] = null;
    });
    matches[i] = { code, how: "corrected", score: 1 };
  });
  // The sources of a plan line the plan splits by source: each column is the plan part naming its source
  // (unless the user mapped the run, or a part is another column's elsewhere).
  const partCodes = sourcePartCodes(raw, matches.map((match) => match?.code ?? null), plan.lines);
  const runOf = new Set(partCodes.keys());
  const wanted = new Set(partCodes.values());
  const clash = matches.some((match, i) => match !== null && (match.how === "corrected" ? runOf.has(i) || wanted.has(match.code) : !runOf.has(i) && wanted.has(match.code)));
  if (!clash) for (const [k, code] of partCodes) matches[k] = { code, how: "name", score: SOURCE_SCORE };
  // A plan money line split by funding source with no total column (`Kinh phí | Trung ương | Địa phương`): every source is the line's.
  const sourcesAt = new Map<number, number[]>();
  /** Runs under a blank heading row (`Kinh phí` over `- Đợt 1`, `- Đợt 2`) read as their plan line. */
  const headedRuns: (readonly number[])[] = [];
  for (const { code, run, heading } of sourceRuns(raw, matches.map((match) => match?.code ?? null), plan.lines, (position) => lineHasValues(frame, position))) {
    const owner = heading ?? run.find((k) => matches[k] !== null);
    const match = owner === undefined ? null : matches[owner];
    if (match?.how === "corrected") continue;
    // Matched by the header over the sources, or by the heading over them: as sure as a loose name.
    const how = match?.how ?? "name";
    const score = match === null || heading !== null ? Math.min(match?.score ?? SOURCE_SCORE, SOURCE_SCORE) : match.score;
    if (heading !== null) matches[heading] = null;
    const positions = run.map((k) => raw[k].position);
    for (const k of run) {
      matches[k] = { code, how, score };
      sourcesAt.set(raw[k].position, positions);
    }
    if (heading !== null) headedRuns.push(run);
  }
  // `Tổng giai đoạn | Năm 2024 | Năm 2025` over the same lines: each period's line is a part of the whole's, no rival of it.
  const periodPartOf = new Map<number, number>();
  if (options.stage !== "achieved") {
    for (const [owner, parts] of periodPartsOfWhole(raw, matches.map((match) => match?.code ?? null))) {
      const match = matches[owner];
      if (match === null || match.how === "corrected") continue;
      if ("rival" in match && match.rival !== undefined && parts.includes(match.rival)) matches[owner] = { code: match.code, how: match.how, score: match.score };
      for (const k of parts) periodPartOf.set(raw[k].position, raw[owner].position);
    }
  }
  // A plan line typed under each period caption over the lines (`Năm 2024 | Năm 2025` over `Tổ | Kinh phí`): their sum is the line.
  if (options.stage !== "achieved") {
    const codesNow = matches.map((match) => match?.code ?? null);
    for (const { code, run } of periodRuns(raw, codesNow, (c) => byKindPercent(plan, c))) {
      const owner = run.find((k) => matches[k] !== null)!;
      const match = matches[owner]!;
      if (match.how === "corrected" || run.some((k) => sourcesAt.has(raw[k].position))) continue;
      const positions = run.map((k) => raw[k].position);
      for (const k of run) {
        matches[k] = { code, how: match.how, score: match.score };
        sourcesAt.set(raw[k].position, positions);
      }
    }
  }
  const byCode = new Map(plan.lines.map((line) => [line.code, line]));
  const parents = new Set(plan.lines.map((line) => line.parentCode).filter((code) => code !== undefined));
  // A hidden column (row) that names no plan line is a helper of the sheet's author (a rate, a copy, a working figure): left out, said.
  const hiddenHelpers = hiddenLines.size === 0 ? [] : raw.filter((line, i) => matches[i] === null && hiddenLines.has(line.position));
  // `Chỉ tiêu giao | Phân bổ` under one line: the target given beside the figure allocated is left out, said.
  const targetCopies = targetCopyLines(raw, matches);
  // `Số thôn`, `Số hộ`, `Dân số` beside the allocation: figures of the areas, no line of the plan; left out, said.
  const areaFigures = areaFigureLines(raw, matches);
  for (const line of hiddenHelpers) areaFigures.delete(line.position);
  // `Tỷ lệ (%)` holding each area's share of a line: worked out, no line; left out, said.
  const shares = shareLines(frame, raw, matches);
  for (const line of hiddenHelpers) shares.delete(line.position);
  // Lines as rows: `Năm thực hiện`, `Số QĐ`, a row of dates — a note, as such a column is.
  const noteRows = orientation === "indicators-as-rows" ? noteLines(frame, raw, matches) : new Set<number>();
  for (const line of hiddenHelpers) noteRows.delete(line.position);
  // `Kinh phí | Năm 2026 | Năm 2027 | Tổng | Lũy kế` on an allocation: the running total is left out, said (a results sheet keeps it, to check).
  const withEarlier =
    options.stage === "achieved" ? null : (runningTotalsOfParts(frame, raw, matches, plan) ?? runningAfterBatches(frame, raw, matches, plan, headedRuns, sourcesAt));
  const earlierBatches = new Set(withEarlier?.batches ?? []);
  const runningTotals = options.stage === "achieved" ? new Set<number>() : runningTotalLines(raw, matches, plan);
  for (const line of hiddenHelpers) runningTotals.delete(line.position);
  const kept = raw
    .map((line, i) => ({ line, match: matches[i] }))
    .filter(({ line, match }) => match !== null || !hiddenLines.has(line.position))
    .filter(({ line }) => !targetCopies.has(line.position) && !areaFigures.has(line.position) && !runningTotals.has(line.position) && !shares.has(line.position) && !earlierBatches.has(line.position) && !noteRows.has(line.position))
    // A line without any value is a heading (`I. Chỉ tiêu`, `II. Kinh phí` over the plan's `KP.1`, `KP.2` …)
    // or an empty spacer — unless it names a plan line with no parts (a blank there counts as zero) or the
    // user mapped it.
    .filter(({ line, match }) => lineHasValues(frame, line.position) || (match !== null && (match.how === "corrected" || !parents.has(match.code))));
  // `Chia ra:` / `Trong đó:` alone on a line without figures, over the bulleted parts of the line above it.
  const splitHeadings = raw.filter((line) => !lineHasValues(frame, line.position) && isSplitHeader(line.parts[line.parts.length - 1] ?? "")).map((line) => line.position);
  const ofWhichAll = ofWhichLines(kept, splitHeadings);
  // Parts that add up the line before them are its split, checked as its parts; other parts are left out.
  const splits = ofWhichSplits(frame, kept, ofWhichAll);
  const splitParts = new Set([...splits.values()].flat());
  const ofWhich = new Set([...ofWhichAll].filter((i) => !splitParts.has(i)));
  const listed = kept.filter((_, i) => !ofWhich.has(i));
  const entries = listed.map(({ line, match }) => {
    const entry = finishLine(frame, line, match === null ? undefined : byCode.get(match.code), note);
    if (match === null) return entry;
    const rival = "rival" in match && match.rival !== undefined ? raw[match.rival] : undefined;
    const tie = rival !== undefined ? { rival: { index: rival.position, header: rival.parts.join(" / ") } } : {};
    const shared = sourcesAt.get(entry.index);
    return { ...entry, match: { how: match.how, score: match.score, ...tie }, ...(shared !== undefined ? { sources: shared } : {}) };
  });
  // A period's line under the whole's block, its header giving no unit: the whole's line's kind and scale, so that its figures are read as its part.
  if (periodPartOf.size > 0) {
    const byIndex = new Map(entries.map((entry) => [entry.index, entry]));
    entries.forEach((entry, i) => {
      const owner = periodPartOf.get(entry.index);
      const whole = owner === undefined ? undefined : byIndex.get(owner);
      if (whole === undefined || entry.planCode !== null || entry.kind !== undefined || whole.kind === undefined) return;
      entries[i] = { ...entry, kind: whole.kind, scale: whole.scale, ...(whole.unit !== undefined ? { unit: whole.unit } : {}) };
    });
  }
  if (splits.size > 0) {
    const entryAt = new Map<number, number>();
    kept.forEach((_, i) => {
      if (!ofWhich.has(i)) entryAt.set(i, entryAt.size);
    });
    for (const [owner, run] of splits) {
      const total = entries[entryAt.get(owner)!];
      const parts = run.map((k) => splitPart(entries[entryAt.get(k)!], total));
      run.forEach((k, j) => (entries[entryAt.get(k)!] = parts[j]));
      entries[entryAt.get(owner)!] = splitTotal(total, parts);
    }
  }

  // Rows only: a row over bulleted sub-lines is their total.
  // Rows (columns) dropped for having no value, such as a heading `II. Hoạt động`: each closes the section above it.
  const keptAt = new Set(kept.map(({ line }) => line.position));
  const headings = raw.filter((line) => !keptAt.has(line.position) && !areaFigures.has(line.position) && !runningTotals.has(line.position) && !shares.has(line.position) && !earlierBatches.has(line.position) && !noteRows.has(line.position)).map((line) => line.position);
  const bounded = withParentLineTotals(frame, withArithmeticLineParts(frame, withArithmeticLineTotals(frame, withSectionBounds(entries, headings)), parents), plan.lines);
  const readLines = orientation === "indicators-as-rows" ? withSubLineTotals(bounded, listed.map(({ line }) => isBulleted(line.parts[line.parts.length - 1] ?? ""))) : bounded;
  const matched = readLines.filter((l) => l.planCode !== null);
  const readCols = (matched.length > 0 ? matched : readLines).map((l) => l.index);
  // Percents do not add up over the areas: they weigh no reading by its arithmetic, unless every line is one.
  const summable = (matched.length > 0 ? matched : readLines).filter((l) => l.kind !== "percent").map((l) => l.index);
  const hiddenAreas = new Set(orientation === "areas-as-rows" ? (sheet.hiddenRows ?? []) : (sheet.hiddenColumns ?? []));
  const { frame: areaFrame, left: hiddenBlank } = withoutHiddenBlankAreas(frame, hiddenAreas, readCols, plan);
  // Each summable line's plan target in its cells' unit: with no grand total row, what the leaves should come to.
  const planTotals = new Map<number, number>();
  for (const line of matched) {
    const target = byCode.get(line.planCode!)?.target;
    if (line.kind !== "percent" && line.sources === undefined && target !== undefined && target > 0 && line.scale > 0) planTotals.set(line.index, target / line.scale);
  }
  const firstReading = readAreas(areaFrame, plan, readCols, sorted.areaOverrides, sorted.headOverrides, summable.length > 0 ? summable : readCols, planTotals);
  // An old commune row (`Xã … (cũ)`) the typed subtotals leave out: read again without it, and said.
  const oldRows = oldAreaRows(firstReading.areas, areaFrame.grid, summable.length > 0 ? summable : readCols, new Set([...sorted.areaOverrides.keys(), ...(sorted.headOverrides?.keys() ?? [])])).map((i) => firstReading.areas[i]);
  const oldAt = new Set(oldRows.map((area) => area.index));
  const reading =
    oldRows.length === 0
      ? firstReading
      : readAreas({ ...areaFrame, areaPositions: areaFrame.areaPositions.filter((p) => !oldAt.has(p)) }, plan, readCols, sorted.areaOverrides, sorted.headOverrides, summable.length > 0 ? summable : readCols, planTotals);
  // A reserve after the areas, left out of the sheet's total: counted toward the plan, no member of the total.
  const { areas, reserve } = reserveOutsideTotal(reading.areas, areaFrame.grid, summable.length > 0 ? summable : readCols);
  // What the sheet says is left of the plan (`Còn lại`): its figures, for the reading to check itself against.
  const remainders = remainderRows(areaFrame.grid, frame.checkRows ?? [], summable);
  const lines = withTotalLineUnits(markPercentFractions(sheet, orientation, readLines, areas, byCode));
  if (areas.length === 0) {
    throw new InputError(
      "no-table",
      localized(
        `Trang ${sheetInText(sheet.name)}: bảng ở dòng ${block.headerRows[0] + 1} không có tên địa bàn nào (Huyện/Xã, Tổng cộng…).`,
        `Sheet ${sheetInText(sheet.name)}: the table at row ${block.headerRows[0] + 1} names no area (district, commune, total…).`,
      ),
    );
  }
  // A split's parts match no plan line but are checked, as parts of the line before them.
  const splitPartAt = new Map(lines.filter((line) => line.parts !== undefined && line.planCode !== null).flatMap((line) => (line.parts ?? []).map((part) => [part, line.index] as const)));
  const marks = [...block.headerRows, block.codeRow ?? block.headerRows[0], block.unitsRow ?? block.headerRows[0]];
  const headerTop = Math.min(...marks);
  const nameCols = orientation === "areas-as-rows" ? frame.areaCols : frame.headerRows;
  const rows = orientation === "areas-as-rows";
  const textCols = new Set(frame.textCols ?? []);
  const noteCols = columns.filter((c) => c.role === "note" || textCols.has(c.col)).map((c) => ({ index: c.col, header: c.headerParts.join(" / ") }));
  const ignoredLines = [
    ...allRaw.filter((line) => sorted.ignoredLines.has(line.position)).map((line) => ({ index: line.position, header: line.parts.join(" / "), why: "corrected" })),
    ...lines.filter((line) => line.planCode === null).map((line) => ({ index: line.index, header: line.header, why: splitPartAt.has(line.index) ? (splitPartAt.get(line.index)! < line.index ? SPLIT_PART : TOTAL_PART) : line.isTotal && line.parts !== undefined ? LINES_TOTAL : "no plan line" })),
    ...ratios.map((line) => ({ index: line.position, header: line.parts.join(" / "), why: RATIO_TO_PLAN })),
    ...[...ofWhich].map((i) => ({ index: kept[i].line.position, header: kept[i].line.parts.join(" / "), why: OF_WHICH })),
    ...hiddenHelpers.map((line) => ({ index: line.position, header: line.parts.join(" / "), why: HIDDEN_HELPER })),
    ...raw.filter((line) => targetCopies.has(line.position)).map((line) => ({ index: line.position, header: line.parts.join(" / "), why: TARGET_COPY })),
    ...raw.filter((line) => runningTotals.has(line.position)).map((line) => ({ index: line.position, header: line.parts.join(" / "), why: RUNNING_TOTAL })),
    ...raw.filter((line) => earlierBatches.has(line.position)).map((line) => ({ index: line.position, header: line.parts.join(" / "), why: BATCH_IN_RUNNING })),
    ...raw.filter((line) => shares.has(line.position)).map((line) => ({ index: line.position, header: line.parts.join(" / "), why: COMPUTED_RATIO })),
    ...raw.filter((line) => noteRows.has(line.position)).map((line) => ({ index: line.position, header: line.parts.join(" / "), why: NOTE_ROW })),
    ...raw.filter((line) => areaFigures.has(line.position)).map((line) => ({ index: line.position, header: line.parts.join(" / "), why: isRateHeader(line.parts) ? RATE : AREA_FIGURE })),
    ...(rows ? noteCols.map((c) => ({ ...c, why: "text column" })) : []),
    ...(!rows && block.next !== undefined ? [{ index: block.next.row, header: block.next.text, why: SECOND_TABLE }] : []),
    ...(!rows && block.note !== undefined ? [{ index: block.note.row, header: block.note.text, why: NOTE_ROW }] : []),
    ...(!rows ? (block.repeatedHeaders ?? []).map((r) => ({ index: r.row, header: r.text, why: REPEATED_HEADER })) : []),
    ...(rows && block.side !== undefined ? [{ index: block.side.col, header: block.side.text, why: SECOND_TABLE }] : []),
  ].sort((a, b) => a.index - b.index);
  const notes: LayoutNotes = {
    top: headerTop,
    left: block.left,
    bottom: block.bodyEnd,
    right: block.right,
    labelCol: nameCols[nameCols.length - 1] ?? block.left,
    ...(frame.sttCol !== null ? { sttAt: frame.sttCol } : {}),
    ignoredLines,
    ignoredAreas: [
      ...reading.ignored.map((index) => ({ index, label: reading.ignoredLabels?.get(index) ?? frame.areaCols.map((col) => ownText(frame, index, col)).filter((t) => t !== "").join(" / "), why: "corrected" })),
      ...reading.unnamed.map((index) => ({ index, label: frame.sttCol === null ? "" : cellText(frame.grid.value(index, frame.sttCol)), why: NO_NAME })),
      ...reading.ofWhich.map((index) => ({ index, label: ownText(frame, index, frame.areaCols[frame.areaCols.length - 1]) || ownText(frame, index, frame.areaCols[0]), why: OF_WHICH })),
      ...(reading.villages ?? []).map((index) => ({ index, label: ownText(frame, index, frame.areaCols[0]), why: VILLAGE })),
      ...(reading.groupHeadings ?? []).map((index) => ({ index, label: ownText(frame, index, frame.areaCols[0]), why: GROUP_HEADING })),
      ...(reading.notes ?? []).map((index) => ({ index, label: ownText(frame, index, frame.areaCols[0]), why: NOTE_ROW })),
      ...(rows ? [] : noteCols.map((c) => ({ index: c.index, label: c.header, why: "text column" }))),
      ...hiddenBlank.map((h) => ({ index: h.index, label: h.label, why: HIDDEN_BLANK })),
      ...oldRows.map((area) => ({ index: area.index, label: area.label, why: OLD_ROW })),
      ...(frame.planCopies ?? []).map((c) => ({ index: c.index, label: c.label, why: "plan copy" })),
      ...(frame.outsideTotal ?? []).map((c) => ({ index: c.index, label: c.label, why: OUTSIDE_TOTAL })),
      ...(frame.checkRows ?? []).map((c) => ({ index: c.index, label: c.label, why: CHECK_ROW })),
      ...(frame.runningRows ?? []).map((c) => ({ index: c.index, label: c.label, why: RUNNING_TOTAL })),
      ...(frame.ratioRows ?? []).map((c) => ({ index: c.index, label: c.label, why: RATIO_TO_PLAN })),
      ...(rows && block.next !== undefined ? [{ index: block.next.row, label: block.next.text, why: SECOND_TABLE }] : []),
      ...(rows && block.note !== undefined ? [{ index: block.note.row, label: block.note.text, why: NOTE_ROW }] : []),
      ...(rows ? (block.repeatedHeaders ?? []).map((r) => ({ index: r.row, label: r.text, why: REPEATED_HEADER })) : []),
      ...(!rows && block.side !== undefined ? [{ index: block.side.col, label: block.side.text, why: SECOND_TABLE }] : []),
    ].sort((a, b) => a.index - b.index),
    mirrors: reading.mirrors,
    candidates: reading.candidates,
    // A reserve the arithmetic set outside the total settles the one rival reading (it inside the total): said on its own.
    nearTie: reading.nearTie && !(reserve !== null && reading.candidates <= 2),
    ...(reading.pairedByPosition === true ? { pairedByPosition: true } : {}),
    ...(reading.groupsUnsure === true ? { groupsUnsure: true } : {}),
    ...(reading.villagesUnsure !== undefined ? { villagesUnsure: reading.villagesUnsure } : {}),
    ...(reading.villageLinesDisagree === true ? { villageLinesDisagree: true } : {}),
    corrections: { applied: sorted.applied, stale: sorted.stale },
    ...(frame.unreadPeriods !== undefined ? { unreadPeriods: frame.unreadPeriods } : {}),
    ...(block.next !== undefined ? { nextTable: block.next } : {}),
    ...(remainders.length > 0 ? { remainders } : {}),
    ...(reserve !== null ? { reserveOutsideTotal: { index: reserve.index, label: reserve.label } } : {}),
    ...(block.repeatedBlocks !== undefined ? { repeatedBlocks: block.repeatedBlocks.map((b) => ({ index: b.row, text: b.text })) } : {}),
    ...(withEarlier !== null ? { runningWithEarlier: { index: withEarlier.index, header: withEarlier.header } } : {}),
    ...(block.side !== undefined ? { sideTable: block.side } : {}),
  };
  // A block of the same areas again, under a heading and no total of its own, that the plan's figures set apart
  // (a copy, last year's): the table ends before it, and it is said as another table.
  const cut = given === undefined && rows && block.repeatedBlocks !== undefined ? repeatedBlockCut(grid, block.repeatedBlocks, areas, lines, plan) : null;
  if (cut !== null) return detectFrom(sheet, grid, plan, corrections, options, from, cutBlock(block, grid, cut));
  return {
    sheet: sheet.name,
    orientation,
    areas,
    lines,
    headerTop,
    headerBottom: Math.max(...marks),
    notes,
  };
}

/**
 * The positions of lines that describe the areas (`Số thôn`, `Số hộ nghèo`,
 * `Dân số`) or give a rate (`Định mức (triệu đồng/tổ)`) in a table where some line matches the plan: matching none
 * themselves, their header's last part such a figure, and not under the same
 * header as a line that matches one (`Hỗ trợ sinh kế / Số hộ | Kinh phí` is
 * a split of that line, not a description).
 */
function areaFigureLines(raw: readonly RawLine[], matches: readonly unknown[]): Set<number> {
  const out = new Set<number>();
  // A table naming no plan line is no allocation of this plan: its columns are all listed as read.
  if (!matches.some((match) => match !== null)) return out;
  const parentOf = (line: RawLine) => line.parts.slice(0, -1).join("\u0000");
  let matchedParents: Set<string> | null = null;
  raw.forEach((line, i) => {
    if (matches[i] !== null || !(isAreaFigureHeader(line.parts) || isRateHeader(line.parts))) return;
    if (line.parts.length >= 2) {
      matchedParents ??= new Set(raw.filter((other, k) => matches[k] !== null && other.parts.length >= 2).map(parentOf));
      if (matchedParents.has(parentOf(line))) return;
    }
    out.add(line.position);
  });
  return out;
}

/**
 * The positions of lines that copy a target beside the figure allocated:
 * matching no plan line, their header's last part a plan copy (`Chỉ tiêu
 * giao`, `Dự toán giao`, `Kế hoạch`) under the same header as a line that
 * matches one.
 */
function targetCopyLines(raw: readonly RawLine[], matches: readonly unknown[]): Set<number> {
  const out = new Set<number>();
  const parentOf = (line: RawLine) => line.parts.slice(0, -1).join("\u0000");
  const matchedParents = new Set(raw.filter((line, i) => matches[i] !== null && line.parts.length >= 2).map(parentOf));
  raw.forEach((line, i) => {
    if (matches[i] !== null || line.parts.length < 2 || !isPlanCopyLabel(line.parts[line.parts.length - 1])) return;
    if (matchedParents.has(parentOf(line))) out.add(line.position);
  });
  return out;
}
