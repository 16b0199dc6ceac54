/**
 * Targets given to places in a table: one row per district, commune or village (or per year), one
 * column per indicator, the units in a row of their own under the header
 * (`| Đơn vị | Hộ được tuyên truyền | CLB duy trì |` / `| | (%) | (CLB) |`)
 * or in brackets in the header. The row `Tổng cộng` gives each column's
 * target; the rows of the places are the allocation (the worksheet's job), and
 * a column with no total (a rate per place) gives none.
 */
import { foldText } from "../core/text/fold";
import { parseUnit } from "../core/text/units";
import { normalizeVietnameseNumber } from "../core/text/vnNumber";
import type { TextLine } from "./normalize";
import { placeHeaderLevel } from "./placeHeaders";
import { placeShares } from "./placeShares";
import { isTotalLabel } from "./totalLabels";
import type { ExtractedIndicator } from "./types";

/** `Xã`, `Tên xã, thị trấn`, `Thôn, bản`, `Đơn vị`: a header naming the places the rows are. */
const isAreaHeader = (cell: string) => placeHeaderLevel(cell) !== null;
/** `Năm` over rows `2024`, `2025`: the same table split by year instead of by place. */
const YEAR_HEADER = /^(nam|cac nam|nam thuc hien|thoi gian thuc hien)$/;
const YEAR_LABEL = /^(?:nam\s+)?(?:19|20)\d{2}$/;
const CODE_HEADER = /^(stt|tt|so tt)$/;

const UNIT_HEADER = /^(dvt|don vi tinh)$/;
/**
 * `Nội dung`, `Dự án, tiểu dự án`: rows that are a plan's parts (sub-projects, tasks), not places, by the same indicator
 * columns; read only when no column is a unit or a target's (`ĐVT`, `Kế hoạch`, `Số lượng`): such a table is a targets list.
 */
const PARTS_HEADER = /^(noi dung|noi dung ho tro|noi dung thuc hien|du an|ten du an|du an, tieu du an|tieu du an|hang muc|(?:ten )?(?:nganh,? )?nghe(?: dao tao)?|nganh(?: nghe)?(?: dao tao)?)$/;
/** `Đơn giá`, `Định mức/học viên`, `Thành tiền`: a cost estimate's columns — its counts are what the money buys, no targets. */
const PRICE_COLUMN = /^(don gia|dinh muc|thanh tien)(?:\s|$)/;
const LIST_COLUMN = /^(dvt|don vi tinh|don vi|ke hoach|chi tieu|muc tieu|so luong|tong|tong so|tong cong|cong)$/;

/** A header row of a table of places (`| TT | Xã | … |`, `| Thôn | ĐVT | … |`): its rows are the places' figures, no targets each. */
export function isPlacesHeader(cells: readonly string[]): boolean {
  let at = 0;
  while (at < cells.length && (cells[at].trim() === "" || CODE_HEADER.test(key(cells[at])))) at++;
  return at < cells.length && isAreaHeader(cells[at]) && !/^(don vi|ten don vi)$/.test(key(cells[at])) && cells.some((c, k) => k > at && UNIT_HEADER.test(key(c)));
}

export interface AreaTableTarget {
  readonly indicator: ExtractedIndicator;
  readonly lineIndex: number;
  readonly context: string;
  /** The unit is the word after `Số` in a header the reading knows no noun of (`Số nhóm`): to be confirmed. */
  readonly guessed?: boolean;
  /** The sum of the rows of a table of parts with no total row: to be confirmed. */
  readonly summed?: boolean;
  /** From a table of parts (sub-projects, tasks), not of places. */
  readonly parts?: boolean;
  /** The sum of the rows of a table of places with one figure column and no total row: to be confirmed. */
  readonly byPlace?: boolean;
  /** The place word of a quota every row meets (`xã`). */
  readonly quotaPer?: string;
}

