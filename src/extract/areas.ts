/**
 * Areas from lists such as `Huyện Ba Vì: xã Khánh Thượng, xã Minh Quang, …`
 * or `huyện Ba Vì (xã A, xã B)`, and the document's own counts of them
 * (`05 huyện và 14 xã`) checked against the list.
 */
import { areaKey, foldText } from "../core/text/fold";
import { issue, sourceOf } from "./issues";
import { headingRank, parseMarker } from "./markers";
import { placeHeaderLevel } from "./placeHeaders";
import { isTotalLabel } from "./totalLabels";
import { lineAt, type TextLine } from "./normalize";
import type { ExtractedArea, ExtractIssue } from "./types";

const DISTRICT = "(?:huyện|quận|thị xã|thành phố|TP\\.?|TX\\.?)";
const COMMUNE_PREFIX = /^(?:các\s+)?(?:xã|phường|thị trấn|TT\.?)\s+/iu;
const NAME = "[\\p{Lu}\\d][\\p{L}\\d'’]*(?:[ -][\\p{Lu}\\d][\\p{L}\\d'’]*){0,4}";
const LIST_LINE = new RegExp(
  `^${DISTRICT}\\s+(${NAME})\\s*(?:\\(([^)]*)\\)|[,-]?\\s*(?:gồm|có|với)(?:\\s+(?:các\\s+)?(?:(\\d+)\\s+)?(?:xã|phường|thị trấn|đơn vị)[^:]*)?)?\\s*:\\s*(.+)$`,
  "u",
);
const COMMUNES_OF = new RegExp(`(?:các\\s+)?(?:xã|phường|thị trấn)\\s+((?:[\\p{Lu}][^.;:()]*?))\\s+(?:thuộc|của)\\s+(?:huyện|quận|thị xã|thành phố)\\s+(${NAME})`, "gu");
const COUNT_BEFORE_GROUPS = /(\d{1,3})\s+(?:xã|phường|thị trấn|xã, phường, thị trấn|xã\s*[,/]\s*(?:thị trấn|TT\.?))(?![\p{L}])[^.;()\d]{0,80}?(?:gồm|bao gồm|là)\s*:?\s*$/iu;
/** `Xã Long Hẹ: bản Phiêng Cại, bản Co Muông`: a commune heading the villages where the plan works in it. */
const COMMUNE_OF_VILLAGES = new RegExp(`^(?:xã|phường|thị trấn)\\s+(${NAME})\\s*(?:\\(\\s*\\d{1,3}\\s+(?:thôn|bản|xóm|ấp|làng|buôn|tổ dân phố)\\s*\\))?\\s*:\\s*(?:các\\s+|\\d{1,3}\\s+)?(?:thôn|bản|xóm|ấp|làng|buôn|tổ dân phố)\\s`, "iu");
/** `tại các xã: A, B, C` or `các xã (A, B, C)`: communes named without their prefix, after one `các xã`. */
const COMMUNES_LISTED = /(?:^|[^\p{L}])[Cc]ác\s+(?:xã|phường|thị trấn|xã\s*[,/]\s*(?:thị trấn|TT\.?)|xã, phường, thị trấn)\s*(?::\s*([^.;()]+)|\(([^)]+)\)|\s(\p{Lu}[^.;:()]+))/gu;
/** `đặc biệt khó khăn`, `biên giới`: a few lower-case words saying which of the places counted before a colon. */
const KIND_WORDS = "(?:\\s+\\p{Ll}+){0,4}";
/** `tại 08 xã: Quyết Tiến, Tùng Vài`, `tại 08 xã đặc biệt khó khăn: …`: communes where an activity is done, named after their count and a colon. */
const COUNTED_COMMUNES = new RegExp(
  `(?:^|[^\\p{L}])(?:tại|ở|UBND|Ủy ban nhân dân)\\s+\\d{1,3}\\s+(?:xã|phường|thị trấn|xã\\s*[,/]\\s*(?:thị trấn|TT\\.?)|xã, phường, thị trấn)${KIND_WORDS}\\s*:\\s*([^.;()]+)`,
  "gu",
);
/** `04 xã (Thường Nga, Phú Lộc, Thiên Lộc, Vượng Lộc)`: communes named in brackets after their count, as many as it says. */
const COUNTED_COMMUNES_IN_BRACKETS = /(?:^|[^\p{L}\d])(\d{1,3})\s+(?:xã|phường|thị trấn|xã, thị trấn|xã, phường, thị trấn)\s*\(([^()]+)\)/gu;
/** `tại xã Sín Chải và xã Tả Phìn`, `xã A, xã B`: two communes or more, each with its prefix, in running text. */
const PREFIXED_COMMUNES = new RegExp(`(?:^|[^\\p{L}])(?:xã|phường|thị trấn)\\s+${NAME}(?:\\s*(?:,|và)\\s*(?:xã|phường|thị trấn)\\s+${NAME})+`, "gu");
/**
 * `Kiểm tra tại 05 huyện: Đồng Văn, Mèo Vạc`, `ở các huyện, thành phố: A, B`, `trên địa bàn 08 huyện, thành phố: A, B`,
 * `tại 04 huyện biên giới: A, B`: districts named after a colon. The words before the colon (group 1) must be lower case
 * (the flag `i` lets no pattern say so): `tại huyện Mường Nhé: …` names no districts.
 */
