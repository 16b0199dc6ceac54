/**
 * Clauses of a sentence around its quantities, and the short name of what a
 * quantity counts: `- 14 Tổ truyền thông cộng đồng được thành lập mới; duy
 * trì hoạt động 33 tổ …` gives two spans, `Tổ truyền thông cộng đồng được
 * thành lập mới` and `Duy trì hoạt động tổ …`.
 */
import { WHOLE_BEFORE, type Quantity } from "./quantities";
import { PREDICATE_WORDS, WORK_VERBS } from "./vocabulary";
import { matchPhrase, wordsOf } from "./words";

export interface TargetSpan {
  readonly quantity: Quantity;
  /** Offsets of the clause part that belongs to this quantity. */
  readonly start: number;
  readonly end: number;
  /** Quotas (`01 tổ/xã`) inside the span. */
  readonly quotas: readonly Quantity[];
}

interface Range {
  start: number;
  end: number;
  sep: string;
}

/** Clauses split at `;`, `:` and sentence ends. */
function clauses(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sentenceEnd = (c === "." || c === "!" || c === "?") && /^\s+["“]?\p{Lu}/u.test(text.slice(i + 1)) && !/\d$/.test(text.slice(0, i));
    // `QCVN 01-1:2018/BYT`, `8:30`: a colon between figures is part of a code or a time, no clause break.
    const inCode = c === ":" && /\d$/.test(text.slice(0, i)) && /^\d/.test(text.slice(i + 1));
    if (c === ";" || (c === ":" && !inCode) || sentenceEnd) {
      out.push({ start, end: i, sep: c });
      start = i + 1;
    }
  }
  out.push({ start, end: text.length, sep: "" });
  return out;
}

function isTarget(q: Quantity): boolean {
  return q.role === "target";
}

/** Whether a piece of text is a verb alone (`sửa chữa`, `xây mới`), nothing after it. */
function isVerbAlone(piece: string): boolean {
  const words = wordsOf(piece);
  const verb = matchPhrase(words, WORK_VERBS);
  return verb > 0 && (words.length === verb || (words.length === verb + 1 && ["moi", "lai"].includes(words[verb].folded)));
}

/**
 * Where the next target's words start in `between` (the text from one target's unit to the next figure), given the
 * comma before the next figure's own words at `comma`: `công trình cấp nước tập trung, sửa chữa, nâng cấp ` before
 * `07 công trình` — verbs alone between commas before that one are the next figure's too, when its own words open
 * with a verb; the first target's name ends at the comma before the first of them.
 */
function sharedVerbsFrom(between: string, comma: number): number {
  const own = between.slice(comma).replace(/^,\s*/, "");
  if (matchPhrase(wordsOf(own), WORK_VERBS) === 0) return comma;
  let start = comma;
  for (;;) {
    const prev = between.lastIndexOf(",", start - 1);
    if (prev < 0 || !isVerbAlone(between.slice(prev + 1, start))) return start;
    start = prev;
  }
}

