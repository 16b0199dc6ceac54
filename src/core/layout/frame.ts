/**
 * The table seen as "areas as rows" whatever its orientation: an
 * indicators-as-rows table is read through the transposed grid, so its label
 * columns become header rows (name, code and unit rows) and its header rows
 * become the area label columns. Positions stay true sheet rows/columns once
 * swapped back.
 */
import type { Plan } from "../model/plan";
import type { Orientation } from "../model/table";
import { areaKey, wordKey } from "../text/fold";
import type { ColumnInfo } from "./columns";
import { shownText, shownValue, textStart, transposeGrid, type Grid } from "./grid";
import { areaLevel, isPeriodLabel, isRomanNumeral, isTotalLabel, labelFacts } from "./labels";
import { subItemStt, wholeNumberStt } from "./areas";
import { isCumulativeLabel, isPlanCopyLabel } from "./lineStage";
import { isRatioToPlan } from "./lines";
import { positionsOutsideTotal } from "./outsideTotal";
import type { TableBlock } from "./tableBlock";

export type CodeSource = "declared" | "numbered";

export interface Frame {
  /** The grid read as areas-as-rows (the transpose for indicators-as-rows). */
  readonly grid: Grid;
  readonly orientation: Orientation;
  /** Rows of line header texts, top (general) to bottom (specific). */
  readonly headerRows: readonly number[];
  readonly codeRow: number | null;
  /**
   * Where the rows' codes come from: `declared`, a column headed `Mã` / `Mã
   * số`; `numbered`, an `STT` column, whose numbers name plan lines only by
   * chance. Undefined for a row of codes over the columns.
   */
  readonly codeSource?: CodeSource;
  readonly unitsRow: number | null;
  /** Numbering column of the areas (Roman numerals for districts), or null. */
  readonly sttCol: number | null;
  /** One label column, or two: district then commune. */
  readonly areaCols: readonly number[];
  /** Rows of the frame that may hold areas (body rows). */
  readonly areaPositions: readonly number[];
  /** Columns of the frame that hold lines. */
  readonly linePositions: readonly number[];
  /** Positions on the area axis that copy the plan's targets (`Kế hoạch giao`): no area, left out. */
  readonly planCopies?: readonly { readonly index: number; readonly label: string }[];
  /** Positions on the area axis that check the table (`Kiểm tra`, `Chênh lệch`, `Còn lại chưa phân bổ`): no area, left out. */
  readonly checkRows?: readonly { readonly index: number; readonly label: string }[];
  /** Positions on the area axis giving a ratio (`Tỷ lệ so với kế hoạch`, `Tỷ lệ (%)`, `% so với KH`): no area, left out. */
  readonly ratioRows?: readonly { readonly index: number; readonly label: string }[];
  /** Positions on the area axis labelled as a running total (`Lũy kế đến 31/12/2024`): no area, left out. */
  readonly runningRows?: readonly { readonly index: number; readonly label: string }[];
  /** Positions on the area axis the total's formulas leave out, their labels no area's (`Số xã`, `Năm 2024 (cũ)`): left out. */
  readonly outsideTotal?: readonly { readonly index: number; readonly label: string }[];
  /** Label columns that name the same areas again (`Hội LHPN xã X` beside `Xã X`): text, left out. */
  readonly textCols?: readonly number[];
  /**
   * Periods (`Năm 2024`, `Năm 2025`) named over the areas by a label column
   * (header row) the area axis does not read: the areas split by period, read
   * as one table.
   */
  readonly unreadPeriods?: readonly string[];
  /**
   * A label column naming periods (`Năm 2024`) beside the district and
   * commune columns: before the district column, each period a tier over the
   * districts after it; between them, each period a group of the district's
   * communes after it.
   */
  readonly periodCol?: number;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

export function buildFrame(grid: Grid, block: TableBlock, columns: readonly ColumnInfo[], orientation: Orientation, plan: Plan): Frame {
  const ofRole = (...roles: ColumnInfo["role"][]) => columns.filter((c) => roles.includes(c.role)).map((c) => c.col);
  // Rows repeating the header in the body are no area (no line): left out here, listed by the reading. So too the
  // header's units row past headings under it (`Huyện Ba Vì` without figures, then `(triệu đồng)`), said by no one.
  const units = block.unitsRow !== null && block.unitsRow >= block.bodyStart ? [{ index: block.unitsRow }] : [];
  const bodyRows = without(without(range(block.bodyStart, block.bodyEnd), (block.repeatedHeaders ?? []).map((r) => ({ index: r.row }))), units);
  const valueCols = ofRole("value");
  if (orientation === "areas-as-rows") {
    const stt = ofRole("stt", "code")[0] ?? null;
    // Districts' names typed (often merged down their communes' rows) in the column headed `STT`: the district column.
    const sttNames = stt !== null && holdsDistrictNames(grid, stt, bodyRows, plan);
    const allLabels = ofRole("label");
    // A column naming only periods (`Năm 2024`, `Năm 2025`) beside the district and commune columns: no level of areas,
    // read as the periods the areas are split by (see `periodCol`).
    const periods = allLabels.length >= 3 ? allLabels.find((col) => namesPeriods(grid, col, bodyRows)) : undefined;
    const labels = periods === undefined ? allLabels : allLabels.filter((col) => col !== periods);
    const chosen = chooseAreaCols(grid, sttNames && labels.length === 1 && stt! < labels[0] ? [stt!, ...labels] : labels, bodyRows, plan);
    const keep = areaColOfTwo(grid, chosen, bodyRows, plan, (col) => headedAsDistricts(columns, col));
    const textCols = keep === null ? [] : chosen.filter((col) => col !== keep);
    const areaCols = keep === null ? chosen : [keep];
    const { copies, checks, running, ratios } = copiesAndChecks(grid, areaCols, bodyRows, stt !== null && !areaCols.includes(stt) ? [stt] : []);
    return {
      grid,
      orientation,
      headerRows: block.headerRows,
      codeRow: block.codeRow,
      unitsRow: block.unitsRow,
      sttCol: areaCols.includes(stt ?? -1) ? null : stt,
      areaCols,
      areaPositions: without(without(without(without(bodyRows, copies), checks), running), ratios),
      linePositions: valueCols,
      planCopies: copies,
      checkRows: checks,
      ...(running.length > 0 ? { runningRows: running } : {}),
      ...(ratios.length > 0 ? { ratioRows: ratios } : {}),
      ...(textCols.length > 0 ? { textCols } : {}),
      ...(periods !== undefined && areaCols.length === 2 ? { periodCol: periods } : {}),
    };
  }
  const view = transposeGrid(grid);
  const names = ofRole("label");
  // A header row numbering the areas (`I`, `II` over the districts' names, `1`, `2` over the communes'): their STT.
  // (`1`, `2` over the communes make it a row of codes, or of figures above the header block, to the block.)
  const numbering = [...block.headerRows, ...(block.codeRow !== null && !block.headerRows.includes(block.codeRow) ? [block.codeRow] : []), ...(block.headerRows[0] > 0 ? [block.headerRows[0] - 1] : [])];
  const sttRow = numbering.length >= 2 ? numbering.find((row) => numbersAreas(view, row, valueCols)) : undefined;
  const headerRows = sttRow === undefined ? block.headerRows : block.headerRows.filter((row) => row !== sttRow);
  // A header row naming only periods between the districts' and the communes' (or over them): see `periodCol`.
  const periodRow = headerRows.length >= 3 ? headerRows.find((row) => namesPeriods(view, row, valueCols)) : undefined;
  const chosenRows = chooseAreaCols(view, periodRow === undefined ? headerRows : headerRows.filter((row) => row !== periodRow), valueCols, plan);
  // Two header rows over the areas, one of them naming who is in charge of each (a focal person): the other names them.
  const keepRow = areaColOfTwo(view, chosenRows, valueCols, plan, () => false);
  const areaCols = keepRow === null ? chosenRows : [keepRow];
  const { copies, checks, running, ratios } = copiesAndChecks(view, areaCols, valueCols, numbering.filter((row) => !areaCols.includes(row)));
  const listed = without(without(without(without(valueCols, copies), checks), running), ratios);
  const outside = positionsOutsideTotal(view, areaCols, listed, bodyRows, plan);
  const periodRead = periodRow !== undefined && areaCols.length === 2;
  const unreadPeriods = periodsOutside(view, periodRead ? headerRows.filter((row) => row !== periodRow) : headerRows, areaCols, valueCols);
  return {
    grid: view,
    orientation,
    headerRows: names,
    codeRow: ofRole("code")[0] ?? ofRole("stt")[0] ?? null,
    ...(ofRole("code").length > 0 ? { codeSource: "declared" as const } : ofRole("stt").length > 0 ? { codeSource: "numbered" as const } : {}),
    unitsRow: ofRole("unit")[0] ?? null,
    sttCol: sttRow !== undefined && !areaCols.includes(sttRow) ? sttRow : null,
    areaCols,
    areaPositions: without(listed, outside),
    linePositions: bodyRows,
    planCopies: copies,
    checkRows: checks,
    ...(running.length > 0 ? { runningRows: running } : {}),
    ...(ratios.length > 0 ? { ratioRows: ratios } : {}),
    ...(outside.length > 0 ? { outsideTotal: outside } : {}),
    ...(unreadPeriods.length > 0 ? { unreadPeriods } : {}),
    ...(periodRead ? { periodCol: periodRow } : {}),
  };
}

/**
 * True when label column `col` (a header row over the areas across) holds
 * nothing but the areas' numbering over them — Roman numerals (one at
 * least: `I`, `II` over the districts), whole numbers, items (`1.1`, `-`);
 * or, no Roman numeral, whole numbers with items among them (a row of
 * column numbers `1`, `2`, `3` has none) — beside blanks and the total's own
 * label: the areas' STT, not their names.
 */
function numbersAreas(grid: Grid, col: number, positions: readonly number[]): boolean {
  let roman = false;
  // `1`, `1.1`, `1.2`, `2`, `2.1` over the areas, the Roman numerals written in the names (`II. Cấp huyện`): the same.
  let whole = false;
  let sub = false;
  for (const row of positions) {
    const value = grid.value(row, col);
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    if (typeof value === "string" && isRomanNumeral(value)) roman = true;
    else if (wholeNumberStt(value)) whole = true;
    else if (subItemStt(value)) sub = true;
    else if (!(typeof value === "string" && isTotalLabel(value))) return false;
  }
  return roman || (whole && sub);
}

/** The distinct periods (two or more) that label columns other than the area columns name over the areas. */
function periodsOutside(grid: Grid, candidates: readonly number[], areaCols: readonly number[], positions: readonly number[]): string[] {
  const periods = new Set<string>();
  for (const col of candidates) {
    if (areaCols.includes(col)) continue;
    for (const position of positions) {
      const text = shownText(grid, position, col);
      if (text !== "" && text.length <= 40 && isPeriodLabel(wordKey(text))) periods.add(text);
    }
  }
  return periods.size >= 2 ? [...periods] : [];
}

/**
 * A position that checks the table rather than naming an area: `Kiểm tra`
 * (the total again, from a formula), `Chênh lệch` / `Sai lệch` (a difference,
 * usually 0), `Đối chiếu`, `Còn lại chưa phân bổ` (the plan's part not yet
 * given out). Its figures are not allocated to any area.
 */
const CHECK = /^(kiem tra|chenh lech|sai lech|doi chieu|con lai chua phan bo|con lai chua giao|so chua phan bo|so con lai|con lai|chua phan bo|check)( .*)?$/;
const CHECK_START = /^\s*[KkCcSsDdĐđ]/;

export function isCheckLabel(text: string): boolean {
  if (!CHECK_START.test(text)) return false;
  const key = wordKey(text.replace(/\([^)]*\)/g, " "));
  const match = CHECK.exec(key);
  if (match === null) return false;
  // `Còn lại`, `Chưa phân bổ` only as the whole label (`Còn lại các xã` names areas); the others lead any label.
  return match[2] === undefined || !/^(so con lai|con lai|chua phan bo|so chua phan bo)$/.test(match[1]);
}

