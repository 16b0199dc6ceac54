/** Targets of the indicator sections: value, unit, short name, line, percent base, quota. */
import { withComparison } from "./comparedWith";
import { foldQuarterLines, foldQuarters } from "./quarters";
import { foldStages, isStageLabel } from "./stages";
import { foldText } from "../core/text/fold";
import { parseUnit } from "../core/text/units";
import { normalizeVietnameseNumber, scaleDecimal } from "../core/text/vnNumber";
import { dropParentheses, nameSpan, spanPredicate, spanTail, targetSpans, tidyName, type TargetSpan } from "./clauses";
import { parseMarker } from "./markers";
import { lineAt, type TextLine } from "./normalize";
import { findQuantities, isPlaceShare, teamSize, WHOLE_BEFORE, withFraction, WORDS_OPEN_BRACKET, type Quantity } from "./quantities";
import { isYearShare, labelYear, YEAR_LINE, yearLabelled } from "./yearShares";
import type { Section } from "./sections";
import type { ConfirmReason, ExtractedIndicator } from "./types";
import { AREA_WORDS, CLASSIFIERS, TIME_WORDS } from "./vocabulary";
import { foldedWords, matchPhrase, wordsOf } from "./words";
import { splitBound, splitRange } from "./bounds";
import { fromCapitals, isCapitalLine } from "./capitalTitles";
import { areaTableTargets, headNoun, isPlacesHeader } from "./areaTables";
import { announcesList, scopeCount } from "./introducedLists";
import { STOCK, sumYearFigures, type YearLabel } from "./yearTotals";
import { digitsForWords } from "./wordNumbers";
import { joinFixedPhrases } from "./fixedPhrases";
import { numberedParentAbove, qualifiedLetter } from "./letterParents";
import { pacedPerYear, yearlyName } from "./yearlyPace";
import { withoutAchieved } from "./achieved";
import { withoutRepealed } from "./repealed";
import { withoutSuperseded } from "./superseded";
import { rateOfWhole } from "./unitRates";

/** A target with the clause it was read from (for matching it elsewhere in the text). */
export interface FoundTarget {
  indicator: ExtractedIndicator;
  /** The clause text, for comparing with other mentions. */
  readonly context: string;
  /** Marker label of its line (`1`, `a`) when the line is numbered. */
  readonly label: string | null;
  /** For a lettered label (`a`), the number of the item it sits under (`1`), to tell `1a` from `2a`. */
  parentLabel?: string;
  readonly lineIndex: number;
  /** Area word of its quota (`xã`). */
  quotaPer?: string;
  /** Stated only per area (`01 lớp tập huấn/huyện`): the total depends on the areas. */
  perArea?: boolean;
  /** Read from a table row. */
  fromTable?: boolean;
  /** The total row of a table of places by indicators: the same target as a text target of its unit. */
  placeTotal?: boolean;
  /** A column's total in a table of places or of parts (`Tổng cộng | | 18 | 620`): the text's target of its unit and value restated. */
  columnTotal?: boolean;
  /** Read from a plain sentence of a targets part whose targets are otherwise listed or tabled, or a total worked out from a quota: to be confirmed. */
  running?: boolean;
  /** Why a target with `running` is to be confirmed; running text when absent. */
  why?: ConfirmReason;
  /** The year labelling the figure (`năm 2024: 05 tổ`), when one does. */
  year?: number;
  /** One year's part of a stated whole (`12 lớp …, trong đó năm 2023: 3 lớp; …`): checked against it, never listed. */
  yearPart?: boolean;
  /** Stated per area and per year (`mỗi xã tổ chức 01 cuộc/năm`): the total is the quota times the areas times the plan's years. */
  perYear?: boolean;
  /** Stated per area and per quarter or month (`mỗi bản 01 buổi/quý`): so many times a year (4, 12). */
  timesPerYear?: number;
  /** The target a part (`why: "part"`) on a line of its own breaks down (`- Lao động nữ: 250 người` under `…, trong đó:`). */
  partOf?: FoundTarget;
  /** A table row's shares for the places in the rows under its `Trong đó:` row (`| | - Xã A | Tổ | 4 |`), in its unit. */
  tableShares?: Array<{ readonly raw: string; readonly value: number }>;
  /** A year total whose figures by quarter on its line come to another: what they reach, and how (summed, or the last running total). */
  quarterMismatch?: { readonly reached: number; readonly raws: readonly string[]; readonly running: boolean };
}

/** Quantities of a text that may be targets: known units anywhere, other nouns only at a clause start. */
/** `/năm` right after a count's unit, or after the few words that end its phrase (`cuộc đối thoại chính sách/năm`). */
const PER_YEAR = /^(?:\s+\p{L}+){0,4}\s*\/\s*năm(?!\p{L})/u;

export function candidateQuantities(text: string): Quantity[] {
  const found = findQuantities(text, { unknownUnits: true });
  return found.filter((q, k) => {
    if (q.knownUnit) return true;
    const clauseStart = Math.max(...[";", ":", ".", "(", ","].map((c) => text.lastIndexOf(c, q.start - 1)));
    if (foldedWords(text.slice(clauseStart + 1, q.start)).length <= 3) return true;
    // `Dự trữ 02 tấn gạo và 500 thùng mì tôm`: the next of a list of counts, right after the one before and `và`.
    const previous = found[k - 1];
    return previous !== undefined && previous.kind === "count" && previous.knownUnit && previous.unitEnd <= q.start && /^(?:\s+\p{L}+){0,6}\s+và\s+$/u.test(text.slice(previous.unitEnd, q.start));
  });
}

/** Bracket depth at each offset of the text. */
function bracketDepths(text: string): Int32Array {
  const depths = new Int32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depths[i] = depth;
    // `hai (02) tổ`: a figure in brackets after its words is the figure itself, in no bracket.
    if (text[i] === "(" && /^\(\s*\d+\s*\)/.test(text.slice(i, i + 12)) && WORDS_OPEN_BRACKET.test(text.slice(Math.max(0, i - 40), i + 1))) {
      const close = text.indexOf(")", i);
      for (let k = i + 1; k <= close; k++) depths[k] = depth;
      i = close;
      continue;
    }
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
  }
  depths[text.length] = depth;
  return depths;
}

/** `(năm 2025)` for targets of one line that differ only by their milestone year. */
function milestone(text: string, from: number, to: number): string | null {
  const years = [...text.slice(from, to).matchAll(/năm\s+(\d{4})/giu)].map((m) => m[1]);
  return years.length > 0 ? years[years.length - 1] : null;
}

/** `40% vào năm 2026`, `60% đến năm 2028`: the year said right after a figure, ending its clause, or null. */
function yearAfter(text: string, q: Pick<Quantity, "unitEnd">): string | null {
  const m = /^\s*(?:vào|trong|đến|tới|đến hết|hết)\s+năm\s+((?:19|20)\d{2})\s*(?=[,;.)]|\s+và\s|$)/iu.exec(text.slice(q.unitEnd));
  return m === null ? null : m[1];
}

/**
 * The label before a `:` that names the figure after it, from a clause at `at` in `text`: `năm 2026: 120 hộ, năm
 * 2027: 110 hộ` gives the second figure the clause `120 hộ, năm 2027`, whose own label is what follows the comma after
 * the first figure's target (`năm 2027`), not that figure.
 */
/** A label ending with the first year of a split (`Tổ chức 12 lớp …, trong đó năm 2023`) without that year. */
function yearLabel(label: string): string {
  return label.replace(/\s*,?\s*(?:(?:trong đó|cụ thể|chia ra|gồm)\s*:?\s*)?năm\s+(?:19|20)\d{2}\s*$/iu, "");
}

function ownLabel(clause: string, at: number, spans: readonly TargetSpan[]): string {
  const comma = clause.lastIndexOf(",");
  if (comma < 0) return clause;
  const before = spans.some((s) => s.quantity.start >= at && s.quantity.unitEnd <= at + comma);
  return before ? clause.slice(comma + 1) : clause;
}

/** A target read from one line of text (`line` 1-based); `extra` (quota, base, scale) goes before the source text. */
function indicatorOf(
  q: Quantity,
  name: string,
  line: number,
  text: string,
  extra: Pick<ExtractedIndicator, "quota" | "base" | "scale">,
): ExtractedIndicator {
  // A title in capitals (`THÀNH LẬP 3.000 TỔ TIẾT KIỆM VAY VỐN`) names its target as a sentence would.
  const capitals = isCapitalLine(text);
  // A range's name loses its lower end with the number (`thành lập mới từ 10 đến 12 CLB` → `Thành lập mới CLB`).
  // `Từ 70% trở lên hộ gia đình …`: the `từ` of the bound goes with the number.
  const bound = q.rangeFrom === undefined && /(?:^|[^\p{L}])từ\s*$/iu.test(text.slice(0, q.start)) ? name.replace(/^từ\s+/iu, "").replace(/\s+từ$/iu, "") : name;
  // `Năm 2026 tỷ lệ hộ dùng nước sạch đạt 55%`, `phấn đấu năm 2026 có 100% số xã …`: the year said bare before what a
  // target counts (and the verb after it) names nothing; a year with nothing more (`Năm 2026: 450 lao động`) stays.
  // `Sửa đổi chỉ tiêu … như sau: "Đào tạo nghề … cho 320 lao động nữ"`: the quotes around the whole wording are no part of its name.
  const unquoted = /^["“][^"“”]+["”]$/u.test(bound.trim()) ? bound.trim().slice(1, -1).trim() : bound;
  const unyeared = q.kind === "money" ? unquoted : unquoted.replace(/^năm\s+(?:19|20)\d{2}\s*,?\s+(?:(?:phấn đấu|có|đạt)\s+)*(?=\p{L}+\s+\p{L})/iu, "");
  const named = q.rangeFrom === undefined ? unyeared.charAt(0).toLocaleUpperCase("vi") + unyeared.slice(1) : name.replace(/\s*(?:(?<!\p{L})từ\s+)?\d+(?:[.,]\d+)*\s*%?\s*(?:(?:đến|tới|[-–])(?!\p{L})\s*|$)/iu, " ").replace(/\s+/g, " ").trim();
  return {
    code: "",
    name: withFraction(withComparison(capitals ? fromCapitals(named, true) : named, text, q.unitEnd), q),
    unit: capitals ? fromCapitals(q.unit, false) : q.unit,
    target: q.rangeFrom ?? q.base,
    kind: q.kind,
    source: `line ${line}`,
    line,
    ...(q.rangeFrom !== undefined ? { rule: ">=" as const, range: [q.rangeFrom, q.base] as const } : q.rule ? { rule: q.rule } : {}),
    ...extra,
    sourceText: text.trim(),
  };
}

/** The places a norm is stated per (`mỗi xã`, `tại mỗi trường`), as pattern parts. */
const EACH_PLACE_WORDS = ["xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "thôn", "bản", "đơn vị", "trường", "cơ sở"];

/** `tại mỗi xã, phường`: a norm's place, with `extra` (a rate's unit, as a pattern) as one more place word. */
function eachPlacePattern(extra?: string): RegExp {
  const places = extra === undefined ? EACH_PLACE_WORDS.join("|") : [...EACH_PLACE_WORDS, extra].join("|");
  return new RegExp(`(?:^|\\s)(?:tại|ở|cho|của)?\\s*mỗi\\s+(?:${places})(?:\\s*,\\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|thôn|bản))*`, "giu");
}

const EACH_PLACE = eachPlacePattern();

/** The norm's figure in a whole's name, with the bound it states (`ít nhất 02`): that bound is the norm's, no word of the name. */
const NORM_FIGURE = /(?<![\p{L}\p{N}])(?:(?:ít nhất|tối thiểu|tối đa|không dưới|không ít hơn|không quá|không vượt quá|khoảng|trên|hơn)\s+)?\d+(?:[.,]\d+)*\s*/giu;

/** A norm's range up to its upper end (`từ 3 - `, `02 đến `): no word of the whole's name. */
const NORM_RANGE_START = /(?<![\p{L}\p{N}])(?:từ\s+)?\d+(?:[.,]\d+)*\s*(?:-|–|đến|tới)\s*(?=\d)/giu;

/**
 * The name of a whole's count stated after its norm (`Mỗi xã thành lập 01 CLB, toàn huyện 14 CLB`,
 * `Thành lập mới 01 tổ tại mỗi xã, tổng số 08 tổ`): the words before it without the norm's figure and
 * place (`Thành lập CLB`, `Thành lập mới tổ`); null when the count is no such whole.
 */
export function wholeName(text: string, from: number, q: Quantity, per?: string): string | null {
  const head = text.slice(from, q.start).trimStart();
  if (!WHOLE_BEFORE.test(head)) return null;
  // `Mỗi trạm y tế xã tổ chức 02 đợt …; toàn huyện 24 đợt`: the unit of a rate (no area) is the norm's place too.
  const perPattern = per === undefined ? undefined : per.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const unit = perPattern === undefined ? "" : `|${perPattern}`;
  const eachPlace = perPattern === undefined ? EACH_PLACE : eachPlacePattern(perPattern);
  // `Hỗ trợ từ 3 - 5 mô hình … tại mỗi huyện, toàn tỉnh không quá 12 mô hình`: a range's lower end and `từ` go with it.
  const name = tidyName(head.replace(WHOLE_BEFORE, "").replace(eachPlace, " ").replace(NORM_RANGE_START, "").replace(NORM_FIGURE, ""));
  if (name.length > 0) return name;
  // `100% xã thành lập ít nhất 01 câu lạc bộ thủ lĩnh, toàn huyện 13 CLB`: the norm, said with the share of places
  // before the whole's own clause, names it (`Thành lập câu lạc bộ thủ lĩnh`).
  const clauseFrom = (end: number) => Math.max(text.lastIndexOf(";", end), text.lastIndexOf(".", end - 2), 0);
  const own = text.slice(clauseFrom(from), from).replace(/^[;.]\s*/, "");
  // The whole in a clause of its own (`…; tổng số 08 CLB`): the norm is the clause before.
  const before = clauseFrom(from);
  const sentence = own.trim() === "" && text.charAt(before) === ";" ? text.slice(clauseFrom(before - 1), before).replace(/^[;.]\s*/, "") : own;
  // So does a norm per place (`Mỗi trường THCS thành lập 01 Câu lạc bộ …; tổng số 08 CLB`).
  const norm = new RegExp(`^\\s*(?:\\d+(?:[.,]\\d+)?\\s*%\\s*(?:(?:số|các)\\s+)?|mỗi\\s+)(?:xã|phường|thị trấn|huyện|thôn|bản|trường(?:\\s+\\p{Lu}[\\p{Lu}-]+)?|đơn vị${unit})(?:\\s*,\\s*(?:phường|thị trấn|thị xã|thành phố))*\\s+(.*?\\d.*?)[,;]?\\s*$`, "iu").exec(sentence.replace(/^\s*(?:phấn đấu|có)\s+/iu, ""));
  // A rate's sentence may count more than the norm (`… cho người từ 40 tuổi trở lên`): only the norm's figure goes.
  const figure = unit === "" ? NORM_FIGURE : new RegExp(NORM_FIGURE.source, "iu");
  const named = norm === null ? "" : tidyName(norm[1].replace(/^(?:có|đều có)\s+/iu, "").replace(figure, ""));
  return named.length > 0 ? named : null;
}

/**
 * The words a count's clause opens with (`Hỗ trợ hộ nghèo`, `Tổ chức`), for a second count joined to it by `và` with
 * nothing of its own before its figure (`02 tấn gạo và 500 thùng mì tôm`); null when the two are no such pair, or the
 * opening words are a label (`Số hộ …`), hold a figure, or are only a bound.
 */
function andSharedLead(text: string, first: TargetSpan, second: TargetSpan, between: string): string | null {
  const a = first.quantity;
  const b = second.quantity;
  if (a.kind !== "count" || b.kind !== "count" || !/^\s*(?:và\s*)?$/u.test(text.slice(first.end, second.start))) return null;
  if (!/^[^;:.,\d()]*(?:^|\s)và\s+$/u.test(between) || /\p{L}/u.test(text.slice(second.start, b.start).replace(/^\s*và\s*/u, ""))) return null;
  const lead = text.slice(first.start, a.start).replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-+•*])\s+/u, "").replace(/\s*(?:ít nhất|tối thiểu|tối đa|không quá|không dưới|không vượt quá|khoảng|gần|hơn|trên|dưới)\s*$/iu, " ");
  if (/\d/.test(lead) || /^(?:(?:tong )?so|ty le)(?:\s|$)/u.test(foldText(lead.trim()))) return null;
  // (Its own words, not tidied alone: `… hoạt động của` keeps the `của` that joins it to the second count's words.)
  return /\p{L}/u.test(tidyName(lead)) ? lead.trim() : null;
}

