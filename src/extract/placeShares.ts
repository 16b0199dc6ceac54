/**
 * A table of places with one figure column and no total row (`Bảng: số tổ truyền thông thành lập mới theo xã` over
 * `| Xã | Số tổ |`, `| Xã A | 1 |`, `| Xã B | 1 |`): one target given place by place. Its total is the rows' sum, worked
 * out (to be confirmed); when every place has the same figure, that figure is the per-place quota.
 */
import { foldText } from "../core/text/fold";
import { parseUnit } from "../core/text/units";
import { normalizeVietnameseNumber } from "../core/text/vnNumber";
import type { AreaTableTarget } from "./areaTables";
import { countedNoun, headNoun } from "./areaTables";
import type { TextLine } from "./normalize";
import { placeHeaderLevel } from "./placeHeaders";

/** `Bảng: …`, `Bảng 2. …`, `Biểu số 01 - …`: a table's caption, the words after its label. */
const CAPTION = /^(?:bảng|biểu)(?:\s+(?:số\s+)?\d+)?\s*[:.–-]\s*(.+?)\s*[:.]?\s*$/iu;
/** `… theo xã`, `… phân theo đơn vị`, `… của các xã`: the caption's words saying the rows are places. */
const BY_PLACE = /\s*,?\s*(?:(?:phân|chia)\s+)?(?:theo|của|tại|cho)\s+(?:từng\s+|các\s+)?(?:xã|phường|thị trấn|thôn|bản|huyện|địa bàn|đơn vị)(?:\s*,\s*(?:phường|thị trấn))*(?!\p{L}).*$/iu;
const LEVEL_WORD = { commune: "xã", district: "huyện", village: "thôn", either: "địa bàn" } as const;

/** What a caption or header counts: `Số tổ …` → `tổ`, `Tổ truyền thông …` → `tổ`, `Số lượng (CLB)` → `CLB`; `` when unsaid. */
function unitOf(words: string): string {
  const bracket = /\(([^()]+)\)\s*$/.exec(words)?.[1].trim();
  if (bracket !== undefined && !/\d/.test(bracket)) return bracket;
  return countedNoun(words) || headNoun(words);
}

export function placeShares(
  body: readonly TextLine[],
  headerIndex: number,
  header: string,
  rows: ReadonlyArray<readonly string[]>,
  column: number,
  rowLines: readonly number[],
): AreaTableTarget | null {
  const values: number[] = [];
  for (const row of rows) {
    const canonical = normalizeVietnameseNumber((row[column] ?? "").trim());
    if (canonical === null || !Number.isInteger(Number(canonical))) return null;
    values.push(Number(canonical));
  }
  const above = headerIndex > 0 && !body[headerIndex - 1].cells ? CAPTION.exec(body[headerIndex - 1].text.trim()) : null;
  const caption = above === null ? "" : above[1].replace(BY_PLACE, "").trim();
  const unit = unitOf(header) || unitOf(caption);
  if (unit === "" || parseUnit(unit).kind !== "count") return null;
  const own = header.replace(/\s*\([^()]*\)\s*$/, "").trim();
  // The caption names the target better than a header of a word or two (`Số tổ`, `Số lượng`).
  const named = caption !== "" && foldText(caption).includes(foldText(unit)) ? caption : own;
  const name = named.charAt(0).toLocaleUpperCase("vi") + named.slice(1);
  const target = values.reduce((sum, v) => sum + v, 0);
  const headerCells = body[headerIndex].cells ?? [];
  const level = headerCells.map(placeHeaderLevel).find((l) => l !== null) ?? "either";
  const per = LEVEL_WORD[level];
  const same = values.every((v) => v === values[0]) ? values[0] : null;
  const rowsSaid = `${rows.length} ${per}, các dòng ${rowLines[0]}–${rowLines[rowLines.length - 1]} (bảng không có dòng tổng cộng)`;
  const line = body[headerIndex].line;
  return {
    indicator: {
      code: "",
      name,
      unit,
      target,
      kind: "count",
      source: `line ${line}`,
      line,
      ...(same !== null && same > 0 ? { quota: same } : {}),
      sourceText: `${header.trim()}: ${same !== null ? `mỗi ${per} ${same} ${unit} tại ` : "cộng "}${rowsSaid}; tổng ${target} ${unit}`,
    },
    // The header's line: the rows may be the plan's list of places, whose lines hold no targets.
    lineIndex: headerIndex,
    context: name,
    byPlace: true,
    ...(same !== null && same > 0 ? { quotaPer: per } : {}),
  };
}