type Labelled = { index: number; label: string }[];

/**
 * The letters a plan copy (`Kế hoạch`, `Chỉ tiêu giao`, `Dự toán giao`, `Số giao`, `Mức giao`), a check or a running
 * total (`Lũy kế …`, `Thực hiện lũy kế`, `Cộng dồn`) opens with.
 */
const COPY_OR_CHECK_START = new Set([..."KkCcDdĐđSsMmLlTt%"].map((c) => c.charCodeAt(0)));

/** A ratio as a bare label (`Tỷ lệ`, `Tỷ lệ (%)`, `Tỉ lệ %`), beside those to the plan (`isRatioToPlan`). */
const BARE_RATIO = /^(ty le|ti le)( %| phan tram)?$/;

/** A ratio typed as an area's label: to the plan (`Tỷ lệ so với kế hoạch`, `% so với KH`, `So với kế hoạch`) or bare (`Tỷ lệ (%)`). */
function isRatioLabel(text: string): boolean {
  return BARE_RATIO.test(wordKey(text.replace(/\(([^)]*)\)/g, " $1 "))) || isRatioToPlan([text]);
}

/** A running total as an area's label: `Lũy kế đến 31/12/2024`, `Thực hiện lũy kế`, `Số lũy kế`, `Cộng dồn`. */
const RUNNING_LABEL = /^(?:luy ke|thuc hien luy ke|so luy ke|cong don)\b/;