/** `mỗi tổ từ 7 đến 10 thành viên`: a range after `mỗi` in its clause is a norm per unit, not a target. */
function perUnitNorm(text: string, q: Quantity): boolean {
  const clauseStart = Math.max(...[";", ":", ".", "(", ","].map((c) => text.lastIndexOf(c, q.start - 1))) + 1;
  // `Mỗi năm giảm từ 2 - 3% số cặp tảo hôn`: a pace per year is a yearly target, no norm.
  const each = /(?:^|[^\p{L}])mỗi\s+(\p{L}+)/iu.exec(text.slice(clauseStart, q.start).normalize("NFC"));
  if (each && !TIME_WORDS.includes(foldText(each[1]))) return true;
  // `mỗi địa chỉ tiếp nhận, hỗ trợ từ 3 đến 5 trường hợp`: a unit's norm may run across commas; an area's (`mỗi xã`) is a quota.
  return eachUnit(text, q);
}

/** `Mỗi huyện thành lập từ 2 đến 3 CLB`: the area of the nearest `mỗi` before the figure in its sentence (not `mỗi năm`), or null. */
function eachArea(text: string, q: Quantity): string | null {
  const sentenceStart = Math.max(...[";", ":", ".", "("].map((c) => text.lastIndexOf(c, q.start - 1))) + 1;
  const clause = text.slice(sentenceStart, q.start).normalize("NFC");
  const each = [...clause.matchAll(/(?:^|[^\p{L}])mỗi\s+/giu)].map((m) => wordsOf(clause.slice((m.index ?? 0) + m[0].length))).filter((w) => matchPhrase(w, TIME_WORDS) === 0).pop();
  const area = each === undefined ? 0 : matchPhrase(each, AREA_WORDS);
  if (each === undefined || area === 0 || teamSize(each.slice(0, area).map((w) => w.folded).join(" "), q.unit)) return null;
  return each.slice(0, area).map((w) => w.text.toLocaleLowerCase("vi")).join(" ");
}

/** `mỗi địa chỉ …`, `mỗi tổ …` earlier in the figure's sentence: what each unit does, not each area (`mỗi xã`) or year. */
function eachUnit(text: string, q: Quantity): boolean {
  const sentenceStart = Math.max(...[";", ":", ".", "("].map((c) => text.lastIndexOf(c, q.start - 1))) + 1;
  // The nearest `mỗi` says for what (`Mỗi xã duy trì 01 tổ, mỗi tổ sinh hoạt 01 lần/tháng`: per team); `mỗi năm` says when.
  const clause = text.slice(sentenceStart, q.start).normalize("NFC");
  const each = [...clause.matchAll(/(?:^|[^\p{L}])mỗi\s+/giu)].map((m) => wordsOf(clause.slice((m.index ?? 0) + m[0].length))).filter((w) => matchPhrase(w, TIME_WORDS) === 0).pop();
  if (each === undefined) return false;
  return matchPhrase(each, AREA_WORDS) === 0;
}

/** `trong đó 7 tổ tại huyện Ba Vì`, `trong đó huyện A 05 tổ`: a share of named places, checked as such, never a target. */
function placeBreakdown(text: string, q: Quantity): boolean {
  if (isPlaceShare(text, q)) return true;
  const around = text.slice(Math.max(0, q.start - 40), Math.min(text.length, q.unitEnd + 40));
  return /(?:^|[^\p{L}])(?:tại|ở|thuộc)?\s*(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|thôn|bản)\s+\p{Lu}/u.test(around.slice(around.search(/trong đó/iu) + 1));
}

/**
 * `Số tổ … thành lập mới (tổ): 13`, `Tỷ lệ (%) phụ nữ được tư vấn: 80`: a label with its unit in brackets and the
 * figure alone after the colon; null when the line is not so.
 */