const key = (cell: string) => foldText(cell).replace(/\(.*?\)/g, " ").replace(/[^a-z0-9 ,]/g, " ").replace(/\s+/g, " ").trim();
const bracketed = (cell: string) => /^\s*\(([^()]+)\)\s*$/.exec(cell)?.[1].trim() ?? null;

/** The header's area column and indicator columns, or null when the row is no such header. */
function areaHeader(cells: readonly string[]): { area: number; columns: number[]; parts: boolean } | null {
  let at = 0;
  while (at < cells.length && (cells[at].trim() === "" || CODE_HEADER.test(key(cells[at])))) at++;
  if (at >= cells.length) return null;
  const parts = PARTS_HEADER.test(key(cells[at])) && !cells.some((c, k) => k > at && (LIST_COLUMN.test(key(c)) || PRICE_COLUMN.test(key(c))));
  if (!(isAreaHeader(cells[at]) || YEAR_HEADER.test(key(cells[at])) || parts)) return null;
  const columns: number[] = [];
  for (let i = at + 1; i < cells.length; i++) if (isName(cells[i])) columns.push(i);
  return columns.length >= 1 ? { area: at, columns, parts } : null;
}

const isName = (cell: string) => /\p{L}/u.test(cell) && !/\d/.test(cell.replace(/\(.*?\)/g, "")) && bracketed(cell) === null;

/**
 * A header over two rows (`| TT | Đơn vị | Chỉ tiêu | |` / `| | | CLB | Địa chỉ |`, merged cells from Word):
 * the second row names the columns the first leaves blank or groups.
 */
function secondHeader(first: readonly string[], second: readonly string[] | undefined, area: number): string[] | null {
  if (!second || second.length !== first.length || (second[area] ?? "").trim() !== "") return null;
  const named = second.filter((c, i) => i > area && isName(c));
  return named.length >= 2 ? first.map((c, i) => (i > area && isName(second[i]) ? second[i] : c)) : null;
}

/** What a header with no unit counts, when it opens with it: `Tổ truyền thông cộng đồng` → `tổ`, `CLB Thủ lĩnh …` → `CLB`. */
const HEAD_NOUNS = /^(?:(CLB|câu lạc bộ|địa chỉ|mô hình|lớp tập huấn|lớp|cuộc|hội nghị|buổi|điểm|tổ(?!\s+chức))(?!\p{L}))/iu;

/** What a column of a table of parts counts: `Số hộ tham gia` → `hộ`, `Số lượng mô hình` → `mô hình`; `` when it does not open with `Số`. */
const COUNTED = /^số\s+(?:lượng\s+)?(dự án|hộ|người|lượt người|học viên|lao động)(?!\p{L})/iu;

export function countedNoun(header: string): string {
  const m = COUNTED.exec(header.trim());
  if (m !== null) return m[1].toLocaleLowerCase("vi");
  const rest = header.trim().replace(/^số\s+(?:lượng\s+)?/iu, "");
  return rest === header.trim() ? "" : headNoun(rest);
}

/** `Số nhóm`, `Số lượt hỗ trợ`: the word after `Số` when the reading knows no noun of the header, or ``. */
function guessedNoun(header: string): string {
  const m = /^số\s+(?:lượng\s+)?(\p{Ll}+)(?!\p{L})/u.exec(header.trim().replace(/^Số/u, "số"));
  return m !== null && !/^(?:xã|thôn|bản|huyện|tiền|vốn|kinh|năm|tháng|ngày)$/u.test(m[1]) ? m[1] : "";
}

export function headNoun(header: string): string {
  const m = HEAD_NOUNS.exec(header.trim());
  if (m === null) return "";
  return /^CLB$/u.test(m[1]) ? "CLB" : m[1].toLocaleLowerCase("vi");
}

/** A row of units only (`| | (%) | (CLB) | (địa chỉ) |`), or null. */
function unitRow(cells: readonly string[]): string[] | null {
  const filled = cells.filter((c) => c.trim() !== "");
  if (filled.length === 0 || !filled.every((c) => bracketed(c) !== null || /^(ĐVT|đvt)\s*:/u.test(c.trim()))) return null;
  return cells.map((c) => bracketed(c) ?? "");
}