/** Spans of the targets in a line of text, given its quantities. */
export function targetSpans(text: string, quantities: readonly Quantity[]): TargetSpan[] {
  const parts = clauses(text);
  // A `;`-clause without a target that continues in lower case belongs to the clause before it
  // (`… đoàn thể Thành phố; quận, huyện, thị xã … được tập huấn`).
  const merged: Range[] = [];
  for (const part of parts) {
    const hasTarget = quantities.some((q) => isTarget(q) && q.start >= part.start && q.start < part.end);
    const prev = merged[merged.length - 1];
    const body = text.slice(part.start, part.end).trim();
    // A clause with a figure of its own (`mỗi tổ từ 8 đến 12 thành viên`) says something else: it stays apart.
    const hasFigure = quantities.some((q) => q.start >= part.start && q.start < part.end);
    if (prev && prev.sep === ";" && !hasTarget && !hasFigure && /^\p{Ll}/u.test(body) && !/\d\s*%/.test(body)) {
      prev.end = part.end;
      prev.sep = part.sep;
      continue;
    }
    merged.push({ ...part });
  }
  const spans: TargetSpan[] = [];
  merged.forEach((part, k) => {
    // `Số lớp: 12 lớp, số người tham gia: 600 người`: the words after the last comma before a `:` whose clause opens
    // with a figure label that figure; they are no part of the last target's span.
    const next = merged[k + 1];
    const last = quantities.filter((q) => isTarget(q) && q.start >= part.start && q.start < part.end).pop();
    if (part.sep !== ":" || next === undefined || last === undefined) return;
    const opensWithFigure = quantities.some(
      (q) => isTarget(q) && q.start >= next.start && q.start < next.end && /^\s*(?:(?:đạt|là|ít nhất|tối thiểu|tối đa|khoảng|từ|trên|dưới|không dưới|không quá)\s+)*$/iu.test(text.slice(next.start, q.start)),
    );
    const comma = text.lastIndexOf(",", part.end);
    if (opensWithFigure && comma >= last.unitEnd && /\p{L}/u.test(text.slice(comma, part.end))) part.end = comma;
  });
  for (const part of merged) {
    const inPart = quantities.filter((q) => q.start >= part.start && q.start < part.end);
    const targets = inPart.filter(isTarget);
    if (targets.length === 0) continue;
    let cursor = part.start;
    targets.forEach((q, i) => {
      let end = part.end;
      const next = targets[i + 1];
      if (next) {
        const between = text.slice(q.unitEnd, next.start);
        // `01 lớp truyền dạy dân ca, dân vũ cho 35 học viên`: a count of whom the activity is for follows its whole name,
        // commas and all; only `và` / `hoặc` open another activity (`đất ở cho 45 hộ và nước … cho 320 hộ`).
        const forWhom = next.kind === "count" && /\s(?:cho|với)\s+$/iu.test(between);
        const delim = forWhom
          ? /(,\s*và\s+|,\s*hoặc\s+|\s+và\s+|\s+hoặc\s+)(?!.*(\svà\s|\shoặc\s))/su.exec(between)
          : /(,\s*và\s+|,\s*hoặc\s+|\s+và\s+|\s+hoặc\s+|,\s+)(?!.*(,\s|\svà\s|\shoặc\s))/su.exec(between);
        end = delim ? q.unitEnd + delim.index : next.start;
        if (!forWhom && delim !== null && delim[0].startsWith(",")) end = q.unitEnd + sharedVerbsFrom(between, delim.index);
        // `100% xã có tổ …, mỗi xã thành lập mới 01 tổ, toàn huyện 08 tổ`: a quota between them opens the whole's clause.
        const quota = inPart.find((o) => o.role === "quota" && o.start > q.unitEnd && o.start < next.start);
        const each = quota === undefined ? null : /,\s*(?=mỗi\s[^,;]*$)/iu.exec(text.slice(q.unitEnd, quota.start));
        if (quota !== undefined && each !== null && WHOLE_BEFORE.test(text.slice(quota.unitEnd, next.start))) end = q.unitEnd + each.index;
      }
      const quotas = inPart.filter((o) => o.role === "quota" && o.start >= cursor && o.start < end);
      spans.push({ quantity: q, start: cursor, end, quotas });
      if (next) {
        const between = text.slice(end, next.start);
        const skip = /^(,\s*và\s+|,\s*hoặc\s+|\s+và\s+|\s+hoặc\s+|,\s+)/u.exec(between);
        cursor = end + (skip ? skip[0].length : 0);
      }
    });
  }
  return spans;
}

/** Removes `( … )` groups; an unclosed `(` runs to the predicate (`… được …`) or the end. */
export function dropParentheses(text: string): string {
  let out = text;
  for (let guard = 0; guard < 10 && /\([^()]*\)/.test(out); guard++) out = out.replace(/\s*\([^()]*\)/g, "");
  const open = out.indexOf("(");
  if (open >= 0) {
    const rest = out.slice(open);
    const words = wordsOf(rest);
    const pred = words.findIndex((_, i) => matchPhrase(words.slice(i), ["duoc"]) > 0);
    out = pred >= 0 ? out.slice(0, open).trimEnd() + " " + rest.slice(words[pred].start) : out.slice(0, open);
  }
  return out.replace(/\)/g, "");
}