const DISTRICTS_LISTED = new RegExp(
  `(?:^|[^\\p{L}])(?:tại|ở|cho|của|thuộc|trên địa bàn)\\s+(?:các\\s+)?(?:\\d{1,3}\\s+)?(?:huyện|quận|thị xã)(?:\\s*,\\s*(?:thị xã|thành phố|quận|huyện))*((?:\\s+\\p{L}+){0,4})\\s*:\\s*([^.;()]+)`,
  "giu",
);
/** `ĐỊA BÀN THỰC HIỆN`, `Phạm vi, địa bàn triển khai`, `Đối tượng, địa bàn`: a heading of the plan's part on its areas. */
const AREA_HEADING = /^(?:(?:pham vi|doi tuong)\s*,?\s*(?:va\s+)?)*dia ban\b|^pham vi(?:\s+(?:thuc hien|trien khai|ap dung))?\s*(?:,\s*doi tuong(?:\s+\p{L}+){0,2})?\s*$/u;
/** `trên địa bàn 16 xã, thị trấn`, `tại 12 xã`: the count of communes the areas part gives. */
const AREA_PART_COUNT = /(?<![\p{L}\d])(\d{1,3})\s+(?:xã|phường)(?:\s*,\s*(?:phường|thị trấn))*(?!\p{L})/iu;
/** `Địa bàn thực hiện: 05 huyện: …`: a line labelled as the plan's areas. */
const AREA_LABEL = /^\s*(?:phạm vi\s*,?\s*)?địa bàn(?:\s+\p{L}+){0,3}\s*:/iu;
/** `Kính gửi: UBND các huyện A, B, C.`, `Kính gửi: Hội LHPN các huyện, thị xã: A, B`: the districts a letter is sent to. */
const ADDRESSED_DISTRICTS = /^\s*kính gửi\s*:?[^.;:]*?(?<!\p{L})các\s+(?:huyện|quận|thị xã)(?:\s*,\s*(?:thị xã|thành phố|quận|huyện))*\s*:?\s+(\p{Lu}[^.;()]+)/iu;
/** `trong đó: huyện Bát Xát 15 tổ, huyện Sa Pa 20 tổ`: the districts a target is broken down by, each with its figure. */
const BREAKDOWN_START = /(?:^|[^\p{L}])trong đó(?!\p{L})/iu;
const DISTRICT_SHARE = /(?:^|[\s,;:(])(?:huyện|quận|thị xã|thành phố|TP\.?|TX\.?)\s+(\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,4})\s*[:(–-]?\s*\d/gu;
const COMMUNE_SHARE = /(?:^|[\s,;:(])(?:xã|phường|thị trấn)\s+(\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,4})\s*[:(–-]?\s*\d/gu;

/** `tại các xã: Lao Chải 01 tổ, …`, `tại 03 xã (Lao Chải 01 tổ, …)`: a list of communes opened by their word, names bare. */
const LISTED_COMMUNES_OPEN = /(?:^|[^\p{L}])(?:các|\d{1,3})\s+(?:xã|phường|thị trấn)(?:\s*,\s*(?:thị trấn|phường))?\s*[:(]/giu;
const BARE_SHARE = /(?:^|[\s,;:(])(\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,4})\s*[:–-]?\s*\d/gu;

/** The bare names, each with its figure, in the lists of communes a line opens. */
function listedCommuneShares(text: string): string[][] {
  return [...text.matchAll(LISTED_COMMUNES_OPEN)].map((m) => {
    const from = (m.index ?? 0) + m[0].length;
    const close = m[0].endsWith("(") ? text.indexOf(")", from) : -1;
    const part = text.slice(from, close >= 0 ? close : undefined).split(/[.;](?:\s|$)/u)[0];
    return [...part.matchAll(BARE_SHARE)].map((g) => g[1].trim());
  });
}

/** The parts of a line that break a figure down by place: its brackets, and what follows `trong đó`. */
function breakdowns(text: string): string[] {
  const out = [...text.matchAll(/\(([^()]*)\)/gu)].map((m) => m[1]);
  const said = BREAKDOWN_START.exec(text);
  if (said) out.push(text.slice(said.index));
  return out;
}
const INLINE_GROUP = new RegExp(`${DISTRICT}\\s+([\\p{Lu}][\\p{L} ]{0,40}?)\\s*\\(([^)]*)\\)`, "giu");

function isName(item: string): boolean {
  const words = item.split(/\s+/);
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

function communes(list: string): string[] {
  return list
    .replace(/\.+$/, "")
    .split(/\s*[,;]\s*|\s+và\s+/u)
    .map((s) => s.replace(/\(.*?\)/g, "").replace(COMMUNE_PREFIX, "").replace(/[.…]+$/, "").trim())
    .filter((s) => s.length > 0);
}

interface AreaList {
  readonly areas: ExtractedArea[];
  readonly lineIndexes: Set<number>;
  /** `Huyện Ba Vì (07 xã): …` lists whose count is not their length. */
  readonly issues: ExtractIssue[];
  /** Communes named in passing (`… tại các xã A, B, C`): the areas only when the text lists none. */
  readonly mentioned?: ExtractedArea[];
  /** Districts named for one activity (`Kiểm tra tại 05 huyện: A, B`): the areas only when the text names no other, and never a base for totals. */
  readonly passing?: ExtractedArea[];
  /** `II. ĐỊA BÀN` / `Thực hiện trên địa bàn 16 xã, thị trấn (chi tiết tại Phụ lục)`: the communes the areas part counts. */
  readonly statedCommunes?: { readonly count: number; readonly line: number };
  /** Communes of an area table (`| STT | Xã | … |`) with no district row above them and none in the letterhead: no areas, told. */
  readonly unplaced?: ReadonlyArray<{ readonly commune: string; readonly line: number }>;
}

const DISTRICT_PREFIX = /^(?:huyện|quận|thị xã|thành phố|TP\.?|TX\.?)\s+/iu;

/**
 * The role of a table's single area column (CONTRACT §1: `Huyện`, `Xã`, or
 * `Địa bàn` / `Đơn vị` whose rows say by their prefix what they are), or null.
 */
function singleAreaColumn(cells: readonly string[], keys: readonly string[]): { at: number; level: "district" | "commune" | "either" } | null {
  const levels = cells.map(placeHeaderLevel);
  const d = levels.indexOf("district");
  const c = levels.indexOf("commune");
  const e = levels.indexOf("either");
  const stt = keys.some((k) => /^(stt|tt|so tt)$/.test(k));
  // Without a `STT` column only an area column first in its row: `Đơn vị` / `Địa bàn`, whose rows say by their prefix
  // what they are, or `Huyện` / `Xã` (`Huyện | Số tổ` pasted from Word).
  if (!stt) {
    const first = keys.findIndex((k) => k !== "");
    if (first < 0) return null;
    if (e === first && d < 0 && c < 0) return { at: e, level: "either" };
    if (d === first && c < 0) return { at: d, level: "district" };
    if (c === first && d < 0) return { at: c, level: "commune" };
    return null;
  }
  const at = d >= 0 && c < 0 ? d : c >= 0 && d < 0 ? c : e >= 0 && d < 0 && c < 0 ? e : -1;
  // `| STT | Nội dung | Đơn vị tính | Số lượng | Địa bàn |`: rows named by what they do, the area column saying where —
  // a table of targets, not of places.
  if (at < 0 || keys.some((k, i) => i < at && /^(noi dung|chi tieu|ten chi tieu|hoat dong|nhiem vu|noi dung hoat dong)$/.test(k))) return null;
  return { at, level: at === d ? "district" : at === c ? "commune" : "either" };
}

/** `Tham gia`, `Tham gia Dự án 8`, `Thực hiện`, `Được chọn`: a column whose marks say which rows' places the plan covers. */
const TAKES_PART = /^(?:tham gia|thuc hien|trien khai|duoc chon|lua chon|chon|thu huong|duoc ho tro|dia ban (?:thuc hien|du an|trien khai))(?:\s|$)/;
/** `x`, `X`, `✓`, `√`, `v`: a mark in a table cell. */
const MARK = /^(?:x|×|✓|✔|√|v|có)$/iu;

/**
 * The column of marks (`| Tham gia |` with `x` in some rows) of the table whose header is `body[at]`, when its cells are
 * marks or blank and at least one row is marked; else -1. Rows left blank there are places the plan does not cover.
 */
function marksColumn(body: readonly TextLine[], at: number): number {
  const header = body[at].cells ?? [];
  const found = header.findIndex((c) => TAKES_PART.test(foldText(c).replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim()));
  if (found < 0) return -1;
  let marked = 0;
  for (let j = at + 1; j < body.length && body[j].cells; j++) {
    const cell = ((body[j].cells as readonly string[])[found] ?? "").trim();
    if (cell === "") continue;
    if (!MARK.test(cell)) return -1;
    marked++;
  }
  return marked > 0 ? found : -1;
}

export function extractAreas(body: readonly TextLine[], homeDistrict: string | null = null): AreaList {
  const areas: ExtractedArea[] = [];
  const lineIndexes = new Set<number>();
  const issues: ExtractIssue[] = [];
  const seen = new Set<string>();
  const mentioned: ExtractedArea[] = [];
  const passing: ExtractedArea[] = [];
  const unplaced: Array<{ commune: string; line: number }> = [];
  const add = (district: string, commune: string | null, line: number) => {
    const key = `${areaKey(district)}|${commune === null ? "" : areaKey(commune)}`;
    if (seen.has(key)) return;
    seen.add(key);
    areas.push({ district, commune, source: sourceOf(line) });
  };
  let columns: { district: number; commune: number } | null = null;
  let single: { at: number; level: "district" | "commune" | "either" } | null = null;
  let singleHeader = false;
  // The table's column of marks (`| Tham gia |`): a row not marked there names a place the plan does not cover.
  let marks = -1;
  let unmarkedDistrict: { name: string; line: number } | null = null;
  let lastDistrict = "";
  let placeRows: Array<{ commune: string; line: number }> = [];
  // The rank of the heading that opened the plan's part on its areas (`III. ĐỊA BÀN THỰC HIỆN`), while inside it.
  let areaPart: number | null = null;
  let statedCommunes: { count: number; line: number } | null = null;
  const flushPlaceRows = () => {
    if (placeRows.length >= 2 && homeDistrict) {
      for (const r of placeRows) if (!mentioned.some((m) => areaKey(m.commune ?? "") === areaKey(r.commune))) mentioned.push({ district: homeDistrict, commune: r.commune, source: sourceOf(r.line) });
    }
    placeRows = [];
  };
  body.forEach((line, index) => {
    if (line.cells) {
      // `| STT | Huyện | Xã |` tables; a blank district cell continues the one above (merged cells).
      const keys = line.cells.map((c) => foldText(c).replace(/[^a-z ,]/g, " ").replace(/\s+/g, " ").trim());
      const levels = line.cells.map(placeHeaderLevel);
      const d = levels.indexOf("district");
      const c = levels.indexOf("commune");
      if (d >= 0 && c >= 0) {
        columns = { district: d, commune: c };
        single = null;
        lastDistrict = "";
        marks = marksColumn(body, index);
        return;
      }
      // `| STT | Đơn vị | … |` with `Huyện A`, `Xã B` rows, or `| STT | Xã | … |`: one area per row, its level by
      // prefix or by the header; a commune without a district row above belongs to the document's district.
      const one = columns ? null : singleAreaColumn(line.cells, keys);
      if (one) {
        single = one;
        // `| STT | Xã | Số tổ |`, a header of words; not `| 2 | Xã, thị trấn | 500 |`, a row of a table of amounts.
        singleHeader = !line.cells.some((c) => /\d/.test(c));
        lastDistrict = "";
        marks = marksColumn(body, index);
        return;
      }
      const unmarked = marks >= 0 && (line.cells[marks] ?? "").trim() === "";
      // `| TT | Chỉ tiêu | ĐVT | Tổng | Xã Nàn Ma | Xã Thèn Phàng |`: a table by area whose areas are its column headers.
      if (!single && !columns) {
        const named = headerAreas(line.cells);
        if (named.districts.length >= 2) for (const d of named.districts) add(d, null, line.line);
        if (named.communes.length >= 2 && homeDistrict) for (const c of named.communes) add(homeDistrict, c, line.line);
        if (named.districts.length >= 2 || (named.communes.length >= 2 && homeDistrict)) {
          lineIndexes.add(index);
          return;
        }
      }
      if (single) {
        const cell = (line.cells[single.at] ?? "").trim();
        if (!cell || isTotalLabel(cell) || /^toan\b/.test(foldText(cell))) return;
        const asDistrict = DISTRICT_PREFIX.test(cell) || (single.level === "district" && !COMMUNE_PREFIX.test(cell));
        const asCommune = !asDistrict && (COMMUNE_PREFIX.test(cell) || single.level === "commune");
        const name = cell.replace(DISTRICT_PREFIX, "").replace(COMMUNE_PREFIX, "").trim();
        if (!isName(name)) return;
        if (asDistrict) {
          lastDistrict = name;
          // An unmarked district row heading marked communes is theirs: it is added with the first of them.
          unmarkedDistrict = unmarked ? { name, line: line.line } : null;
          if (!unmarked) add(name, null, line.line);
          lineIndexes.add(index);
        } else if (asCommune && (lastDistrict || homeDistrict)) {
          if (!unmarked && unmarkedDistrict !== null && unmarkedDistrict.name === lastDistrict) {
            add(unmarkedDistrict.name, null, unmarkedDistrict.line);
            unmarkedDistrict = null;
          }
          if (!unmarked) add(lastDistrict || (homeDistrict as string), name, line.line);
          lineIndexes.add(index);
        } else if (asCommune && singleHeader && !unmarked && !unplaced.some((u) => areaKey(u.commune) === areaKey(name))) unplaced.push({ commune: name, line: line.line });
        return;
      }
      if (columns) {
        const cols: { district: number; commune: number } = columns;
        const dist = (line.cells[cols.district] ?? "").replace(/^(huyện|quận|thị xã|thành phố)\s+/iu, "").trim();
        // `| 1 | Si Ma Cai | Bản Mế, Cán Cấu, Lùng Thẩn |`: one cell may name several communes.
        const comms = communes(line.cells[cols.commune] ?? "");
        if (dist && isName(dist)) lastDistrict = dist;
        if (lastDistrict && comms.length > 0 && comms.every(isName)) {
          if (!unmarked) for (const comm of comms) add(lastDistrict, comm, line.line);
          lineIndexes.add(index);
        }
        return;
      }
      // `| 1 | Xã Lùng Phình | 200 |` under a header naming no places (`Nội dung`): a row named by a commune with its
      // prefix, beside a figure. Two or more such rows name communes in passing.
      const cells = line.cells;
      const at = cells.findIndex((cell) => /\p{L}/u.test(cell));
      const label = at >= 0 ? cells[at].trim() : "";
      const place = /^(?:xã|phường|thị trấn)\s+/iu.exec(label);
      const figure = cells.some((cell, k) => k > at && /\d/.test(cell) && !/\p{L}/u.test(cell));
      if (place && isName(label.slice(place[0].length)) && figure) {
        placeRows.push({ commune: label.slice(place[0].length).trim(), line: line.line });
      }
      return;
    }
    flushPlaceRows();
    columns = null;
    single = null;
    marks = -1;
    const marker = parseMarker(line.text);
    const offset = marker ? marker.length : 0;
    const text = line.text.slice(offset);
    const rank = marker ? headingRank(marker) : null;
    if (rank !== null && text.length <= 80 && !/\d/.test(text)) {
      if (areaPart !== null && rank <= areaPart) areaPart = null;
      if (AREA_HEADING.test(foldText(text))) areaPart = rank;
    }
    // `Kính gửi: Hội LHPN các huyện Trạm Tấu, Mù Cang Chải, Văn Chấn.`: a letter's addressees are the areas it gives tasks to.
    const addressed = ADDRESSED_DISTRICTS.exec(text);
    if (addressed) {
      const items = communes(addressed[1]).map((d) => d.replace(DISTRICT_PREFIX, ""));
      if (items.length >= 2 && items.every(isName)) {
        items.forEach((d) => add(d, null, lineAt(line, offset + (addressed.index ?? 0))));
        lineIndexes.add(index);
        return;
      }
    }
    const m = LIST_LINE.exec(text.replace(/^(huyện|quận|thị xã|thành phố)/iu, (w) => w.toLocaleLowerCase("vi")));
    if (m) {
      const district = m[1].trim();
      // `Huyện Văn Bàn: 02 xã (Nậm Cang, Sơn Thủy);`, `Huyện A: 02 xã: B, C`: the count before the names is the list's own.
      const counted = /^(\d{1,3})\s+(?:xã|phường|thị trấn|xã, thị trấn|xã, phường, thị trấn|đơn vị)\s*(?:\(([^)]*)\)|(?:gồm|là)?\s*:?\s*(\S.*))\s*[.;]?\s*$/iu.exec(m[4].trim());
      const items = communes(counted ? (counted[2] ?? counted[3] ?? "") : m[4]);
      if (isName(district) && items.length > 0 && items.every(isName)) {
        const at = lineAt(line, offset);
        items.forEach((c) => add(district, c, at));
        lineIndexes.add(index);
        const statedText = m[3] ?? (m[2] ? /(\d+)\s*(?:xã|phường|thị trấn|đơn vị)/iu.exec(m[2])?.[1] : undefined) ?? counted?.[1];
        const stated = statedText !== undefined ? Number(statedText) : null;
        if (stated !== null && stated !== items.length) {
          issues.push(
            issue(
              "area-count",
              `Huyện ${district} được ghi là ${stated} xã (dòng ${at}) nhưng danh sách kèm theo có ${items.length} xã.`,
              `District ${district} is said to have ${stated} communes (line ${at}) but its list has ${items.length}.`,
              { source: sourceOf(at), expected: items.length, actual: stated },
            ),
          );
        }
        return;
      }
    }
    const village = COMMUNE_OF_VILLAGES.exec(text);
    // A commune is placed in its district; with none known (a province's plan), it is left out.
    if (village && isName(village[1].trim()) && (lastDistrict || homeDistrict)) {
      add(lastDistrict || (homeDistrict as string), village[1].trim(), lineAt(line, offset));
      lineIndexes.add(index);
      return;
    }
    // `xã A, xã B (huyện C); xã D (huyện E)`, `04 xã thuộc 02 huyện: A, B (Văn Bàn); D (Si Ma Cai)`: communes, then
    // their district in brackets — never the communes as districts.
    const afterGroups = communesThenDistrict(text);
    if (afterGroups !== null) {
      for (const [district, items] of afterGroups) items.forEach((c) => add(district, c, lineAt(line, offset)));
      lineIndexes.add(index);
      // `03 xã thuộc 02 huyện: …` on the list's own line: its counts are held against the groups.
      const listed = afterGroups.reduce((n, [, items]) => n + items.length, 0);
      const said = new RegExp(PAIR_CD.source, "iu").exec(text);
      if (said !== null && (Number(said[1]) !== listed || Number(said[2]) !== afterGroups.length)) {
        const at = lineAt(line, offset + (said.index ?? 0));
        issues.push(
          issue(
            "area-count",
            `Văn bản nêu ${Number(said[1])} xã thuộc ${Number(said[2])} huyện (dòng ${at}) nhưng danh sách kèm theo có ${listed} xã thuộc ${afterGroups.length} huyện.`,
            `The text states ${Number(said[1])} communes in ${Number(said[2])} districts (line ${at}) but the list that follows has ${listed} communes in ${afterGroups.length} districts.`,
            { source: sourceOf(at), expected: listed, actual: Number(said[1]) },
          ),
        );
      }
      return;
    }
    // `… tại các xã: Chiềng Pấc, Phổng Lái, Mường É` in the document's district (or the one named after the list).
    for (const g of text.matchAll(COMMUNES_LISTED)) {
      let items = communes(g[1] ?? g[2] ?? g[3]);
      // Without a colon or brackets the names run until the sentence goes on (`…, Sín Thầu, mỗi xã 01 mô hình`).
      const stop = g[3] !== undefined ? items.findIndex((c) => !isName(c)) : -1;
      // `các xã A, B, Mường Lạn thành lập …`: the last name runs into the sentence's verb; its capitalised words are the name.
      // (`UBND các xã A, B, Bản Công phối hợp thi công, thành lập tổ …`: the sentence may go on past a comma too.)
      const last = stop >= 1 ? /^(\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,3})\s+\p{Ll}/u.exec(items[stop]) : null;
      if (last) items = [...items.slice(0, stop), last[1]];
      else if (stop >= 0) items = items.slice(0, stop);
      if (items.length < 2 || !items.every(isName)) continue;
      const after = text.slice((g.index ?? 0) + g[0].length);
      const named = new RegExp(`^\\s*(?:thuộc|của)\\s+${DISTRICT}\\s+(${NAME})`, "u").exec(after);
      const district = named ? named[1].trim() : homeDistrict;
      if (!district) continue;
      for (const c of items) if (!mentioned.some((m) => areaKey(m.commune ?? "") === areaKey(c))) mentioned.push({ district, commune: c, source: sourceOf(lineAt(line, offset + (g.index ?? 0))) });
    }
    // `tại 08 xã: A, B, …` and `tại xã A và xã B`: communes in the document's district, named in passing too.
    if (homeDistrict) {
      const runs = [
        ...[...text.matchAll(COUNTED_COMMUNES)].map((g) => ({ at: g.index ?? 0, items: communes(g[1]) })),
        ...[...text.matchAll(COUNTED_COMMUNES_IN_BRACKETS)].map((g) => ({ at: g.index ?? 0, items: communes(g[2]), count: Number(g[1]) })).filter((run) => run.items.length === run.count),
        ...[...text.matchAll(PREFIXED_COMMUNES)].map((g) => ({ at: g.index ?? 0, items: g[0].split(/\s*(?:,|\svà\s)\s*/u).map((c) => c.replace(/^[^\p{L}]*/u, "").replace(COMMUNE_PREFIX, "").trim()) })),
      ];
      for (const run of runs) {
        // `UBND 08 xã: A, B, Tén Tằn tổ chức thực hiện`: the last name runs into the sentence's verb.
        const last = run.items.length >= 2 ? /^(\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,3})\s+\p{Ll}/u.exec(run.items[run.items.length - 1]) : null;
        if (last && !isName(run.items[run.items.length - 1])) run.items = [...run.items.slice(0, -1), last[1]];
        if (run.items.length < 2 || !run.items.every(isName)) continue;
        for (const c of run.items) if (!mentioned.some((m) => areaKey(m.commune ?? "") === areaKey(c))) mentioned.push({ district: homeDistrict, commune: c, source: sourceOf(lineAt(line, offset + run.at)) });
      }
    }
    // `Kiểm tra, giám sát tại 05 huyện: Hòa An, Thạch An`: districts of a province's plan, named in passing — unless
    // the plan's part on its areas names them as its areas (`III. ĐỊA BÀN THỰC HIỆN` / `Dự án được triển khai tại 05
    // huyện: …`, `Địa bàn thực hiện: 05 huyện: …`): then they are, held against the count said before them.
    const ownAreas = areaPart !== null || AREA_LABEL.test(text);
    const partCount = ownAreas && statedCommunes === null ? AREA_PART_COUNT.exec(text) : null;
    if (partCount !== null) statedCommunes = { count: Number(partCount[1]), line: lineAt(line, offset + (partCount.index ?? 0)) };
    for (const g of text.matchAll(DISTRICTS_LISTED)) {
      if (g[1] !== g[1].toLowerCase()) continue;
      const items = communes(g[2]).map((d) => d.replace(DISTRICT_PREFIX, ""));
      if (items.length < 2 || !items.every(isName)) continue;
      const at = lineAt(line, offset + (g.index ?? 0));
      // `Các xã đặc biệt khó khăn thuộc 05 huyện: …`: the plan's areas are communes of those districts, not named.
      if (ownAreas && !/(?:^|[^\p{L}])(?:xã|phường|thị trấn|thôn|bản|xóm)(?!\p{L})/iu.test(text.slice(0, g.index ?? 0))) {
        for (const d of items) add(d, null, at);
        lineIndexes.add(index);
        const said = /(\d{1,3})\s+(?:huyện|quận|thị xã)/iu.exec(g[0]);
        if (said !== null && Number(said[1]) !== items.length) {
          issues.push(
            issue(
              "area-count",
              `Văn bản nêu ${Number(said[1])} huyện (dòng ${at}) nhưng danh sách kèm theo có ${items.length} huyện.`,
              `The text states ${Number(said[1])} districts (line ${at}) but the list that follows has ${items.length}.`,
              { source: sourceOf(at), expected: items.length, actual: Number(said[1]) },
            ),
          );
        }
        continue;
      }
      for (const d of items) if (!passing.some((m) => areaKey(m.district) === areaKey(d))) passing.push({ district: d, commune: null, source: sourceOf(at) });
    }
    // `Thành lập mới 60 tổ, trong đó: huyện Bát Xát 15 tổ, huyện Sa Pa 20 tổ`: districts of a province's plan, named
    // by a target's breakdown — maybe not all of the plan's, so only the areas when the text names no other.
    const said = BREAKDOWN_START.exec(text);
    if (said) {
      const shares = [...text.slice(said.index).matchAll(DISTRICT_SHARE)].map((g) => g[1].trim());
      if (shares.length >= 2) {
        const at = lineAt(line, offset + said.index);
        for (const d of shares) if (!passing.some((m) => areaKey(m.district) === areaKey(d))) passing.push({ district: d, commune: null, source: sourceOf(at) });
      }
    }
    // `Thành lập mới 06 tổ (xã Pa Tần 02 tổ, xã Nậm Cuổi 02 tổ, …)`, `trong đó: xã A 02 tổ, xã B 03 tổ`: the communes a
    // target is broken down by, in the document's district, named in passing.
    if (homeDistrict) {
      for (const part of breakdowns(text)) {
        const shares = [...part.matchAll(COMMUNE_SHARE)].map((g) => g[1].trim());
        if (shares.length < 2 || !shares.every(isName)) continue;
        for (const c of shares) if (!mentioned.some((m) => areaKey(m.commune ?? "") === areaKey(c))) mentioned.push({ district: homeDistrict, commune: c, source: sourceOf(lineAt(line, offset)) });
      }
      for (const shares of listedCommuneShares(text)) {
        if (shares.length < 2 || !shares.every(isName)) continue;
        for (const c of shares) if (!mentioned.some((m) => areaKey(m.commune ?? "") === areaKey(c))) mentioned.push({ district: homeDistrict, commune: c, source: sourceOf(lineAt(line, offset)) });
      }
    }
    // `các xã Khánh Thượng, Minh Quang thuộc huyện Ba Vì`
    for (const g of text.matchAll(COMMUNES_OF)) {
      const district = g[2].trim();
      const items = communes(g[1]);
      if (!isName(district) || items.length === 0 || !items.every(isName)) continue;
      // One commune named in passing (`Trạm Y tế xã A thuộc huyện B`) is no list of areas.
      if (items.length < 2 && !/dia ban/.test(foldText(text))) continue;
      items.forEach((c) => add(district, c, lineAt(line, offset + (g.index ?? 0))));
      lineIndexes.add(index);
    }
    let grouped = 0;
    let firstGroup = -1;
    for (const g of text.matchAll(INLINE_GROUP)) {
      const district = g[1].trim();
      const items = communes(g[2]);
      if (!isName(district) || items.length === 0 || !items.every(isName)) continue;
      if (!/(xã|phường|thị trấn)/iu.test(g[2]) && items.length < 2) continue;
      items.forEach((c) => add(district, c, lineAt(line, offset + (g.index ?? 0))));
      lineIndexes.add(index);
      grouped += items.length;
      if (firstGroup < 0) firstGroup = g.index ?? 0;
    }
    // `08 xã … gồm: huyện A (xã B, C), huyện D (xã E)`: the count before the groups is of all their communes.
    const counted = firstGroup >= 0 ? COUNT_BEFORE_GROUPS.exec(text.slice(0, firstGroup)) : null;
    if (counted && Number(counted[1]) !== grouped) {
      const at = lineAt(line, offset + (counted.index ?? 0));
      issues.push(
        issue(
          "area-count",
          `Văn bản nêu ${Number(counted[1])} xã (dòng ${at}) nhưng danh sách kèm theo có ${grouped} xã.`,
          `The text states ${Number(counted[1])} communes (line ${at}) but the list that follows has ${grouped}.`,
          { source: sourceOf(at), expected: grouped, actual: Number(counted[1]) },
        ),
      );
    }
  });
  flushPlaceRows();
  return { areas, lineIndexes, issues, mentioned, passing, ...(statedCommunes !== null ? { statedCommunes } : {}), ...(unplaced.length > 0 ? { unplaced } : {}) };
}

/** Areas named by a header row's cells (`Xã Nàn Ma`, `Huyện Bát Xát`), when the row holds no figure. */
function headerAreas(cells: readonly string[]): { districts: string[]; communes: string[] } {
  const districts: string[] = [];
  const communeNames: string[] = [];
  if (cells.some((c) => /\d/.test(c) && !/^\s*(?:19|20)\d{2}\s*$/.test(c) && !/^(?:tt|stt)$/i.test(c.trim()))) return { districts, communes: communeNames };
  for (const raw of cells) {
    const cell = raw.trim();
    const name = cell.replace(DISTRICT_PREFIX, "").replace(COMMUNE_PREFIX, "").trim();
    if (name === cell || !isName(name) || /^các\s/iu.test(cell)) continue;
    if (DISTRICT_PREFIX.test(cell)) districts.push(name);
    else communeNames.push(name);
  }
  return { districts, communes: communeNames };
}

/** Groups `communes (district)` split by `;`, each district in brackets after its communes; null unless every group is one. */
function communesThenDistrict(text: string): Array<[string, string[]]> | null {
  const colon = text.lastIndexOf(":");
  const lead = colon >= 0 ? text.slice(0, colon) : "";
  const list = colon >= 0 ? text.slice(colon + 1) : text;
  // The brackets name districts when they say so (`(huyện Văn Bàn)`) or the lead counts districts (`thuộc 02 huyện`).
  const districtsSaid = /\d{1,3}\s+(?:huyện|quận|thị xã)(?!\p{L})/iu.test(lead);
  const groups = list.split(/\s*;\s*/u).map((g) => g.trim().replace(/[.…]+$/u, "").trim()).filter((g) => g.length > 0);
  if (groups.length === 0) return null;
  const out: Array<[string, string[]]> = [];
  for (const g of groups) {
    const m = /^(.*?)\s*\(\s*(?:(huyện|quận|thị xã|thành phố)\s+)?([^()]+?)\s*\)$/iu.exec(g);
    if (m === null || (m[2] === undefined && !districtsSaid)) return null;
    const items = communes(m[1]);
    if (items.length === 0 || !items.every(isName) || !isName(m[3])) return null;
    out.push([m[3], items]);
  }
  return out;
}

const N = "(\\d{1,3})";
const DISTRICT_WORD = "(?:huyện|quận|thị xã|thành phố)";
const COMMUNE_WORD = "(?:xã|phường|thị trấn|xã, phường, thị trấn|xã, phường)";
const PAIR_DC = new RegExp(`${N}\\s+${DISTRICT_WORD}\\s*(?:,|và|,\\s*và|với)\\s*${N}\\s+${COMMUNE_WORD}(?!\\p{L})`, "giu");
const PAIR_CD = new RegExp(`${N}\\s+${COMMUNE_WORD}\\s+(?:thuộc|của|tại|ở|trên địa bàn)\\s+${N}\\s+${DISTRICT_WORD}(?!\\p{L})`, "giu");
const PER_DISTRICT = new RegExp(`${N}\\s+${COMMUNE_WORD}(?!\\p{L})[^.;:()]{0,40}?\\b${DISTRICT_WORD}\\s+([\\p{Lu}][\\p{L}]*(?:\\s+[\\p{Lu}][\\p{L}]*){0,3})`, "gu");

/** Counts of areas stated in the text that disagree with the list. */
export function checkAreaCounts(body: readonly TextLine[], list: AreaList, chosen = false): ExtractIssue[] {
  const areas = list.areas;
  if (areas.length === 0) return [];
  const districts = new Map<string, { name: string; communes: number }>();
  for (const a of areas) {
    const key = areaKey(a.district);
    const d = districts.get(key) ?? { name: a.district, communes: 0 };
    if (a.commune !== null) d.communes++;
    districts.set(key, d);
  }
  const communeTotal = areas.filter((a) => a.commune !== null).length;
  const districtTotal = districts.size;
  const issues: ExtractIssue[] = [...list.issues];
  const seen = new Set<string>();
  const report = (stated: string, listed: string, statedEn: string, listedEn: string, line: number, expected: number, actual: number) => {
    const key = `${stated}|${listed}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push(
      issue(
        "area-count",
        `Văn bản nêu ${stated} (dòng ${line}) nhưng danh sách địa bàn có ${listed}.`,
        `The text states ${statedEn} (line ${line}) but the list of areas has ${listedEn}.`,
        { source: sourceOf(line), expected, actual },
      ),
    );
  };
  // A district's plan whose areas part counts its communes (`trên địa bàn 16 xã, thị trấn`) beside a list of another length.
  const said = list.statedCommunes;
  // Priority or pilot communes (`ưu tiên các xã: …`) are a few of those counted: nothing to hold against.
  if (said !== undefined && !chosen && districtTotal === 1 && communeTotal > 0 && said.count !== communeTotal) {
    report(`${said.count} xã`, `${communeTotal} xã`, `${said.count} communes`, `${communeTotal} communes`, said.line, communeTotal, said.count);
  }
  body.forEach((line, index) => {
    if (line.cells || list.lineIndexes.has(index)) return;
    const text = line.text;
    const pairs: Array<{ d: number; c: number; at: number; raw: string }> = [];
    for (const m of text.matchAll(PAIR_DC)) pairs.push({ d: Number(m[1]), c: Number(m[2]), at: m.index ?? 0, raw: m[0] });
    for (const m of text.matchAll(PAIR_CD)) pairs.push({ c: Number(m[1]), d: Number(m[2]), at: m.index ?? 0, raw: m[0] });
    for (const p of pairs) {
      const at = lineAt(line, p.at);
      if (p.c !== communeTotal && communeTotal > 0) report(`${p.c} xã`, `${communeTotal} xã`, `${p.c} communes`, `${communeTotal} communes`, at, communeTotal, p.c);
      if (p.d !== districtTotal) report(`${p.d} huyện`, `${districtTotal} huyện`, `${p.d} districts`, `${districtTotal} districts`, at, districtTotal, p.d);
    }
    for (const m of text.matchAll(PER_DISTRICT)) {
      const name = m[2];
      const d = [...districts.values()].find((x) => foldText(name).startsWith(areaKey(x.name)) || areaKey(name) === areaKey(x.name));
      if (!d || d.communes === 0) continue;
      const stated = Number(m[1]);
      const at = lineAt(line, m.index ?? 0);
      if (stated !== d.communes) {
        report(`${stated} xã của ${d.name}`, `${d.communes} xã của ${d.name}`, `${stated} communes in ${d.name}`, `${d.communes} communes in ${d.name}`, at, d.communes, stated);
      }
    }
  });
  return issues;
}