function labelledValue(line: TextLine, lineIndex: number, text: string, offset: number, label: string | null): FoundTarget | null {
  const m = /^(.*?)\s*\(\s*(%|[\p{L} ]{1,20}?)\s*\)\s*(.*?)\s*:\s*(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*[.;]?\s*$/u.exec(text);
  if (m === null) return countedLabel(line, lineIndex, text, offset, label);
  const unit = m[2].trim();
  const kind = unit === "%" ? "percent" : CLASSIFIERS.includes(foldText(unit)) ? "count" : null;
  const canonical = normalizeVietnameseNumber(m[4]);
  if (kind === null || canonical === null) return null;
  const name = tidyName(`${m[1]} ${m[3]}`);
  if (name === "") return null;
  const start = text.length - text.slice(text.lastIndexOf(m[4])).length;
  const at = lineAt(line, offset + start);
  const indicator: ExtractedIndicator = { code: "", name, unit, target: Number(canonical), kind, source: `line ${at}`, line: at, sourceText: text.trim() };
  return { indicator, context: name, label, lineIndex };
}

/**
 * `- Tổ truyền thông cộng đồng thành lập mới: 14;`, `- Số địa chỉ tin cậy: 05`: a label opening with what it counts
 * and a bare count after its colon, the count in that noun (as a table header with no unit is read); null otherwise.
 */
function countedLabel(line: TextLine, lineIndex: number, text: string, offset: number, label: string | null): FoundTarget | null {
  const m = /^(.*?\p{L}.*?)\s*:\s*(\d{1,3}(?:\.\d{3})*)\s*[.;]?\s*$/u.exec(text);
  if (m === null) return null;
  const noun = headNoun(m[1].replace(/^\s*số\s+(?:lượng\s+)?/iu, ""));
  const canonical = normalizeVietnameseNumber(m[2]);
  if (noun === "" || canonical === null) return null;
  const unit = foldText(noun) === "cau lac bo" ? "CLB" : noun;
  const name = tidyName(m[1]);
  const at = lineAt(line, offset + text.lastIndexOf(m[2]));
  const indicator: ExtractedIndicator = { code: "", name, unit, target: Number(canonical), kind: "count", source: `line ${at}`, line: at, sourceText: text.trim() };
  return { indicator, context: name, label, lineIndex };
}

/** A verb that opens a target of its own in a clause (folded): `thành lập`, `tổ chức`, `hỗ trợ`, `đạt`, … */
const CLAUSE_VERB = /\b(?:thanh lap|to chuc|ho tro|xay dung|dao tao|tap huan|boi duong|duy tri|dat|giam|tang|cung hoa|trong moi|cap|van dong|tu van|gioi thieu)\b/;

/** The targets of one line of a targets part; a count written in words (`mười hai tổ`) is read as its figure. */
function fromLine(line: TextLine, lineIndex: number, text: string, offset: number, label: string | null, firstYear: number | null = null): FoundTarget[] {
  // `Năm 2023 đã đạt 12/14 xã …; năm 2024 phấn đấu 14/14 xã`: what was already achieved is a result, no target, and
  // no words of the aim's name either.
  // `Bãi bỏ chỉ tiêu … (hỗ trợ 20 hộ nghèo làm nhà ở)`: what an amending plan takes out is no target either, nor the
  // old wording it quotes before the new (`Sửa đổi chỉ tiêu "… 10 tổ …" thành "… 12 tổ …"`).
  const read = withoutSuperseded(withoutRepealed(withoutAchieved(joinFixedPhrases(digitsForWords(text)), firstYear)));
  const found = fromLineText(line, lineIndex, read, offset, label);
  if (read !== text) for (const t of found) t.indicator = { ...t.indicator, sourceText: text.trim() };
  return found;
}

function fromLineText(line: TextLine, lineIndex: number, text: string, offset: number, label: string | null): FoundTarget[] {
  const labelled = labelledValue(line, lineIndex, text, offset, label);
  if (labelled !== null) return [labelled];
  // In a target list a range (`thành lập mới từ 10 đến 12 CLB`, `giảm 10-15%`) is a target: its lower end, to be met or passed.
  // `02 lớp tập huấn/năm`: a count per year in a target list is a yearly target, read like `mỗi năm 02 lớp`.
  const perYear = (q: Quantity) => q.kind === "count" && q.role === "rate" && foldText(q.unit) !== "lan" && PER_YEAR.test(text.slice(q.unitEnd)) && !eachUnit(text, q);
  const perYearRange = (q: Quantity) => q.kind === "count" && foldText(q.unit) !== "lan" && PER_YEAR.test(text.slice(q.unitEnd)) && !eachUnit(text, q);
  // `mỗi bản 01 buổi/quý`, `Mỗi xã tổ chức 01 buổi sinh hoạt/quý`: a count per area and per quarter (or month) is a
  // quota, so many times a year — never dropped as a mere frequency.
  const paced = (q: Quantity) => {
    if (q.kind !== "count" || q.role !== "rate" || eachUnit(text, q)) return null;
    const pace = PER_PERIOD.exec(text.slice(q.unitEnd));
    const clause = text.slice(Math.max(0, ...[";", ".", "(", ":"].map((c) => text.lastIndexOf(c, q.start))), q.start);
    const area = EACH_AREA.exec(clause) ?? EACH_AREA.exec(text.slice(q.unitEnd, q.unitEnd + 40));
    return pace !== null && area !== null ? { per: area[1].toLocaleLowerCase("vi"), times: foldText(pace[1]) === "quy" ? 4 : 12 } : null;
  };
  // `mỗi xã ít nhất 01 buổi mỗi quý`, `Hằng quý, mỗi xã tổ chức 01 buổi …`: the pace in words, in the quota's own clause
  // (before its figure with no other figure between, or a few words after its unit), is as `/quý`.
  const spokenPace = (q: Quantity) => {
    if (q.kind !== "count" || q.role !== "quota") return null;
    const lead = text.slice(Math.max(0, ...[";", ".", "(", ":"].map((c) => text.lastIndexOf(c, q.start) + 1)), q.start);
    const before = [...lead.matchAll(SPOKEN_PACE)].filter((m) => !/\d/.test(lead.slice((m.index ?? 0) + m[0].length)));
    const after = SPOKEN_PACE_AFTER.exec(text.slice(q.unitEnd));
    const pace = after?.[1] ?? before[before.length - 1]?.[1];
    return pace === undefined ? null : foldText(pace) === "quy" ? 4 : 12;
  };
  const candidates = candidateQuantities(text).map((q) => {
    if (perYear(q)) return { ...q, role: "target" as const, yearly: true };
    const p = paced(q);
    if (p !== null) return { ...q, role: "quota" as const, per: p.per, timesPerYear: p.times };
    const times = spokenPace(q);
    return times !== null ? { ...q, timesPerYear: times } : q;
  });
  // `13 tổ (năm 2026: 03 tổ; …)`: a year's share of the whole before it is checked as a share, never a target.
  let quantities = candidates
    .filter((q) => q.role !== "rate" && !isPlaceShare(text, q) && !isYearShare(text, q, candidates))
    // `Mỗi huyện thành lập từ 2 đến 3 CLB`, `02 - 03 mô hình/xã`: a range per area is a quota, its lower end the least
    // each area reaches.
    .map((q) => {
      // `02 - 03 mô hình/xã`: per area after the unit too.
      const slashed = q.per !== undefined && q.roleEnd !== undefined && matchPhrase(wordsOf(q.per), AREA_WORDS) > 0 ? q.per.toLocaleLowerCase("vi") : null;
      const per = q.role === "range" ? (eachArea(text, q) ?? slashed) : null;
      return per !== null ? { ...q, role: "quota" as const, per } : q;
    })
    // `Tổ chức từ 2 - 3 lớp tập huấn/năm`: a range per year is a yearly target too, like `02 lớp tập huấn/năm`.
    .map((q) => (q.role === "range" && !perUnitNorm(text, q) ? { ...q, role: "target" as const, ...(perYearRange(q) ? { yearly: true } : {}) } : q));
  // `Mỗi trạm y tế xã tổ chức 02 đợt …; toàn huyện 24 đợt`: a figure per unit that is no area, its whole after it, is
  // the whole's quota (`unitRates`).
  const rates = new Set<Quantity>();
  quantities = quantities.map((q) => {
    const per = rateOfWhole(text, q, quantities);
    if (per === null) return q;
    const rate = { ...q, role: "quota" as const, per };
    rates.add(rate);
    return rate;
  });
  // A bracketed figure beside a target explains it (`(tăng 5% so với năm 2020)`); it is no target of its own.
  const depths = bracketDepths(text);
  const inBrackets = (q: Quantity) => depths[q.start] > 0;
  // `85 hộ (trong đó 60 hộ nghèo, 25 hộ cận nghèo)`: a breakdown in brackets is read as parts, below.
  const partInBrackets = (q: Quantity) => /\(\s*trong đó(?!\p{L})[^()]*$/iu.test(text.slice(0, q.start));
  // `100% xã có tổ …, mỗi xã thành lập mới 01 tổ (toàn huyện 08 tổ)`: the whole of a quota before it, in brackets, is
  // that quota's total — a target, as when the quota stands alone.
  const quotaWhole = (q: Quantity) =>
    WHOLE_BEFORE.test(text.slice(Math.max(0, text.lastIndexOf("(", q.start)), q.start)) && quantities.some((o) => o.role === "quota" && o.unitEnd <= q.start && sameHead(o.unit, q.unit));
  if (quantities.some((q) => q.role === "target" && !inBrackets(q))) quantities = quantities.filter((q) => q.role !== "target" || !inBrackets(q) || partInBrackets(q) || quotaWhole(q));
  // `14 tổ, trong đó 7 tổ tại huyện A`: a breakdown of the target before it, not a target of its own.
  // `trong đó: lao động nữ 250 người; lao động là người DTTS 300 người`: after `trong đó:` the list runs across `;`.
  const saidPart = (q: Quantity) =>
    (/(?:^|[^\p{L}])trong đó(?!\p{L})[^;.]*$/iu.test(text.slice(Math.max(0, q.start - 60), q.start)) || /(?:^|[^\p{L}])trong đó\s*:[^.]*$/iu.test(text.slice(0, q.start))) &&
    quantities.some((o) => o.role === "target" && o.start < q.start);
  // `…, trong đó lao động nữ ít nhất 5.000 người; lao động thuộc hộ nghèo 4.000 người.`: the clause after a part, past a
  // `;`, that names the same people in the same unit with no verb of its own goes on listing the parts.
  const partAfterPart = (q: Quantity) => {
    const previous = quantities.filter((o) => o.unitEnd <= q.start).pop();
    if (previous === undefined || previous.role !== "target" || !saidPart(previous) || foldText(previous.unit) !== foldText(q.unit)) return false;
    const between = text.slice(previous.unitEnd, q.start);
    if ((between.match(/;/g) ?? []).length !== 1 || /\.(?:\s|$)/u.test(between)) return false;
    const whole = quantities.filter((o) => o.role === "target" && o.start < previous.start && !saidPart(o)).pop();
    const clause = foldText(between.slice(between.indexOf(";") + 1)).trim();
    return whole !== undefined && whole.kind === "count" && clause.startsWith(`${foldText(whole.unit)} `) && !CLAUSE_VERB.test(clause);
  };
  const breakdown = (q: Quantity) => saidPart(q) || partAfterPart(q);
  // `6.000 lượt người, trong đó 4.500 lượt người thuộc hộ nghèo`: a part of a group, not of a place, is a
  // target of its own, named after the whole and read with less confidence.
  const subgroups = quantities.filter((q) => q.role === "target" && q.kind !== "money" && breakdown(q) && !placeBreakdown(text, q));
  quantities = quantities.filter((q) => q.role !== "target" || q.kind === "money" || !breakdown(q));
  // `Duy trì 14 mô hình tại 14 xã`, `02 buổi/xã tại 14 xã`, `mỗi xã 01 tổ (14 xã)`: the places where a target or a quota
  // counted before is met, not a target of their own.
  const whereOther = (q: Quantity) =>
    q.kind === "count" &&
    matchPhrase(wordsOf(q.unit), AREA_WORDS) > 0 &&
    /(?:^|[^\p{L}])(?:tại|ở|trên địa bàn|thuộc)\s*$|\(\s*(?:toàn (?:huyện|tỉnh|thành phố|thị xã)\s*,?\s*)?$/iu.test(text.slice(Math.max(0, q.start - 20), q.start)) &&
    quantities.some((o) => (o.role === "target" || o.role === "quota") && o.start < q.start && !/[;.]/.test(text.slice(o.unitEnd, q.start)));
  quantities = quantities.filter((q) => q.role !== "target" || !whereOther(q));
  // `02 lớp × 10 huyện = 20 lớp`: the places a quota is multiplied by, in a sum worked out in the text, are no target.
  const factorPlaces = (q: Quantity) =>
    q.kind === "count" && matchPhrase(wordsOf(q.unit), AREA_WORDS) > 0 && /[×x*]\s*$/u.test(text.slice(Math.max(0, q.start - 3), q.start)) && /^[^;.=]*=/u.test(text.slice(q.unitEnd));
  // `Tổ chức 02 lớp tập huấn × 10 huyện, thành phố = 20 lớp`: the count multiplied is the quota of the sum, per the places
  // it is multiplied by, as `mỗi huyện 02 lớp × 10 huyện = 20 lớp` says it.
  const sumResult = (q: Quantity, f: Quantity) =>
    quantities.some((o) => o.start > f.unitEnd && o.kind === "count" && o.role === "target" && (sameHead(q.unit, o.unit) || sameHead(o.unit, q.unit)) && /^[^;.=]*=\s*(?:\p{L}+\s+)?$/u.test(text.slice(f.unitEnd, o.start)));
  quantities = quantities.map((q) => {
    if (q.role !== "target" || q.kind !== "count" || q.rangeFrom !== undefined || matchPhrase(wordsOf(q.unit), AREA_WORDS) > 0) return q;
    const f = quantities.find((o) => o.role === "target" && factorPlaces(o) && o.start > q.unitEnd && /^[^;.,=\d()]*?(?:[×*]|(?<!\p{L})x)\s*$/u.test(text.slice(q.unitEnd, o.start)));
    return f !== undefined && sumResult(q, f) ? { ...q, role: "quota" as const, per: f.unit } : q;
  });
  quantities = quantities.filter((q) => q.role !== "target" || !factorPlaces(q));
  // `Tổ chức truyền thông tại 08 bản, mỗi bản 01 buổi`: the places a quota after it applies to, not a target of its own;
  // also when the quota's clause opens right after a `;` (`Toàn xã có 09 thôn; mỗi thôn duy trì 01 tổ`).
  const placesOfQuota = (q: Quantity) =>
    q.kind === "count" &&
    matchPhrase(wordsOf(q.unit), AREA_WORDS) === wordsOf(q.unit).length &&
    quantities.some((o) => {
      if (o.role !== "quota" || o.start <= q.start || foldText(o.per ?? "").split(/[\s,]+/)[0] !== foldText(q.unit).split(" ")[0]) return false;
      const between = text.slice(q.unitEnd, o.start);
      return !/[;.]/.test(between) || /^\s*;\s*mỗi\s[^;.]*$/iu.test(between);
    });
  quantities = quantities.filter((q) => q.role !== "target" || !placesOfQuota(q));
  // `Tổ chức 03 lớp tập huấn cho khoảng 450 người có uy tín`, `…, thu hút khoảng 3.200 lượt người tham gia`: an
  // approximate count after a target of another unit in the same sentence is whom that activity reaches, no target.
  const reached = (q: Quantity) =>
    q.kind === "count" &&
    /(?:^|[^\p{L}])(?:khoảng|chừng|xấp xỉ|ước)\s*$/iu.test(text.slice(Math.max(0, q.start - 12), q.start)) &&
    quantities.some((o) => o.role === "target" && o.kind === "count" && o.start < q.start && foldText(o.unit) !== foldText(q.unit) && !/[;.]/.test(text.slice(o.unitEnd, q.start)));
  quantities = quantities.filter((q) => q.role !== "target" || !reached(q));
  // `Bố trí tập trung 148 hộ tại 04 điểm tái định cư`: a count right after another count's unit and `tại` is where that
  // activity takes place, no target of its own.
  const placeOf = (q: Quantity) =>
    q.kind === "count" &&
    quantities.some((o) => o.role === "target" && o.kind === "count" && o.unitEnd <= q.start && foldText(o.unit) !== foldText(q.unit) && /^\s*tại\s*$/iu.test(text.slice(o.unitEnd, q.start)));
  quantities = quantities.filter((q) => q.role !== "target" || !placeOf(q));
  // `Hỗ trợ 25 hộ nghèo …, mỗi hộ 02 con lợn giống`, `Thành lập 05 tổ, mỗi tổ 10 thành viên`: a norm per unit of a count
  // before it in the sentence is no target of its own (as `mỗi tổ từ 7 đến 10 thành viên`).
  const normOfCount = (q: Quantity) => {
    const sentenceStart = Math.max(text.lastIndexOf(";", q.start - 1), text.lastIndexOf(".", q.start - 2), 0);
    const each = /(?:^|[^\p{L}])mỗi\s+(\p{L}+)[^,;.\d]*$/iu.exec(text.slice(sentenceStart, q.start).normalize("NFC"));
    if (each === null || TIME_WORDS.includes(foldText(each[1]))) return false;
    const at = sentenceStart + each.index;
    return quantities.some((o) => o !== q && o.role === "target" && o.kind === "count" && o.start >= sentenceStart && o.unitEnd <= at && sameHead(each[1], o.unit));
  };
  quantities = quantities.filter((q) => q.role !== "target" || q.kind === "money" || !normOfCount(q));
  // `Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần ≥ 60%`: a count inside the base of the rate that follows
  // it in the same clause says who is counted, no target of its own.
  const rateBase = (q: Quantity) =>
    q.kind === "count" &&
    /(?:^|[^\p{L}])tỷ lệ(?!\p{L})[^;.]*$/iu.test(text.slice(0, q.start)) &&
    quantities.some((o) => o.role === "target" && o.kind === "percent" && o.start > q.start && !/[;.]/.test(text.slice(q.unitEnd, o.start)));
  quantities = quantities.filter((q) => q.role !== "target" || !rateBase(q));
  // `100% chủ thể có sản phẩm OCOP được tham gia ít nhất 01 hội chợ`: a bounded count in the clause of a share of people
  // or things is what each of them is to reach, no target of its own (a share of places, `100% xã thành lập ít nhất 01
  // CLB`, makes it a quota per place, read as such).
  const shareCriterion = (q: Quantity) =>
    q.kind === "count" &&
    /(?:^|[^\p{L}])(?:ít nhất|tối thiểu)\s*$/iu.test(text.slice(Math.max(0, q.start - 12), q.start)) &&
    quantities.some((o) => {
      if (o.role !== "target" || o.kind !== "percent" || o.unitEnd > q.start || /[;:.,\d]|(?:^|[^\p{L}])mỗi(?!\p{L})/iu.test(text.slice(o.unitEnd, q.start))) return false;
      const base = wordsOf(text.slice(o.unitEnd, q.start).replace(/^\s*(?:(?:tổng\s+)?số|các)\s+/iu, " "));
      return base.length > 0 && matchPhrase(base, AREA_WORDS) === 0;
    });
  quantities = quantities.filter((q) => q.role !== "target" || !shareCriterion(q));
  // `Xây dựng 02 nhà văn hóa với tổng kinh phí 1,2 tỷ đồng`: the money a target costs is budget, read as such; the name
  // ends before it, and before the `;` or `-` that sets it apart (`Tổ chức 10 cuộc đối thoại; kinh phí 50 triệu đồng`).
  const cost = (q: Quantity) => q.kind === "money" && /(?:kinh phí|nguồn vốn|vốn đầu tư|tổng vốn|dự toán|trị giá)[^,;.\d]{0,20}$/iu.test(text.slice(Math.max(0, q.start - 40), q.start));
  const costs = quantities.filter((q) => cost(q) && quantities.some((o) => o !== q && o.role === "target" && o.kind !== "money"));
  quantities = quantities.filter((q) => !costs.includes(q));
  const withoutCost = (name: string) => (costs.length > 0 ? name.replace(/\s*[,;\-–]?\s*(?:với\s+)?(?:tổng\s+)?(?:kinh phí|nguồn vốn|vốn đầu tư|tổng vốn|dự toán|trị giá)(?!\p{L}).*$/iu, "").replace(/[\s,;:\-–]+$/u, "") : name);
  const spans = targetSpans(text, quantities);
  const out: FoundTarget[] = [];
  // The nearest later predicate and tail, for clauses that share them (one pass from the right).
  const shared: Array<string | undefined> = new Array(spans.length);
  const tails: Array<string | undefined> = new Array(spans.length);
  let nextPredicate: string | undefined;
  let nextTail: string | undefined;
  for (let i = spans.length - 1; i >= 0; i--) {
    // A predicate is shared across `;` (`100% cán bộ …; 80% sinh viên … được tuyên truyền`); a tail is not.
    if (i + 1 < spans.length && /[;:]/.test(text.slice(spans[i].end, spans[i + 1].start + 1))) nextTail = undefined;
    shared[i] = nextPredicate;
    tails[i] = nextTail;
    nextPredicate = spanPredicate(text, spans[i]) ?? nextPredicate;
    nextTail = spanTail(text, spans[i]) || nextTail;
  }
  const names = spans.map((span, i) => nameSpan(text, span, shared[i], tails[i]));
  spans.forEach((span, i) => {
    // `Duy trì 02 tổ …, mỗi tổ sinh hoạt 01 lần/tháng`: a norm per unit after the target is no part of its name.
    const rate = [...rates].filter((r) => r.unitEnd <= span.quantity.start && foldText(r.unit) === foldText(span.quantity.unit)).pop();
    let name = withoutCost(wholeName(text, span.start, span.quantity, rate?.per) ?? names[i].name).replace(/\s*[,;]\s*mỗi\s+\p{L}[^,;]*?\d.*$/iu, "")
      // `…, mức hỗ trợ tối đa 50 triệu đồng/mô hình`: money per unit after the target is no part of its name either.
      .replace(/\s*[,;]\s*[^,;]*?\s(?:tỷ|triệu|nghìn)?\s*(?:đồng|đ)\s*(?:\/|cho mỗi|mỗi)\s*\p{L}.*$/iu, "")
      // `Tổ chức 16 buổi truyền thông tại 08 thôn, mỗi thôn 02 buổi`: the quota's place left at the end is no part of it.
      .replace(/\s*,\s*mỗi\s+(?:xã|phường|thị trấn|thôn|bản|xóm|ấp|tổ dân phố|huyện|đơn vị)$/iu, "");
    // `Tổ chức 02 lớp tập huấn × 10 huyện = 20 lớp`: the sum's factors are no part of its name — the words before them
    // name it, or those after the `=` when the words before are only the unit (`01 tổ x 14 xã = 14 tổ truyền thông`).
    const sum = /^(.*?)\s*(?:[×*]|\sx\s)\s*\d[^=]*=\s*(.*)$/u.exec(name);
    if (sum !== null) name = tidyName(foldText(sum[1]) === foldText(span.quantity.unit) || sum[1] === "" ? sum[2] : sum[1]) || name;
    // `Tổ chức 02 lớp tập huấn cho 60 học viên`: whom the activity before it is for is named with that activity.
    // (Only a name left bare by it: `Học viên`, `Hộ`.)
    const between = i > 0 ? text.slice(spans[i - 1].quantity.unitEnd, span.quantity.start) : "";
    const forWhom = /(?:^|\s)(cho|với)\s+$/iu.exec(between);
    if (forWhom && foldText(name) === foldText(span.quantity.unit) && names[i - 1].name !== "" && !/[;:]/.test(between) && spans[i - 1].end === span.start)
      name = `${tidyName(names[i - 1].name)} ${forWhom[1].toLocaleLowerCase("vi")} ${span.quantity.unit}`;
    // `Hỗ trợ hộ nghèo 02 tấn gạo và 500 thùng mì tôm`, `Tổ chức 12 lớp tập huấn và 30 buổi truyền thông`: a count after
    // `và` with no words of its own before it is named as the first is, by the words the clause opens with.
    const sharedLead = i > 0 ? andSharedLead(text, spans[i - 1], span, between) : null;
    if (sharedLead !== null && foldText(name).startsWith(foldText(span.quantity.unit)))
      name = tidyName(`${sharedLead} ${/^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase("vi") + name.slice(1) : name}`);
    // `nâng tổng số mô hình trên toàn tỉnh lên 48 mô hình`, `Số địa chỉ tin cậy đến năm 2025 đạt 20 địa chỉ`: the words
    // before the figure already name what it counts.
    const raised = /\s(?:lên|tới|đạt)\s*$/u.exec(text.slice(span.start, span.quantity.start));
    // `… từ 10 tổ lên 12 tổ`: the figure a revised target starts from names nothing either.
    if (raised && span.quantity.kind === "count" && foldText(text.slice(span.start, span.quantity.start)).includes(` ${foldText(span.quantity.unit)} `))
      name = tidyName(text.slice(span.start, span.quantity.start).replace(/\s+từ\s+\d+(?:[.,]\d+)*(?:\s+\p{L}+){1,3}?\s+lên\s*$/iu, ""));
    // `Số cặp tảo hôn không quá 5 cặp/năm`, `Số hộ nghèo giảm xuống còn dưới 120 hộ`: a count whose lead says `số <unit>`
    // with nothing after the unit but its pace is named by that lead, not the lead and the unit again.
    const lead0 = text.slice(span.start, span.quantity.start);
    const unitWord = foldText(span.quantity.unit);
    // (`… xuống còn dưới 80 hộ vào cuối năm`: the time the figure is for says nothing more of what it counts.)
    const nothingAfter = !/\p{L}/u.test(
      dropParentheses(text.slice(span.quantity.unitEnd, span.end))
        .replace(/^\s*\/\s*(?:năm|tháng|quý)(?!\p{L})/iu, "")
        .replace(/^\s*(?:vào|đến|tới|trong|đến hết|hết)\s+(?:cuối\s+)?năm(?:\s+(?:19|20)\d{2})?\s*[.;,]?\s*$/iu, ""),
    );
    // (`Số vụ tảo hôn không quá 3 trường hợp/năm`: a lead counting in other words names it as well.)
    // (After `đạt`/`lên`, only where the lead does not hold the unit: the figure raised names it then, above.)
    const raisedNamed = raised !== null && foldText(lead0).includes(` ${unitWord} `);
    // (`Giảm số vụ tai nạn giao thông xuống dưới 3 vụ`: a lead that lowers or raises `số <unit>` names it so, its verb kept;
    // `Số hộ nghèo giảm xuống còn dưới 120 hộ` keeps its `giảm` as `Tỷ lệ hộ nghèo giảm` does: only the way to the figure goes.)
    const countLead = /^(?:(?:phan dau )?(?:giam|tang|nang) )?(?:tong )?so \p{L}/u.test(foldText(lead0.trim())) && !/^(?:(?:giam|tang|nang) )?(?:tong )?so luong$/u.test(foldText(lead0.trim()));
    if (!raisedNamed && span.quantity.kind === "count" && nothingAfter && countLead) {
      // (`Giảm số hộ nghèo từ 1.250 hộ xuống còn 1.000 hộ`: the figure it starts from and the way on go.)
      const own = tidyName(lead0.replace(/\s+từ\s+\d[\s\S]*$/u, "").replace(/(?:\s+(?:là|đạt|có|còn|xuống còn|xuống|lên|không quá|không vượt quá|tối đa|ít nhất|tối thiểu|không dưới|dưới|trên|khoảng|từ|ở mức))+\s*$/iu, ""));
      if (foldText(own) !== unitWord && own.includes(" ")) name = own;
    }
    // `Số hộ thoát nghèo: 120 hộ`: a value after its label is named by the label.
    // `Tỷ lệ rác thải được thu gom: đạt từ 95% trở lên`: words of the bound alone (`Từ`) name nothing either.
    // `Thành lập mới tổ truyền thông: điều chỉnh từ 10 tổ thành 12 tổ`: words of the revision alone name nothing either.
    const revision = name.replace(/^(?:điều chỉnh|sửa đổi|giữ nguyên)(?:\s+(?:tăng|giảm))?\s*/iu, "").replace(/^từ\s+[\d.,]+\s*%?(?:\s+\p{L}+){0,3}?\s+(?:thành|xuống còn|xuống|lên|còn)\s*/iu, "");
    const revisionOnly = revision !== name && (revision === "" || foldText(revision) === foldText(span.quantity.unit));
    const bare = revisionOnly || foldText(name) === foldText(span.quantity.unit) || name === "" || /^(?:(?:đạt|là|có)(?:\s+|$))?(?:từ|trên|dưới|ít nhất|tối thiểu|tối đa|không dưới|không quá|khoảng)?$/iu.test(name.trim());
    const heading = bare ? /([^;:.]*\p{L}[^;:.]*):\s*$/u.exec(text.slice(0, span.start)) : null;
    if (heading && tidyName(ownLabel(heading[1], heading.index, spans))) name = tidyName(ownLabel(heading[1], heading.index, spans));
    // `Thành lập mới tổ truyền thông: năm 2024: 05 tổ; năm 2025: 04 tổ`: a year's figure is named by the line's
    // label and that year, and is a figure per year whose period total the text leaves open (to confirm).
    const lead = /^\s*([^:;]*\p{L}[^:;]*):/u.exec(text);
    // `Số hộ thoát nghèo: năm 2026 là 120 hộ`: the year's figure told by `là` (or `đạt`) is named so too.
    const yearWords = /^(năm\s+(?:19|20)\d{2})(?:\s+(?:là|đạt)(?:\s+(.*))?)?$/iu.exec(name);
    const yearOnly = yearWords !== null && (yearWords[2] === undefined || foldText(yearWords[2]) === foldText(span.quantity.unit)) ? yearWords : null;
    const byYear = yearOnly !== null && lead !== null && !/^\s*năm\s/iu.test(lead[1]) && lead.index + lead[0].length <= span.start;
    // `Tổ chức 12 lớp …, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp`: the label holds the whole with its figure and the
    // first year; the years are named by the whole's name (`450 lao động, trong đó năm 2023: 120 người` alike).
    if (byYear) {
      const label = yearLabel(lead[1]);
      const whole = label !== lead[1] ? out.filter((o, k) => spans[k].quantity.unitEnd <= lead.index + lead[0].length && o.indicator.kind === span.quantity.kind).pop() : undefined;
      name = `${whole ? whole.indicator.name.replace(/\s*\(mỗi năm\)$/u, "") : tidyName(label)} (${yearOnly[1].toLocaleLowerCase("vi")})`;
    }
    // `… đạt 25%, đến năm 2030 đạt 30%`, `25% vào năm 2026 và 30% vào năm 2030`: a figure naming nothing but its year,
    // after a figure of the same unit, is that indicator at that year (to confirm).
    const yearAt = i > 0 && !byYear && span.quantity.unit === spans[i - 1].quantity.unit && /^(?:(?:đến|tới|vào|trong)(?:\s+|$))?(?:năm\s+(?:19|20)\d{2}\s*)?(?:đạt|là)?$/iu.test(name.trim())
      ? yearAfter(text, span.quantity) ?? milestone(text, spans[i - 1].quantity.unitEnd, (spans[i + 1]?.start ?? text.length))
      : null;
    // `năm 2026 đạt 40%, năm 2028 đạt 60%, năm 2030 đạt 90%`: a third milestone takes the indicator's name the figure
    // before it was given (`Tỷ lệ … (năm 2028)`), without that year, not that figure's own words (`Năm 2028`, `vào`).
    const earlier = i > 0 && out[i - 1]?.why === "yearly" && out[i - 1].indicator.unit === span.quantity.unit ? out[i - 1].indicator.name.replace(/\s*\(năm\s+(?:19|20)\d{2}\)$/u, "") : tidyName(names[i - 1]?.name ?? "");
    const atYear = yearAt !== null && earlier !== "";
    if (atYear) name = `${earlier} (năm ${yearAt})`;
    const { base } = names[i];
    if (names.some((n, j) => j !== i && n.name === name)) {
      const year = milestone(text, span.start, span.quantity.start);
      if (year) name = `${name} (năm ${year})`;
    }
    const q = span.quantity;
    const quota = span.quotas[0];
    // `khoảng 500 phụ nữ`: an approximate figure is read, to be confirmed; so is a yearly pace (`mỗi năm
    // thành lập mới 05 tổ`), whose total over the plan's years the text leaves to the reader.
    // `Tổ chức từ 04 đến 06 cuộc đối thoại mỗi năm`: the pace may close the target's own span too;
    // `Mỗi năm thành lập mới 03 tổ, cả giai đoạn thành lập mới 15 tổ`: the whole period said after the pace ends it.
    const yearly = ("yearly" in q && q.yearly === true) || (q.kind !== "percent" && pacedPerYear(text, q.start, q.unitEnd, span.end));
    // `Xây mới 400 căn nhà …, mỗi năm 80 căn`: a pace naming nothing but its unit, right after a figure of its unit, is
    // that figure's pace and is named by it.
    const paceOf = yearly && bare && i > 0 && sameHead(spans[i - 1].quantity.unit, q.unit) ? out[i - 1]?.indicator.name : undefined;
    if (paceOf !== undefined && paceOf !== "") name = paceOf.replace(/\s*\(mỗi năm\)$/u, "");
    if (yearly) name = yearlyName(name);
    const approximate = yearly || byYear || atYear || /(?:^|[^\p{L}])(?:khoảng|chừng|xấp xỉ|gần|ước)\s*$/iu.test(text.slice(Math.max(0, q.start - 12), q.start));
    const indicator = indicatorOf(q, name, lineAt(line, offset + q.start), text, {
      // A range per area (`mỗi huyện từ 03 đến 05 mô hình`) is no one quota every area meets.
      // `02 lớp tập huấn × 10 huyện = 20 lớp`: the sum's quota may name the unit in more words than its result.
      ...(quota && quota.rangeFrom === undefined && (sameHead(quota.unit, q.unit) || (sameHead(q.unit, quota.unit) && /^[^;.,=\d()]*?(?:[×*]|(?<!\p{L})x)[^;.=]*=/u.test(text.slice(quota.unitEnd, q.start)))) ? { quota: quota.base } : {}),
      ...(base ? { base } : {}),
      ...(q.kind === "money" ? { scale: q.scale } : {}),
    });
    // `40% vào năm 2026, 60% vào năm 2028`: a percent's year said after it makes it a milestone, as one said before it.
    const said = labelYear(text, q) ?? (q.kind === "percent" && spans.filter((o) => o.quantity.unit === q.unit && yearAfter(text, o.quantity) !== null).length >= 2 ? yearAfter(text, q) : null);
    const year = said === null ? null : Number(said);
    // `Mỗi xã tổ chức ít nhất 02 cuộc …, toàn huyện 26 cuộc`: a least quota for every area makes the whole a least too.
    // So does a least norm said before the whole in its sentence (`100% xã thành lập ít nhất 01 CLB, toàn huyện 13 CLB`).
    const sentenceLead = text.slice(Math.max(text.lastIndexOf(";", span.start), text.lastIndexOf(".", span.start - 2), 0), span.start);
    const leastNorm = q.kind === "count" && WHOLE_BEFORE.test(text.slice(span.start, q.start)) && /(?:^|[^\p{L}])(?:ít nhất|tối thiểu|không dưới|không ít hơn)\s+\d/iu.test(sentenceLead);
    const leastQuota = indicator.rule === undefined && ((quota?.rule === ">=" && indicator.quota !== undefined) || leastNorm);
    out.push({
      indicator: leastQuota ? { ...indicator, rule: ">=" } : indicator,
      context: text.slice(span.start, span.end),
      label,
      lineIndex,
      quotaPer: quota?.per,
      ...(approximate ? { running: true, why: yearly || byYear || atYear ? ("yearly" as const) : ("approximate" as const) } : {}),
      ...(year !== null ? { year } : {}),
    });
  });
  for (const q of subgroups) {
    const at = spans.map((span) => span.quantity.start < q.start).lastIndexOf(true);
    const whole = at >= 0 ? out[at] : undefined;
    // A part may count its own way (`500 lao động, trong đó: lao động nữ 250 người`) or be a share of a count
    // (`500 cán bộ; trong đó nữ chiếm 60%`), read like any part: a target to confirm.
    const share = q.kind === "percent" && whole?.indicator.kind === "count";
    if (!whole || (whole.indicator.unit !== q.unit && !share && (q.kind !== "count" || whole.indicator.kind !== "count"))) continue;
    // The part is named before its figure (`trong đó đường trục thôn 2,5 km`) or after it (`4.500 lượt người thuộc hộ nghèo`).
    const lead = text.slice(0, q.start);
    const said = lead.toLocaleLowerCase("vi").lastIndexOf("trong đó");
    // A part going on past a `;` is named by its whole clause (`lao động thuộc hộ nghèo, hộ cận nghèo`).
    // The first part after `trong đó` (no figure between) is named by all its words, commas and all (`trong đó có bằng
    // cấp, chứng chỉ đạt 35%`); a later one from the comma after the part before it.
    const firstPart = said >= 0 && !/[\d;]/u.test(lead.slice(said));
    const from = !saidPart(q)
      ? lead.lastIndexOf(";")
      : firstPart
        ? Math.max(lead.lastIndexOf(":"), said + "trong đó".length - 1)
        : Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";"), lead.lastIndexOf(":"), said >= 0 ? said + "trong đó".length - 1 : -1);
    // `200 hộ, trong đó quý II: 50 hộ, quý III: 80 hộ`: a figure named by a point within the year alone is a stage of the
    // whole, the pace to it, no part of it.
    const clauseLead = lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";"), said >= 0 ? said + "trong đó".length - 1 : -1) + 1);
    if (isStageLabel(clauseLead.replace(/^\s*trong đó(?!\p{L})\s*:?/iu, ""))) continue;
    // `trong đó ít nhất 50% là hộ nghèo`: a bound before the figure names nothing; the words after it do; nor does `có`.
    const before = tidyName(lead.slice(from + 1).replace(/^\s*trong đó(?!\p{L})\s*:?/iu, "").replace(/^\s*có(?!\p{L})/iu, "").replace(/(?:^|\s+)(?:ít nhất|tối thiểu|tối đa|khoảng|trên|dưới|không dưới|không quá)\s*$/iu, "").replace(/\s+(?:chiếm|đạt|là)\s*$/iu, ""));
    const part = /\p{L}/u.test(before) ? before : tidyName((dropParentheses(text.slice(q.unitEnd).split(/[;.)]|,\s*(?=\p{Ll}+\s+\d|\d)/u)[0] ?? "")).replace(/^\s*(?:là|của)\s+/iu, ""));
    // `…, trong đó năm 2023: 3 lớp; năm 2024: …`, `…, trong đó năm 2024 tổ chức 04 lớp`: a part named by its year alone (or its
    // year and the verb) is the whole's figure for that year.
    const firstYear = said >= 0 ? /(?:^|[;,:])\s*(năm\s+(?:19|20)\d{2})\s*[:,]?\s*(?:(?:là|đạt)|(?:\p{Ll}+\s+){0,3}?)\s*$/iu.exec(lead.slice(said + "trong đó".length)) : null;
    const name = firstYear
      ? `${whole.indicator.name.replace(/\s*\(mỗi năm\)$/u, "")} (${firstYear[1].toLocaleLowerCase("vi")})`
      : part ? `${whole.indicator.name} (trong đó: ${part.charAt(0).toLocaleLowerCase("vi")}${part.slice(1)})` : `${whole.indicator.name} (trong đó)`;
    const indicator = indicatorOf(q, name, lineAt(line, offset + q.start), text, {});
    out.push({ indicator, context: text.slice(q.start), label, lineIndex, running: true, why: "part" });
  }
  // A quota with no total beside it (`ít nhất 01 lớp tập huấn/huyện`) is a target stated per area.
  const attached = new Set(spans.flatMap((s) => s.quotas));
  // `Mỗi trường THCS thành lập 01 CLB …; tổng số 08 CLB`: the whole given after the quota in its sentence, past a `;`,
  // totals it — no target stated per area.
  // So does the result of a sum worked out after it (`02 lớp × 10 huyện = 20 lớp`).
  const worked = (q: Quantity, s: { readonly quantity: Quantity }) => (sameHead(q.unit, s.quantity.unit) || sameHead(s.quantity.unit, q.unit)) && /^\s*[×x*][^;.=]*=\s*(?:\p{L}+\s+)?$/u.test(text.slice(q.unitEnd, s.quantity.start));
  const totalled = (q: Quantity) =>
    spans.some((s) => s.quantity.start > q.start && !/\.\s/u.test(text.slice(q.unitEnd, s.start)) && ((sameHead(q.unit, s.quantity.unit) && WHOLE_BEFORE.test(text.slice(s.start, s.quantity.start).trimStart())) || worked(q, s)));
  // `Duy trì 450 CLB …; mỗi xã, phường, thị trấn có ít nhất 01 CLB`: a quota per area in the clause right after the `;`
  // that ends its whole's restates how the whole is spread — the whole's quota, no target stated per area.
  const wholeBefore = (q: Quantity) => {
    if (q.role !== "quota" || matchPhrase(wordsOf(q.per ?? ""), AREA_WORDS) === 0) return -1;
    const k = spans.map((s) => s.quantity.unitEnd <= q.start).lastIndexOf(true);
    if (k < 0 || spans[k].quantity.kind !== "count" || !sameHead(q.unit, spans[k].quantity.unit)) return -1;
    const between = text.slice(spans[k].quantity.unitEnd, q.start);
    return (between.match(/;/g) ?? []).length === 1 && !/\.(?:\s|$)/u.test(between) && /^\s*mỗi\s/iu.test(between.slice(between.indexOf(";") + 1)) ? k : -1;
  };
  const lone = quantities.filter((q) => q.role === "quota" && !attached.has(q) && !totalled(q) && wholeBefore(q) < 0);
  // `Mỗi huyện xây dựng 01 mô hình …; toàn tỉnh 07 mô hình`: the whole after the quota keeps it, as `(mỗi huyện 01)` would;
  // so does the whole before it (`wholeBefore`).
  for (const q of quantities.filter((o) => o.role === "quota" && !attached.has(o) && o.rangeFrom === undefined && (matchPhrase(wordsOf(o.per ?? ""), AREA_WORDS) > 0 || rates.has(o)))) {
    const after = spans.findIndex((s) => s.quantity.start > q.start && !/\.\s/u.test(text.slice(q.unitEnd, s.start)) && ((sameHead(q.unit, s.quantity.unit) && WHOLE_BEFORE.test(text.slice(s.start, s.quantity.start).trimStart())) || worked(q, s)));
    const k = after >= 0 ? after : wholeBefore(q);
    const whole = k >= 0 ? out[k] : undefined;
    if (whole === undefined || whole.indicator.quota !== undefined || whole.indicator.kind !== "count") continue;
    whole.indicator = { ...whole.indicator, quota: q.base };
    whole.quotaPer = q.per;
  }
  if (lone.length > 0) {
    const asTargets = lone.map((q) => ({ ...q, role: "target" as const }));
    for (const span of targetSpans(text, asTargets)) {
      const q = span.quantity;
      // Only the words saying per what go (`02 buổi truyền thông/xã` → `buổi truyền thông`), not the unit's noun phrase.
      const perFrom = q.roleEnd === undefined ? -1 : text.slice(q.unitEnd, q.roleEnd).search(/\s*(?:\/|(?:(?:cho|tại|ở|trên|của)\s+)?mỗi\s)[^/]*$/iu);
      const perCut = { ...q, start: q.unitEnd + Math.max(perFrom, 0) };
      const { name: spanName0 } = nameSpan(text, { ...span, quotas: [perCut] });
      // `Mỗi xã tổ chức buổi sinh hoạt/quý`: the place and the pace are the quota's, not the name's.
      const paced = "timesPerYear" in q ? tidyName(spanName0.replace(/\s*\/\s*(?:quý|tháng)$/iu, "").replace(/(?:^|\s*,?\s+)(?:mỗi|hằng|hàng)\s+(?:quý|tháng)(?!\p{L})\s*,?/giu, " ").trim().replace(/^mỗi\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|xóm|tổ dân phố)\s+/iu, "")) : "";
      const spanName = paced !== "" ? paced.charAt(0).toLocaleUpperCase("vi") + paced.slice(1) : spanName0;
      // `Tổ chức truyền thông tại 08 bản, mỗi bản 01 buổi`: the places and the quota's words left around the figure go.
      const per = (q.per ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // `… tại 08 thôn, mỗi thôn 01;`: a quota whose noun is left out ends the name with the place alone.
      const fragment = per === "" ? null : new RegExp(`\\s*,?\\s*mỗi\\s+${per}(?:\\s+${q.unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})?$`, "iu");
      const placed0 = fragment !== null && fragment.test(spanName) ? tidyName(spanName.replace(fragment, "").replace(new RegExp(`\\s+(?:tại|ở|trên địa bàn|cho)\\s+(?:\\d+|các)\\s+${per}$`, "iu"), "")) || spanName : spanName;
      // `Toàn xã có 09 thôn, mỗi thôn duy trì 01 tổ …`: the count of all the places and the quota's place open no name.
      const allPlaces = per === "" ? null : new RegExp(`^(?:toàn|cả)\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+(?:hiện\\s+)?có\\s+\\d+\\s+${per}\\s*[,;]\\s*mỗi\\s+${per}\\s+(?=\\p{L})`, "iu");
      const rest = allPlaces === null ? "" : tidyName(placed0.replace(allPlaces, ""));
      const placed = rest !== "" && rest !== placed0 ? rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1) : placed0;
      // `Mỗi xã duy trì 01 tổ, mỗi tổ sinh hoạt 01 lần/tháng`: a norm per unit after the quota is no part of its name.
      const norm = /\s*[,;]\s*mỗi\s+(\p{L}+)[^,;]*?\d.*$/iu.exec(placed);
      const normed = norm !== null && matchPhrase(wordsOf(norm[1]), AREA_WORDS) === 0 ? tidyName(placed.slice(0, norm.index)) || placed : placed;
      const name = foldText(normed) === foldText(q.unit) ? (activityBeforePlaces(text, span.start, per) ?? normed) : normed;
      const indicator = indicatorOf(q, name, lineAt(line, offset + q.start), text, { quota: q.rangeFrom ?? q.base });
      const times = "timesPerYear" in q && typeof q.timesPerYear === "number" ? q.timesPerYear : undefined;
      out.push({ indicator, context: text.slice(span.start, span.end), label, lineIndex, quotaPer: q.per, perArea: true, ...(times !== undefined ? { timesPerYear: times } : {}) });
    }
  }
  return yearsOfStatedWholes(out);
}