const LEAD_INS = [
  /^(?:phấn đấu(?: đạt)?|đạt|có|đảm bảo|bảo đảm|trong đó|trong số đó|thí điểm|tiếp tục|hằng năm|hàng năm|mỗi năm)\s*[:,]?\s+/iu,
  /^(?:đến|tới|trong|hết|đến hết)\s+năm\s+\d{4}\s*[,:]?\s*/iu,
  // `Năm 2024 huyện phấn đấu thành lập mới …`, `Toàn tỉnh phấn đấu …`: the year and the area striving are no part of the name.
  /^(?:năm\s+\d{4}\s*,?\s*)?(?:toàn\s+)?(?:huyện|tỉnh|xã|thành phố|thị xã|hội)\s+phấn đấu(?:\s+đạt)?\s*[:,]?\s+/iu,
  /^năm\s+\d{4}\s*,?\s+(?=phấn đấu\s)/iu,
  /^(?:ít nhất|tối thiểu|khoảng|gần|hơn|trên|dưới|tối đa|không quá|không dưới)\s+/iu,
  // `Điều chỉnh chỉ tiêu thành lập mới tổ …`, `Bổ sung chỉ tiêu duy trì 01 địa chỉ …` in an amending plan: the target is what follows.
  /^(?:điều chỉnh|bổ sung|sửa đổi)(?:,?\s+(?:và\s+)?(?:điều chỉnh|bổ sung|sửa đổi))*\s+chỉ tiêu(?:\s+về)?\s*:?\s+(?=\p{L})/iu,
];

export function tidyName(text: string): string {
  let name = text.replace(/\s+/g, " ").trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of LEAD_INS) {
      const next = name.replace(re, "");
      if (next !== name && next.length > 0) {
        name = next;
        changed = true;
      }
    }
  }
  // `(1) Mô hình nuôi lợn đen: 15 hộ;`: an item opened by a bracketed number keeps it out of its name.
  name = name.replace(/^\(\d{1,2}\)\s*(?=\p{L})/u, "");
  name = name.replace(/^[\s,;:.\-–+]+|[\s,;:.\-–+]+$/g, "").replace(/\s+([,;.])/g, "$1");
  // `Tổ chức 10 cuộc đối thoại; kinh phí 50 triệu đồng`: the amount the target costs, set apart after it, is no part of its name.
  name = name.replace(/\s*[,;\-–]\s*(?:với\s+)?(?:tổng\s+)?(?:kinh phí|dự toán)(?!\p{L})[^,;]*?\d.*$/iu, "");
  // `Thành lập mới 13 tổ …, phân bổ cụ thể như sau:`: the words announcing the list below are no part of the name.
  name = name.replace(/\s*,?\s+(?:(?:được\s+)?(?:phân bổ|chia|giao|bố trí)(?:\s+(?:cho các xã|theo xã|theo năm|theo từng năm))?\s+)?(?:(?:cụ thể|chi tiết)\s+)?(?:như sau|sau đây)$/iu, "").replace(/[\s,;:.\-–]+$/, "");
  // `Có thêm 03 xã đạt chuẩn …, gồm các xã: Quang Tiến, …`: the words announcing the places listed after it are no part of the name.
  name = name.replace(/\s*,?\s+(?:bao gồm|gồm)\s+(?:các\s+)?(?:xã|phường|thị trấn|huyện|thôn|bản|đơn vị|địa phương)(?:\s*,\s*(?:phường|thị trấn|thị xã|thành phố))*\s*:?$/iu, "");
  // `Tỷ lệ nữ cán bộ lãnh đạo đạt 30% vào năm 2025` → `Tỷ lệ nữ cán bộ lãnh đạo`; `nhà ở`, `đất ở` (housing, residential
  // land) keep their `ở`.
  for (let i = 0; i < 3; i++) {
    name = name.replace(/\s*,?\s+(?:vào|đến|tới|trong|đến hết|hết)?\s*(?:cuối\s+)?năm\s+\d{4}$/iu, "");
    name = name.replace(/\s+(?:đạt|là|ở mức|khoảng|ít nhất|tối thiểu|tối đa|trên|dưới|còn|xuống|(?<!trở\s+)lên|bằng|không quá|không dưới|so với|trong đó|cụ thể|cho|tại|(?<!(?:nhà|đất|chỗ|nơi)\s+)ở|của|từ)$/iu, "").replace(/[\s,;:.\-–]+$/, "");
  }
  return name.charAt(0).toLocaleUpperCase("vi") + name.slice(1);
}

