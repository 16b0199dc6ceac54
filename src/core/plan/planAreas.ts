/**
 * The plan's areas (địa bàn): a table with `Huyện` (district) and `Xã`
 * (commune) columns, or one `Địa bàn` / `Đơn vị` column, on the plan sheet
 * next to or below the indicators, or on a sheet of its own. Districts are
 * carried down over blank or merged cells; a district's communes may be
 * listed in one cell, separated by commas.
 */
import type { PlanArea } from "../model/plan";
import { a1 } from "../model/address";
import { shownText, type Grid } from "../layout/grid";
import { isTrailerText } from "../layout/trailer";
import { areaLevel, hasRomanPrefix, isRomanNumeral, isTotalLabel, stripNumbering } from "../layout/labels";
import { wordKey } from "../text/fold";

export interface AreaHeader {
  readonly row: number;
  readonly bottom: number;
  readonly district?: number;
  readonly commune?: number;
  readonly single?: number;
  /** The single column lists districts (`Huyện`, `Quận/Huyện`): every name in it is a district. */
  readonly districtsOnly?: boolean;
}

const DISTRICT_WORDS = ["huyen", "quan", "thi xa", "district", "cap huyen"];
const COMMUNE_WORDS = ["xa", "phuong", "thi tran", "commune", "cap xa", "ward"];
/** A column header naming districts alone: `Huyện`, `Quận/Huyện`, `Tên huyện`, `Huyện, thị xã`. */
const LONE_DISTRICT = /^(?:ten |don vi )?(?:cap )?(?:huyen|quan|thi xa|thanh pho|district|districts)(?: (?:huyen|quan|thi xa|thanh pho))*$/;
/** A column header naming communes alone: `Xã`, `Tên xã`, `Xã/Phường/Thị trấn` — a flat list, like `Địa bàn`. */
const LONE_COMMUNE = /^(?:ten |don vi )?(?:cap )?(?:xa|phuong|thi tran|commune|communes|ward|wards)(?: (?:xa|phuong|thi tran))*$/;
const SINGLE_KEYS = ["dia ban", "don vi", "area", "areas", "ten don vi", "ten dia ban", "dia ban thuc hien"];

function startsWithWord(key: string, words: readonly string[]): boolean {
  return words.some((w) => key === w || key.startsWith(w + " "));
}

/** The areas header in `row`, ignoring columns in `skipCols`, or null. */
export function areaHeaderInRow(grid: Grid, row: number, skipCols?: ReadonlySet<number>): AreaHeader | null {
  let district: number | undefined;
  let commune: number | undefined;
  let single: number | undefined;
  let loneDistrict = false;
  let loneCommune = false;
  let bottom = row;
  for (let col = 0; col < grid.colCount; col++) {
    if (skipCols?.has(col)) continue;
    const key = wordKey(shownText(grid, row, col).replace(/\([^)]*\)/g, " "));
    if (key === "" || key.split(" ").length > 6) continue;
    const merge = grid.mergeAt(row, col);
    let matched = true;
    if (district === undefined && (startsWithWord(key, DISTRICT_WORDS) || LONE_DISTRICT.test(key))) {
      district = col;
      loneDistrict = LONE_DISTRICT.test(key);
    }
    else if (commune === undefined && (startsWithWord(key, COMMUNE_WORDS) || LONE_COMMUNE.test(key))) {
      commune = col;
      loneCommune = LONE_COMMUNE.test(key);
    }
    else if (single === undefined && SINGLE_KEYS.includes(key)) single = col;
    else matched = false;
    if (matched && merge && merge.bottom > bottom) bottom = merge.bottom;
  }
  if (district !== undefined && commune !== undefined) return { row, bottom, district, commune };
  if (single !== undefined) return { row, bottom, single };
  if (district !== undefined && loneDistrict) return { row, bottom, single: district, districtsOnly: true };
  if (commune !== undefined && loneCommune && district === undefined) return { row, bottom, single: commune };
  return null;
}