/**
 * `Tổ chức truyền thông tại 08 bản; mỗi bản 01 buổi`: a quota said after a `;` that names only its unit is named by the
 * activity before the `;`, done at the places it counts (`Tổ chức truyền thông`); null when the clause before is no such.
 */
function activityBeforePlaces(text: string, at: number, per: string): string | null {
  if (per === "") return null;
  const semi = /;\s*(?:mỗi\s+\S+[^;.]*)?$/u.exec(text.slice(0, at));
  if (semi === null) return null;
  const before = text.slice(0, semi.index);
  const clauseStart = Math.max(...[";", ".", ":", "\n"].map((c) => before.lastIndexOf(c))) + 1;
  const m = new RegExp(`^[\\s\\-–+*•]*(\\p{L}.*?)\\s+(?:tại|ở|trên địa bàn)\\s+\\d+\\s+${per}\\s*$`, "iu").exec(before.slice(clauseStart));
  if (m === null) return null;
  const name = tidyName(m[1]);
  return name === "" ? null : name.charAt(0).toLocaleUpperCase("vi") + name.slice(1);
}

const YEAR_SUFFIX = / \(năm ((?:19|20)\d{2})\)$/u;

/**
 * `Tổ chức 12 lớp …, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp`: each year's figure is a part of the
 * whole stated before it — no figure per year whose period total is left open — and the years are listed in time
 * order right after their whole. After a pace per year (`Hằng năm … từ 3-5 lớp …, trong đó năm 2023: 3 lớp; …`) each
 * year's figure is that year's, the period's total left open (yearly), the first one too.
 */
