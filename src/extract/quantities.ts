/**
 * Numbers that count something in a plan text: a value, its unit and what it
 * is (a target, a per-area quota, or a rate). Years, dates, document and
 * article numbers, phone numbers and labels (`Dự án 8`) are not quantities.
 */
import type { Comparison, IndicatorKind } from "../core/model/plan";
import { foldText } from "../core/text/fold";
import { moneyScale, moneyUnitName } from "../core/text/units";
import { normalizeVietnameseNumber, scaleDecimal } from "../core/text/vnNumber";
import { PLACE_LABELS, AREA_WORDS, AT_LEAST, AT_MOST, CLASSIFIERS, ENGLISH_COUNT_NOUNS, LABEL_SPELLINGS, LABEL_WORDS, QUARTERS, RATE_WORDS, STOP_WORDS, TIME_WORDS } from "./vocabulary";
import { elidedQuotaUnit } from "./elidedUnits";
import { insideNone } from "./noneClauses";
import { endsWithPhrase, matchPhrase, wordsOf, type Word } from "./words";

/** `range`: the upper end of `từ 7 đến 10 thành viên`, kept as a range and never a target. */
export type QuantityRole = "target" | "quota" | "rate" | "range";

export interface Quantity {
  /** Offsets of the number in the text. */
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Canonical decimal (`9.49`). */
  readonly canonical: string;
  /** Value in the unit written (9.49 for `9,490 tỷ đồng`). */
  readonly value: number;
  /** Value in base units: whole đồng for money (9490000000). */
  readonly base: number;
  readonly kind: IndicatorKind;
  readonly unit: string;
  /** Money: đồng per unit written; 1 otherwise. */
  readonly scale: number;
  /** End offset of the unit phrase. */
  readonly unitEnd: number;
  readonly role: QuantityRole;
  /** Area word of a quota (`xã`). */
  readonly per?: string;
  /** Whether the unit is a known counting word. */
  readonly knownUnit: boolean;
  readonly rule?: Comparison;
  /** Offset where the quota phrase ends (`…/xã`). */
  readonly roleEnd?: number;
  /** The lower end of a range (`từ 7 đến 10` → 7) on its upper end. */
  readonly rangeFrom?: number;
}

export interface FindOptions {
  /** Accept an unknown noun after the number as its unit (inside indicator sections). */
  readonly unknownUnits?: boolean;
}