/**
 * The positions labelled as a copy of the plan (`isPlanCopyLabel`), as a check (`isCheckLabel`), as a running total
 * and as a ratio (`isRatioLabel`), each label read once. A position with no label in the area columns is labelled by
 * its text typed in `spareCols` (the STT column: `Tỷ lệ so với kế hoạch` typed from column A under the table), if any.
 */
function copiesAndChecks(
  grid: Grid,
  areaCols: readonly number[],
  positions: readonly number[],
  spareCols: readonly number[],
): { copies: Labelled; checks: Labelled; running: Labelled; ratios: Labelled } {
  const copies: Labelled = [];
  const checks: Labelled = [];
  const running: Labelled = [];
  const ratios: Labelled = [];
  // An index loop: a `for … of` makes an iterator result per position until the loop is optimised (this runs once).
  for (let p = 0; p < positions.length; p++) {
    const position = positions[p];
    // The position's own label: its last non-blank label cell. Told apart by its first letter first (every plan copy
    // and check opens with one of `COPY_OR_CHECK_START`), read off the cell without tidying its text: this runs once
    // per row of a large sheet.
    let ownCol = -1;
    let start = -1;
    for (let c = areaCols.length - 1; c >= 0 && start < 0; c--) {
      ownCol = areaCols[c];
      start = textStart(shownValue(grid, position, ownCol));
    }
    // Typed in the spare cell itself (a title merged over the columns labels none).
    for (let c = 0; c < spareCols.length && start < 0; c++) {
      ownCol = spareCols[c];
      start = textStart(grid.value(position, ownCol));
    }
    if (start < 0 || !COPY_OR_CHECK_START.has(start)) continue;
    const own = shownText(grid, position, ownCol);
    // Short labels only.
    if (own.length > 40) continue;
    const out = isPlanCopyLabel(own) ? copies : isCheckLabel(own) ? checks : RUNNING_LABEL.test(wordKey(own)) && isCumulativeLabel(own) ? running : isRatioLabel(own) ? ratios : null;
    if (out === null) continue;
    const label = [...new Set(areaCols.map((col) => shownText(grid, position, col)).filter((t) => t !== ""))];
    out.push({ index: position, label: label.length > 0 ? label.join(" / ") : own });
  }
  return { copies, checks, running, ratios };
}