function yearsOfStatedWholes(found: FoundTarget[]): FoundTarget[] {
  // A figure of a year itself (`năm 2026 đạt 40%, năm 2028 đạt 60%, năm 2030 đạt 90%`) is a milestone, no whole of the later ones.
  const wholes = new Map(found.filter((t) => t.why !== "part" && t.year === undefined && !YEAR_SUFFIX.test(t.indicator.name)).map((t) => [t.indicator.name.replace(/ \(mỗi năm\)$/u, ""), t]));
  const yearsOf = new Map<FoundTarget, FoundTarget[]>();
  for (const t of found) {
    const m = YEAR_SUFFIX.exec(t.indicator.name);
    const whole = m ? wholes.get(t.indicator.name.slice(0, m.index)) : undefined;
    if (whole === undefined || whole === t || (t.why !== "yearly" && t.why !== "part")) continue;
    yearsOf.set(whole, [...(yearsOf.get(whole) ?? []), t]);
  }
  const placed = new Set<FoundTarget>();
  for (const [whole, years] of yearsOf) {
    // Each year once: one year given twice is no split of the whole.
    if (years.length < 2 || new Set(years.map((t) => t.indicator.name)).size !== years.length) {
      yearsOf.delete(whole);
      continue;
    }
    for (const t of years) {
      t.running = true;
      if (whole.why === "yearly") t.why = "yearly";
      else {
        delete t.why;
        t.yearPart = true;
      }
      placed.add(t);
    }
    years.sort((a, b) => Number(YEAR_SUFFIX.exec(a.indicator.name)?.[1]) - Number(YEAR_SUFFIX.exec(b.indicator.name)?.[1]));
  }
  if (placed.size === 0) return found;
  return found.flatMap((t) => (placed.has(t) ? [] : [t, ...(yearsOf.get(t) ?? [])]));
}

/** `(mỗi huyện 03 lớp)` beside `09 lớp tập huấn`: a quota may name its unit by the target unit's head word(s). */
export function sameHead(quotaUnit: string, unit: string): boolean {
  const short = foldText(quotaUnit);
  const long = foldText(unit);
  // `corner` for `corners`: an English noun, singular for one.
  return short === long || long.startsWith(`${short} `) || (/^[a-z]+$/.test(short) && (long === `${short}s` || long === `${short}es`));
}

type Column = "code" | "name" | "unit" | "target" | "quota";

const COLUMN_HEADERS: ReadonlyArray<readonly [Column, RegExp]> = [
  ["code", /^(stt|tt|so tt|ma|ma so|code)$/],
  ["unit", /^(don vi tinh|dvt|don vi|unit)$/],
  ["quota", /^(dinh muc|dinh muc\/(xa|huyen|don vi)|moi xa)$/],
  ["name", /^(ten chi tieu|noi dung|chi tieu|noi dung chi tieu|noi dung hoat dong|noi dung cong viec|ten hoat dong|hoat dong|nhiem vu|danh muc|indicator|name|(ten )?(du an|tieu du an)( ?[,/] ?(tieu du an|noi dung|hoat dong))?|tieu du an ?[,/] ?noi dung|hang muc|loai [a-z ]+)$/],
  ["target", /^(ke hoach|chi tieu ke hoach|muc tieu|chi tieu|tong|tong so|tong cong|so luong|khoi luong|(tong )?(ca )?giai doan( .*)?|(tong |cong )?ca nam|tong so (giai doan )?(19|20)\d{2}.*|ke hoach .*|kh( nam)? (19|20)\d{2}|chi tieu (den )?nam \d{4}|target)$/],
];

/** Column roles of a table header row, or null when the row is no header. */
export function tableColumns(cells: readonly string[]): Partial<Record<Column, number>> | null {
  const roles: Partial<Record<Column, number>> = {};
  cells.forEach((cell, i) => {
    const key = foldText(cell).replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
    for (const [role, re] of COLUMN_HEADERS) {
      if (roles[role] === undefined && re.test(key) && !Object.values(roles).includes(i)) {
        roles[role] = i;
        break;
      }
    }
  });
  // `STT | Tiểu dự án, nội dung | Chỉ tiêu | ĐVT | Kinh phí`: the rows are named by the column before; `Chỉ tiêu` holds
  // each row's figure (the target), as `Kế hoạch` would.
  if (roles.name !== undefined && roles.target === undefined && headerKey(cells[roles.name]) === "chi tieu") {
    const label = cells.findIndex((cell, i) => i < (roles.name as number) && ROW_LABEL.test(headerKey(cell)));
    if (label >= 0) {
      roles.target = roles.name;
      roles.name = label;
    }
  }
  // `Kế hoạch đã giao | Sau điều chỉnh`: an amending plan's table gives the target as it now stands in the revised column.
  const revised = cells.findIndex((cell, i) => REVISED_HEADER.test(headerKey(cell)) && i !== roles.name && i !== roles.unit && i !== roles.code);
  if (revised >= 0) roles.target = revised;
  return roles.name !== undefined && (roles.unit !== undefined || roles.target !== undefined) ? roles : null;
}