/** Reads the areas under `header`, until two blank rows, a notes row or the end of `lastRow`. */
export function readAreaRows(grid: Grid, header: AreaHeader, lastRow = grid.rowCount - 1): PlanArea[] {
  const areas: PlanArea[] = [];
  const withCommunes = new Set<string>();
  let district: string | null = null;
  // A flat list (a bare name before any district, or STT numbers running on from the district's): bare
  // names are areas of their own beside the prefixed ones, not communes of the district above them.
  let flat = false;
  let districtStt: number | null = null;
  let blanks = 0;
  for (let row = header.bottom + 1; row <= lastRow; row++) {
    const cols = header.single !== undefined ? [header.single] : [header.district!, header.commune!];
    const texts = cols.map((c) => (grid.mergeAt(row, c)?.top ?? row) === row ? shownText(grid, row, c) : "");
    if (texts.every((t) => t === "")) {
      if (++blanks >= 2 && areas.length > 0) break;
      continue;
    }
    blanks = 0;
    if (texts.some((t) => isTrailerText(t))) break;
    if (texts.some((t) => isTotalLabel(t))) continue;
    const source = { sheet: grid.name, cell: a1(row, cols[texts[0] !== "" ? 0 : 1] ?? cols[0]) };
    if (header.districtsOnly) {
      areas.push({ district: stripNumbering(texts[0]), source });
      continue;
    }
    if (header.single !== undefined) {
      const label = stripNumbering(texts[0]);
      const level = areaLevel(label);
      const stt = header.single > 0 ? grid.value(row, header.single - 1) : null;
      const romanStt = (typeof stt === "string" && isRomanNumeral(stt)) || hasRomanPrefix(texts[0]);
      const number = typeof stt === "number" && Number.isInteger(stt) ? stt : typeof stt === "string" && /^\s*\d+\.?\s*$/.test(stt) ? parseInt(stt, 10) : null;
      const runsOn = number !== null && districtStt !== null && number === districtStt + 1;
      if (level === "district" || romanStt) {
        district = label;
        districtStt = number;
        areas.push({ district: label, source });
      } else if (district === null || (level === null && (flat || runsOn))) {
        if (district === null) flat = true;
        if (runsOn) districtStt = number;
        // A flat list of names: each is an area of its own.
        areas.push({ district: label, source });
      } else {
        withCommunes.add(district);
        // Its communes numbered on their own: what follows is no longer read by the district's number.
        districtStt = null;
        areas.push({ district, commune: label, source });
      }
      continue;
    }
    const [districtText, communeText] = texts.map(stripNumbering);
    if (districtText !== "") {
      district = districtText;
      if (communeText === "") {
        areas.push({ district, source });
        continue;
      }
    }
    if (communeText !== "") {
      if (district !== null) withCommunes.add(district);
      // `Khánh Thượng, Minh Quang, Ba Trại`: a district's communes listed in one cell.
      for (const commune of communeText.split(/\s*[,;]\s*/)) {
        if (commune !== "") areas.push({ district: district ?? "", commune: stripNumbering(commune), source: { sheet: grid.name, cell: a1(row, header.commune!) } });
      }
    }
  }
  // A district row followed by its communes is a heading, not an area of its own.
  return areas.filter((a) => a.commune !== undefined || !withCommunes.has(a.district));
}

/** Finds an areas header among `rows` (skipping `skipCols` on `skipRows`) and reads the areas under it. */
export function findAreas(
  grid: Grid,
  fromRow: number,
  toRow: number,
  skip?: { readonly rows: ReadonlySet<number>; readonly cols: ReadonlySet<number> },
): PlanArea[] {
  for (let row = Math.max(0, fromRow); row <= Math.min(toRow, grid.rowCount - 1); row++) {
    const header = areaHeaderInRow(grid, row, skip?.rows.has(row) ? skip.cols : undefined);
    // `Địa bàn thực hiện` as a caption over the list's own header row (`STT | Xã`): the header is the row below.
    if (header && header.single !== undefined && row + 1 < grid.rowCount && areaHeaderInRow(grid, row + 1) !== null) continue;
    if (header) {
      const areas = readAreaRows(grid, header);
      if (areas.length > 0) return areas;
    }
  }
  return [];
}