/** A column of figures the reading leaves unread, for want of knowing what it counts (`| Tham gia |`). */
export interface UnreadColumn {
  readonly header: string;
  /** The total row's line; with no total row, the table's header line (where the column is named). */
  readonly line: number;
  readonly figure: string;
  /** With no total row: the figure is the sum of the rows from `firstRow` to `lastRow` (lines), `rows` of them. */
  readonly summed?: { readonly firstRow: number; readonly lastRow: number; readonly rows: number };
}

/** `inTargets`: where a table of places with one figure column is read (a targets part), as its places' shares of one target. */
export function areaTableTargets(body: readonly TextLine[], inTargets: (lineIndex: number) => boolean = () => false): AreaTableTarget[] {
  return readAreaTables(body, inTargets).targets;
}

/** The sum of a column's figures over the rows (`normalizeVietnameseNumber` of each), or null when a row's is no number. */
function columnSum(rows: ReadonlyArray<readonly string[]>, c: number): number | null {
  let sum = 0;
  let seen = 0;
  for (const row of rows) {
    const cell = (row[c] ?? "").trim();
    if (cell === "") continue;
    const canonical = normalizeVietnameseNumber(cell);
    if (canonical === null) return null;
    sum += Number(canonical);
    seen++;
  }
  return seen >= 2 ? Math.round(sum * 1e6) / 1e6 : null;
}