/**
 * True when a numbering column holds districts' names rather than numbers:
 * two or more distinct names with a district's prefix (or the plan's
 * districts), and not one number or Roman numeral.
 */
function holdsDistrictNames(grid: Grid, col: number, rows: readonly number[], plan: Plan): boolean {
  const districtKeys = plan.areas.length > 0 ? new Set(plan.areas.map((a) => areaKey(a.district))) : null;
  const names = new Set<string>();
  for (const row of rows) {
    const value = grid.value(row, col);
    if (value === null || value === undefined || value === "") continue;
    if (typeof value !== "string") return false;
    const text = shownText(grid, row, col);
    if (text === "" || isTotalLabel(text)) continue;
    if (/^[\divxlcIVXLC.\-)\s]+$/.test(text)) return false;
    if (areaLevel(text) !== "district" && !(districtKeys?.has(areaKey(text)) ?? false)) return false;
    names.add(text);
  }
  return names.size >= 2;
}

/**
 * True when two label columns name the same area on (nearly) every row where
 * both are filled — `Hội LHPN huyện Ba Vì` beside `Huyện Ba Vì`, the unit
 * that carries the work out beside its area: not a district column over a
 * commune column (which names one district over several communes), so the
 * areas are read from one of them only.
 */
function namesSameAreas(grid: Grid, outer: number, inner: number, rows: readonly number[]): boolean {
  let both = 0;
  let same = 0;
  for (const row of rows) {
    const a = shownText(grid, row, outer);
    const b = shownText(grid, row, inner);
    if (a === "" || b === "" || isTotalLabel(b)) continue;
    both++;
    const key = labelFacts(b).key;
    if (key !== "" && labelFacts(a).key === key) same++;
  }
  return both >= 2 && same >= 0.8 * both;
}