/** `Sau điều chỉnh`, `Kế hoạch điều chỉnh`, `Chỉ tiêu sau điều chỉnh, bổ sung`, `Điều chỉnh thành`: the revised figures' column. */
const REVISED_HEADER = /^(?:(?:ke hoach|chi tieu|kh)\s+)?(?:sau\s+)?(?:dieu chinh|sua doi)(?:\s*,?\s*(?:va\s+)?bo sung)?(?:\s+(?:thanh|lai))?(?:\s+nam\s+\d{4})?$/;

const headerKey = (cell: string) => foldText(cell).replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
/** `Nội dung`, `Tiểu dự án, nội dung`, `Dự án/Tiểu dự án`, `Hạng mục`: a column naming each row (a task or a sub-project). */
const ROW_LABEL = /^(?:ten\s+)?(?:(?:tieu\s+)?du an|noi dung|hang muc|hoat dong|nhiem vu)(?:[\s,/]|$)/;
/** `Kinh phí (triệu đồng)`, `Thành tiền`, `Dự toán`: a column of amounts, no count's figure. */
const MONEY_HEADER = /^(?:kinh phi|thanh tien|du toan|tong kinh phi|nguon von|von)(?:\s|$)|(?:trieu|nghin|ngan|ty) dong/;

const isCode = (c: string) => /^(\d+(\.\d+)*\.?|[a-zđ][.)]?|[IVX]+\.?)$/.test(c);

function fromTableRow(
  line: TextLine,
  lineIndex: number,
  cells: readonly string[],
  columns: Partial<Record<Column, number>> | null,
  header: readonly string[] | null = null,
  planYear: number | null = null,
  /** The plan's one year, also when its title names the period it belongs to (`giai đoạn 2021 - 2025 năm 2024`). */
  oneYear: number | null = planYear,
): FoundTarget[] {
  if (tableColumns(cells) !== null) return [];
  // A value cell may state a bound (`trên 20`, `tối thiểu 300`, `85% trở lên`): the number, with its rule.
  const bounds = cells.map(splitBound);
  const numeric = bounds.map((b) => normalizeVietnameseNumber(b.value.replace(/\s*%$/, "")));
  // A range cell (`15-20`) gives its lower end as the target, to be met or passed; years (`2021-2025`) are none.
  const ranges = cells.map((c) => {
    const r = splitRange(c);
    if (r === null || r.every((end) => /^(19|20)\d{2}$/.test(end))) return null;
    const [from, to] = r.map((end) => normalizeVietnameseNumber(end.replace(/%$/, "")));
    return from !== null && to !== null && Number(from) < Number(to) ? ([from, to] as const) : null;
  });
  ranges.forEach((r, i) => {
    if (r !== null && numeric[i] === null) numeric[i] = r[0];
  });
  // `| Số xã có tổ … | xã | 9/12 | 12/12 |`: so many of all the places, in a row counting places, is the first figure
  // (a date is never counted in places).
  const unitCell = columns?.unit !== undefined ? (cells[columns.unit] ?? "") : "";
  if (unitCell !== "" && matchPhrase(wordsOf(unitCell), AREA_WORDS) === wordsOf(unitCell).length)
    cells.forEach((c, i) => {
      const ofAll = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/u.exec(c);
      if (ofAll !== null && numeric[i] === null && Number(ofAll[1]) <= Number(ofAll[2])) numeric[i] = String(Number(ofAll[1]));
    });
  // A header wider than the row (a short total row, a merged cell) names columns the row does not have.
  const has = (i: number) => typeof numeric[i] === "string";
  let valueIndex = columns?.target !== undefined && has(columns.target) ? columns.target : -1;
  // Without a target column the last figure is taken; beside other figures (`Năm 2024 | Năm 2025`) that is a guess to confirm.
  let guessed = false;
  // `Năm 2024 | Năm 2025 | Cả giai đoạn` in a plan for one year: the whole period's column is one choice of several, to confirm.
  if (valueIndex >= 0 && header && planYear !== null && /^(tong )?(ca )?giai doan\b|^tong so (giai doan )?(19|20)\d{2}/.test(foldText(header[valueIndex] ?? "").replace(/[()]/g, " ").replace(/\s+/g, " ").trim())) {
    guessed = header.some((h, i) => i !== valueIndex && has(i) && /^(nam\s+)?(19|20)\d{2}$/.test(foldText(h).trim()));
  }
  // A plan for one year (`… năm 2025`) over a table by year: that year's column, still to confirm; the year's
  // column as the one column of figures (`TT | Chỉ tiêu | ĐVT | Năm 2025 | Ghi chú`) is the plan's, as stated.
  if (header && planYear !== null && (valueIndex < 0 || guessed)) {
    const own = header.findIndex((h, i) => has(i) && new RegExp(`^(nam\\s+)?${planYear}$`).test(foldText(h).trim()));
    if (own >= 0) {
      valueIndex = own;
      guessed = numeric.some((n, i) => n !== null && i !== own && i !== columns?.code && i !== columns?.quota && !(i === 0 && isCode(cells[0])));
    }
  }
  if (valueIndex < 0) {
    const figures: number[] = [];
    // A column of amounts (`Kinh phí (triệu đồng)`) is the row's cost, read with the budget: a figure beside it is the row's.
    const amounts = (i: number) => header !== null && MONEY_HEADER.test(headerKey(header[i] ?? "")) && numeric.some((n, k) => k !== i && k > 0 && n !== null && k !== columns?.code && k !== columns?.quota);
    for (let i = cells.length - 1; i > 0; i--) if (numeric[i] !== null && i !== columns?.code && i !== columns?.quota && !amounts(i)) figures.push(i);
    if (figures.length > 0) valueIndex = figures[0];
    guessed = figures.length > 1;
  }
  if (valueIndex < 0) return [];
  let unitIndex = columns?.unit ?? -1;
  if (unitIndex < 0) {
    cells.forEach((c, i) => {
      if (i === valueIndex || unitIndex >= 0 || isCode(c)) return;
      if (c.trim() === "%" || parseUnit(c).kind === "money" || CLASSIFIERS.includes(foldText(c))) unitIndex = i;
    });
  }
  let nameIndex = columns?.name ?? -1;
  if (nameIndex < 0 || !/\p{L}/u.test(cells[nameIndex] ?? "")) {
    nameIndex = -1;
    cells.forEach((c, i) => {
      if (i === valueIndex || i === unitIndex || isCode(c) || !/\p{L}/u.test(c)) return;
      if (nameIndex < 0 || c.length > cells[nameIndex].length) nameIndex = i;
    });
  }
  if (nameIndex < 0) return [];
  // `Tổ truyền thông cộng đồng (tổ)`: without a unit column, the unit in brackets at the end of the name.
  const bracketed = /^(.*\S)\s*\(([^()]+)\)\s*$/u.exec(cells[nameIndex] ?? "");
  const nameUnit = unitIndex < 0 && bracketed && (bracketed[2].trim() === "%" || parseUnit(bracketed[2]).kind === "money" || CLASSIFIERS.includes(foldText(bracketed[2]).trim())) ? bracketed : null;
  const unit = unitIndex >= 0 && cells[unitIndex] ? cells[unitIndex].trim() : nameUnit ? nameUnit[2].trim() : /%$/.test(bounds[valueIndex].value) ? "%" : "";
  // `| Hoạt động giám sát | x | x | 26.000 |`: a unit cell marked `x` or `-` says the row counts nothing.
  if (unit === "" || /^[x×\-–—]$/iu.test(unit)) return [];
  // `Định mức hỗ trợ | Triệu đồng/người | 5`: money per person (a norm) is a rate, no target; but `Thu nhập bình quân đầu
  // người | triệu đồng/người/năm | 58`, an income to reach, is a target in its own unit, at least that, as in running text.
  const perHead = /^(?:tỷ|tỉ|triệu|tr\.?|nghìn|ngàn)?\s*(?:đồng|đ|vnđ|vnd)\s*\//iu.test(unit);
  const income = perHead && /thu nhập/iu.test(cells[nameIndex] ?? "");
  if (perHead && !income) return [];
  const info = income ? { ...parseUnit(unit), kind: "count" as const, scale: 1 } : parseUnit(unit);
  const canonical = numeric[valueIndex] as string;
  const toBase = (c: string) => (info.kind === "money" ? scaleDecimal(c, info.scale) : Number(c));
  // Without a `Định mức` column, a note cell may give the quota: `Mỗi xã 01 tổ`, `01 tổ/xã`.
  const noted = columns?.quota === undefined && info.kind === "count" ? noteQuota(cells, [valueIndex, nameIndex, unitIndex], unit) : null;
  // A `Định mức` cell may say its unit and place too (`01 tổ/xã`, `Mỗi xã 01 tổ`) — not a pace per year or month, which
  // no row's total is checked against.
  const quotaCell = columns?.quota !== undefined ? (cells[columns.quota] ?? "") : "";
  const paced = /\/\s*(?:năm|quý|tháng|tuần)(?!\p{L})|(?:mỗi|hằng|hàng)\s+(?:năm|quý|tháng|tuần)(?!\p{L})/iu.test(quotaCell);
  const worded = columns?.quota !== undefined && (numeric[columns.quota] ?? null) === null && info.kind === "count" && !paced ? noteQuota([quotaCell], [], unit) : null;
  const quotaText = columns?.quota !== undefined ? (numeric[columns.quota] ?? worded?.canonical ?? null) : noted !== null ? noted.canonical : null;
  const codeCell = columns?.code !== undefined ? cells[columns.code] : cells[0];
  // `| 1.1. Thành lập mới tổ … | Tổ | 06 |` (a cell Word numbers as a list, or typed so) with no code of its own: the
  // name's number is the row's.
  // name's number is the row's; beside a code cell (`| 1 | 1. Tổ … |`) it is no word of the name either.
  const ownMarker = parseMarker(cells[nameIndex] ?? "");
  const numbered = ownMarker !== null && ownMarker.style !== "bullet" && /\p{L}/u.test((cells[nameIndex] ?? "").slice(ownMarker.length)) ? ownMarker : null;
  const label = codeCell && isCode(codeCell) ? codeCell.replace(/[.)]$/, "") : numbered !== null ? numbered.label : null;
  const range = ranges[valueIndex];
  // `Chỉ tiêu | ĐVT | Năm 2022 | … | Năm 2025` with no total column, in a plan for a period: a count's target for
  // the period is the sum of its years, to confirm; a percent keeps its last year's figure (a milestone).
  const figureColumns = numeric.map((n, i) => (n !== null && i !== columns?.code && i !== columns?.quota && i !== nameIndex && !(i === 0 && isCode(cells[0])) ? i : -1)).filter((i) => i >= 0);
  const yearSum =
    guessed && header !== null && oneYear === null && info.kind === "count" && range === null && figureColumns.length >= 2 && !STOCK.test(foldText(cells[nameIndex] ?? "")) &&
    figureColumns.every((i) => /^(?:năm\s+)?(?:19|20)\d{2}$/iu.test((header[i] ?? "").trim()) && bounds[i].rule === undefined && ranges[i] === null);
  const column = guessed && header && !yearSum ? (header[valueIndex] ?? "").trim() : "";
  // `Tổ truyền thông thành lập mới (tối thiểu)`: a bound written after the name is the target's comparison, no word of its name.
  const written = (nameUnit ? nameUnit[1] : cells[nameIndex]).slice(numbered !== null ? numbered.length : 0).trim();
  const bound = NAME_BOUND.exec(written);
  const rowName = bound ? written.slice(0, bound.index).trim() : written;
  const boundRule = bound === null ? undefined : /^(?:tối đa|không quá|không vượt quá)$/iu.test(bound[1]) ? ("<=" as const) : (">=" as const);
  // `Tỷ lệ hộ nghèo | % | 2,8 | 1,5` under `Hiện trạng năm 2024 | Kế hoạch năm 2025`: a rate planned below where it
  // stands is to be brought down — at most that, where the text states no bound.
  const baseAt = header === null ? -1 : header.findIndex((h, i) => i !== valueIndex && has(i) && BASELINE_HEADER.test(headerKey(h ?? "")));
  const lowered = info.kind === "percent" && range === null && bounds[valueIndex].rule === undefined && boundRule === undefined && baseAt >= 0 && Number(numeric[baseAt]) > Number(canonical);
  const indicator: ExtractedIndicator = {
    code: "",
    name: column ? `${rowName} (${column})` : rowName,
    unit,
    target: yearSum ? figureColumns.reduce((sum, i) => sum + toBase(numeric[i] as string), 0) : toBase(canonical),
    kind: info.kind,
    source: `line ${line.line}`,
    line: line.line,
    ...(range !== null
      ? { rule: ">=" as const, range: [toBase(range[0]), toBase(range[1])] as const }
      : bounds[valueIndex].rule !== undefined
        ? { rule: bounds[valueIndex].rule }
        : boundRule !== undefined
          ? { rule: boundRule }
          : lowered
            ? { rule: "<=" as const }
            : income
              ? { rule: ">=" as const }
              : {}),
    ...(quotaText ? { quota: toBase(quotaText) } : {}),
    ...(info.kind === "money" ? { scale: info.scale } : {}),
    sourceText: cells.filter((c) => c).join(" | "),
  };
  return [{ indicator, context: cells[nameIndex], label, lineIndex, fromTable: true, ...(noted !== null ? { quotaPer: noted.per } : {}), ...(guessed ? { running: true, why: yearSum ? ("yearSum" as const) : ("column" as const) } : {}) }];
}

/** `Hiện trạng năm 2024`, `Thực hiện năm 2024`, `Ước thực hiện 2024`, `Năm gốc`: a column of where things stand, beside the plan's. */
const BASELINE_HEADER = /^(?:hien trang|thuc trang|(?:uoc )?thuc hien|uoc th|nam goc|ket qua (?:thuc hien|nam))(?:\s|$)/;

/** `(tối thiểu)`, `- ít nhất`, `(tối đa)` after a table row's name: the bound its figure states. */
const NAME_BOUND = /\s*(?:\(\s*|[-–]\s+)(tối thiểu|ít nhất|không dưới|không ít hơn|trở lên|tối đa|không quá|không vượt quá)\s*\)?\s*$/iu;