/** Offset (in `text`) where a percent's predicate starts after its base, or -1. */
/** Predicate words that share their letters with other words (`nhân`, `đất`, `đặc biệt`, `hiệu quả`, `bí thư`). */
const SAME_LETTERS: Readonly<Record<string, string>> = { nhan: "nhận", dat: "đạt", biet: "biết", hieu: "hiểu", bi: "bị" };

export function predicateStart(text: string, from: number, to = text.length): number {
  const words = wordsOf(text.slice(0, to), from);
  for (let i = 0; i < words.length; i++) {
    const matched = matchPhrase(words.slice(i), PREDICATE_WORDS);
    // One word whose marks decide it: `nhận` (receives), not `nạn nhân`; `đạt`, not `đất`; `biết`, not `đặc biệt`.
    const marked = matched === 1 ? SAME_LETTERS[words[i].folded] : undefined;
    if (matched > 0 && (marked === undefined || words[i].text.normalize("NFC").toLocaleLowerCase("vi") === marked)) return words[i].start;
    // `xã có mô hình` (has), but not `Tổ hiện có` / `sẵn có` (existing).
    const exact = words[i].text.normalize("NFC").toLocaleLowerCase("vi");
    if (i > 0 && exact === "có" && !["hien", "san", "von", "vo"].includes(words[i - 1].folded)) return words[i].start;
    // Auxiliaries that open a predicate (`… đã được thông qua`), compared with their marks (`đa dạng` is no `đã`).
    if (i > 0 && ["đã", "sẽ", "đều", "cần", "phải", "không"].includes(exact)) return words[i].start;
  }
  return -1;
}

export interface NamedSpan {
  readonly name: string;
  readonly base?: string;
}

/** What a span's percent is of, and its predicate: the text after `N%` (`thành viên … tiếp cận …`). */
export function spanTail(text: string, span: TargetSpan): string {
  if (span.quantity.kind !== "percent") return "";
  return dropParentheses(text.slice(span.quantity.unitEnd, span.end)).replace(/[\s.;,]+$/, "").trim();
}

function baseOf(text: string, from: number, end: number): { base?: string; hasPredicate: boolean } {
  const predicate = predicateStart(text, from, end);
  const hasPredicate = predicate >= 0 && predicate < end;
  const base = tidyName(dropParentheses(text.slice(from, hasPredicate ? predicate : end))).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLocaleLowerCase("vi"));
  // `50% vào năm 2025`: a time, not what the percent is of.
  const isTime = /^(vào|đến|tới|trong|từ|năm|so với|trở lên)\b/iu.test(base);
  return { base: base === "" || isTime ? undefined : base, hasPredicate };
}

/** Units of measure (`ha`, `km`, `tấn`): never the head of the name of what they measure. */
const MEASURE_UNIT = /^(?:ha|km|m|m2|m²|m3|m³|tấn|kg|lít)$/iu;

/** The words of a text in lower case, with their marks. */
function exactWords(text: string): string[] {
  return text.normalize("NFC").toLocaleLowerCase("vi").match(/[\p{L}\p{M}\d]+/gu) ?? [];
}

/**
 * `Trồng cây phân tán 25.000 cây`: a count whose unit closes its clause and is said already in the words before its
 * figure heads no name of its own — the unit word after the figure would only repeat it (`Trồng cây phân tán cây`).
 */
function unitNamedBefore(text: string, span: TargetSpan): boolean {
  const q = span.quantity;
  const after = text.slice(q.unitEnd, span.end);
  const breakdown = after.search(/[,;]?\s*(?<!\p{L})trong đó(?!\p{L})/iu);
  if (/\p{L}/u.test(dropParentheses(breakdown >= 0 ? after.slice(0, breakdown) : after))) return false;
  const unit = exactWords(q.unit);
  const before = exactWords(text.slice(span.start, q.start));
  return unit.length > 0 && before.some((_, i) => unit.every((w, k) => before[i + k] === w));
}