export function readAreaTables(body: readonly TextLine[], inTargets: (lineIndex: number) => boolean = () => false): { targets: AreaTableTarget[]; unread: UnreadColumn[] } {
  const out: AreaTableTarget[] = [];
  const unread: UnreadColumn[] = [];
  for (let i = 0; i < body.length; i++) {
    const cells = body[i].cells;
    if (!cells) continue;
    const found = areaHeader(cells);
    if (!found) continue;
    let names: readonly string[] = cells;
    let j = i + 1;
    const two = secondHeader(cells, body[j]?.cells, found.area);
    if (two) {
      names = two;
      j++;
    }
    // `| TT | Thôn | ĐVT | Số hộ thoát nghèo |`: a unit column gives each row's unit; it is no indicator.
    const unitCol = names.findIndex((c, k) => k > found.area && UNIT_HEADER.test(key(c)));
    const header = { area: found.area, columns: names.map((_, c) => c).filter((c) => c > found.area && c !== unitCol && isName(names[c])) };
    // `| Xã | Số tổ |` (one figure column, no unit column): read in a targets part only, by its total row or else as the
    // places' shares of one target (below).
    const oneColumn = header.columns.length === 1 && unitCol < 0 && !found.parts && inTargets(i);
    if (header.columns.length < (unitCol >= 0 || oneColumn ? 1 : 2)) continue;
    let units = names.map((c) => /\(([^()]+)\)\s*$/.exec(c)?.[1].trim() ?? "");
    const below = body[j]?.cells ? unitRow(body[j].cells as readonly string[]) : null;
    if (below) {
      units = units.map((u, c) => below[c] || u);
      j++;
    }
    // Headers with no unit name what they count (`Tổ truyền thông cộng đồng`) unless the line above the table (a unit
    // note `Đơn vị tính: triệu đồng`, money `… kinh phí … như sau:`) or a column adding the others up (`Cộng`) says the
    // figures are of one measure.
    const noted = i > 0 && !body[i - 1].cells && /\b(?:dvt|don vi tinh|don vi|kinh phi|(?:trieu|nghin|ngan|ty) dong|nguon von|ngan sach)\b/.test(foldText(body[i - 1].text));
    const namesCount = !noted && !names.some((c, k) => k > found.area && isTotalLabel(c));
    let places = 0;
    const placeRows: Array<readonly string[]> = [];
    const rowLines: number[] = [];
    // `I | Tổng số | 12 | 380` heading the rows it adds up: the total, when rows follow it.
    let heading = -1;
    let totalAt = -1;
    for (; j < body.length && body[j].cells; j++) {
      const row = body[j].cells as readonly string[];
      const label = key(row[header.area] ?? "") ? (row[header.area] ?? "") : (row.find((c) => /\p{L}/u.test(c)) ?? "");
      if (!isTotalLabel(label)) {
        if (/\p{L}/u.test(row[header.area] ?? "") || YEAR_LABEL.test(key(row[header.area] ?? ""))) {
          places++;
          placeRows.push(row);
          rowLines.push(body[j].line);
        }
        continue;
      }
      if (places === 0 && heading < 0) {
        heading = j;
        continue;
      }
      if (places >= 2) totalAt = j;
      break;
    }
    if (totalAt < 0 && heading >= 0 && places >= 2) totalAt = heading;
    // A table of parts (sub-projects, tasks) with no total row: each column's target is the sum of its rows, worked out
    // and to be confirmed (`partsSum`), as a budget's total is from its parts; a table of places without one stays unread.
    const summed = totalAt < 0 && found.parts && places >= 2;
    // `Bảng: số tổ truyền thông thành lập mới theo xã` over `| Xã | Số tổ |` rows and no total: one target given by
    // place, the sum of its rows (to be confirmed), each place's share its quota when all are the same.
    if (oneColumn && totalAt < 0) {
      const shares = places >= 2 ? placeShares(body, i, names[header.columns[0]], placeRows, header.columns[0], rowLines) : null;
      if (shares !== null) out.push(shares);
      i = j;
      continue;
    }
    if (totalAt >= 0 || summed) {
      const at = summed ? j - 1 : totalAt;
      const row = summed ? header.columns.reduce<string[]>((r, c) => {
        const sum = columnSum(placeRows, c);
        r[c] = sum === null ? "" : String(sum);
        return r;
      }, []) : (body[totalAt].cells as readonly string[]);
      for (const c of header.columns) {
        const known = units[c] || (unitCol >= 0 ? (row[unitCol] ?? "").trim() : "") || (namesCount ? (found.parts || oneColumn ? countedNoun(names[c]) : headNoun(names[c])) : "");
        // In a table of parts, `Số nhóm`: read in the word after `Số`, to be confirmed, never left out unsaid.
        const guessed = known === "" && namesCount && found.parts ? guessedNoun(names[c]) : "";
        const unit = known || guessed;
        const canonical = normalizeVietnameseNumber((row[c] ?? "").trim());
        // `| Tham gia |` with figures: what it counts is not said — told, never dropped unsaid.
        if (!unit && canonical !== null && found.parts && namesCount) {
          const figure = (row[c] ?? "").trim();
          unread.push(summed ? { header: names[c].trim(), line: body[i].line, figure, summed: { firstRow: rowLines[0], lastRow: rowLines[rowLines.length - 1], rows: places } } : { header: names[c].trim(), line: body[at].line, figure });
        }
        if (!unit || canonical === null) continue;
        const info = parseUnit(unit);
        // A money column (`Kinh phí (triệu đồng)`) is the budget's, read with the budget, never a target.
        if (info.kind === "money") continue;
        const name = names[c].replace(/\s*\([^()]*\)\s*$/, "").trim();
        out.push({
          indicator: {
            code: "",
            name,
            unit,
            target: Number(canonical),
            kind: info.kind,
            source: `line ${body[at].line}`,
            line: body[at].line,
            sourceText: summed ? `${names[c].trim()}: cộng ${places} dòng của bảng (bảng không có dòng tổng cộng)` : body[at].text,
          },
          lineIndex: at,
          context: name,
          ...(guessed !== "" ? { guessed: true } : {}),
          ...(summed ? { summed: true } : {}),
          ...(found.parts ? { parts: true } : {}),
        });
      }
    }
    i = j;
  }
  return { targets: out, unread };
}