/** A total row's name: `Tổng cộng`, `Tổng số`, `Cộng`, `Tổng` (folded, its colon or stop dropped). */
const TOTAL_ROW_NAME = /^(tong cong|tong so|tong|cong|cong chung)$/;

/**
 * True when `total`, a table row with no number of its own named as a total,
 * holds the sum of the rows of its unit read above it in the table (two at
 * least, counts or money): their total, not a target beside them.
 */
function totalOfRows(total: FoundTarget, rows: readonly FoundTarget[]): boolean {
  const t = total.indicator;
  if (total.label !== null || (t.kind !== "count" && t.kind !== "money") || !TOTAL_ROW_NAME.test(foldText(t.name).replace(/[:.]/g, "").trim())) return false;
  const same = rows.filter((r) => r.indicator.kind === t.kind && foldText(r.indicator.unit) === foldText(t.unit));
  if (same.length < 2) return false;
  const sum = same.reduce((acc, r) => acc + r.indicator.target, 0);
  return Math.abs(sum - t.target) <= 1e-9 * Math.max(1, Math.abs(sum));
}

/** A quota of the row's unit given in one of its other text cells (`Ghi chú`: `Mỗi xã 01 tổ`), or null. */
function noteQuota(cells: readonly string[], skip: readonly number[], unit: string): Quantity | null {
  for (let i = 0; i < cells.length; i++) {
    if (skip.includes(i) || !/\p{L}/u.test(cells[i])) continue;
    const quota = findQuantities(cells[i]).find((q) => q.role === "quota" && q.kind === "count" && foldText(q.unit) === foldText(unit));
    if (quota) return quota;
  }
  return null;
}

/** `Baseline: 6 groups`, `Hiện trạng: 6 tổ`, `Năm gốc (2023): 35%`: where a figure starts from. */
const BASELINE = /(?:^|[\s;,(])(?:baseline|hiện trạng|năm gốc|thực trạng|hiện có)(?:\s*\([^)]*\))?\s*:/giu;
const TARGET_LABEL = /(?:^|[\s;,(])(?:target|mục tiêu|chỉ tiêu|kế hoạch)(?:\s*\([^)]*\))?\s*:/iu;

/**
 * `Baseline: 6 groups; Target: 12 groups established`: on a line that labels its target too, the baseline's clause
 * (to its `;` or the target's label) is where the figure starts from, no target — blanked, the offsets kept.
 */
function maskBaseline(text: string): string {
  if (!TARGET_LABEL.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(BASELINE)) {
    const from = (m.index ?? 0) + m[0].length;
    const rest = text.slice(from);
    const stop = rest.search(/;|(?:^|[\s,(])(?:target|mục tiêu|chỉ tiêu|kế hoạch)(?:\s*\([^)]*\))?\s*:/iu);
    const to = from + (stop < 0 ? rest.length : stop);
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  }
  return out;
}

/** `Trong đó:`, `Chia ra:`, `Cụ thể:` alone in a table row: the rows below break down the row above. */
const BREAKDOWN_ROW = /^(?:trong đó|chia ra|cụ thể|bao gồm|gồm)\s*:?$/iu;
/** `Trong đó: Xã Mường Và` in a sub-row's name cell: the first sub-row, with the words that open the breakdown. */
const BREAKDOWN_LEAD = /^(?:trong đó|chia ra|cụ thể)\s*:\s*(?=\S)/iu;
/** A sub-row naming a place (`Xã Mường Và`, `Thôn Nà Sài`): a share of the whole for that place. */
const PLACE_ROW = /^(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|thôn|bản|xóm|tổ dân phố)\s+\p{Lu}/u;

/** `Số lượng:`, `Quy mô:`, `Thành phần:`, `Thời gian:` — a bullet giving an item's details. */
const ITEM_DETAIL = /^(?:số lượng|quy mô|thành phần(?: tham dự)?|đại biểu|địa điểm|địa bàn(?: thực hiện)?|thời gian(?: thực hiện)?|đối tượng(?: tham dự)?)\s*:/iu;

/**
 * The targets of the indicator sections, and of tables anywhere whose header
 * names an indicator and its unit (`STT | Chỉ tiêu | ĐVT | Kế hoạch`).
 */
/** `(ĐVT: 1.000 đồng)`, `Đơn vị tính: triệu đồng` alone on its line. */
const UNIT_NOTE_LINE = /^\s*\(?\s*(?:đvt|đơn vị tính|đơn vị)\s*[:：]\s*[^()]{1,30}\)?\s*[.;]?\s*$/iu;

/** `a`, `b)`, `+`, `-`: a table row's mark as a point under the row above; or such a mark before its name. */
const POINT_CELL = /^(?:[a-zđ][).]?|[-+*•–])$/u;
const POINT_NAME = /^\s*(?:[-+*•–]|[a-zđ]\))\s*\p{L}/u;

export function extractTargets(
  body: readonly TextLine[],
  sections: readonly Section[],
  planYear: number | null = null,
  oneYear: number | null = planYear,
  /** The first year the plan covers (its one year, or its period's first): a share said for a year before it is a result. */
  firstYear: number | null = oneYear,
): FoundTarget[] {
  const found: FoundTarget[] = [];
  const inSection = (i: number) => sections.some((s) => i >= s.start && i < s.end);
  let columns: Partial<Record<Column, number>> | null = null;
  let headerCells: readonly string[] | null = null;
  const fromTables: FoundTarget[] = [];
  // The parts each numbered row is broken down into.
  const partsOf = new Map<FoundTarget, FoundTarget[]>();
  // The row a `Trong đó:` row breaks down, while its sub-rows follow.
  let whole: FoundTarget | null = null;
  let places = false;
  // Where the rows of the table read (since its header, or its last total row) begin in `fromTables`.
  let rowsFrom = 0;
  body.forEach((line, i) => {
    if (!line.cells) {
      columns = null;
      headerCells = null;
      whole = null;
      places = false;
      rowsFrom = fromTables.length;
      return;
    }
    const header = tableColumns(line.cells);
    if (header) {
      columns = header;
      headerCells = line.cells;
      rowsFrom = fromTables.length;
      return;
    }
    // The rows of a table of places with a unit column (`| Thôn | ĐVT | Số hộ thoát nghèo |`) are read by its total row.
    if (isPlacesHeader(line.cells)) places = true;
    if (places) return;
    // `| | | | 2023 | 2024 | 2025 |` under `Chia ra các năm` (a header over two rows): the years name those columns.
    const filled = line.cells.map((c) => c.trim()).filter((c) => c !== "");
    const under = headerCells !== null && body[i - 1]?.cells === headerCells;
    if (under && headerCells !== null && filled.length >= 2 && filled.every((c) => /^(?:năm\s+)?(?:19|20)\d{2}$/iu.test(c))) {
      const above: readonly string[] = headerCells;
      headerCells = above.map((h, k) => (/^(?:năm\s+)?(?:19|20)\d{2}$/iu.test((line.cells as readonly string[])[k]?.trim() ?? "") ? (line.cells as readonly string[])[k].trim() : h));
      return;
    }
    // A cost estimate outside the targets part (`… | Số lượng | Đơn giá | Thành tiền`): its counts are what the money buys.
    const priced = headerCells !== null && (headerCells as readonly string[]).some((c) => /^don gia(?:\s|$)/.test(headerKey(c)));
    if (priced && !inSection(i)) return;
    if (inSection(i) || (columns !== null && (columns as Partial<Record<Column, number>>).unit !== undefined)) {
      const cols = columns as Partial<Record<Column, number>> | null;
      // `| | Trong đó: | | |` under a numbered row: the rows below with no number of their own break that row down.
      if (filled.length === 1 && BREAKDOWN_ROW.test(filled[0])) {
        const last = fromTables[fromTables.length - 1];
        whole = last !== undefined && last.lineIndex === i - 1 ? last : null;
        return;
      }
      // `| | Trong đó: Xã Mường Và | Tổ | 4 |`: the breakdown opened on its first sub-row.
      if (whole === null && line.cells.some((c) => BREAKDOWN_LEAD.test(c))) {
        const last = fromTables[fromTables.length - 1];
        whole = last !== undefined && last.lineIndex === i - 1 ? last : null;
      }
      const codeCell = ((cols?.code !== undefined ? line.cells[cols.code] : line.cells[0]) ?? "").trim();
      // `| 1 | Tổ truyền thông cộng đồng | Tổ | 10 |` then `| a | Thành lập mới | Tổ | 6 |` (or `+`, `b)`, `| | + Duy trì …`):
      // rows marked as points right under a numbered row with a figure break it down as a `Trong đó:` row would.
      if (whole === null && (POINT_CELL.test(codeCell) || (codeCell === "" && line.cells.some((c) => POINT_NAME.test(c))))) {
        const last = fromTables[fromTables.length - 1];
        whole = last !== undefined && last.lineIndex === i - 1 && /^\d+(?:\.\d+)*\.?$/.test(last.label ?? "") ? last : null;
      }
      const read = fromTableRow(line, i, line.cells, columns, headerCells, planYear, oneYear);
      // `| 1.1 | Xã Bản Phố | Tổ | 5 |` under row `1`: a place's share of that row (the allocation), never a plan line.
      const under = /^(\d+(?:\.\d+)*)\.\d+\.?$/.exec(codeCell);
      if (whole === null && under !== null && read.length === 1) {
        const owner = fromTables.filter((t) => t.label === under[1]).pop();
        const place = read[0].indicator.name.charAt(0).toLocaleLowerCase("vi") + read[0].indicator.name.slice(1);
        if (owner !== undefined && PLACE_ROW.test(place) && foldText(owner.indicator.unit) === foldText(read[0].indicator.unit)) {
          owner.tableShares = [...(owner.tableShares ?? []), { raw: line.cells[cols?.target ?? line.cells.length - 1] ?? String(read[0].indicator.target), value: read[0].indicator.target }];
          return;
        }
      }
      // A sub-row has no number of its own, or a letter or dash (`a`, `b)`, `-`): a number or a roman numeral ends the breakdown.
      // `| 1.1 | Trong đó: lao động nữ | Người | 250 |` under row `1`: numbered under it, and said to be some of it.
      const someOf = whole !== null && whole.label !== null && codeCell.startsWith(`${whole.label}.`) && line.cells.some((c) => BREAKDOWN_LEAD.test(c.trim()));
      if (whole !== null && (someOf || !/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.?)$/.test(codeCell)) && read.length > 0) {
        const w: FoundTarget = whole;
        for (const t of read) {
          const part = t.indicator.name.replace(BREAKDOWN_LEAD, "").replace(/^[-+•*]\s*/u, "").trim();
          // A place's share (`- Xã Mường Và`) is checked against the whole, never a target; another part
          // (`+ Trường THCS`) is read as a part in running text is: a target to confirm.
          const lower = part.charAt(0).toLocaleLowerCase("vi") + part.slice(1);
          if (PLACE_ROW.test(lower) && foldText(t.indicator.unit) === foldText(w.indicator.unit)) {
            w.tableShares = [...(w.tableShares ?? []), { raw: line.cells[cols?.target ?? line.cells.length - 1] ?? String(t.indicator.target), value: t.indicator.target }];
            continue;
          }
          // Numbered under the whole (`1.1`, `1.2` under `1`), so the rows after keep the document's numbers.
          const parts = partsOf.get(w) ?? [];
          partsOf.set(w, parts);
          const label = w.label !== null && /^\d+(?:\.\d+)*$/.test(w.label) ? `${w.label}.${parts.length + 1}` : null;
          const broken: FoundTarget = { ...t, indicator: { ...t.indicator, name: `${w.indicator.name} (trong đó: ${lower})` }, label, running: true, why: "part" };
          parts.push(broken);
          fromTables.push(broken);
        }
        return;
      }
      whole = null;
      // `| | Tổng cộng | Tổ | 10 |` under the rows it adds up: their total, no target of its own.
      if (read.length === 1 && totalOfRows(read[0], fromTables.slice(rowsFrom))) {
        rowsFrom = fromTables.length;
        return;
      }
      fromTables.push(...read);
    }
  });
  for (const section of sections) {
    const lines = body.slice(section.start, section.end);
    // A part that lists or tables its targets: a sentence without a marker there is running text.
    const listed = lines.some((l) => l.cells !== undefined || parseMarker(l.text) !== null);
    if (section.inline.trim()) {
      const read = fromLine(body[section.heading], section.heading, section.inline, section.inlineOffset, null, firstYear);
      // `- Chỉ tiêu: 04 lớp/năm.` under `1. Tập huấn nâng cao năng lực`: a bare figure is named by its task.
      const task = section.start === section.end ? taskAbove(body, section.heading) : null;
      for (const t of read) {
        const own = t.indicator.name.replace(/\s*\(mỗi năm\)$/u, "");
        if (task !== null && foldText(own) === foldText(t.indicator.unit)) t.indicator = { ...t.indicator, name: t.indicator.name.replace(own, task) };
        if (task !== null) perAreaClause(t, section.inline, task);
      }
      found.push(...read);
    }
    // The count or money target of a line ending with `:` (`13 tổ, cụ thể:`), whose year lines below are its shares.
    let splitByYear: FoundTarget | null = null;
    // A label line with no figure of its own (`1. Thành lập mới tổ truyền thông cộng đồng:`) over year lines.
    let yearLabel: YearLabel | null = null;
    // The one count or money target of the line before, whose year breakdown may follow (`Trong đó: năm 2023: …`).
    let lastWhole: FoundTarget | null = null;
    const labels = new Map<FoundTarget, YearLabel>();
    const inPart: FoundTarget[] = [];
    // Targets of the last numbered item, whose bullets may give its details.
    let itemTargets = 0;
    // The one target of a line ending `…, trong đó:`, whose bullets below are its parts.
    let brokenDown: FoundTarget | null = null;
    for (let i = section.start; i < section.end; i++) {
      const line = body[i];
      // `(ĐVT: 1.000 đồng)` over a table: the unit of its figures, no figure of its own.
      if (line.cells || UNIT_NOTE_LINE.test(line.text)) continue;
      const marker = parseMarker(line.text);
      const offset = marker ? marker.length : 0;
      const own = line.text.slice(offset);
      // `Trong đó: năm 2023: 5 tổ; năm 2024: 6 tổ` on the line after `Thành lập mới 14 tổ …`: the whole's shares too.
      const breakdown = /^(?:trong đó|cụ thể|chia ra|phân theo năm)\s*:?\s*/iu.exec(own);
      const yearsOwn = breakdown ? own.slice(breakdown[0].length) : own;
      const whole = splitByYear ?? (breakdown && !marker ? lastWhole : null);
      if (whole !== null && YEAR_LINE.test(yearsOwn)) {
        const w = whole.indicator;
        const figures = candidateQuantities(yearsOwn).filter((q) => q.role !== "rate");
        const shares = figures.filter((q) => q.kind === w.kind && foldText(q.unit) === foldText(w.unit) && yearLabelled(yearsOwn, q));
        if (shares.length > 0 && (splitByYear !== null || shares.length === figures.length)) continue;
      }
      splitByYear = null;
      // `- Chỉ tiêu 2: Tỷ lệ …` numbers the target as much as `2.` does.
      const named = /^chỉ tiêu\s+(\d+(?:\.\d+)*)\s*[:.)]/iu.exec(line.text.slice(offset));
      const label = named ? named[1] : marker && marker.style !== "bullet" ? marker.label : null;
      // `Phấn đấu đến hết năm 2025 trên địa bàn 14 xã … đạt được các chỉ tiêu như sau:`: the places the list's targets
      // are met in, no target of their own.
      const read0 = fromLine(line, i, maskBaseline(line.text.slice(offset)), offset, label, firstYear);
      // A one-year plan's stages of one target on one line (`đến 30/6 đạt 40%; …; đến 31/12 đạt 100%`): the last is the target.
      // A count by quarter (`Quý I: 30 hội viên; Quý II: 50 hội viên; …`): one target for the year, from its quarters.
      const quarterly = foldQuarters(read0, own);
      const untouched = quarterly.length === read0.length && quarterly.every((t, k) => t === read0[k]);
      const all = oneYear !== null && untouched ? foldStages(read0, own) : quarterly;
      for (const t of all) perAreaClause(t, own, null);
      // `1. Tổ chức 01 hội nghị tập huấn …` / `- Số lượng: 01 hội nghị, 120 đại biểu.`: the details of an item that
      // holds its target (its count again, whom it gathers, how long) are no targets of their own.
      if (marker?.style === "bullet" && ITEM_DETAIL.test(own) && itemTargets > 0) continue;
      if (marker !== null && marker.style !== "bullet") itemTargets = all.length;
      const scope = announcesList(body, i);
      const read = scope ? all.filter((t) => !(t.indicator.kind === "count" && matchPhrase(wordsOf(t.indicator.unit), AREA_WORDS) > 0 && scopeCount(own, t.indicator.target, t.indicator.unit))) : all;
      if (listed && !marker) for (const t of read) {
        t.running = true;
        t.why ??= "text";
      }
      if (yearLabel !== null && !YEAR_LINE.test(own)) yearLabel = null;
      if (yearLabel !== null) for (const t of read) labels.set(t, yearLabel);
      // `1. Đào tạo nghề cho 500 lao động, trong đó:` then `- Lao động nữ: 250 người;`: the bullets break the line's
      // target down; each is a part of it (to confirm), never a target of the list's own numbering.
      if (brokenDown !== null && marker?.style === "bullet") {
        const w: FoundTarget = brokenDown;
        for (const t of read) {
          const part = tidyName(t.indicator.name) || t.indicator.unit;
          const lower = part.charAt(0).toLocaleLowerCase("vi") + part.slice(1);
          t.indicator = { ...t.indicator, name: `${w.indicator.name} (trong đó: ${lower})` };
          t.running = true;
          t.why = "part";
          t.partOf = w;
        }
      } else brokenDown = null;
      inPart.push(...read);
      const wholes = read.filter((t) => t.indicator.kind !== "percent");
      if (/:\s*$/.test(own) && wholes.length === 1) splitByYear = wholes[0];
      lastWhole = wholes.length === 1 && wholes[0].year === undefined ? wholes[0] : null;
      if (/(?:^|[^\p{L}])trong đó\s*:\s*$/iu.test(own) && wholes.length === 1 && read.length === 1) brokenDown = wholes[0];
      if (/:\s*$/.test(own) && read.length === 0 && /\p{L}/u.test(own)) yearLabel = { lineIndex: i, line: line.line, name: tidyName(own.replace(/:\s*$/u, "")), label };
    }
    found.push(...sumYearFigures(foldQuarterLines(inPart, body, section.start, section.end), labels, oneYear));
  }
  // Parts numbered under their row are its children, which must add up to it: a breakdown of some of it (`trong đó:
  // lao động nữ 250 người`) is numbered on with the other lines instead.
  const unnumbered = new Set<FoundTarget>();
  for (const [whole, parts] of partsOf) {
    const adds = parts.every((p) => foldText(p.indicator.unit) === foldText(whole.indicator.unit)) && parts.reduce((sum, p) => sum + p.indicator.target, 0) === whole.indicator.target;
    if (!adds) for (const p of parts) unnumbered.add(p);
  }
  found.push(...fromTables.map((t) => (unnumbered.has(t) ? { ...t, label: null } : t)));
  // Places by indicators, with a total row: the totals are the targets.
  for (const t of areaTableTargets(body, inSection))
    found.push({
      indicator: t.indicator,
      context: t.context,
      label: null,
      lineIndex: t.lineIndex,
      fromTable: true,
      placeTotal: !t.parts,
      columnTotal: true,
      ...(t.quotaPer !== undefined ? { quotaPer: t.quotaPer } : {}),
      ...(t.byPlace ? { running: true, why: "placesSum" as const } : t.summed ? { running: true, why: "partsSum" as const } : t.guessed ? { running: true, why: "column" as const } : {}),
    });
  found.sort((a, b) => a.lineIndex - b.lineIndex);
  for (const t of found) {
    if (t.label === null || !/^[a-zđ]$/.test(t.label)) continue;
    const parent = numberedParentAbove(body, t.lineIndex);
    if (parent !== null) t.parentLabel = parent;
  }
  return found;
}

