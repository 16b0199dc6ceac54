/**
 * With the areas across the columns, a column holding nothing but marks typed
 * for a figure (`x`, `X`, `?`) is read as a note by the column roles (a flag
 * column `Xã ATK | x` beside area rows). When its header names an area (a
 * prefix, a plan area, a total), or it sits between two columns of figures
 * (areas on both sides, its name bare), or it closes the run of area columns
 * (the sheet's end or a note after it) its name a proper name (`Cốc Ly`,
 * `CỐC LY`; no flag word such as `Ưu tiên`, `ƯU TIÊN`) after
 * area columns the header names as areas, it is that area's column — on a
 * sheet of one line, its one cell an `x` in place of a figure — and its marks
 * are told as invalid values, never dropped with the notes.
 */
import { wordKey } from "../text/fold";
import type { ColumnInfo } from "./columns";
import type { AxisScorer } from "./orientation";

export function withAreaMarkColumns(columns: readonly ColumnInfo[], scorer: AxisScorer): ColumnInfo[] {
  // Left to right, each column read as an area's counts for the next: two such columns side by side are both areas'.
  const out = [...columns];
  out.forEach((c, i) => {
    if (c.figureMarks !== true) return;
    const header = c.headerParts[c.headerParts.length - 1] ?? "";
    if (header === "" || scorer.lineLike(header)) return;
    const between = out[i - 1]?.role === "value" && nextFigures(out, i);
    const last = out[i + 1]?.role !== "value" && isProperName(header) && afterAreaColumns(out, i, scorer);
    if (scorer.areaLike(header) || between || last) out[i] = { col: c.col, role: "value", headerParts: c.headerParts };
  });
  return out;
}

/** The column after the one at `i`, past other columns of marks whose header is a proper name, is one of figures. */
function nextFigures(columns: readonly ColumnInfo[], i: number): boolean {
  for (let j = i + 1; j < columns.length; j++) {
    if (columns[j].role === "value") return true;
    if (columns[j].figureMarks !== true || !isProperName(columns[j].headerParts[columns[j].headerParts.length - 1] ?? "")) return false;
  }
  return false;
}

/** Area columns the header names (two at least, one named as an area, none as a plan line) run up to the column at `i`. */
function afterAreaColumns(columns: readonly ColumnInfo[], i: number, scorer: AxisScorer): boolean {
  let run = 0;
  let named = false;
  for (let j = i - 1; j >= 0 && columns[j].role === "value"; j--) {
    const header = columns[j].headerParts[columns[j].headerParts.length - 1] ?? "";
    if (header === "" || scorer.lineLike(header)) return false;
    if (scorer.areaLike(header)) named = true;
    run++;
  }
  return run >= 2 && named;
}

/**
 * A commune's name as typed in a header row: every word opened by a capital and not all capitals (`Cốc Ly`, `Nậm
 * Lúc`), or every word a syllable in capitals (`CỐC LY`, the header typed in capitals or the one name) — no flag word (`Ưu tiên`)
 * nor a word naming a kind of area or a status (`ƯU TIÊN`, `ĐẶC BIỆT KHÓ KHĂN`, `BIÊN GIỚI`, `ĐẠT CHUẨN`).
 */
function isProperName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const titled = words.every((word) => /^\p{Lu}\p{Ll}/u.test(word));
  const key = wordKey(text);
  // In capitals, each word a syllable (a vowel in it): no abbreviation (`DTTS`, `ĐBKK`).
  const capitals = words.every((word) => /^\p{Lu}+$/u.test(word)) && key.split(" ").every((word) => /[aeiouy]/.test(word));
  return (titled || capitals) && !STATUS_WORDS.test(key);
}

/** Words a column of marks after the areas is headed by (word key): a kind of area, a status, a choice. */
const STATUS_WORDS =
  /^(?:uu tien|dac biet(?: kho khan)?|dbkk|kho khan|bien gioi|vung (?:cao|sau|xa|bien|dan toc)|mien nui|an toan khu|atk|ntm|nong thon moi|dat(?: chuan)?|chua dat|hoan thanh|thi diem|trong diem|danh dau|lua chon|chon|co|khong|ngheo|can ngheo|dan toc(?: thieu so)?|khu vuc(?: ?[i123]+)?|kv(?: ?[i123]+)?|bo sung|moi)$/;
