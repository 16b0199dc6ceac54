/**
 * Targets stated in running sentences, outside any `Chỉ tiêu` section: a
 * quantity with a unit or a percent in a sentence governed by a word that
 * sets a target (`phấn đấu`, `chỉ tiêu`, `mục tiêu`, `đạt`, `ít nhất`,
 * `tối thiểu`) or commits to doing something (`thành lập`, `duy trì`, `hỗ
 * trợ`, `giảm`, `tăng`). Counts of what already exists (`hiện có`, `đã`),
 * places (`tại 01 xã`), frequencies and ranges are not targets. Each target
 * carries how sure the reading is (see {@link proseConfidence}).
 */
import { joinFixedPhrases, showFixedPhrases } from "./fixedPhrases";
import { labelYear } from "./yearShares";
import { withComparison } from "./comparedWith";
import { foldText } from "../core/text/fold";
import { dropParentheses, nameSpan, targetSpans, tidyName } from "./clauses";
import { ADDED_BEFORE, bestMatch, coversName, figureText, samePeople } from "./consistency";
import { parseMarker } from "./markers";
import { withoutRepealed } from "./repealed";
import { withoutSuperseded } from "./superseded";
import { lineAt, type TextLine } from "./normalize";
import { findQuantities, isPlaceShare, WHOLE_BEFORE, withFraction, type Quantity } from "./quantities";
import { sameHead, wholeName, type FoundTarget } from "./targets";
import { issue, sourceOf } from "./issues";
import type { ExtractedIndicator, ExtractIssue } from "./types";
import { AREA_WORDS, PEOPLE } from "./vocabulary";
import { pacedPerYear, yearlyName } from "./yearlyPace";
import { foldedWords, matchPhrase, wordsOf } from "./words";

/** Words that set a target for the whole sentence they open. */
export const FRAME_WORDS = ["phan dau", "chi tieu", "muc tieu", "dat ra", "de ra"];
/** Words that set a target for the clause they stand in. */
export const STRONG_WORDS = ["it nhat", "toi thieu", "khong it hon", "khong duoi"];
/** Words that commit to an action whose count is a target. */
export const ACTION_WORDS = ["thanh lap", "thanh lap moi", "duy tri", "ho tro", "giam", "tang", "xay dung moi", "nhan rong", "cung co", "phat trien moi", "ket nap", "thu hut", "giup", "giup do"];
/** Verbs that make a target only right before their count (`xây dựng 04 mô hình`, `tỷ lệ … đạt 88%`). */
export const DIRECT_WORDS = [
  "dat", "dat duoc", "xay dung", "to chuc", "van dong", "trao", "mo", "cap", "phat hanh", "bien soan", "bao dam", "dam bao",
  // Works on roads, canals and land (`Cứng hóa thêm 1,8 km đường trục thôn`, `Trồng mới 50 ha rừng`).
  "cung hoa", "be tong hoa", "nhua hoa", "kien co hoa", "nang cap", "cai tao", "lam moi", "trong moi",
];
/** Words that look like an action but are none (`tăng cường`, `giảm thiểu`, `đạt chuẩn` after the count). */
const NOT_ACTIONS = ["tang cuong", "giam thieu", "ho tro ky thuat"];
/** Words before a number that say it counts what already is, or where, not what is to be done. */
const EXISTING = ["hien co", "hien nay", "da co", "hien dang", "da thanh lap", "da duoc", "tinh den", "tinh den nay", "hien con", "nam qua", "da ho tro", "da dat"];
/** Units that count people (`80 thành viên`, `300 phụ nữ`). */
const PLACE_BEFORE = ["tai", "o", "thuoc", "trong so", "tren dia ban", "gom"];

/** How sure a reading is: 0.95 a numbered target list or table, down to 0.5 for an action in passing. */
export const CONFIDENCE = { section: 0.95, frame: 0.75, strong: 0.7, action: 0.55 } as const;
/** Below this the import screen asks the user to confirm. */
export const CONFIRM_BELOW = 0.8;

/** `các mục tiêu, chỉ tiêu`, `Chương trình mục tiêu quốc gia`: a frame word that names aims in general, not one. */
function isReference(words: readonly string[], i: number): boolean {
  const before = words.slice(Math.max(0, i - 2), i).join(" ");
  return /(^| )(cac|nhung|chuong trinh|thuc hien|trien khai|long ghep|de ra|cua)$/.test(before) || words[i + 2] === "quoc" || /^(muc tieu|chi tieu)$/.test(words.slice(Math.max(0, i - 2), i).join(" "));
}