/**
 * Of two label columns (district, commune), the one that alone names the
 * areas, the other being text; null when both are read. The same areas named
 * twice: the one naming more rows (the totals too). A column whose names are
 * for the most part persons or bodies (`Nguyễn Thị Hoa`, `Chị Lan`, `Hội LHPN
 * xã`) beside one that names areas: the latter. A column before the names that
 * groups no rows and names no district (`Cơ quan chủ trì`): the inner one.
 */
function areaColOfTwo(grid: Grid, chosen: readonly number[], rows: readonly number[], plan: Plan, headedDistricts: (col: number) => boolean): number | null {
  if (chosen.length !== 2) return null;
  const [outer, inner] = chosen;
  if (namesSameAreas(grid, outer, inner, rows)) return filledRows(grid, outer, rows) > filledRows(grid, inner, rows) ? outer : inner;
  const outerPersons = namesPersons(grid, outer, rows);
  const innerPersons = namesPersons(grid, inner, rows);
  if (innerPersons && !outerPersons) return outer;
  if (outerPersons && !innerPersons) return inner;
  if (headedDistricts(outer) || groupsRows(grid, outer, inner, rows, plan)) return null;
  // One name to each either way: a row of one-word names (`Lan`, `Hoa`: given names) beside names of several words
  // (`Ba Trại`, `Tản Lĩnh`) is the persons', the other names the areas.
  return singleWords(grid, inner, rows) && !singleWords(grid, outer, rows) ? outer : inner;
}

/** The column's distinct texts (two at least, totals aside) are each one word. */
function singleWords(grid: Grid, col: number, rows: readonly number[]): boolean {
  const distinct = new Set<string>();
  for (const row of rows) {
    const text = shownText(grid, row, col);
    if (text === "" || distinct.has(text) || isTotalLabel(text)) continue;
    if (text.trim().includes(" ")) return false;
    distinct.add(text);
  }
  return distinct.size >= 2;
}

/** A common family name, then one to three given names (folded): `nguyen thi hoa`, `le van nam`. */
const PERSON_NAME = /^(nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|dinh|trinh|doan|lam|truong|luu|luong|quach|kieu|thai|ta)( [a-z]+){1,3}$/;

/** A folded text naming a person: a title (`chị`, `đ/c`) or a full name with `Thị`/`Văn`, or of three words or more. */
function isPersonName(folded: string): boolean {
  if (/^(chi|anh|ong|ba|dong chi|d c|dc|co|thay)( [a-z]+){1,4}$/.test(folded)) return true;
  if (!PERSON_NAME.test(folded)) return false;
  const words = folded.split(" ");
  return words.length >= 3 || words[1] === "thi" || words[1] === "van";
}

/** The column's distinct names (two at least) are persons for the most part, none an area by its prefix. */
function namesPersons(grid: Grid, col: number, rows: readonly number[]): boolean {
  const distinct = new Set<string>();
  let persons = 0;
  for (const row of rows) {
    const text = shownText(grid, row, col);
    if (text === "" || distinct.has(text) || isTotalLabel(text)) continue;
    distinct.add(text);
    if (areaLevel(text) !== null) return false;
    if (isPersonName(wordKey(text))) persons++;
  }
  return distinct.size >= 2 && persons >= 0.8 * distinct.size;
}