const EACH_AREA = /(?:^|[^\p{L}])mỗi\s+(xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|xóm|tổ dân phố)(?!\p{L})/iu;
/** `mỗi quý`, `hằng tháng`: a pace in words. */
const SPOKEN_PACE = /(?:^|[^\p{L}])(?:mỗi|hằng|hàng)\s+(quý|tháng)(?!\p{L})/giu;
/** `01 buổi sinh hoạt chuyên đề mỗi quý`: the pace in words a few words after a count's unit, in its clause. */
const SPOKEN_PACE_AFTER = /^(?:\s+\p{L}+){0,5}?\s+(?:mỗi|hằng|hàng)\s+(quý|tháng)(?!\p{L})/iu;
/** `/quý`, `/tháng` right after a count's unit or the few words that end its phrase. */
const PER_PERIOD = /^(?:\s+\p{L}+){0,4}\s*\/\s*(quý|tháng)(?!\p{L})/iu;
const PER_YEAR_ANYWHERE = /\/\s*năm(?!\p{L})|(?:^|[^\p{L}])(?:mỗi năm|hằng năm|hàng năm)(?!\p{L})/iu;

/**
 * `- Chỉ tiêu: mỗi xã tổ chức 01 cuộc/năm.`, `02 buổi/xã/năm` under a task, or `- Mỗi xã tổ chức 01 cuộc đối thoại/năm`
 * in a targets list: a count stated per area (and per year), whose total the areas (and the plan's years) give. Under
 * a task it is named by the task; in a list it is named by its own words without the place and the pace. A list's
 * count per area but not per year is left to the quota reading.
 */
function perAreaClause(t: FoundTarget, text: string, task: string | null): void {
  if (t.indicator.kind !== "count" || t.indicator.rule === "<=") return;
  // The target's own clause (`mỗi huyện 01 lớp/năm; mỗi xã 02 buổi truyền thông/năm`): its place and its pace.
  const at = Math.max(0, text.indexOf(t.context));
  const clause = text.slice(text.lastIndexOf(";", at) + 1, text.indexOf(";", at) < 0 ? text.length : text.indexOf(";", at));
  const each = EACH_AREA.exec(clause);
  const per = t.perArea ? t.quotaPer : each ? each[1].toLocaleLowerCase("vi") : undefined;
  const perYear = PER_YEAR_ANYWHERE.test(clause);
  if (per === undefined || (task === null && !perYear)) return;
  const own = tidyName(t.indicator.name.replace(/\s*\(mỗi năm\)$/u, ""));
  // A name of its own words stays (`Tổ chức 24 buổi truyền thông …`); a fragment (`Mỗi xã tổ chức cuộc`, `Buổi /năm`) is the task's.
  const fragment = foldText(own) === foldText(t.indicator.unit) || /^mỗi\s/iu.test(own) || own.includes("/");
  // `Tổ chức truyền thông tại các bản, mỗi bản 02 buổi/năm`: the places and the quota's words after the name go too.
  const place = per.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const unit = t.indicator.unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const trailing = new RegExp(`\\s*,?\\s*mỗi\\s+${place}(?:\\s+${unit})?$`, "iu");
  const unplaced = trailing.test(own) ? own.replace(trailing, "").replace(new RegExp(`\\s+(?:tại|ở|trên địa bàn|cho)\\s+(?:\\d+\\s+|các\\s+)?${place}$`, "iu"), "") : own;
  const bare = tidyName(unplaced.replace(/^(?:mỗi năm\s*,?\s*)?mỗi\s+(?:xã|phường|thị trấn|huyện|quận|thị xã)(?!\p{L})\s*,?\s*/iu, "").replace(/\s*\/\s*(?:xã|huyện|năm)(?!\p{L})/giu, ""));
  const name = task !== null ? (fragment ? task : own) : foldText(bare) === foldText(t.indicator.unit) || bare === "" ? own : bare;
  t.indicator = { ...t.indicator, name, quota: t.indicator.quota ?? t.indicator.target };
  t.perArea = true;
  t.quotaPer = per;
  if (perYear) t.perYear = true;
}

/** The numbered heading nearest above a line (`1. Tập huấn nâng cao năng lực` → `Tập huấn nâng cao năng lực`), or null. */
export function taskAbove(body: readonly TextLine[], index: number): string | null {
  for (let j = index - 1; j >= 0 && j >= index - 6; j--) {
    const marker = body[j].cells ? null : parseMarker(body[j].text);
    if (marker && marker.style !== "bullet") return tidyName(body[j].text.slice(marker.length).replace(/[:.]\s*$/u, "")) || null;
  }
  return null;
}

/**
 * The document's numbering when every target line has one and no two lines
 * share it (a line with several targets gives `2.1`, `2.2`); else `1`, `2`, ….
 * Parts of some of a line go after the numbered targets (`found` is reordered).
 */
export function assignCodes(found: FoundTarget[]): void {
  // A part of some of a line (`trong đó: lao động nữ 250 người`) that is not its child keeps the others' numbering: it
  // is numbered after them, as targets read in running text are, and put after them.
  // Parts on their whole's line that add up to it (`4,2 km, trong đó đường trục thôn 2,5 km, đường ngõ xóm 1,7 km`)
  // are its children (`d.1`, `d.2` under `d`), which the plan's budget-split holds against it.
  const children = new Map<FoundTarget, number>();
  for (const whole of found) {
    if (whole.why === "part" || whole.label === null) continue;
    const onLine = found.filter((t) => t.lineIndex === whole.lineIndex);
    const below = found.filter((t) => t.partOf === whole);
    const parts = below.length > 0 ? below : onLine.filter((t) => t.why === "part");
    if ((below.length === 0 && onLine.length - parts.length !== 1) || parts.length < 2) continue;
    const sum = parts.reduce((total, t) => total + t.indicator.target, 0);
    if (parts.every((t) => foldText(t.indicator.unit) === foldText(whole.indicator.unit)) && Math.abs(sum - whole.indicator.target) <= 1e-9 * Math.max(1, sum)) parts.forEach((t, k) => children.set(t, k + 1));
  }
  const lineHasWhole = new Set(found.filter((t) => t.why !== "part").map((t) => t.lineIndex));
  const aside = new Set(found.filter((t) => t.why === "part" && !children.has(t) && (t.label === null || t.partOf !== undefined || lineHasWhole.has(t.lineIndex))));
  const numbered = found.filter((t) => !aside.has(t) && !children.has(t));
  // `a)`, `b)` under `1.` and again under `2.`: the letters repeat, so each is told by its item's number (`1a`, `2a`).
  const firstLabels = new Map<number, string | null>(numbered.map((t) => [t.lineIndex, t.label]));
  const repeated = new Set([...firstLabels.values()]).size !== firstLabels.size;
  const labelOf = (t: FoundTarget): string | null => (repeated && t.label !== null && t.parentLabel !== undefined ? qualifiedLetter(t.parentLabel, t.label) : t.label);
  const perLine = new Map<number, number>();
  for (const t of numbered) perLine.set(t.lineIndex, (perLine.get(t.lineIndex) ?? 0) + 1);
  const lineLabels = new Map<number, string | null>();
  for (const t of numbered) lineLabels.set(t.lineIndex, labelOf(t));
  const labels = [...lineLabels.values()];
  // `2.2.` of a list beside row `2` of a table: two numberings, whose codes would make the row the list item's parent.
  const byLabel = new Map(numbered.map((t) => [labelOf(t), t]));
  const crossed = numbered.some((t) => {
    const own = labelOf(t);
    const dot = own?.lastIndexOf(".") ?? -1;
    const parent = dot > 0 ? byLabel.get((own as string).slice(0, dot)) : undefined;
    return parent !== undefined && Boolean(parent.fromTable) !== Boolean(t.fromTable);
  });
  const ownNumbering = numbered.length > 0 && labels.every((l) => l !== null) && new Set(labels).size === labels.length && !crossed;
  if (!ownNumbering) {
    found.forEach((t, i) => {
      t.indicator = { ...t.indicator, code: String(i + 1) };
    });
    return;
  }
  const seen = new Map<number, number>();
  const wholeOf = new Map<number, string>();
  for (const t of numbered) {
    const k = (seen.get(t.lineIndex) ?? 0) + 1;
    seen.set(t.lineIndex, k);
    const own = perLine.get(t.lineIndex) === 1 ? (labelOf(t) as string) : `${labelOf(t)}.${k}`;
    t.indicator = { ...t.indicator, code: own };
    wholeOf.set(t.lineIndex, own);
  }
  for (const [t, k] of children) t.indicator = { ...t.indicator, code: `${wholeOf.get((t.partOf ?? t).lineIndex) ?? ""}.${k}` };
  // Numbered on after the document's numbers (`1`, `2`, … when it letters its targets `a)`, `b)`).
  let next = Math.max(0, ...labels.map((l) => (l !== null && /^\d+(?:\.\d+)*(?:[a-zđ])?$/.test(l) ? Number.parseInt(l, 10) : 0))) + 1;
  const after = found.filter((t) => aside.has(t));
  for (const t of after) t.indicator = { ...t.indicator, code: String(next++) };
  found.splice(0, found.length, ...found.filter((t) => !aside.has(t)), ...after);
}