/**
 * Name (and a percent's base) of the quantity of a span. A percent clause
 * without a predicate takes `sharedPredicate` (`100% X; 80% Y và 70% Z được
 * tuyên truyền`); one with nothing after its `%` takes `sharedTail` (`đến năm
 * 2025 đạt 60% và đến năm 2030 đạt 75% xã có …`).
 */
export function nameSpan(text: string, span: TargetSpan, sharedPredicate?: string, sharedTail?: string): NamedSpan {
  const q = span.quantity;
  const cuts: Array<[number, number]> = [];
  // A count keeps its unit as the head of its name (`14 Tổ …` → `Tổ …`); a percent, a ratio or a measure
  // (`45 ha quế` → `quế`, `3,2 km đường` → `đường`) does not.
  const numberEnd = q.kind === "count" && !q.unit.includes("/") && !MEASURE_UNIT.test(q.unit.trim()) && !unitNamedBefore(text, span) ? q.end : q.unitEnd;
  cuts.push([q.start, numberEnd]);
  for (const quota of span.quotas) {
    // A quota read before its total (`Mỗi xã thành lập mới 01 tổ truyền thông cộng đồng (14 xã = 14 tổ)`) holds the
    // noun the target counts: only its figure and the words saying per what go, as a count keeps its unit.
    const keepsNoun = quota.kind === "count" && quota.start < q.start && quota.end < quota.unitEnd;
    if (keepsNoun) {
      cuts.push([quota.start, quota.end]);
      // `01 tổ truyền thông cộng đồng/xã`: from the `/` (or `mỗi`) on.
      const perFrom = quota.roleEnd === undefined ? -1 : text.slice(quota.unitEnd, quota.roleEnd).search(/\s*(?:\/|(?:(?:cho|tại|ở|trên|của)\s+)?mỗi\s)[^/]*$/iu);
      if (quota.roleEnd !== undefined && perFrom >= 0) cuts.push([quota.unitEnd + perFrom, quota.roleEnd]);
    } else cuts.push([quota.start, quota.roleEnd ?? quota.unitEnd]);
    // `Mỗi xã thành lập …`: the area the quota is per is the quota's, not the name's.
    const per = quota.per === undefined ? null : perPhrase(text, span.start, Math.min(quota.start, q.start), quota.per);
    if (per !== null) cuts.push(per);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  let piece = "";
  let cursor = span.start;
  for (const [a, b] of cuts) {
    if (a < cursor) continue;
    let before = text.slice(cursor, a);
    // `tổ chức ít nhất 01 lớp` → `tổ chức lớp`: the comparison goes with the number, the quota's (`Mỗi xã tổ chức ít
    // nhất 02 cuộc …, toàn huyện 26 cuộc`) as the target's.
    if (a === q.start || span.quotas.some((o) => o.start === a)) before = before.replace(/\s*(?:ít nhất|tối thiểu|tối đa|không quá|không dưới|không vượt quá|khoảng|gần|hơn|trên|dưới|≤|≥|<=?|>=?)\s*$/iu, " ");
    // `giảm từ 10% trở lên số vụ …`: the `từ` of a bound closed by `trở lên` after the figure goes with it too.
    if (a === q.start && q.rangeFrom === undefined && /^\s*trở\s+(?:lên|xuống)(?!\p{L})/iu.test(text.slice(q.unitEnd))) before = before.replace(/(?<!\p{L})từ\s*$/iu, " ");
    // `đạt 80 - 85%`, `đạt từ 80% đến 85%`: the range's lower end goes with the number too.
    if (a === q.start && q.rangeFrom !== undefined) before = before.replace(/\s*(?:từ\s+)?\d+(?:[.,]\d+)*\s*%?\s*(?:[-–]|đến|tới)\s*$/iu, " ");
    // `giảm từ 25,6% xuống còn 22,1%` → `giảm`: the starting figure and the way to the target go with it.
    let end = b;
    if (a === q.start) {
      const from = before.replace(/\s*từ\s+\d+(?:[.,]\d+)*\s*%?(?:\s+[\p{L}]+){0,3}?\s+(?:xuống còn|xuống dưới|xuống|giảm xuống|giảm còn|còn|lên|tăng lên|thành)\s*(?:dưới|trên)?\s*$/iu, " ");
      // The starting figure named the count already (`số hộ nghèo từ 1.250 hộ xuống còn 1.000 hộ`): its unit goes too.
      if (from !== before) end = Math.max(b, q.unitEnd);
      before = from;
    }
    piece += before + " ";
    cursor = end;
  }
  // `6.000 lượt người, trong đó 4.500 lượt người thuộc hộ nghèo`: the breakdown is no part of the whole's name.
  const breakdown = cursor <= q.unitEnd ? text.slice(q.unitEnd, span.end).search(/[,;]?\s*(?<!\p{L})trong đó(?!\p{L})/iu) : -1;
  piece += text.slice(cursor, breakdown >= 0 ? q.unitEnd + breakdown : span.end);
  piece = piece.replace(/\s+trở lên\b/u, "");
  let base: string | undefined;
  if (q.kind === "percent") {
    const own = baseOf(text, q.unitEnd, span.end);
    base = own.base;
    const lead = tidyName(text.slice(span.start, q.start));
    if (base === undefined && sharedTail) {
      const borrowed = baseOf(sharedTail, 0, sharedTail.length);
      base = borrowed.base;
      piece = lead === "" ? sharedTail : `${text.slice(span.start, q.start)} ${sharedTail}`;
      if (tidyName(dropParentheses(piece)) === "") piece = sharedTail;
    } else if (!own.hasPredicate && lead === "" && sharedPredicate) {
      piece = `${piece.trim()} ${sharedPredicate}`;
    }
  }
  return { name: tidyName(dropParentheses(piece)), base };
}

const AREA_ALTERNATIVE = "(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|thôn|bản|xóm|tổ dân phố)";
/** What kind a school or a facility is (`trường trung học phổ thông`, `cơ sở giáo dục`): part of the place a quota is per. */
const PLACE_KIND =
  "(?:(?:phổ thông dân tộc (?:nội trú|bán trú)|trung học phổ thông|trung học cơ sở|tiểu học|mầm non|phổ thông|PTDTNT|PTDTBT|THPT|THCS|TH|MN|giáo dục|y tế)(?:\\s*(?:,|và)\\s*(?:trung học phổ thông|trung học cơ sở|tiểu học|mầm non|THPT|THCS|TH|MN))*)";

/** Where `mỗi <area>` (with a comma after it) stands in `text` between `from` and `to`, or null. */
function perPhrase(text: string, from: number, to: number, per: string): [number, number] | null {
  const escaped = per.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Only at the head of the name (`Mỗi huyện, thị xã, thành phố xây dựng …`); after it (`tại 08 bản, mỗi bản …`) the
  // quota's reading takes the places away with it.
  // `Mỗi trường trung học phổ thông duy trì …`: the kind of school (or of facility) is the place's too, no part of the name.
  const kind = /^(?:trường|cơ sở)$/iu.test(per) ? `(?:\\s+${PLACE_KIND})?` : "";
  const found = new RegExp(`^[\\s\\-–+*•]*(?:mỗi\\s+${escaped}${kind}(?:\\s*,\\s*${AREA_ALTERNATIVE})*)(?!\\p{L})\\s*,?\\s*`, "iu").exec(text.slice(from, to));
  return found === null ? null : [from + found.index, from + found.index + found[0].length];
}

/** The predicate (`được tuyên truyền …`) of a percent span, for clauses that share it. */
export function spanPredicate(text: string, span: TargetSpan): string | undefined {
  if (span.quantity.kind !== "percent") return undefined;
  const p = predicateStart(text, span.quantity.unitEnd, span.end);
  if (p < 0 || p >= span.end) return undefined;
  return dropParentheses(text.slice(p, span.end)).replace(/[\s.;,]+$/, "").trim();
}