// A `-` right before a number joins it to a code (`KH-2`), unless a number stands before it: `10-15%` is a range.
const NUMBER = /(?<![\p{L}\p{N}_/.,+#&])(?<!(?<![\p{N}%]\s*)-)\d+(?:[.,]\d+)*(?!\p{N})/gu;
const PERCENT = /^\s*(%|phần trăm\b)(\s*\/\s*(năm|tháng|quý)(?!\p{L}))?/iu;
/** A rate a percent is a share of (`mức đóng`, `mức hỗ trợ`, `đơn giá`, `lãi suất`): money paid per head, no count. */
const RATE_SHARED = /^\s*(?:(?:của\s+)?(?:mức\s+(?:đóng|hỗ trợ|phí|lương|chi|giá|trợ cấp|thu|lãi)|đơn giá|lãi suất|học phí|mệnh giá)(?!\p{L}))/iu;
const MONEY_UNIT = /^\s*((?:tỷ|tỉ|triệu|nghìn|ngàn)(?:\s*(?:đồng|đ|VNĐ|VND)(?![\p{L}]))?|đồng|đ|VNĐ|VND|vnđ|trđ|tr\.?\s?(?:đồng|VNĐ|VND)|tr\.\s?đ|tr\s?đ)(?![\p{L}])/iu;
/** `500tr`, `1.250tr`: `tr` for `triệu` glued to its figure, with no `đồng` after it. */
const GLUED_MILLIONS = /^(tr)(?![\p{L}\p{N}])/iu;

/** `huyện Bắc Hà 04 tổ`, `Xã Nậm Có: 02 CLB`: a count given to one named place, a share of a target, not one of its own. */
const PLACE_SHARE = /(?:^|[\s,;:(])(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP\.?|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]hôn|[Bb]ản|[Xx]óm|[Tt]ổ dân phố)\s+\p{Lu}[\p{L}'’]*(?:[\s-]+\p{Lu}[\p{L}'’]*){0,4}\s*[:–-]?\s*$/u;

/**
 * `tại các xã: Lao Chải 01 tổ, Khao Mang 01 tổ`, `tại 03 xã (Lao Chải 01 tổ, …)`: names without `xã` before each, in a
 * list the places' word opens, each with its count.
 */
const NAME = "\\p{Lu}[\\p{L}'’]*(?:[\\s-]+\\p{Lu}[\\p{L}'’]*){0,4}\\s*[:–-]?\\s*";
const LISTED_PLACE_SHARE = new RegExp(
  `(?:các|\\d{1,3})\\s+(?:xã|phường|thị trấn|huyện|thôn|bản)(?:\\s*,\\s*(?:thị trấn|phường|thị xã|thành phố))?\\s*[:(]\\s*(?:${NAME}\\d+(?:[.,]\\d+)?\\s+[\\p{L} ]{1,30}?[,;]\\s*)*${NAME}$`,
  "u",
);

export function isPlaceShare(text: string, q: Pick<Quantity, "start">): boolean {
  return PLACE_SHARE.test(text.slice(Math.max(0, q.start - 60), q.start)) || LISTED_PLACE_SHARE.test(text.slice(Math.max(0, q.start - 240), q.start));
}

/** `…, toàn huyện 14`, `tổng số 08`: what comes right before a count of the whole. */
export const WHOLE_BEFORE = /(?:(?:^|[,;(]\s*)(?:toàn|cả)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)|(?:^|[^\p{L}])tổng(?:\s+(?:số|cộng))?)\s*(?:là|có|gồm)?\s*:?\s*(?:(?:không quá|không vượt quá|tối đa|ít nhất|tối thiểu|không dưới|khoảng)\s+)?$/iu;

/** `tăng`, `gấp`, `giảm`, `tăng lên` right before a figure of `lần`: a multiple. */
const MULTIPLE_BEFORE = /(?:^|[^\p{L}])(?:tăng|gấp|giảm)(?:\s+(?:lên|thêm|khoảng|ít nhất|trên))?\s*$/iu;

const DURATION = /\d\s+(?:nam|thang|quy|tuan|ngay)$/;

function labelBefore(before: string, value?: number): boolean {
  // A label sits right before its number: `Dự án 8`, `số: 76`; never across `;` or `,`.
  // `… x 2 năm = 240.000.000 đồng`: a result is no label's number.
  // `trong năm ≤ 5%`: a bound written as a symbol stands between the words and the number, which it bounds.
  if (/[;,.!?)”"=≤≥<>]\s*$/.test(before)) return false;
  const trimmedBefore = before.replace(/[\s:(]+$/, "");
  const place = endsWithPhrase(trimmedBefore, PLACE_LABELS);
  if (place !== null) {
    const words = wordsOf(trimmedBefore.slice(-40));
    const first = words[words.length - place.split(" ").length];
    if (first && /^\p{Lu}/u.test(first.text)) return true;
  }
  const found = endsWithPhrase(trimmedBefore, LABEL_WORDS);
  if (found === null) return false;
  // `bảo dưỡng 11`, `tăng 200`: a word that folds to a label's is no label unless spelled as one.
  const spellings = LABEL_SPELLINGS[found];
  if (spellings !== undefined && !spellings.includes((/(\p{L}+)$/u.exec(trimmedBefore)?.[1] ?? "").toLocaleLowerCase("vi").normalize("NFC"))) return false;
  if (found === "quy" && value !== undefined && value > QUARTERS) return false;
  // `… trong năm: 3.500 người`: a colon after a time word introduces the value, it labels nothing.
  if (/:\s*$/.test(before) && ["nam", "thang", "quy", "tuan", "ngay", "giai doan", "ke hoach", "chi tieu", "muc tieu"].includes(found)) return false;
  // `Số hộ tham gia dự án: 1.080 hộ`, `Số hộ tham gia mô hình: 120 hộ`: a colon after a longer label ending with such a
  // noun introduces the value; `Dự án: 8` alone stays a label.
  if (/:\s*$/.test(before) && ["du an", "tieu du an", "mo hinh", "chuong trinh", "noi dung", "nhiem vu", "giai phap"].includes(found) && wordsOf(trimmedBefore.slice(-60)).length > found.split(" ").length + 2) return false;
  // `đào tạo dưới 03 tháng 850 người`: a duration (a figure before the time word) labels nothing, no `tháng 850`.
  if (DURATION.test(foldText(trimmedBefore.slice(-20)))) return false;
  // `giảm mỗi năm 3%`: a pace, not `năm 3`.
  if (found === "nam" && endsWithPhrase(trimmedBefore, ["moi nam", "hang nam", "binh quan nam"]) !== null) return false;
  // `tổng số 14 xã` counts; `số 257` labels.
  // (`hộ đồng bào dân tộc thiểu số 980 hộ`, `dân số 12.000 người`: words ending in `số` that label nothing.)
  if (found === "so" && endsWithPhrase(trimmedBefore, ["tong so", "voi so", "co so luong", "thieu so", "da so", "dan so"]) !== null) return false;
  // `thí điểm 14 tổ` (pilot), `xử lý dứt điểm 06 điểm đen` (for good) are no `điểm 3` (point 3 of an article).
  if (found === "diem" && endsWithPhrase(trimmedBefore, ["thi diem", "dia diem", "trong diem", "dut diem"]) !== null) return false;
  // `Nâng hạng 03 sản phẩm` (raise the rank of so many) is no `hạng 3` (a rank).
  if (found === "hang" && endsWithPhrase(trimmedBefore, ["nang hang"]) !== null) return false;
  // `nông thôn mới kiểu mẫu: 02 xã`, `vườn mẫu 120 vườn` (a model, as nông thôn mới plans say) is no `Mẫu 02` (a form).
  if (found === "mau" && endsWithPhrase(trimmedBefore, ["kieu mau", "vuon mau", "thon mau", "ban mau", "xa mau", "diem mau", "nha mau"]) !== null) return false;
  return true;
}

/** After `1/3`: `số xã`, `tổng số hộ` — a share of all of what follows, not so many of so many. */
const FRACTION_OF_ALL = /^\s+(?:tổng\s+)?số\s+\p{L}/iu;

/** `a/b` as percentage points to two decimals, rounded toward what the bound accepts (down for at least, up for at most). */
/** A share read from a fraction keeps the fraction in its name (`Số xã đạt chuẩn … (1/3)`): the rounded figure alone hides it. */
export function withFraction(name: string, q: Pick<Quantity, "kind" | "raw">): string {
  return q.kind === "percent" && /^\d+\/\d+$/u.test(q.raw) && !name.includes(q.raw) ? `${name} (${q.raw})` : name;
}

function fractionPercent(part: number, whole: number, rule: Comparison | undefined): number | null {
  if (!(whole > 0) || part > whole) return null;
  const exact = (part * 100) / whole;
  const hundredths = Math.abs(exact * 100 - Math.round(exact * 100)) < 1e-9 ? Math.round(exact * 100) : rule === "<=" ? Math.ceil(exact * 100) : Math.floor(exact * 100);
  return hundredths / 100;
}

function ruleBefore(before: string, after: string): Comparison | undefined {
  if (/^\s*(?:%\s*)?[\p{L}\s]{0,40}?\btrở lên\b/u.test(after) && !/[,;.]/.test(after.slice(0, after.indexOf("trở lên")))) return ">=";
  const trimmed = before.replace(/[\s:]+$/, "");
  // `≤ 10%`, `>= 80%`, `< 1%`: a bound written as a symbol.
  if (/(?:≤|<=?)$/u.test(trimmed)) return "<=";
  if (/(?:≥|>=?)$/u.test(trimmed)) return ">=";
  if (/[;,.!?)”"]$/.test(trimmed)) return undefined;
  // The longer phrase decides: `không dưới 80%` is a lower bound though it ends with `dưới`.
  const most = endsWithPhrase(trimmed, AT_MOST);
  const least = endsWithPhrase(trimmed, AT_LEAST);
  if (most !== null && (least === null || most.length > least.length)) return "<=";
  if (least !== null) return ">=";
  return undefined;
}

function displayUnit(words: readonly Word[], count: number): string {
  const folded = words.slice(0, count).map((w) => w.folded).join(" ");
  if (folded === "clb" || folded === "cau lac bo") return "CLB";
  return words
    .slice(0, count)
    .map((w) => (/^\p{Lu}{2,}$/u.test(w.text) ? w.text : w.text.toLocaleLowerCase("vi")))
    .join(" ");
}

/**
 * `Kiện toàn 07 đội xung kích …, mỗi đội từ 20 đến 25 người`: people per `đội` (a team, though `đội` also names a
 * place in some provinces) are the size of each team, a norm — no quota per area.
 */
export function teamSize(per: string, unit: string): boolean {
  return foldText(per) === "doi" && /^(?:nguoi|thanh vien|hoi vien|doan vien|dan quan|chien si)$/.test(foldText(unit));
}

/** Role of a count after its unit: `/xã` or `mỗi xã` (quota), `/năm` (rate), else a target. */
function roleAfter(text: string, unitEnd: number, before: string, unit?: string): { role: QuantityRole; per?: string; end?: number } {
  const tail = text.slice(unitEnd, unitEnd + 240);
  const clauseEnd = tail.search(/[,;:.()]|\svà\s|\shoặc\s/);
  const clause = clauseEnd >= 0 ? tail.slice(0, clauseEnd) : tail;
  const slash = /\/\s*/.exec(clause);
  // `1 lần/2 năm`: a frequency.
  if (slash && /^\/\s*\d+\s*(năm|tháng|quý|tuần|ngày)(?!\p{L})/iu.test(clause.slice(slash.index))) return { role: "rate" };
  // `thôn/ấp`, `xã/phường`: two names of one kind of place, not a quota per place.
  const beforeSlash = slash ? wordsOf(clause.slice(0, slash.index)).slice(-3) : [];
  const alternative = beforeSlash.some((_, i) => matchPhrase(beforeSlash.slice(i), AREA_WORDS) === beforeSlash.length - i);
  if (slash && !alternative) {
    const rest = wordsOf(clause, slash.index + slash[0].length);
    if (rest.length > 0 && rest[0].start === slash.index + slash[0].length) {
      const area = matchPhrase(rest, AREA_WORDS);
      if (area > 0) return { role: "quota", per: rest.slice(0, area).map((w) => w.text).join(" "), end: unitEnd + rest[area - 1].end };
      if (matchPhrase(rest, RATE_WORDS) > 0) return { role: "rate" };
    }
  }
  const each = /(?:^|\s)(?:cho |tại |ở |trên |của )?(mỗi|một|1)\s+/iu.exec(clause);
  if (each && /mỗi/i.test(each[1])) {
    const rest = wordsOf(clause, each.index + each[0].length);
    const area = matchPhrase(rest, AREA_WORDS);
    if (area > 0) return { role: "quota", per: rest.slice(0, area).map((w) => w.text).join(" "), end: unitEnd + rest[area - 1].end };
  }
  // `Mỗi chi hội (06 chi hội) giúp đỡ ít nhất 01 hộ`: a quota per unit whose units are counted in brackets right after
  // it, to be totalled over them — not a norm, nor a target of one.
  const counted = /(?:^|[^\p{L}])mỗi\s+(\p{L}+(?:\s+\p{L}+){0,2}?)\s*\(\s*\d{1,3}\s+(\p{L}+(?:\s+\p{L}+){0,2}?)\s*\)[^;:.()\d]*$/iu.exec(before.normalize("NFC"));
  if (counted !== null && foldText(counted[1]) === foldText(counted[2]) && matchPhrase(wordsOf(counted[1]), TIME_WORDS) === 0) return { role: "quota", per: counted[1] };
  // `Mỗi huyện, thị xã xây dựng ít nhất 01 mô hình`: `mỗi` + an area word earlier in the same clause.
  // A bracket closed before the count ends the clause: `(mỗi huyện 01 mô hình), nâng tổng số … lên 48 mô hình`.
  const clauseStart = Math.max(...[";", ":", ".", "(", ")"].map((c) => before.lastIndexOf(c))) + 1;
  const lead = wordsOf(before.slice(clauseStart));
  const moi = lead.findIndex((w) => w.folded === "moi");
  // `Mỗi xã thành lập 01 CLB, toàn huyện 14 CLB`: the whole's count after the norm is a total.
  if (moi >= 0 && WHOLE_BEFORE.test(before)) return { role: "target" };
  // `Mỗi xã duy trì 01 tổ, mỗi tổ sinh hoạt 01 lần`: the nearest `mỗi` before the figure (past `mỗi năm`, `mỗi quý`;
  // never `mới`, which folds alike) says what it is for — per area a quota, per unit of something else (`mỗi tổ`) a norm, no target.
  const nearest = lead.map((w, i) => (w.text.normalize("NFC").toLocaleLowerCase("vi") === "mỗi" && matchPhrase(lead.slice(i + 1), TIME_WORDS) === 0 ? i : -1)).filter((i) => i >= 0).pop();
  if (nearest !== undefined && nearest > moi && matchPhrase(lead.slice(nearest + 1), AREA_WORDS) === 0 && lead.length > nearest + 1) return { role: "rate", per: lead[nearest + 1].text };
  // `Mỗi huyện 02 lớp × 10 huyện = 20 lớp`: the places multiplied by and the sum after the quota are no quotas.
  if (moi >= 0 && /[×*=]|\sx\s/u.test(before.slice(clauseStart))) return { role: "target" };
  if (moi >= 0) {
    const area = matchPhrase(lead.slice(moi + 1), AREA_WORDS);
    const per = lead.slice(moi + 1, moi + 1 + area).map((w) => w.text).join(" ");
    if (area > 0 && unit !== undefined && teamSize(per, unit)) return { role: "rate", per };
    if (area > 0) return { role: "quota", per };
  }
  return { role: "target" };
}

/** `… % xuống còn 22,1%`, `… hộ lên 500 hộ`: what follows a starting figure. */
const BASELINE_AFTER = /^\s*%?(?:\s+[\p{L}]+){0,3}?\s+(?:xuống còn|xuống dưới|xuống|giảm xuống|giảm còn|còn|lên|tăng lên|thành)\s+(?:dưới\s+|trên\s+)?\d/u;
const NUMBER_WORD = "(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|lẻ|linh|chục)";
/** `(tám)`, `(mười hai)`, `(Một trăm)`: a figure written out in words after it. */
const SPELLED_OUT = new RegExp(`^\\s*\\(\\s*${NUMBER_WORD}(?:\\s+${NUMBER_WORD})*\\s*\\)`, "iu");

/** Words that end an English count's noun phrase. */
const ENGLISH_PHRASE_END = /^(?:in|on|at|by|for|to|with|from|and|or|than|per|who|that|which|aged|across|under|over|into|about)$/;
/** A plural English noun (`corners`, `activities`), not `across` or `status`. */
const ENGLISH_PLURAL = /^[A-Za-z-]{2,}[^sSuU'’]s$/;
const ENGLISH_TIME = /^(?:years|months|weeks|days|hours|minutes|times)$/i;

/** `hai (`, `Mười hai (`: a figure's words right before the bracket it is written in. */
export const WORDS_OPEN_BRACKET = new RegExp(`(?<!\\p{L})${NUMBER_WORD}(?:\\s+${NUMBER_WORD})*\\s*\\(\\s*$`, "iu");

/** Who a `lượt` counts (`lượt phụ nữ`, `lượt hội viên`). */
const PEOPLE_WORDS = ["nguoi", "khach", "phu nu", "hoi vien", "thanh vien", "hoc vien", "hoc sinh", "sinh vien", "lao dong", "can bo", "tre em", "thanh nien", "doan vien", "nguoi dan", "benh nhan", "ho"];

/** What a `lượt` of inspections or visits counts (`150 lượt cơ sở`, `40 lượt doanh nghiệp`). */
const VISITED_WORDS = ["co so", "doanh nghiep", "ho kinh doanh", "cua hang", "bep an tap the"];

/** `/người/năm`, `/hộ/tháng`, `/lao động/năm`: whom and how often an income is counted for. */
const INCOME_PER = /^\s*\/\s*(?:người|hộ|lao động|khẩu)\s*\/\s*(?:năm|tháng)(?!\p{L})/iu;

/** The unit an amount is given for (`… cho mỗi mô hình`, `Mỗi tổ nhóm … 30 triệu đồng`), or null. */
function eachOf(before: string, after: string): string | null {
  const following = /^\s*(?:cho|trên)?\s*mỗi\s+(\p{L}+)/iu.exec(after);
  if (following) return following[1];
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf("."), before.lastIndexOf(":")) + 1);
  const leading = /(?:^|[^\p{L}])mỗi\s+(\p{L}+)/iu.exec(clause);
  return leading ? leading[1] : null;
}

/** `… 250 triệu`, `… 500 nghìn đồng` after `1 tỷ`: the lower units of one amount written in several. */
const LOWER_MONEY = /^\s+(\d{1,3})\s+(triệu|nghìn|ngàn)(\s*(?:đồng|đ|VNĐ|VND)(?![\p{L}]))?(?![\p{L}])/iu;

/**
 * `1 tỷ 250 triệu đồng`, `2 tỷ 050 triệu 500 nghìn đồng`: the amount in đồng and the end of its text, the
 * smallest unit its scale; null when no lower unit follows a bare `tỷ` or `triệu`.
 */
function compoundAmount(canonical: string, scale: number, next: string): { base: number; scale: number; length: number } | null {
  let base = scaleDecimal(canonical, scale);
  let smallest = scale;
  let length = 0;
  let rest = next;
  for (let m = LOWER_MONEY.exec(rest); m !== null; m = LOWER_MONEY.exec(rest)) {
    const lower = moneyScale(m[2]);
    if (lower === null || lower >= smallest || Number(m[1]) * lower >= smallest) break;
    base += Number(m[1]) * lower;
    smallest = lower;
    length += m[0].length;
    rest = rest.slice(m[0].length);
    if (m[3]) break;
  }
  return length === 0 ? null : { base, scale: smallest, length };
}

export function findQuantities(text: string, options: FindOptions = {}): Quantity[] {
  const out: Quantity[] = [];
  // The figures of a compound amount's lower units are read with it.
  let readUntil = 0;
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0];
    const start = m.index ?? 0;
    if (start < readUntil) continue;
    let end = start + raw.length;
    // Only the neighbourhood of a number decides what it is (and keeps long lines linear).
    const before = text.slice(Math.max(0, start - 240), start);
    const after = text.slice(end, end + 240);
    // Dates, document numbers and ratios: `03/6/2022`, `257/KH-UBND`, `14/14`.
    // A figure glued to its money unit (`900.000.000đ`, `350tr.đ`) is money, not a code.
    const gluedMoney = /^(?:đồng|đ|VNĐ|VND|vnđ|trđ|tr\.đ|triệu|tỷ)(?![\p{L}])/u.test(after) || GLUED_MILLIONS.test(after) || /^tr\.?\s?(?:đồng|VNĐ|VND)(?![\p{L}])/iu.test(after);
    // `14/14 xã có tổ …`, `3/5 thôn đạt chuẩn`: so many of so many places or groups — the first figure counts them.
    const partOf = /^\/(\d{1,4})(?=\s+\p{L})/u.exec(after);
    const ofWhole = partOf !== null && Number(raw) >= 1 && Number(raw) <= Number(partOf[1]) && !/(?:ngày|tháng|hạn)\s*$/iu.test(before);
    if (ofWhole && partOf) end += partOf[0].length;
    if ((!ofWhole && /^\s?\/\s?[\p{L}\p{N}]/u.test(after)) || (/^[\p{L}]/u.test(after.replace(/^%/, " ")) && !gluedMoney)) continue;
    // `10-15%`, `1 - 1,5%`: a range written with a dash reads as `từ 10 đến 15%` — the lower end is no
    // quantity, the upper end carries it. Year spans (`2021 - 2025`) and codes are no ranges.
    if (/^\s*%?\s*[-–]\s*\d/.test(after)) continue;
    const dashed = /(?<![\p{L}\p{N}_/.,+#&-])(\d+(?:[.,]\d+)*)\s*(%?)\s*[-–]\s*$/u.exec(before);
    if (/\d\s*%?\s*[-–]\s*$/.test(before) && !dashed) continue;
    let dashFrom: number | undefined;
    if (dashed) {
      const lower = Number(normalizeVietnameseNumber(dashed[1]) ?? NaN);
      const years = /^(19|20)\d{2}$/.test(dashed[1]) && /^(19|20)\d{2}$/.test(raw);
      if (years || !(lower < Number(normalizeVietnameseNumber(raw) ?? NaN)) || labelBefore(before.slice(0, dashed.index))) continue;
      dashFrom = lower;
    }
    if (/^0\d{3,}/.test(raw) || raw.replace(/\D/g, "").length > 13) continue;
    // Phone area codes in brackets: `(024) 3825 1234`.
    if (before.endsWith("(") && after.startsWith(")") && !WORDS_OPEN_BRACKET.test(before)) continue;
    // `Hỗ trợ xây dựng mô hình: 50 triệu đồng`, `Duy trì mô hình 280 triệu đồng`: an amount in millions or after
    // a colon is that item's money, whatever word names it.
    // `tăng 1,5 lần so với năm 2020`, `gấp 2 lần`: a multiple of something else, no count of times.
    if (MULTIPLE_BEFORE.test(before) && /^\s*lần(?!\p{L})/u.test(after)) continue;
    if (labelBefore(before, Number(normalizeVietnameseNumber(raw) ?? NaN)) && !((/:\s*$/.test(before) || /^\s*(tỷ|tỉ|triệu)(?![\p{L}])/iu.test(after)) && MONEY_UNIT.test(after))) continue;
    // `giảm từ 25,6% xuống còn 22,1%`: where the figure starts from is no target; where it goes is.
    if (/(?:^|[^\p{L}])từ\s*$/iu.test(before) && BASELINE_AFTER.test(after)) continue;
    // `từ 7 đến 10 thành viên`: the lower end is no quantity; the upper end carries the range.
    if (/(?:^|[^\p{L}])từ\s*$/iu.test(before) && /^\s*%?\s*(?:đến|tới)\s+\d/iu.test(after)) continue;
    const canonical = normalizeVietnameseNumber(raw);
    if (canonical === null) continue;
    const rangeStart = /(?:^|[^\p{L}])từ\s+(\d+(?:[.,]\d+)*)\s*%?\s*(?:đến|tới)\s*$/iu.exec(before);
    const rangeFrom = rangeStart ? Number(normalizeVietnameseNumber(rangeStart[1]) ?? NaN) : dashFrom;
    const value = Number(canonical);
    const rule = ruleBefore(before, after);

    // `1/3 số xã đạt chuẩn`, `2/3 tổng số thôn`: a fraction of all of them is a share, read as percentage points
    // (CONTRACT §6), two decimals rounded the way its bound allows (`1/3` at least: 33.33; at most: 33.34).
    const share = ofWhole && partOf !== null && FRACTION_OF_ALL.test(text.slice(end)) ? fractionPercent(Number(raw), Number(partOf[1]), rule) : null;
    if (share !== null) {
      out.push({ start, end, raw: `${raw}${partOf?.[0] ?? ""}`, canonical: String(share), value: share, base: share, kind: "percent", unit: "%", scale: 1, unitEnd: end, role: "target", knownUnit: true, rule });
      continue;
    }
    const percent = PERCENT.exec(after);
    if (percent) {
      // `3%/năm`: a yearly change, still a percent target.
      const unit = percent[3] ? `%/${percent[3].toLocaleLowerCase("vi")}` : "%";
      // `hỗ trợ thêm 20% mức đóng`, `30% đơn giá`: a share of a rate says how much is paid, no target.
      const role: QuantityRole = RATE_SHARED.test(after.slice(percent[0].length)) ? "rate" : "target";
      out.push({ start, end, raw, canonical, value, base: value, kind: "percent", unit, scale: 1, unitEnd: end + percent[0].length, role, knownUnit: true, rule, ...(rangeFrom !== undefined ? { rangeFrom } : {}) });
      continue;
    }
    const money = MONEY_UNIT.exec(after) ?? GLUED_MILLIONS.exec(after);
    if (money) {
      const unitText = money[1];
      const bare = !/(đồng|đ|vnđ|vnd)$/iu.test(unitText);
      const next = after.slice(money[0].length);
      const scale = moneyScale(unitText);
      if (scale !== null && !(bare && /^\s+\p{L}/u.test(next) && !/^\s+(đồng|VNĐ|VND)\b/iu.test(next))) {
        const unitEnd = end + money[0].length;
        const perMatch = /^\s*\/\s*([\p{L}]+)/u.exec(next);
        // `Thu nhập bình quân đạt 58 triệu đồng/người/năm`: an income to reach is a target in its own unit — a rate
        // per person, no money to spend (CONTRACT §1 reads `triệu đồng/người/năm` as a count's unit), at least that
        // much; any other amount per person, household or year (`hỗ trợ 2 triệu đồng/hộ`) is a rate.
        const income = perMatch ? INCOME_PER.exec(next) : null;
        if (income && /thu nhập[^;:.]*$/iu.test(before)) {
          const perUnit = income[0].replace(/\s+/g, "").toLocaleLowerCase("vi");
          out.push({ start, end, raw, canonical, value, base: value, kind: "count", unit: `${moneyUnitName(scale)}${perUnit}`, scale: 1, unitEnd: unitEnd + income[0].length, role: "target", knownUnit: true, rule: rule ?? ">=" });
          continue;
        }
        const compound = bare && !perMatch ? compoundAmount(canonical, scale, next) : null;
        if (compound) {
          const value = compound.base / compound.scale;
          readUntil = unitEnd + compound.length;
          // `1 tỷ 200 triệu đồng/năm`: a yearly amount, as with one unit.
          const per = /^\s*\/\s*([\p{L}]+)/u.exec(next.slice(compound.length))?.[1];
          out.push({ start, end, raw, canonical: String(value), value, base: compound.base, kind: "money", unit: moneyUnitName(compound.scale), scale: compound.scale, unitEnd: readUntil, role: per ? "rate" : "target", per, knownUnit: true, rule });
          continue;
        }
        // `50 triệu đồng cho mỗi mô hình`, `Mỗi tổ nhóm được hỗ trợ 30 triệu đồng`: an amount for each unit is a rate.
        const each = perMatch ? null : eachOf(before, next);
        const role: QuantityRole = perMatch || each ? "rate" : "target";
        const per = perMatch ? perMatch[1] : each ?? undefined;
        out.push({ start, end, raw, canonical, value, base: scaleDecimal(canonical, scale), kind: "money", unit: moneyUnitName(scale), scale, unitEnd, role, per, knownUnit: true, rule });
        continue;
      }
    }
    // A ratio: `111 bé trai/100 bé gái sinh ra sống` (sex ratio at birth), `50 ca/100.000 dân` (a rate of cases, its base
    // grouped by thousands).
    const ratio = /^\s+(\p{L}+(?:\s+\p{L}+){0,2})\s*\/\s*(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{L}+(?:\s+(?!vào\s|đến\s|năm\s|trong\s|tại\s)\p{L}+){0,4})/u.exec(after);
    if (ratio && !/^(năm|tháng|ngày|quý|tuần)$/iu.test(ratio[1]) && !/^(năm|tháng|ngày|quý|tuần)(?!\p{L})/iu.test(ratio[3])) {
      const unit = `${ratio[1].toLocaleLowerCase("vi")}/${ratio[2]} ${ratio[3].toLocaleLowerCase("vi")}`;
      out.push({ start, end, raw, canonical, value, base: value, kind: "count", unit, scale: 1, unitEnd: end + ratio[0].length, role: "target", knownUnit: true, rule });
      continue;
    }
    // `08 (tám) Tổ truyền thông`: the figure written out in words, in brackets, before the unit.
    const spelled = SPELLED_OUT.exec(after);
    // `hai (02) tổ truyền thông`: the figure in brackets after its words; its unit follows the bracket.
    const closing = spelled ? null : /^\s*\)/.exec(after);
    const bracketed = closing !== null && WORDS_OPEN_BRACKET.test(before) ? closing[0].length : 0;
    const wordsFrom = end + (spelled ? spelled[0].length : bracketed);
    let words = wordsOf(text.slice(0, wordsFrom + 80), wordsFrom).slice(0, 7);
    // `các buổi truyền thông tại 08 thôn, mỗi thôn 01;`: the quota's noun said earlier in the sentence.
    const elided = spelled === null && bracketed === 0 ? elidedQuotaUnit(before, after) : null;
    if (elided !== null) {
      out.push({ start, end, raw, canonical, value, base: value, kind: "count", unit: elided.unit, scale: 1, unitEnd: end, role: "quota", per: elided.per, knownUnit: true, rule });
      continue;
    }
    if (words.length === 0 || !/^\s*$/.test(text.slice(wordsFrom, words[0].start).replace(/["“”'‘’]/g, ""))) continue;
    // `150 nam, nữ thanh niên`: men and women (`nam`, never the year `năm`), one phrase across its comma.
    const sexes = words.length > 1 && /^nam$/iu.test(words[0].text) && /^nữ$/iu.test(words[1].text) && /^\s*,?\s*$/.test(text.slice(words[0].end, words[1].start));
    // A unit is one phrase: `20 hộ; gia đình …`, `05 tổ. Nhóm …` end it at the punctuation.
    const broken = words.findIndex((w, i) => i > (sexes ? 1 : 0) && !/^[\s/]+$/.test(text.slice(words[i - 1].end, w.start)));
    // A quoted name inside an English count's phrase (`10 "Leaders of Change" clubs`) does not end it.
    const quotedOn = words.findIndex((w, i) => i > 0 && !/^[\s"“”-]+$/.test(text.slice(words[i - 1].end, w.start)));
    const phrase = quotedOn > 0 ? words.slice(0, quotedOn) : words;
    if (broken > 0) words = words.slice(0, broken);
    // `1,5 triệu lượt người`, `2 nghìn hộ`: a count in thousands or millions.
    let multiplier = 1;
    const big = ({ nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9 } as Record<string, number>)[words[0].folded];
    if (big !== undefined && words.length > 1 && matchPhrase(words.slice(1), CLASSIFIERS) > 0) {
      multiplier = big;
      words = words.slice(1);
    }
    if (!sexes && matchPhrase(words, TIME_WORDS) > 0) continue;
    // Years stand alone or in ranges: `năm 2025`, `2021 - 2030`.
    const yearLike = /^(19|20)\d{2}$/.test(raw);
    let unitWords = matchPhrase(words, CLASSIFIERS);
    // `30 lượt phụ nữ`, `500 lượt hội viên`: visits counted by the people who make them.
    if (unitWords === 1 && words[0].folded === "luot") unitWords += matchPhrase(words.slice(1), PEOPLE_WORDS) || matchPhrase(words.slice(1), VISITED_WORDS);
    // `Câu lạc bộ` however it is misspelled (`Cây lạc bộ`).
    if (words.length >= 3 && words[1].folded === "lac" && words[2].folded === "bo") unitWords = 3;
    // `30 community communication teams`: in English the counted noun ends its phrase, a few words on.
    // The phrase ends at a preposition or a verb's participle (`workers trained on …`, `communes informed about …`).
    const englishRun = phrase.slice(0, 4);
    const cut = englishRun.findIndex((w, i) => ENGLISH_PHRASE_END.test(w.text) || (i > 0 && /^[a-z]{3,}ed$/.test(w.text)));
    const run = cut >= 0 ? englishRun.slice(0, cut) : englishRun;
    // Its counted noun: a known one, or the last plural of the run (`youth-friendly counselling corners`).
    const englishHead = unitWords > 0 || !run.every((w) => /^[A-Za-z-]+$/.test(w.text)) ? -1 : Math.max(run.findIndex((w) => ENGLISH_COUNT_NOUNS.includes(w.folded)), run.map((w) => ENGLISH_PLURAL.test(w.text) && !ENGLISH_TIME.test(w.text)).lastIndexOf(true));
    // `(1 corner per commune)`: one of a counted noun, singular, before the place it is for.
    const single = englishHead < 0 && unitWords === 0 && value === 1 && run.length >= 1 && run.every((w) => /^[A-Za-z-]+$/.test(w.text)) && /^\s*\//.test(text.slice(run[run.length - 1].end)) ? run[run.length - 1] : null;
    const english = englishHead >= 0 ? run[englishHead] : single;
    let knownUnit = unitWords > 0 || english !== null;
    if (ofWhole && !knownUnit) continue;
    if (english !== null) {
      // `operating in the 15 project communes`: the places a target is met in, no target.
      if (/^(communes|districts|villages)$/.test(english.folded) && /\b(?:in|across|of) (?:the |all )?$/i.test(before)) continue;
      const role = roleAfter(text, english.end, before);
      out.push({ start, end, raw, canonical, value, base: value, kind: "count", unit: english.text.toLowerCase(), scale: 1, unitEnd: english.end, role: role.role, per: role.per, roleEnd: role.end, knownUnit, rule, ...(rangeFrom !== undefined ? { rangeFrom } : {}) });
      continue;
    }
    if (!knownUnit) {
      if (!options.unknownUnits || yearLike) continue;
      if (!/^\p{L}/u.test(words[0].text) || matchPhrase(words, STOP_WORDS) > 0) continue;
      unitWords = 1;
      knownUnit = false;
    }
    // `nam, nữ thanh niên`: the people counted, men and women alike.
    if (sexes && unitWords >= 2) unitWords = 2 + matchPhrase(words.slice(2), CLASSIFIERS);
    const unit = sexes && unitWords >= 2 ? text.slice(words[0].start, words[unitWords - 1].end).replace(/\s+/g, " ").toLocaleLowerCase("vi") : unitWords === 3 && words[1].folded === "lac" ? "CLB" : displayUnit(words, unitWords);
    const unitEnd = words[unitWords - 1].end;
    // `không còn xã dưới 15 tiêu chí`, `đạt 19 tiêu chí theo Bộ tiêu chí`: criteria a place meets describe it; criteria
    // added or averaged per place (`Bình quân mỗi xã đạt thêm 02 tiêu chí`, `17 tiêu chí/xã`) are counted, and so are
    // criteria met out of all (`xã đạt 19/19 tiêu chí`) when nothing else in the sentence is counted — not those of
    // places counted before them (`05 xã đạt chuẩn (19/19 tiêu chí)`, `100% số xã đạt 19/19 tiêu chí`).
    if (
      foldText(unit) === "tieu chi" &&
      !CRITERIA_COUNTED_BEFORE.test(foldText(before.slice(-60))) &&
      !/^\s*\/\s*\p{L}/u.test(text.slice(unitEnd)) &&
      !(ofWhole && !FIGURE_IN_SENTENCE.test(before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(". ")) + 1).replace(LIST_MARK, "")))
    )
      continue;
    // `Năng suất ngô đạt 6,5 tấn/ha`: a yield per hectare is a target in its own unit, as an income per person is.
    const yieldPer = /^(?:tan|ta|kg)$/.test(foldText(unit)) ? /^\s*\/\s*(ha|sào)(?!\p{L})/iu.exec(text.slice(unitEnd)) : null;
    if (yieldPer) {
      out.push({ start, end, raw, canonical, value, base: value, kind: "count", unit: `${unit}/${yieldPer[1].toLocaleLowerCase("vi")}`, scale: 1, unitEnd: unitEnd + yieldPer[0].length, role: "target", knownUnit: true, rule });
      continue;
    }
    const stated = roleAfter(text, unitEnd, before, unit);
    // `Bình quân toàn huyện đạt 15,5 tiêu chí/xã`, `bình quân mỗi xã thêm 02 tiêu chí`: an average per area is itself
    // the target, never a quota every area meets nor one to total over the areas.
    const role = stated.role === "quota" && AVERAGE_BEFORE.test(foldText(before.slice(Math.max(...[";", ":", ".", "(", ")"].map((c) => before.lastIndexOf(c))) + 1))) ? { role: "target" as const } : stated;
    const base = multiplier === 1 ? value : scaleDecimal(canonical, multiplier);
    out.push({ start, end, raw, canonical, value, base, kind: "count", unit, scale: 1, unitEnd, role: role.role, per: role.per, roleEnd: role.end, knownUnit, rule, ...(rangeFrom !== undefined ? { rangeFrom } : {}) });
  }
  // `Không để xảy ra vụ ngộ độc thực phẩm trên 30 người mắc`: a figure saying which cases a none means is no target.
  const kept = out.filter((q) => !inPercentBase(text, q, out) && !groupSize(text, q, out) && !percentInPercent(text, q, out) && (q.kind === "money" || !insideNone(text, q.start)));
  return carryBounds(text, kept).map((q) => (q.rangeFrom !== undefined ? { ...q, role: "range" as const } : q));
}

/** `bình quân`, `trung bình` in a count's clause: an average. */
const AVERAGE_BEFORE = /\b(?:binh quan|trung binh)\b/;

/** A figure that is no year (`05 xã`, `100%`, `năm 2025` is none): in a sentence before criteria met out of all. */
const FIGURE_IN_SENTENCE = /(?<![\d.,/])(?!(?:19|20)\d{2}(?![\d.,]))\d+(?:[.,]\d+)*/u;

/** `1)`, `2.1.`, `a)`, `-`: a list item's mark, no figure. */
const LIST_MARK = /^\s*(?:[-+•*]|\d+(?:\.\d+)*[.)]|\p{Ll}[.)])?\s*/u;

/** `mỗi xã`, `bình quân`, `thêm`: criteria counted per place or added, in the words before the figure. */
const CRITERIA_COUNTED_BEFORE = /\b(?:moi (?:xa|phuong|thi tran|thon|ban|huyen|don vi)|binh quan|trung binh|them)\b[^;.:/]*$/;

/** What lies between two figures of one list: the first one's name, then `,` or `và` right before the second. */
const LISTED_NEXT = /^[^\d;:.()%]{0,80}(?:,|\svà)\s*$/u;

/**
 * `ít nhất 200 tổ …, 80 địa chỉ …`: a bound written before the first figure of a list goes with each figure
 * of the list that states none — a count after a count. A percent names its subject after it (`dưới 5%, 90% trẻ
 * em …`): each percent states its own bound.
 */
function carryBounds(text: string, quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of quantities) {
    const prev = out[out.length - 1];
    const listed =
      prev !== undefined &&
      q.rule === undefined &&
      prev.rule !== undefined &&
      q.rangeFrom === undefined &&
      prev.rangeFrom === undefined &&
      q.kind === "count" &&
      prev.kind === "count" &&
      q.role === "target" &&
      prev.role === "target" &&
      prev.unitEnd <= q.start &&
      !/\btrở lên\b/u.test(text.slice(prev.end, prev.unitEnd + 40)) &&
      LISTED_NEXT.test(text.slice(prev.unitEnd, q.start));
    out.push(listed ? { ...q, rule: prev.rule } : q);
  }
  return out;
}

/** `100% xã có ít nhất 01 địa chỉ tin cậy`: what a percent's places have, after `có` (no figure between). */
const HAVE_BEFORE = /^[^\d;.:()]{1,80}?\s(?:có|đều có)(?:\s+(?:ít nhất|tối thiểu|từ))?\s*$/u;

/**
 * `100% xã vùng dự án tổ chức ít nhất 01 cuộc đối thoại`: after a percent of places, a least count (or one) in the same
 * clause is what each place does, the percent's own measure, no target.
 */
const PLACE_WORD = "(?:xã|phường|thị trấn|thôn|bản|tổ dân phố|huyện|trường|cơ sở|chi hội|đơn vị|cơ quan)";
// `100% các xã, thị trấn xây dựng và duy trì ít nhất 01 mô hình`: `các` (`tất cả các`) before the places too.
const PLACES = `^\\s*(?:số\\s+)?(?:(?:tất cả\\s+)?các\\s+)?${PLACE_WORD}(?:\\s*,\\s*${PLACE_WORD})*(?![\\p{L}])[^\\d;.:(),]{0,80}?\\s`;
const PLACES_DO_BEFORE = new RegExp(`${PLACES}(?:ít nhất|tối thiểu|từ)\\s*$`, "u");
const PLACES_DO_ONE = new RegExp(`${PLACES}$`, "u");

const GROUP_UNITS = /^(?:to|to nhom|nhom|clb|cau lac bo|to hop tac|hop tac xa|doi|mo hinh|chi hoi|to tiet kiem)\b/;
const MEMBER_UNITS = /^(?:thanh vien|hoi vien|nguoi|doan vien)$/;
const WITH_BEFORE = /^[^\d;.:()]{0,80}?\s(?:với|gồm|có)(?:\s+(?:ít nhất|tối thiểu|từ|khoảng|trên))?\s*$/u;

/** `01 tổ tiết kiệm … với tối thiểu 15 thành viên`: the members of the groups counted before, a description, no target. */
function groupSize(text: string, q: Quantity, all: readonly Quantity[]): boolean {
  if (q.kind !== "count" || !MEMBER_UNITS.test(foldText(q.unit))) return false;
  const p = [...all].reverse().find((o) => o.start < q.start);
  return p !== undefined && p.kind === "count" && GROUP_UNITS.test(foldText(p.unit)) && WITH_BEFORE.test(` ${text.slice(p.unitEnd, q.start)}`);
}

/**
 * `60% hộ tham gia mô hình có thu nhập tăng từ 15% trở lên`: a percent in the clause of a percent before it, after
 * what its base has or does, is the measure each of the base meets, part of that target — not `từ 85% lên 95%`.
 */
function percentInPercent(text: string, q: Quantity, all: readonly Quantity[]): boolean {
  if (q.kind !== "percent") return false;
  const p = [...all].reverse().find((o) => o.start < q.start);
  if (p === undefined || p.kind !== "percent") return false;
  const between = text.slice(p.unitEnd, q.start);
  // Milestones (`đạt 60% và đến năm 2030 đạt 75%`) are targets of their own.
  if (/[;.,:()\d]|\s(?:và|hoặc|còn)\s/u.test(between)) return false;
  return /\s(?:có|được|đạt)\s/u.test(between) && between.trim().split(/\s+/).length >= 4;
}

/** A count in the base of a percent before it (`90% thôn, bản có 01 tổ …`) describes the places counted, it is no target. */
function inPercentBase(text: string, q: Quantity, all: readonly Quantity[]): boolean {
  if (q.kind !== "count") return false;
  // `100% xã (14 xã) có ít nhất 01 tổ …`: a bracketed count of the places explains the percent's base; it is passed over.
  const depth = (at: number) => (text.slice(0, at).match(/\(/g)?.length ?? 0) - (text.slice(0, at).match(/\)/g)?.length ?? 0);
  const p = [...all].reverse().find((o) => o.start < q.start && depth(o.start) <= depth(q.start));
  if (p === undefined || p.kind !== "percent") return false;
  // `85% phụ nữ mang thai được khám thai ít nhất 4 lần`: how often, in the percent's own clause, says what is counted.
  if (foldText(q.unit) === "lan" && !/[;.]/.test(text.slice(p.unitEnd, q.start))) return true;
  const between = text.slice(p.unitEnd, q.start).replace(/\s*\([^()]*\)/g, "");
  return HAVE_BEFORE.test(between) || PLACES_DO_BEFORE.test(between) || (q.value === 1 && PLACES_DO_ONE.test(between));
}