/** The column's texts over the body (two distinct at least) all name periods (`Năm 2024`, `Giai đoạn 2021-2025`). */
function namesPeriods(grid: Grid, col: number, rows: readonly number[]): boolean {
  const distinct = new Set<string>();
  for (const row of rows) {
    const text = shownText(grid, row, col);
    if (text === "" || distinct.has(text) || isTotalLabel(text)) continue;
    if (!isPeriodLabel(wordKey(text))) return false;
    distinct.add(text);
  }
  return distinct.size >= 2;
}

/** The column is headed as districts' (`Huyện`, `Quận`, `Huyện/Thị xã`, `Tên huyện`). */
function headedAsDistricts(columns: readonly ColumnInfo[], col: number): boolean {
  const parts = columns.find((c) => c.col === col)?.headerParts ?? [];
  return parts.some((part) => /^(ten )?(huyen|quan|thi xa|thanh pho|cap huyen)\b/.test(wordKey(part)));
}

/**
 * Whether an outer label column reads as districts over the inner column's
 * names: on the rows the inner names, it is blank or repeats the name above
 * (typed once, merged down, or carried) on some, or it names districts (by
 * prefix or the plan's list) for the most part.
 */
function groupsRows(grid: Grid, outer: number, inner: number, rows: readonly number[], plan: Plan): boolean {
  const districtKeys = new Set(plan.areas.map((a) => areaKey(a.district)));
  let named = 0;
  let carried = 0;
  let previous = "";
  const distinct = new Set<string>();
  let districts = 0;
  let bodies = 0;
  for (const row of rows) {
    const a = shownText(grid, row, outer);
    const b = shownText(grid, row, inner);
    if (b === "" || isTotalLabel(b)) {
      if (a !== "") previous = a;
      continue;
    }
    named++;
    if (a === "" || a === previous) carried++;
    if (a !== "" && !distinct.has(a)) {
      distinct.add(a);
      if (areaLevel(a) === "district" || districtKeys.has(labelFacts(a).key)) districts++;
      else if (BODY_OR_PERSON.test(wordKey(a))) bodies++;
    }
    if (a !== "") previous = a;
  }
  if (named < 3 || districts * 2 >= distinct.size) return true;
  // Bodies (`Hội LHPN`, `UBND xã`, `Phòng Tư pháp`) or persons (`Chị Lan`) for the most part: who carries the row out.
  return carried > 0.1 * named && bodies * 2 <= distinct.size;
}

/** A text opening as a body or a person, never as an area's name. */
const BODY_OR_PERSON = /^(hoi|ubnd|uy ban|phong|ban|so|trung tam|tram|truong|doan|mat tran|cong an|chi|anh|ong|co quan|can bo|dong chi|d c)( |$)/;

function filledRows(grid: Grid, col: number, rows: readonly number[]): number {
  let n = 0;
  for (const row of rows) if (shownText(grid, row, col) !== "") n++;
  return n;
}

function without(positions: readonly number[], left: readonly { index: number }[]): readonly number[] {
  if (left.length === 0) return positions;
  const out = new Set(left.map((p) => p.index));
  return positions.filter((p) => !out.has(p));
}

/**
 * The area label columns among `candidates` (frame columns): captions such as
 * `Chia ra` or `Phân bổ cho các xã` that name no area are dropped; of the
 * rest the last two are district and commune, or the last one alone.
 */
function chooseAreaCols(grid: Grid, candidates: readonly number[], positions: readonly number[], plan: Plan): number[] {
  const districtKeys = new Set(plan.areas.map((a) => areaKey(a.district)));
  const kept = candidates.filter((col) => {
    const distinct = new Set<string>();
    let areaLike = false;
    for (const row of positions) {
      const text = shownText(grid, row, col);
      if (text === "" || isTotalLabel(text)) continue;
      distinct.add(text);
      if (areaLevel(text) !== null || districtKeys.has(areaKey(text))) areaLike = true;
      if (distinct.size > 1) return true;
    }
    return distinct.size === 1 && areaLike;
  });
  if (kept.length >= 2) return kept.slice(-2);
  if (kept.length === 1) return kept;
  return candidates.length > 0 ? [candidates[candidates.length - 1]] : [];
}