function containsPhrase(words: readonly string[], phrases: readonly string[]): number {
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    for (const phrase of phrases) {
      const parts = phrase.split(" ");
      if (parts.every((p, k) => words[i + k] === p)) {
        const frame = phrase === "muc tieu" || phrase === "chi tieu";
        const blocked = NOT_ACTIONS.some((n) => n.split(" ").every((p, k) => words[i + k] === p)) || (frame && isReference(words, i));
        if (!blocked) last = Math.max(last, i + parts.length);
      }
    }
  }
  return last;
}

interface Sentence {
  readonly start: number;
  readonly end: number;
}

/** Sentences of a line: split at `.`, `!`, `?` before a capital. */
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?](?=\s+["“]?\p{Lu})/gu;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    if (/\d$/.test(text.slice(0, i))) continue;
    out.push({ start, end: i });
    start = i + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

/**
 * `Hỗ trợ giống bò sinh sản: 12 con cho 12 hộ`: the words after a label's `:` open with its figure (a price times it,
 * `05 tổ x 6.000.000 đồng`, is a cost, no value of the label).
 */
function labelled(text: string, cut: number, own: string): boolean {
  if (text[cut] !== ":" || !(!/\p{L}/u.test(own) || /^\s*\d/u.test(own))) return false;
  return !/^\s*[\d.,]+\s*\p{L}+(?:\s+\p{L}+){0,3}\s*[x×*]\s*\d/u.test(text.slice(cut + 1));
}

/** The clause of a sentence that holds an offset: from the last `;` or `:` before it (or the label before a `:` the figure opens). */
function clauseBefore(text: string, from: number, at: number): string {
  const cut = Math.max(text.lastIndexOf(";", at - 1), text.lastIndexOf(":", at - 1), from - 1);
  const own = text.slice(cut + 1, at);
  // `Hỗ trợ giống bò sinh sản: 12 con cho 12 hộ`: a value opening with its figure after a label is the label's clause.
  if (cut > from && labelled(text, cut, own)) return `${clauseBefore(text, from, cut)}: ${own.trimStart()}`;
  return own;
}

/** How sure a quantity in a sentence is a target, or 0 when it is none. */
export function proseConfidence(text: string, sentence: Sentence, q: Quantity): number {
  const clause = foldedWords(clauseBefore(text, sentence.start, q.start));
  const head = foldedWords(text.slice(sentence.start, q.start));
  const near = clause.slice(-3);
  if (PLACE_BEFORE.some((p) => near.join(" ").endsWith(p) && near.slice(-p.split(" ").length).join(" ") === p)) return 0;
  // `… 48 địa chỉ đã thành lập và bảo đảm 100% tổ …`: what was done before `và` says nothing of the count after it.
  const sinceAnd = clauseBefore(text, sentence.start, q.start).normalize("NFC").split(/\s(?:và|đồng thời)\s/u).pop() ?? "";
  const existing = containsPhrase(foldedWords(sinceAnd), EXISTING) >= 0 ? containsPhrase(clause, EXISTING) : -1;
  const governs = (phrases: readonly string[], words: readonly string[]) => {
    const at = containsPhrase(words, phrases);
    return at >= 0 && at > existing ? at : -1;
  };
  // `đã tổ chức 146 cuộc`: what was done, unless a target is set after it in the clause.
  const rawClause = sinceAnd;
  const done = /(?:^|[^\p{L}])đã\s/iu.exec(rawClause);
  if (done && containsPhrase(foldedWords(rawClause.slice(done.index)), FRAME_WORDS) < 0) return 0;
  // `mỗi tổ từ 7 đến 10 thành viên`, `mỗi chi hội 01 mô hình`: a norm per unit, not a total.
  const whole = WHOLE_BEFORE.test(text.slice(sentence.start, q.start).normalize("NFC"));
  // A `mỗi` inside a closed bracket (`26 tổ (mỗi huyện 02 tổ), đồng thời duy trì 48 địa chỉ`) is the quota of the count before it.
  const perUnit = clauseBefore(text, sentence.start, q.start).normalize("NFC").replace(/\([^()]*\)/g, " ");
  // `mỗi năm hỗ trợ ít nhất 50 hội viên`: a pace per year is no unit of something else (the figure is the year's).
  if (/(?:^|[^\p{L}])mỗi\s+(?!năm(?!\p{L}))/iu.test(perUnit) && !whole) return 0;
  // The verb right before its count (`đạt 88%`, `tổ chức ít nhất 02 lớp`), at most two words away.
  const direct = containsPhrase(near, DIRECT_WORDS) >= 0 && near.length > 0;
  if (existing >= 0 && governs([...FRAME_WORDS, ...STRONG_WORDS, ...ACTION_WORDS], clause) < 0 && !direct) return 0;
  if (governs(FRAME_WORDS, clause) >= 0 || (existing < 0 && containsPhrase(head, FRAME_WORDS) >= 0)) return CONFIDENCE.frame;
  if (governs(STRONG_WORDS, clause) >= 0 || q.rule === ">=" || (direct && near.includes("dat"))) return CONFIDENCE.strong;
  // `Xây dựng 02 khu dân cư kiểu mẫu`, `xây dựng 03 thôn đạt chuẩn nông thôn mới`: places brought to a standard are a result.
  const standard = /^(?:\s+\p{L}+){0,3}?\s+(?:kiểu mẫu|đạt chuẩn|nông thôn mới)(?!\p{L})/iu.test(text.slice(q.unitEnd, q.unitEnd + 60).normalize("NFC"));
  if (direct && !(q.kind === "count" && matchPhrase(wordsOf(q.unit), AREA_WORDS) > 0 && !standard)) return CONFIDENCE.action;
  // `tổ chức 02 lớp tập huấn cho 80 thành viên`: the people an action with its own count reaches are counted with it.
  const counted = /\d/.test(clauseBefore(text, sentence.start, q.start));
  if (near[near.length - 1] === "cho" && counted && PEOPLE.includes(foldText(q.unit)) && containsPhrase(clause, [...DIRECT_WORDS, ...ACTION_WORDS]) >= 0) return CONFIDENCE.action;
  // `hỗ trợ 05 huyện và 14 xã`: the places a plan works in, not a count to achieve.
  if (governs(ACTION_WORDS, clause) >= 0 && !(q.kind === "count" && matchPhrase(wordsOf(q.unit), AREA_WORDS) > 0)) return CONFIDENCE.action;
  // `3. 100% thôn tổ chức truyền thông …` opening a point: a share of those that do something, a target.
  const doing = text.slice(q.unitEnd, q.unitEnd + 60).split(/[;,.:]/)[0] ?? "";
  if (q.kind === "percent" && head.length === 0 && !/(?:^|[^\p{L}])đã\s/iu.test(doing) && containsPhrase(foldedWords(doing), [...DIRECT_WORDS, ...ACTION_WORDS, "duoc", "co"]) >= 0) return CONFIDENCE.action;
  // `Có 3/5 thôn đạt chuẩn …`: so many of so many that reach something is a target, whatever verb comes before.
  if (text.slice(q.start, q.end).includes("/") && /^[^,;.]{0,40}?(?:^|\s)(?:đạt|có|được|hoàn thành)\s/iu.test(text.slice(q.unitEnd, q.unitEnd + 80).normalize("NFC"))) return CONFIDENCE.action;
  // `…, hoàn thành 19/19 tiêu chí`: so many of all, met, is an aim (not `hoàn thành 100% kế hoạch`, how a task is done).
  if (text.slice(q.start, q.end).includes("/") && /(?:^|\s)hoàn thành\s*$/iu.test(text.slice(sentence.start, q.start).normalize("NFC"))) return CONFIDENCE.action;
  return 0;
}

const SUBJECT = /^(?:cả nước|toàn quốc|toàn (?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|ngành|hội))\s*(?:,\s*)?(?:có\s+)?/iu;
const FRAME_LEAD = /^.*?(?:đặt ra|đề ra)?\s*(?:chỉ tiêu|mục tiêu)(?:\s+phấn đấu)?\s*[:,]?\s*|^.*?phấn đấu\s*[:,]?\s*/iu;
const WHEN = /^(?:đến|tới|trong|hết|đến hết)\s+(?:cuối\s+)?năm\s+\d{4}\s*[,:]?\s*/iu;

/** Top-level parts where a plan states what it will achieve: objectives, targets, tasks and activities. */
const AIM_HEADING = /^(?:(?:cac|mot so|nhung)\s+)?(?:muc tieu|chi tieu|nhiem vu|noi dung|hoat dong|giai phap|ket qua dau ra|dau ra|san pham|ke hoach thuc hien|phuong huong)/;

/**
 * Lines of the body whose top-level part is about aims (`II. MỤC TIÊU`, `III.
 * NỘI DUNG HOẠT ĐỘNG`), and the lines before the first such heading; a text
 * without top-level headings is read whole. `Mục đích, yêu cầu`, `Tình hình`,
 * `Tổ chức thực hiện` and the like are not read for targets.
 */
/** A sentence with a figure that is no year (`100%`, `12 tổ`), ended by `.` or `;`. */
function isFigureSentence(text: string): boolean {
  return /[.;]\s*$/.test(text) && /(?<![\p{L}\p{N}])(?!(?:19|20)\d{2}(?!\p{N}))\d[\d.,]*(?:\s*%|\s+\p{L})/u.test(text);
}

/** The title of a plan's part, however it is punctuated (`Mục đích, yêu cầu.`, `Tổ chức thực hiện.`). */
const PART_WORDS = /^(?:(?:cac|mot so|nhung)\s+)?(?:muc dich|yeu cau|muc tieu|chi tieu|nhiem vu|noi dung|giai phap|hoat dong|to chuc thuc hien|kinh phi|nguon|dia ban|doi tuong|pham vi|thoi gian|tien do|phan cong|trach nhiem|che do|bao cao|ket qua|tinh hinh|danh gia|can cu|quan diem)\b/;

/** `1. Rà soát, kiện toàn tổ truyền thông cộng đồng.`: a point of four words or more ended by `.` or `;`, not a part's title. */
function isPointSentence(text: string): boolean {
  const words = foldText(text).replace(/[^a-z0-9, ]/g, " ").replace(/\s+/g, " ").trim();
  return /[.;]\s*$/.test(text) && words.split(" ").length >= 4 && !PART_WORDS.test(words);
}

export function aimLines(body: readonly TextLine[]): Set<number> {
  const top = (style: "roman" | "arabic") =>
    body.flatMap((l, i) => {
      if (l.cells) return [];
      const m = parseMarker(l.text);
      if (!m || m.style !== style || m.depth !== 1) return [];
      const content = l.text.slice(m.length);
      const words = content.split(/\s+/).length;
      // `4. Phấn đấu 100% tổ … sinh hoạt định kỳ.` among numbered points with no parts above them: a sentence
      // stating a figure, not a part's title.
      if (style === "arabic" && (isFigureSentence(content) || isPointSentence(content))) return [];
      return words <= 14 ? [i] : [];
    });
  let headings = top("roman");
  if (headings.length === 0) headings = top("arabic");
  const out = new Set<number>();
  const first = headings.length > 0 ? headings[0] : body.length;
  for (let i = 0; i < first; i++) out.add(i);
  const titleOf = (h: number) => {
    const marker = parseMarker(body[h].text);
    return foldText(body[h].text.slice(marker ? marker.length : 0)).replace(/[^a-z0-9, ]/g, " ").replace(/\s+/g, " ").trim();
  };
  // A plan with no part for its aims or targets states them under its purpose (`1. Mục đích`).
  const purposeAims = !headings.some((h) => /^(?:(?:cac|mot so|nhung)\s+)?(?:muc tieu|chi tieu)/.test(titleOf(h)));
  headings.forEach((h, k) => {
    const title = titleOf(h);
    if (!AIM_HEADING.test(title) && !(purposeAims && /^muc dich\b/.test(title))) return;
    const end = k + 1 < headings.length ? headings[k + 1] : body.length;
    for (let i = h; i < end; i++) out.add(i);
  });
  return out;
}

/** The verb of what is done (`thành lập mới`, `duy trì`, `tổ chức`), not after `được` (`hội viên được hỗ trợ`). */
const ACTION = /(?<!\p{L})(?<!(?:được|bị)\s+)(?:thành lập|duy trì|tổ chức|xây dựng|hỗ trợ|củng cố|kiện toàn|nhân rộng|mở|đào tạo|tập huấn)(?!\p{L})/iu;
/** What opens a sentence before its action: the year, the doer, `tiếp tục`, a reference (`Thực hiện Kế hoạch …`). */
const LEAD_IN = /^(?:(?:trong\s+)?năm\s+\d{4}|thực hiện|căn cứ|để|nhằm|ubnd|ủy ban|hội|ban|phòng|đoàn|các|mỗi)(?!\p{L})|,|(?:tiếp tục|sẽ|cần|phải)\s*$/iu;

/**
 * `Năm 2024, Hội LHPN xã … tiếp tục duy trì tổ truyền thông`, `Thực hiện Dự án 8 …, thành lập mới tổ …`: a running
 * sentence's lead-in (three words or more, with a comma, a doer or a reference) before the action is no part of the
 * target's name. A clause that is the counted subject of a passive (`… được …`), or a second action after `và`, is kept.
 */
function withoutLeadIn(name: string): string {
  const action = ACTION.exec(name);
  if (action === null || action.index === 0) return name;
  const lead = name.slice(0, action.index).trim();
  // `Người có uy tín được cấp phát báo … và tổ chức thăm hỏi`: the counted subject of a passive, or a second action, stays.
  if (lead.split(/\s+/).length < 3 || !LEAD_IN.test(lead) || /(?<!\p{L})(?:được|bị)(?!\p{L})|(?<!\p{L})(?:và|hoặc)$/iu.test(lead.slice(lead.lastIndexOf(",") + 1))) return name;
  const rest = name.slice(action.index);
  return rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1);
}

/** Whether `lead` says `unit` itself, word for word with its marks (`hộ nghèo còn lại là` for `hộ`). */
function namesUnit(lead: string, unit: string): boolean {
  const words = (t: string) => t.normalize("NFC").toLocaleLowerCase("vi").split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  const own = words(unit);
  const said = words(lead);
  return own.length > 0 && said.some((_, i) => own.every((w, k) => said[i + k] === w));
}

/** A prose target's name: the governing frame and the subject (`toàn huyện`, `cả nước có`) dropped. */
function proseName(name: string): string {
  let out = name;
  for (let i = 0; i < 3; i++) {
    const framed = out.replace(FRAME_LEAD, "");
    if (framed.trim().length > 0 && foldedWords(framed).length >= 1) out = framed;
    out = out.replace(WHEN, "").replace(SUBJECT, "");
  }
  out = withoutLeadIn(out);
  // `… so với năm 2023` loses its year to tidyName; the comparison goes with it.
  return tidyName(tidyName(out).replace(/\s*,?\s*so với(?:\s+(?:cùng kỳ|đầu kỳ|kế hoạch))?\s*$/iu, ""));
}

/**
 * Targets in the prose of `body` outside the lines of `skip`. A quantity
 * that restates a target already found (by its words and unit) is left to
 * the conflict check; a new one becomes a target of its own.
 */
export interface ProseReading {
  readonly targets: FoundTarget[];
  /** The same target restated with another value (`thành lập mới 09 tổ` … `thành lập mới 10 tổ`). */
  readonly issues: ExtractIssue[];
}

export function extractProseTargets(body: readonly TextLine[], skip: ReadonlySet<number>, known: readonly FoundTarget[]): ProseReading {
  const found: FoundTarget[] = [];
  const issues: ExtractIssue[] = [];
  const aims = aimLines(body);
  body.forEach((line, lineIndex) => {
    if (skip.has(lineIndex) || !aims.has(lineIndex) || line.cells) return;
    const marker = parseMarker(line.text);
    const offset = marker ? marker.length : 0;
    const text = withoutSuperseded(withoutRepealed(joinFixedPhrases(line.text.slice(offset))));
    const before = found.length;
    // A heading in capitals names a topic (`THÀNH LẬP 3.000 TỔ …`); targets are stated in the lines under it.
    const letters = text.replace(/[^\p{L}]/gu, "");
    if (letters.length > 0 && letters === letters.toLocaleUpperCase("vi")) return;
    for (const sentence of sentences(text)) {
      const part = text.slice(sentence.start, sentence.end);
      // `Mỗi huyện, thành phố tổ chức ít nhất 02 phiên giao dịch việc làm`: a listed target's quota said again.
      const quotas = findQuantities(part).filter((x) => x.role === "quota" && x.kind === "count");
      // `Tổ chức 09 lớp tập huấn … (mỗi huyện, thành phố 01 lớp)`: the quota of the count just before it, in its unit or
      // that unit's head word; no target of its own.
      const countBefore = (q: Quantity) =>
        findQuantities(part).find((t) => t.role === "target" && t.kind === "count" && t.start < q.start && sameHead(q.unit, t.unit) && !/[;.]/.test(part.slice(t.unitEnd, q.start)));
      for (const q of quotas) {
        if (countBefore(q) !== undefined) continue;
        const firstQuota = q === quotas[0];
        const pool = known.filter((t) => t.indicator.quota !== undefined && t.lineIndex !== lineIndex);
        const clause = part.slice(0, q.start).replace(/^.*[;.]/u, "") + part.slice(q.start).split(/[;,.(]|\s(?:tại|ở|trong|thuộc|mỗi)\s/u)[0];
        const same = bestMatch(pool, q, clause, "overlap");
        if (same !== null && same.indicator.quota !== q.base) issues.push(restatedQuota(same, q, lineAt(line, offset + sentence.start + q.start)));
        // `Mỗi xã, thị trấn tổ chức ít nhất 01 buổi …` with no listed target it restates: a target stated per
        // area, to be totalled over the areas and confirmed.
        const others = [...known, ...found].filter((t) => t.indicator.kind === q.kind && t.lineIndex !== lineIndex);
        if (same === null && firstQuota && ownPerArea(part, q) && bestMatch(others, q, clause, "overlap") === null) {
          const target = perAreaTarget(part, q, line, lineIndex, offset + sentence.start);
          if (target) found.push(target);
        }
      }
      // A range (`đạt từ 60 đến 70%`) takes part as its upper end, carrying its lower end.
      const all = findQuantities(part)
        .map((q) => (q.role === "range" ? { ...q, role: "target" as const } : q))
        .filter((q) => q.kind !== "money" && q.role === "target" && !/^(lần|lượt)$/iu.test(q.unit));
      const inBrackets = (q: Quantity) => (part.slice(0, q.start).match(/\(/g)?.length ?? 0) > (part.slice(0, q.start).match(/\)/g)?.length ?? 0);
      const shifted = { start: 0, end: part.length };
      // `Tổ chức 04 buổi sinh hoạt chuyên đề về phòng, chống tảo hôn cho khoảng 200 lượt hội viên`: an approximate count
      // after a count of another unit, in the same clause run, is whom that activity reaches, no target (as in a list).
      const reached = (q: Quantity) =>
        q.kind === "count" &&
        /(?:^|[^\p{L}])(?:khoảng|chừng|xấp xỉ|ước)\s*$/iu.test(part.slice(Math.max(0, q.start - 12), q.start)) &&
        all.some((o) => o.kind === "count" && o.start < q.start && foldText(o.unit) !== foldText(q.unit) && !/[;.]/.test(part.slice(o.unitEnd, q.start)));
      const scored = all.map((q) => ({ q, confidence: inBrackets(q) || isPlaceShare(part, q) || reached(q) ? 0 : proseConfidence(part, shifted, q) }));
      // A range is a target only where a target word sets it (`phấn đấu đạt từ 60 đến 70%`), never after an action alone.
      const targets = scored.filter((s) => s.confidence > 0 && (s.q.rangeFrom === undefined || s.confidence > CONFIDENCE.action));
      if (targets.length === 0) continue;
      // Every quantity splits the clauses; only the governed ones become targets.
      for (const span of targetSpans(part, all)) {
        const confidence = targets.find((t) => t.q === span.quantity)?.confidence ?? 0;
        if (confidence === 0) continue;
        const q = span.quantity;
        const context = part.slice(span.start, span.end);
        // Another line's target said again: the same value is no new target, another value is a conflict.
        const pool = [...known, ...found].filter((t) => t.indicator.kind !== "money" && t.lineIndex !== lineIndex);
        const comma = part.slice(q.unitEnd, span.end).search(/[,(]|\s(?:tại|ở|trong|thuộc)\s/u);
        const core = comma >= 0 ? part.slice(span.start, q.unitEnd + comma) : context;
        // `Xây dựng và duy trì 12 địa chỉ tin cậy` beside a table's `Địa chỉ tin cậy` total of 12: the same value, in
        // words the shorter name mostly shares, is that target said again.
        // `đào tạo nghề cho 350 lao động` beside a table's `Đào tạo nghề (người)` total of 350: people counted in another
        // word for them, the same value, is that target said again too.
        // `Cứng hóa thêm 1,8 km đường trục thôn` beside a table's 8 km: what is added is no restatement of the total.
        const added = ADDED_BEFORE.test(part.slice(Math.max(0, q.start - 24), q.start));
        const same = added
          ? null
          : bestMatch(pool, q, context) ??
          bestMatch(pool, q, core) ??
          bestMatch(pool.filter((t) => t.indicator.target === q.base), q, core, "overlap", samePeople) ??
          restatedRow(pool, q, part.slice(span.start, q.start), part.slice(q.unitEnd, span.start + core.length));
        if (same !== null) {
          if (same.indicator.target !== q.base) issues.push(restated(same, q, lineAt(line, offset + sentence.start + q.start)));
          continue;
        }
        const lead = part.slice(span.start, q.start);
        let name = proseName(nameSpan(part, span).name);
        // `Hỗ trợ giống bò sinh sản: 12 con cho 12 hộ`: the label names the value (and whom it is for).
        const colon = part.lastIndexOf(":", q.start - 1);
        const label = colon >= 0 && labelled(part, colon, part.slice(colon + 1, q.start)) ? part.slice(Math.max(part.lastIndexOf(";", colon) + 1, 0), colon) : "";
        const labelName = /\p{L}/u.test(label) ? proseName(`${label}${/(?:^|\s)cho\s*$/u.test(part.slice(colon + 1, q.start)) ? ` cho ${q.unit}` : ""}`) : "";
        // `hộ nghèo còn lại là 337 hộ`: the unit is already named before the number; the name is that lead. Named with
        // its marks and whole (`Hội LHPN … hỗ trợ 50 hội viên phụ nữ`, `hỗ trợ 30 hộ nghèo`: `Hội`, `hỗ` name no unit).
        if (q.kind === "count" && namesUnit(lead, q.unit) && !/\p{L}/u.test(dropParentheses(part.slice(q.unitEnd, span.end)))) {
          name = proseName(lead.replace(/\s+(?:là|có|đạt|còn|ở mức)\s*$/iu, ""));
        }
        // `Mỗi xã thành lập 01 CLB, toàn huyện 14 CLB`: the whole is named by the norm's words.
        name = wholeName(part, span.start, q) ?? name;
        // `…, chiếm tỷ lệ 0,85%`: the share of the count named just before.
        const previous = found.length > 0 && found[found.length - 1].lineIndex === lineIndex ? found[found.length - 1].indicator.name : null;
        if (q.kind === "percent" && previous !== null && /^chiếm(?:\s+tỷ lệ)?$/iu.test(name)) name = `Tỷ lệ ${previous.charAt(0).toLocaleLowerCase("vi")}${previous.slice(1)}`;
        // What is left (`còn lại`, `xuống`) is a ceiling.
        const remaining = /(?:còn lại|giảm xuống|xuống còn|xuống dưới)/iu.test(part.slice(0, q.start));
        // `Hỗ trợ 40 con bò cái sinh sản cho 20 hộ`: whom the action is for, counted, is named by that action
        // (`Hỗ trợ con bò cái sinh sản cho hộ`).
        const forWhom = /^(.*\p{L}.*?)\s+cho\s*$/u.exec(clauseBefore(part, 0, q.start));
        if ((foldText(name).replace(/[^a-z]/g, "").length < 3 || foldText(name) === foldText(q.unit)) && forWhom && q.kind === "count") {
          const action = tidyName(forWhom[1].replace(/\d[\d.,]*\s*/gu, ""));
          if (action) name = `${action} cho ${q.unit}`;
        }
        if (labelName !== "") name = labelName;
        if (foldText(name).replace(/[^a-z]/g, "").length < 3) continue;
        // `Mỗi năm hỗ trợ ít nhất 50 hội viên`, `Hằng năm tổ chức …`: the year's figure, as in a list.
        const yearly = q.kind === "count" && pacedPerYear(part, q.start, q.unitEnd, span.end);
        if (yearly) name = yearlyName(name);
        const at = lineAt(line, offset + sentence.start + q.start);
        const indicator: ExtractedIndicator = {
          code: "",
          name: withFraction(withComparison(name, part, q.unitEnd), q),
          unit: q.unit,
          // A range's target is its lower end, to be met or passed.
          target: q.rangeFrom ?? q.base,
          kind: q.kind,
          source: `line ${at}`,
          line: at,
          ...(q.rangeFrom !== undefined ? { rule: ">=" as const, range: [q.rangeFrom, q.base] as const } : q.rule ? { rule: q.rule } : remaining ? { rule: "<=" as const } : {}),
          sourceText: part.trim(),
          confidence,
        };
        const year = labelYear(part, q);
        // In a bracket right after the count (a quota after a comma is joined with the list of places, later).
        const quota = q.kind === "count" ? quotas.find((x) => countBefore(x)?.start === q.start && part.slice(q.unitEnd, x.start).includes("(")) : undefined;
        found.push({ indicator: quota ? { ...indicator, quota: quota.base } : indicator, context, label: null, lineIndex, ...(year !== null ? { year } : {}), ...(yearly ? { why: "yearly" as const } : {}) });
      }
    }
    for (const t of found.slice(before)) if (t.indicator.sourceText) t.indicator = { ...t.indicator, sourceText: showFixedPhrases(t.indicator.sourceText) };
  });
  return { targets: found, issues };
}

/**
 * A quota that is a target per commune or district of its own: not a figure
 * of attendance (`khoảng 50 người`), not a norm repeated every month or year,
 * not per village (villages are no areas), and no total beside it.
 */
function ownPerArea(part: string, q: Quantity): boolean {
  // `mỗi trường tổ chức ít nhất 01 buổi`: per school or facility too, totalled over the count the plan gives of them.
  if (q.per === undefined || !/^(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|trường|cơ sở)(?!\p{L})/iu.test(q.per)) return false;
  if (/(?:khoảng|chừng|xấp xỉ|ước)\s*$/iu.test(part.slice(Math.max(0, q.start - 12), q.start))) return false;
  // A pace per month, quarter or week is no count to total; per year it is, over the plan's years.
  if (/(?:mỗi|hằng|hàng)\s+(?:tháng|quý|tuần)(?!\p{L})|\/\s*(?:tháng|quý|tuần)(?!\p{L})/iu.test(part)) return false;
  return !findQuantities(part).some((o) => o !== q && o.role === "target" && o.unit === q.unit);
}

function perAreaTarget(part: string, q: Quantity, line: TextLine, lineIndex: number, offset: number): FoundTarget | null {
  const asTarget = { ...q, role: "target" as const };
  const span = targetSpans(part, [asTarget])[0];
  if (!span) return null;
  // The name ends before a clause with a figure of its own (`…, khoảng 50 người tham dự`).
  const comma = part.slice(q.unitEnd).search(/[,;(](?=[^,;(]*\d)/u);
  const clipped = { ...span, end: comma >= 0 ? Math.min(span.end, q.unitEnd + comma) : span.end };
  // `01 cuộc đối thoại chính sách/huyện`: only `/huyện` is the quota's; the words before it name the target.
  // `01 cuộc đối thoại chính sách tại mỗi xã`: from `tại mỗi` on.
  const slash = q.roleEnd !== undefined ? part.slice(q.unitEnd, q.roleEnd).search(/\s*(?:\/|(?:(?:cho|tại|ở|trên|của)\s+)?mỗi\s)[^/]*$/iu) : -1;
  const said = proseName(nameSpan(part, { ...clipped, quotas: [{ ...q, start: q.unitEnd + Math.max(0, slash) }] }).name);
  // `Mỗi xã tổ chức … mỗi năm với phụ nữ`: the place and the pace are the quota's, no part of the name.
  const bare = tidyName(said.replace(/^mỗi\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|trường|cơ sở)(?:\s*,\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố))*\s*,?\s*/iu, "").replace(/\s*,?\s*(?:mỗi|hằng|hàng)\s+năm(?!\p{L})/iu, ""));
  const name = foldText(bare).replace(/[^a-z]/g, "").length >= 3 ? bare : said;
  if (foldText(name).replace(/[^a-z]/g, "").length < 3) return null;
  const at = lineAt(line, offset + q.start);
  const indicator: ExtractedIndicator = {
    code: "",
    name,
    unit: q.unit,
    target: q.base,
    kind: q.kind,
    source: `line ${at}`,
    line: at,
    ...(q.rule ? { rule: q.rule } : {}),
    quota: q.base,
    sourceText: part.trim(),
    confidence: CONFIDENCE.frame,
  };
  const perYear = /(?:mỗi|hằng|hàng)\s+năm(?!\p{L})|\/\s*năm(?!\p{L})/iu.test(part);
  return { indicator, context: part.slice(span.start, span.end), label: null, lineIndex, quotaPer: q.per, perArea: true, running: true, ...(perYear ? { perYear } : {}) };
}

function restatedQuota(t: FoundTarget, q: Quantity, at: number): ExtractIssue {
  const ind = t.indicator;
  return issue(
    "target-conflict",
    `Chỉ tiêu "${ind.name}" có định mức ${ind.quota} ${ind.unit}/${t.quotaPer ?? "địa bàn"} (dòng ${ind.line}) nhưng dòng ${at} ghi ${q.base} ${q.unit}/${q.per ?? "địa bàn"}.`,
    `Target "${ind.name}" has a quota of ${ind.quota} ${ind.unit} per ${t.quotaPer ?? "area"} (line ${ind.line}) but line ${at} says ${q.base} ${q.unit} per ${q.per ?? "area"}.`,
    { source: sourceOf(at), expected: ind.quota, actual: q.base },
  );
}

/**
 * `đào tạo nghề cho 400 lao động` beside a table's `Đào tạo nghề (người)` total of 350: a table's people total whose
 * every word the action before the figure says, people counted in another word for them and nothing after it to make
 * them some of them (`… lao động nữ`; `… lao động nông thôn` names them all), is that row said again, with another value — one target, and a conflict.
 */
/** `lao động nông thôn`, `lao động trong độ tuổi`: words after the people that name all of them, not some. */
const WHOLE_PEOPLE = /^\s*(?:nông thôn|trong độ tuổi(?: lao động)?)(?!\p{L})/iu;

function restatedRow(pool: readonly FoundTarget[], q: Quantity, before: string, after: string): FoundTarget | null {
  if (!PEOPLE.includes(foldText(q.unit)) || /\p{L}/u.test(after.replace(WHOLE_PEOPLE, ""))) return null;
  const rows = pool.filter((t) => t.fromTable && PEOPLE.includes(foldText(t.indicator.unit)));
  const row = bestMatch(rows, q, before, "overlap", samePeople);
  return row !== null && coversName(before, row.context) ? row : null;
}

function restated(t: FoundTarget, q: Quantity, at: number): ExtractIssue {
  const ind = t.indicator;
  const fmt = (value: number, unit: string) => figureText(value, unit);
  const vi = (value: number, unit: string) => figureText(value, unit, "vi");
  return issue(
    "target-conflict",
    `Chỉ tiêu "${ind.name}" là ${vi(ind.target, ind.unit)} (dòng ${ind.line}) nhưng dòng ${at} ghi ${vi(q.base, q.unit)}.`,
    `Target "${ind.name}" is ${fmt(ind.target, ind.unit)} (line ${ind.line}) but line ${at} says ${fmt(q.base, q.unit)}.`,
    { source: sourceOf(at), expected: ind.target, actual: q.base },
  );
}
