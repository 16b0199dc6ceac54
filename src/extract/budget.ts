/**
 * The budget: the total (`9,490 tỷ đồng`) and its parts, each as whole đồng
 * with the unit it is written in, coded `KP`, `KP.1`, … so that a parent is
 * the sum of its children; parts that do not add up raise `budget-split`.
 */
import { isTotalLabel } from "./totalLabels";
import { foldText } from "../core/text/fold";
import { dropParentheses, tidyName } from "./clauses";
import { issue, sourceOf } from "./issues";
import { headingRank, parseMarker } from "./markers";
import { formatDong, formatInUnit } from "./money";
import { lineAt, type TextLine } from "./normalize";
import { placeHeaderLevel } from "./placeHeaders";
import { findQuantities, type Quantity } from "./quantities";
import { digitsForSpelledAmounts } from "./spelledAmounts";
import { findUnitInText as findCoreUnit, moneyScale, moneyUnitName } from "../core/text/units";
import { normalizeVietnameseNumber, scaleDecimal } from "../core/text/vnNumber";
import { CONFIDENCE } from "./prose";
import { withoutSupersededAmounts } from "./superseded";
import type { ExtractedIndicator, ExtractIssue } from "./types";

/** `ĐVT: 1.000 đồng`, `Kinh phí (1.000đ)`: a unit written as the amount it counts in, read as `nghìn đồng` / `triệu đồng`. */
function findUnitInText(text: string): ReturnType<typeof findCoreUnit> {
  return findCoreUnit(
    text
      .replace(/(?<![\d.,])1\.000\.000\s*(?:đồng|đ|VNĐ|VND)(?!\p{L})/giu, "triệu đồng")
      .replace(/(?<![\d.,])1\.000\s*(?:đồng|đ|VNĐ|VND)(?!\p{L})/giu, "nghìn đồng"),
  );
}

/** `ĐVT: …`, `Đơn vị tính: …` right before a figure: the unit of a table, no amount. */
const UNIT_NOTE_BEFORE = /(?:đvt|đơn vị tính|đơn vị)\s*[:：]?\s*$/iu;

interface Amount {
  readonly q: Quantity;
  readonly line: TextLine;
  text: string;
  readonly offset: number;
  readonly rank: number;
  readonly isTotal: boolean;
  readonly opensList: boolean;
  children: Amount[];
  /** Where this amount's own words start: after the amount before it on the line. */
  readonly from?: number;
  /** The sum of a table row's amounts by year (no total column): worked out, to confirm. */
  readonly yearSum?: boolean;
  /** A total the text does not state, worked out from two splits that agree on it: to confirm. */
  readonly partsSum?: boolean;
  /** Amounts by year stated with the total on its line: its schedule, told in its text and checked against it. */
  schedule?: Amount[];
}

function rankOf(text: string): number {
  const marker = parseMarker(text);
  // A paragraph sits above the bullets that follow it and beside other paragraphs.
  if (!marker) return 5;
  const rank = headingRank(marker);
  if (rank !== null) return rank;
  return /^[+]/.test(text) ? 7 : 6;
}

/** `(triệu đồng)`, `(ĐVT: tỷ đồng)`, `(tr.đ)` in a line of the budget: the unit of the bare figures on it. */
const BRACKET_UNIT = /\(\s*(?:đvt|đơn vị tính|đơn vị)?\s*:?\s*(tỷ đồng|triệu đồng|nghìn đồng|đồng|tr\.?\s?đ(?:ồng)?)\s*\)/iu;
const BARE_FIGURE = /(?<![\p{L}\p{N}.,/])\d{1,3}(?:\.\d{3})*(?:,\d+)?(?![\p{N}.,]*\d)(?!\s*(?:%|\/|\p{L}))/gu;

/**
 * `Tổng kinh phí (triệu đồng): 1.250, trong đó NSTW: 1.000; NSĐP: 250`, `1.250 (triệu đồng)`: figures with no
 * unit of their own on a line whose bracket gives it; none when the line has no such bracket.
 */
function bareAmounts(text: string): Quantity[] {
  const unit = BRACKET_UNIT.exec(text);
  const scale = unit ? moneyScale(unit[1]) : null;
  if (unit === null || scale === null) return [];
  const out: Quantity[] = [];
  for (const m of text.matchAll(BARE_FIGURE)) {
    const start = m.index ?? 0;
    if (start >= unit.index && start < unit.index + unit[0].length) continue;
    // A value after a colon or `là` (`NSTW: 1.000`, `Tổng kinh phí: 1.250 (triệu đồng)`); `Dự án 8` labels.
    if (!/(?:[:;,=]|(?<!\p{L})là)\s*$/u.test(text.slice(Math.max(0, start - 8), start))) continue;
    const canonical = normalizeVietnameseNumber(m[0]);
    if (canonical === null) continue;
    const end = start + m[0].length;
    out.push({ start, end, raw: m[0], canonical, value: Number(canonical), base: scaleDecimal(canonical, scale), kind: "money", unit: moneyUnitName(scale), scale, unitEnd: end, role: "target", knownUnit: true });
  }
  return out;
}

function amountsOf(line: TextLine): Amount[] {
  const marker = parseMarker(line.text);
  const offset = marker ? marker.length : 0;
  // `Tổng kinh phí: một tỷ hai trăm năm mươi triệu đồng, trong đó …`: an amount in words only, read as its figure.
  const text = digitsForSpelledAmounts(line.text.slice(offset));
  const rank = rankOf(line.text);
  // An amount per year (`300 triệu đồng/năm`) is a budget line too; per person or per model it is a rate.
  const money = findQuantities(text).filter(
    (q) => q.kind === "money" && (q.role === "target" || /^năm$/iu.test(q.per ?? "")) && !UNIT_NOTE_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start)) && !isChange(text, q) && !isAverage(text, q),
  );
  const found = money.length > 0 ? money : bareAmounts(text);
  const out: Amount[] = [];
  for (const q of found) {
    const from = out.length > 0 ? out[out.length - 1].q.unitEnd : 0;
    // The clause of this amount starts after the amount before it: `Tổng …: 1,85 tỷ đồng, trong đó: ngân sách tỉnh 1,2 tỷ đồng` is no total twice.
    const clauseStart = Math.max(text.lastIndexOf(";", q.start), text.lastIndexOf(".", q.start - 2), from);
    const clause = foldText(text.slice(clauseStart, q.start));
    // `Hội nghị sơ kết, tổng kết`, `tổng hợp báo cáo`, `tổng vệ sinh`: an activity's own word, no total.
    const isTotal = /\btong\b(?! (?:ket|hop|ve sinh|dieu tra|ra soat|duyet|giam doc|bi thu))/.test(clause) || (out.length === 0 && /\btong (kinh phi|so|cong|nguon)\b/.test(foldText(text.slice(0, q.start))));
    // `Tổng kinh phí: 600 triệu đồng do các nguồn xã hội hóa, 400 triệu đồng từ nguồn ngân sách huyện`: amounts named
    // each by its source after it, one after another, are the sources; the total they make is not stated.
    const previous = out[out.length - 1];
    if (previous !== undefined && out.length === 1 && previous.isTotal && SOURCE_AFTER.test(text.slice(previous.q.unitEnd, q.start)) && SOURCE_AFTER.test(text.slice(q.unitEnd)))
      out[0] = { ...previous, isTotal: false };
    out.push({ q, line, text, offset, rank, isTotal, opensList: /:\s*$/.test(text), children: [], from });
  }
  // `Kinh phí: 120.000.000 đồng/năm x 2 năm = 240.000.000 đồng`: the result is the amount; the figures worked
  // with are not parts of it. It is named by the words before the working.
  const result = out.findIndex((a) => /=\s*$/.test(text.slice(0, a.q.start)));
  if (result > 0) {
    const a = out[result];
    // `Tập huấn: 2 lớp x 30 triệu đồng = …`: the counts multiplied go with the working too.
    const lead = text.slice(0, out[0].q.start).replace(/(?:\d+(?:[.,]\d+)*\s*[\p{L} ]{0,20}?\s*[x×*]\s*)+$/u, "");
    const shift = a.q.start - lead.length;
    const q = { ...a.q, start: lead.length, end: a.q.end - shift, unitEnd: a.q.unitEnd - shift };
    const isTotal = a.isTotal || out[0].isTotal || /\b(tong|kinh phi thuc hien|kinh phi)\b/.test(foldText(lead)) && /^\s*$/.test(foldText(lead).replace(/\b(tong|kinh phi|thuc hien|du kien|ke hoach|nam \d{4})\b|[:\s]/g, ""));
    return [{ ...a, q, text: lead + text.slice(a.q.start), offset: offset + shift, isTotal, from: 0 }];
  }
  // `63.000.000đ (21 mô hình x 3.000.000đ)`, `3 triệu đồng x 21 mô hình`: an amount multiplied by a count with no
  // result after it is the price of one, the working of the amount beside it, no budget line.
  const priced = out.filter((a) => !isMultiplied(text, a.q));
  if (priced.length < out.length) return priced.length === 0 ? [] : amountsAfterWorking(priced, text);
  return amountsAfterWorking(out, text);
}

/**
 * `Tổng kinh phí sau điều chỉnh: 1.150 triệu đồng, tăng 150 triệu đồng so với Kế hoạch số 45/KH-UBND`, `(giảm 50 triệu
 * đồng)`: how much an amount moved against another, no budget line.
 */
function isChange(text: string, q: Quantity): boolean {
  if (!/(?:^|[^\p{L}])(?:tăng|giảm)(?:\s+thêm)?\s*$/iu.test(text.slice(Math.max(0, q.start - 12), q.start))) return false;
  const after = text.slice(q.unitEnd);
  return /^[^;.]{0,20}?(?:^|[^\p{L}])so với(?!\p{L})/iu.test(after) || (/\(\s*(?:tăng|giảm)[^()]*$/iu.test(text.slice(0, q.start)) && /^[^()]*\)/u.test(after));
}

/** `bình quân mỗi năm bố trí khoảng 1,898 tỷ đồng`: an average worked out from the budget, no budget line of its own. */
function isAverage(text: string, q: Quantity): boolean {
  return /(?:^|[^\p{L}])(?:bình quân|trung bình)(?!\p{L})[^;.:\d]{0,40}$/iu.test(text.slice(Math.max(0, q.start - 60), q.start));
}

const MULTIPLIED_BEFORE = /\d[\d.,]*\s*[\p{L} ]{0,25}?\s[x×*]\s*$/u;
const MULTIPLIED_AFTER = /^\s*[x×*]\s*\d/u;

function isMultiplied(text: string, q: Quantity): boolean {
  return MULTIPLIED_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) || MULTIPLIED_AFTER.test(text.slice(q.unitEnd));
}

function amountsAfterWorking(out: Amount[], text: string): Amount[] {
  // `Tổng kinh phí 10 tỷ đồng, trong đó: ngân sách Trung ương 6 tỷ đồng; …`
  if (out.length > 1) {
    const first = out[0];
    const between = foldText(text.slice(first.q.unitEnd, out[1].q.start));
    if (/\b(trong do|gom|bao gom|cu the|chia ra)\b/.test(between) || first.isTotal) {
      first.children = out.slice(1);
      return [first];
    }
  }
  return withBracketParts(out, text);
}

/**
 * `Địa chỉ tin cậy: 360 triệu đồng (ngân sách trung ương 330 triệu đồng, ngân sách địa phương 30 triệu đồng)`: the
 * amounts in a bracket opened right after an amount, which add up to it, are its parts (by source), not more
 * amounts beside it; years in such a bracket are its schedule whether or not they add up. A year's amount keeps its
 * sources beside it: they are summed over the years as the total's.
 */
function withBracketParts(amounts: Amount[], text: string): Amount[] {
  const out: Amount[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    out.push(a);
    const open = /^\s*\(/.exec(text.slice(a.q.unitEnd));
    if (open === null || byYear(a)) continue;
    const from = a.q.unitEnd + open[0].length;
    const close = text.indexOf(")", from);
    if (close < 0) continue;
    const inside: Amount[] = [];
    for (let k = i + 1; k < amounts.length && amounts[k].q.start < close; k++) inside.push(amounts[k]);
    if (inside.length === 0 || inside.some((p) => p.q.unitEnd > close)) continue;
    // `Ngân sách trung ương: 800 triệu đồng (năm 2026: 400 triệu đồng, năm 2027: 300 triệu đồng)`: years in the bracket are
    // the amount's own schedule even when they miss it (checked against it), never amounts of the total's.
    if (!inside.every(byYear) && Math.abs(inside.reduce((sum, p) => sum + p.q.base, 0) - a.q.base) >= 0.5) continue;
    a.children = inside;
    i += inside.length;
  }
  return out;
}

function nameOf(a: Amount, root: boolean): string {
  const yearly = a.q.role === "rate" ? " (mỗi năm)" : "";
  if (a.isTotal || root) return `Tổng kinh phí${yearly}`;
  return plainName(a) + yearly;
}

/** `từ nguồn`, `do các nguồn`, `bằng nguồn vốn` right after an amount: where it comes from, named after it. */
const SOURCE_AFTER = /^\s*,?\s*(?:từ|do|bằng)\s+(?:các\s+)?nguồn(?!\p{L})\s*/iu;

/** `để`, `dùng cho`, `chi cho` right after an amount: what it is spent on, named after it. */
const PURPOSE_AFTER = /^\s*,?\s*(?:để|dùng để|dùng cho|chi cho|nhằm)\s+/iu;

/** The words after an amount up to the next one, `và`, or the clause's end, without `từ nguồn` (or `để`); null when none. */
function sourceAfter(a: Amount, opener = SOURCE_AFTER): string | null {
  const rest = dropParentheses(a.text.slice(a.q.unitEnd)).replace(opener, "");
  // A purpose runs over `và` (`để tập huấn và xây dựng mô hình`) up to the next amount; a source ends there.
  const words = rest.split(opener === SOURCE_AFTER ? /[;.,:]|\s(?:và|hoặc|cùng)(?!\p{L})|\s\d/u : /[;:]|\.\s|\.$|(?:,|\s(?:và|hoặc|cùng))?\s+(?=\d[\d.,]*\s*(?:tỷ|triệu|nghìn|ngàn)?\s*(?:đồng|đ)(?!\p{L}))/u)[0] ?? "";
  return tidyName(words) || null;
}

/** A numbered part named by its number alone (`Nội dung 1`, `Tiểu dự án 2`, `Tiểu dự án 1 Dự án 4`, `Hoạt động 3`). */
const NUMBERED_PART = /(?:nội dung|tiểu dự án|dự án|hoạt động|nhiệm vụ|hạng mục)\s+(?:\d+(?:\.\d+)*|[IVX]+)/u.source;
const NUMBERED_LABEL = new RegExp(`^${NUMBERED_PART}(?:,?\\s+(?:thuộc\\s+|của\\s+)?${NUMBERED_PART})*$`, "iu");

/**
 * `Nội dung 1 (truyền thông, nâng cao năng lực): 1.200 triệu đồng`: a part named by its number alone keeps the words in
 * the bracket after it, which say what the part is.
 */
function withBracketWords(name: string, lead: string): string {
  if (!NUMBERED_LABEL.test(name)) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const bracket = new RegExp(`${escaped}\\s*\\(([^()]*\\p{L}[^()]*)\\)\\s*[:\\-–]?\\s*$`, "iu").exec(lead);
  return bracket === null ? name : `${name} (${bracket[1].replace(/\s+/g, " ").trim()})`;
}

function plainName(a: Amount): string {
  const clean = (text: string) => {
    let out = text;
    for (let i = 0; i < 4; i++) {
      out = out.replace(/\s*[;:,]?\s*(số tiền|kinh phí|tổng kinh phí|dự kiến|là|với|khoảng|trị giá|mức|tổng|trong đó|gồm|bao gồm|cụ thể)?\s*[;:,]?\s*$/iu, "");
    }
    return out;
  };
  // `ngân sách huyện 300 triệu đồng, huy động xã hội hóa 200 triệu đồng`: the words after the amount before.
  // `Tổng kinh phí: 1.250 tr.đ (NSTW 1.000 tr.đ, …)`: an amount inside a bracket is named by the words after its `(`.
  const lead = a.text.slice(a.from ?? 0, a.q.start);
  const opened = lead.lastIndexOf("(") > lead.lastIndexOf(")") ? lead.slice(lead.lastIndexOf("(") + 1) : lead;
  const before = dropParentheses(opened).replace(/^\s*[,;.]\s*/, "");
  // The clause of this amount only: `Trong đó: 1,92 tỷ đồng để …` has nothing before the amount.
  // `Kinh phí thực hiện từ nguồn NSTW 1,1 tỷ đồng và NSĐP 150 triệu đồng`: the sources, without the lead-in and `và`.
  // `850 triệu đồng từ nguồn ngân sách trung ương và 150 triệu đồng vốn lồng ghép`: a source named after the amount
  // belongs to it; the next amount's words then come after it too.
  const sourced = sourceAfter(a);
  if (sourced !== null && (a.from ?? 0) > 0 && SOURCE_AFTER.test(lead)) return sourced;
  // `600 triệu đồng để tuyên truyền, 400 triệu đồng để tập huấn`: so too a purpose named after each amount.
  const purposed = PURPOSE_AFTER.test(a.text.slice(a.q.unitEnd)) ? sourceAfter(a, PURPOSE_AFTER) : null;
  if (purposed !== null && (a.from ?? 0) > 0 && PURPOSE_AFTER.test(lead)) return purposed;
  const sourcedAfter = SOURCE_AFTER.test(a.text.slice(a.q.unitEnd)) ? sourced : null;
  const own = tidyName(
    clean(before.split(/[;:]|\.\s+(?=\p{Lu})/u).pop() ?? "")
      .replace(/^\s*(?:và|hoặc|cùng)\s+/iu, "")
      .replace(/^\s*(?:tổng\s+)?kinh phí(?:\s+thực hiện)?\s+(?:từ|do|bằng)\s+(?:các\s+)?(?:nguồn\s+)?(?=\S)/iu, ""),
  );
  // `Kinh phí thực hiện gồm 600 triệu đồng do các nguồn xã hội hóa, …`: the budget's own words name no part; its source does.
  const leadIn = /^(?:tong )?kinh phi(?: thuc hien)?(?: (?:du kien|ke hoach|nam \d{4}))*$/.test(foldText(own));
  if (own && !(leadIn && (sourcedAfter ?? purposed) !== null)) return withBracketWords(own, opened);
  if (sourcedAfter !== null) return sourcedAfter;
  // `Kinh phí: 600 triệu đồng để tuyên truyền, 400 triệu đồng …`: the purpose up to the next amount.
  if (purposed !== null && /\d[\d.,]*\s*(?:tỷ|triệu|nghìn|ngàn)?\s*(?:đồng|đ)(?!\p{L})/u.test(a.text.slice(a.q.unitEnd))) return purposed;
  const after = dropParentheses(a.text.slice(a.q.unitEnd)).split(/[;.]/)[0] ?? "";
  // `… 1,92 tỷ đồng để hỗ trợ phát triển sản xuất`: the purpose after the amount names it.
  const purpose = /^\s*,?\s*(?:để|dùng để|dùng cho|nhằm|cho|chi cho|chi)\s+(\S.*)$/iu.exec(after);
  if (purpose && tidyName(purpose[1])) return tidyName(purpose[1]);
  // `Tên khoản; số tiền: 3,1 tỷ đồng`: the clause before the label.
  const lastClause = clean(before).split(/[;:]\s*/).filter((s) => s.trim()).pop() ?? "";
  return withBracketWords(tidyName(lastClause), opened) || tidyName(after) || "Kinh phí";
}

/** Amount trees of the budget lines: a line ending with `:` owns the deeper lines below it. */
function build(lines: readonly TextLine[]): Amount[] {
  const roots: Amount[] = [];
  const stack: Amount[] = [];
  for (const line of lines) {
    if (line.cells) continue;
    const rank = rankOf(line.text);
    while (stack.length > 0 && stack[stack.length - 1].rank >= rank) stack.pop();
    for (const a of amountsOf(line)) {
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(a);
      else roots.push(a);
    }
    const amounts = amountsOf(line);
    const opens = /:\s*$/.test(line.text);
    // `Trong đó:` on a line of its own opens the list of the amount just before it.
    // `Phân kỳ theo năm:`, `Chia theo nguồn:`, `3. Phân bổ theo nội dung:` on a line of its own: a split of the total
    // stated above, never of a part (nor of the last source listed before it).
    const byWhat = amounts.length === 0 && opens && /\b(phan ky|chia theo|phan theo|phan chia theo|phan bo theo)\b/.test(foldText(line.text));
    const opensForPrevious = amounts.length === 0 && opens && !byWhat && /\b(trong do|bao gom|gom|cu the|chia ra|phan bo)\b/.test(foldText(line.text));
    const schedule = byWhat && stack.length === 0;
    const total = schedule && roots.length > 0 && roots[roots.length - 1].isTotal && roots[roots.length - 1].children.length > 0 ? roots[roots.length - 1] : undefined;
    if (total) stack.push({ ...total, rank });
    else if ((amounts.length > 0 && opens) || opensForPrevious) {
      const owner = (stack.length > 0 ? stack[stack.length - 1].children : roots).slice(-1)[0];
      if (owner && !stack.includes(owner)) stack.push(opensForPrevious ? { ...owner, rank } : owner);
    }
  }
  return roots;
}

/**
 * Amounts of budget tables: a header cell or a note before the table gives
 * the money unit (`Kinh phí (triệu đồng)`, `ĐVT: triệu đồng`); a `Tổng cộng`
 * row is the total; rows numbered `1`, `2` under a row numbered `I` are its parts.
 */
/** `(Đơn vị tính: triệu đồng)` alone on its line. */
const UNIT_NOTE_LINE = /^\s*\(?\s*(?:đvt|đơn vị tính|đơn vị)\s*[:：]?\s*[^()]{1,30}\)?\s*[.;]?\s*$/iu;

/** A table's unit note written right below it, as some staff do: read before the table, as it would be above it. */
function notesFirst(lines: readonly TextLine[]): TextLine[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const note = out[i];
    if (note.cells || !out[i - 1].cells || !UNIT_NOTE_LINE.test(note.text) || findUnitInText(note.text)?.kind !== "money") continue;
    let start = i - 1;
    while (start > 0 && out[start - 1].cells) start--;
    // A table whose own unit is noted above it, or in its header, keeps it.
    if (start > 0 && UNIT_NOTE_LINE.test(out[start - 1].text)) continue;
    if (out.slice(start, i).some((l) => (l.cells ?? []).some((c) => findUnitInText(c)?.kind === "money"))) continue;
    out.splice(i, 1);
    out.splice(start, 0, note);
  }
  return out;
}

/** `Nội dung`, `Dự án`, `Hoạt động`, `Nguồn vốn`: the label column's header of a budget table. */
const LABEL_HEADER = /^(noi dung|hang muc|ten|nguon von|nguon kinh phi|khoan muc|danh muc|(?:tieu )?du an|hoat dong|nhiem vu)(?![a-z])/;

/** `Năm 2024`, `2025`: a header cell naming a year. */
const YEAR_CELL = /^(?:năm\s+)?(?:19|20)\d{2}$/iu;

const TOTAL_CELL = /^(tong so|tong cong|tong|cong|tong kinh phi|tong von)$/;
/** `Toàn huyện`, `Toàn tỉnh`: the total row of a table by place. */
const PLACES_TOTAL = /^(?:toan|ca) (?:huyen|tinh|xa|thanh pho|thi xa)$/;

/**
 * `Năm | Tổng số | Ngân sách trung ương | Ngân sách địa phương` over rows `2024`, `2025` and `Cộng`: a budget
 * split by year down and by source across. The total row's `Tổng số` is the total, its other cells the sources;
 * the years are the schedule. Null when the rows at `i` are no such table or its unit is not known.
 */
function yearRowsTable(lines: readonly TextLine[], i: number, noted: number | null, stated: Quantity | null = null): { amount: Amount; end: number } | null {
  const header = lines[i].cells as readonly string[];
  let at = 0;
  while (at < header.length && /^(stt|tt|)$/.test(foldText(header[at]).trim())) at++;
  if (!/^(nam|cac nam)$/.test(foldText(header[at] ?? "").replace(/\(.*\)/g, "").trim())) return null;
  const totalCol = header.findIndex((c, k) => k > at && TOTAL_CELL.test(foldText(c).replace(/\(.*\)/g, "").trim()));
  const parts = header.map((c, k) => (k > at && k !== totalCol && /\p{L}/u.test(c) ? k : -1)).filter((k) => k >= 0);
  const given = findUnitInText(header.join(" "))?.scale ?? noted;
  if (totalCol < 0 || parts.length < 2) return null;
  let end = i + 1;
  let years = 0;
  let totalRow: TextLine | null = null;
  for (; end < lines.length && lines[end].cells; end++) {
    const label = foldText(lines[end].cells?.[at] ?? "").trim();
    if (/^(nam )?(19|20)\d{2}$/.test(label)) years++;
    else if (TOTAL_CELL.test(label)) totalRow = lines[end];
    else return null;
  }
  if (years < 2 || totalRow === null) return null;
  const cells = totalRow.cells as readonly string[];
  // No unit in the header or a note: the unit in which the total row's `Tổng` is the total the text states before the
  // table (`Tổng kinh phí …: 8.765.432.000 đồng. Phân theo năm và nguồn vốn như sau:`).
  const totalFigure = normalizeVietnameseNumber((cells[totalCol] ?? "").trim());
  const scale = given ?? (stated !== null && totalFigure !== null ? ([stated.scale, 1, 1e3, 1e6, 1e9].find((k) => scaleDecimal(totalFigure, k) === stated.base) ?? null) : null);
  if (scale === null) return null;
  const amountAt = (k: number, name: string): Amount | null => {
    const canonical = normalizeVietnameseNumber((cells[k] ?? "").trim());
    if (canonical === null) return null;
    const q: Quantity = { start: 0, end: 0, raw: cells[k], canonical, value: Number(canonical), base: scaleDecimal(canonical, scale), kind: "money", unit: moneyUnitName(scale), scale, unitEnd: 0, role: "target", knownUnit: true };
    return { q, line: totalRow as TextLine, text: name, offset: 0, rank: 0, isTotal: k === totalCol, opensList: false, children: [] };
  };
  const total = amountAt(totalCol, cells[at] ?? "Tổng cộng");
  if (total === null) return null;
  for (const k of parts) {
    const part = amountAt(k, header[k]);
    if (part !== null) total.children.push(part);
  }
  return { amount: total, end };
}

/**
 * The total of the table rows from `from` in whole đồng at `scale`: its `Tổng cộng` row's last figure, else the sum of
 * its rows' last figures; null when a row has none.
 */
function tableTotal(lines: readonly TextLine[], from: number, scale: number, rowsOnly = false, column = -1): number | null {
  let sum = 0;
  for (let k = from; k < lines.length && lines[k].cells; k++) {
    const cells = lines[k].cells as readonly string[];
    let figure: string | null = null;
    // `| Nguồn vốn | Tổng số | Năm 2026 | … |`: the total column, not the last year's.
    if (column > 0 && column < cells.length) figure = normalizeVietnameseNumber(cells[column].trim());
    else for (let c = cells.length - 1; c > 0 && figure === null; c--) figure = normalizeVietnameseNumber(cells[c].trim());
    if (figure === null) return null;
    const value = scaleDecimal(figure, scale);
    const label = foldText(cells.find((c) => /\p{L}/u.test(c)) ?? "").trim();
    if (TOTAL_CELL.test(label) || PLACES_TOTAL.test(label)) {
      if (rowsOnly) break;
      return value;
    }
    sum += value;
  }
  return sum;
}

/** `Xã`, `Huyện`, `Địa bàn`: a header naming the places a table's rows are. */
const isPlaceHeader = (cell: string) => {
  const level = placeHeaderLevel(cell);
  return level === "district" || level === "commune" || foldText(cell).trim() === "dia ban";
};
/** `Đơn giá (đồng)`, `Định mức (triệu đồng/tổ)`, `Mức hỗ trợ (đồng/người)`: a header naming a price per unit, not an amount. */
const UNIT_PRICE_HEADER = /^(?:don gia|dinh muc|muc (?:ho tro|chi)(?: binh quan)?)\b/;

/** `| STT | Nội dung | Kinh phí |`: a header naming a column of amounts. */
const AMOUNT_HEADER = /^(?:tong )?(?:kinh phi|so tien|du toan|ngan sach|thanh tien|von)\b/;

/** `a`, `b)`, `-`, `+`: a row's mark as a point under the numbered row before it, in its own cell or before its name. */
const SUB_MARK_CELL = /^(?:[a-zđ][).]?|[-+*•–])$/u;
const SUB_MARK_NAME = /^\s*(?:[-+*•–]|[a-zđ]\))\s*(?=\p{L})/u;

/** A table row's number, `1`, `2.1`, `2.1.3` (in its own cell or before its name), or null. */
function rowCode(cell: string): string | null {
  return /^\s*(\d{1,2}(?:\.\d{1,2})*)\.?(?:\s|$)/.exec(cell)?.[1] ?? null;
}

function tableAmounts(rows: readonly TextLine[], planYear: number | null = null, issues: ExtractIssue[] = []): Amount[] {
  const lines = notesFirst(rows);
  const roots: Amount[] = [];
  // Lines of a table by year and source already read.
  let skipTo = -1;
  let scale: number | null = null;
  let valueCol = -1;
  // Columns of years in a header with no total column, and that header.
  let yearCols: number[] = [];
  let yearHeader: readonly string[] = [];
  let noted: number | null = null;
  // The last amount the text states before a table (`Tổng kinh phí … là 1.250 triệu đồng, phân bổ như sau:`).
  let stated: Quantity | null = null;
  let statedBefore: Quantity[] = [];
  let group: Amount | null = null;
  // The rows of the table so far by their number (`1`, `1.1`), so a row numbered under one finds it.
  const numbered = new Map<string, Amount>();
  let lastNumbered: Amount | null = null;
  lines.forEach((line, i) => {
    if (i < skipTo) return;
    if (line.cells && !lines[i - 1]?.cells) {
      const byYear = yearRowsTable(lines, i, noted, stated);
      if (byYear !== null) {
        roots.push(byYear.amount);
        skipTo = byYear.end;
        return;
      }
    }
    // A second header row read as text (`Xây dựng hạ tầng Phát triển sản xuất` under `Trong đó`) stays inside its table.
    if (!line.cells && lines[i - 1]?.cells && lines[i + 1]?.cells && !/\d/.test(line.text)) return;
    if (!line.cells) {
      const unit = findUnitInText(line.text);
      noted = unit && unit.kind === "money" && /(dvt|don vi)/.test(foldText(line.text)) ? unit.scale : noted;
      const money = findQuantities(line.text).filter((q) => q.kind === "money" && q.role === "target");
      stated = money[money.length - 1] ?? stated;
      // `Tổng kinh phí 1.234,5 triệu đồng (NSTW 1.000 triệu, NSĐP 234,5 triệu)`: the line's other amounts, the total among them.
      if (money.length > 0) statedBefore = money.slice(0, -1).reverse();
      scale = null;
      group = null;
      numbered.clear();
      lastNumbered = null;
      return;
    }
    const cells = line.cells;
    // `| | (ĐVT: triệu đồng) | | |` under the header row: the unit of the table below, its columns those of the header.
    const filled = cells.filter((c) => c.trim() !== "");
    const unitNote = filled.length === 1 && /(dvt|don vi)/.test(foldText(filled[0])) ? findUnitInText(filled[0]) : null;
    if (unitNote && unitNote.kind === "money") {
      const header = lines[i - 1]?.cells;
      scale = unitNote.scale;
      valueCol = header ? header.findIndex((c) => /^(tong so|tong cong|tong|cong|tong kinh phi|tong von)$/.test(foldText(c).trim())) : -1;
      return;
    }
    // `| | (hộ) | (triệu đồng) |` under `| Nội dung | Hộ tham gia | Kinh phí |`: the unit of the bare budget column above it.
    const above = lines[i - 1]?.cells;
    if (above && above.length === cells.length && filled.length > 0 && filled.every((c) => /^\s*\([^()]+\)\s*$/.test(c))) {
      const k = cells.findIndex((c, j) => /^(tong )?(kinh phi|du toan|ngan sach|von)$/.test(foldText(above[j]).trim()) && findUnitInText(c)?.kind === "money");
      if (k >= 0) {
        scale = findUnitInText(cells[k])?.scale ?? null;
        valueCol = k;
        yearCols = [];
        return;
      }
    }
    const moneyHeader = (c: string) => {
      // `250 trđ` in a row is an amount; `1.000 đồng` over a column is its unit.
      if (amountCell(c, 1) !== null && moneyScale(c.trim()) === null) return false;
      const u = findUnitInText(c);
      return u !== null && u.kind === "money" && /[\p{L}]/u.test(c.replace(/\(.*\)/, ""));
    };
    // `Đơn giá (VNĐ) | Thành tiền (VNĐ)`: a price per unit is no amount of the budget; the column after it is.
    const amountCol = cells.findIndex((c) => moneyHeader(c) && !UNIT_PRICE_HEADER.test(foldText(c).trim()));
    const headerCol = amountCol >= 0 ? amountCol : cells.findIndex(moneyHeader);
    if (headerCol >= 0) {
      scale = findUnitInText(cells[headerCol])?.scale ?? null;
      valueCol = headerCol;
      // `Kinh phí năm 2024 (triệu đồng) | Kinh phí năm 2025 (triệu đồng)`, no total: the years' columns.
      const money = cells.map((c, k) => (findUnitInText(c)?.kind === "money" ? k : -1)).filter((k) => k >= 0);
      const years = money.map((k) => /\b(?:19|20)\d{2}\b/.exec(cells[k])?.[0]);
      const total = money.some((k) => /\btong\b/.test(foldText(cells[k])));
      if (money.length >= 2 && !total && years.every((y) => y !== undefined) && new Set(years).size === years.length) {
        valueCol = -1;
        yearCols = money;
        yearHeader = cells;
      } else {
        yearCols = [];
      }
      return;
    }
    // The header of a table under a unit note: its label column names the contents, the projects or activities, the sources
    // or the places; or, whatever its label column says (`Nghề đào tạo`), a column names the amounts (`Thành tiền`).
    const labelled = cells.some((c) => LABEL_HEADER.test(foldText(c)) || /^(xa|huyen|dia ban|don vi)$/.test(foldText(c).trim()));
    const amountsNamed = cells.some((c, k) => k > 0 && AMOUNT_HEADER.test(foldText(c).trim())) && cells.some((c) => /\p{L}/u.test(c) && !/\d/.test(c));
    if (scale === null && noted !== null && (labelled || amountsNamed)) {
      scale = noted;
      // `Tổng số` beside `Trong đó` columns (by year, by purpose): the total column holds the amount.
      valueCol = cells.findIndex((c) => /^(tong so|tong cong|tong|cong|tong kinh phi|tong von)$/.test(foldText(c).trim()));
      yearCols = valueCol < 0 ? cells.map((c, k) => (YEAR_CELL.test(c.trim()) ? k : -1)).filter((k) => k >= 0) : [];
      yearHeader = cells;
      return;
    }
    // A table with no unit, beside a sentence stating the total with its unit: the table is in the unit (that one
    // first, then đồng, nghìn, triệu or tỷ đồng) in which its total row (or its rows' sum) is that amount exactly.
    // The sentence may follow the table (`Tổng kinh phí thực hiện là 500 triệu đồng …` under its `Tổng cộng` row).
    const after = () => {
      let k = i + 1;
      while (k < lines.length && lines[k].cells) k++;
      return k < lines.length ? (findQuantities(lines[k].text).filter((q) => q.kind === "money" && q.role === "target").shift() ?? null) : null;
    };
    // `STT | Xã | Kinh phí`: the places the budget is allocated to name its rows as well as contents do.
    // `STT | Xã | NSTW | NSĐP | Tổng`: the last column, the places' totals, holds their amounts.
    const lastHeader = foldText(cells[cells.length - 1] ?? "").trim();
    const places = cells.some(isPlaceHeader) && (cells.some((c) => AMOUNT_HEADER.test(foldText(c).trim())) || TOTAL_CELL.test(lastHeader));
    const unlabelled = scale === null && noted === null && (places || cells.some((c) => LABEL_HEADER.test(foldText(c))));
    const totals = unlabelled ? [stated, ...(stated !== null ? statedBefore : []), after()].filter((t): t is Quantity => t !== null) : [];
    // Its rows adding up to that amount while its `Tổng cộng` row says another: read in that unit, the two totals
    // are the contradiction reported (target-conflict), never a table left unread.
    const totalColumn = cells.findIndex((c) => TOTAL_CELL.test(foldText(c).trim()));
    for (const rowsOnly of [false, true]) {
      for (const total of totals) {
        const unitOfTotal = [total.scale, 1, 1e3, 1e6, 1e9].find((k) => tableTotal(lines, i + 1, k, rowsOnly, totalColumn) === total.base);
        if (unitOfTotal !== undefined) {
          scale = unitOfTotal;
          valueCol = cells.findIndex((c) => TOTAL_CELL.test(foldText(c).trim()));
          yearCols = [];
          yearHeader = cells;
          stated = null;
          statedBefore = [];
          return;
        }
      }
    }
    // A column of amounts with no unit and no total stated with its unit to tell it by: its rows stay unread, and that is said.
    if (unlabelled && totals.length === 0 && cells.some((c) => AMOUNT_HEADER.test(foldText(c).trim())) && (tableTotal(lines, i + 1, 1) ?? 0) > 0) {
      const at = lineAt(line, 0);
      issues.push(
        issue(
          "budget-unit",
          `Bảng kinh phí (dòng ${at}) không ghi đơn vị (đồng, nghìn, triệu hay tỷ đồng), và văn bản không nêu tổng kinh phí kèm đơn vị để đối chiếu. Các dòng của bảng chưa được đọc thành các khoản kinh phí; cần xác nhận đơn vị của bảng.`,
          `The budget table (line ${at}) gives no unit (đồng, thousand, million or billion đồng), and the text states no total with its unit to tell it by. Its rows are not read as budget lines; confirm the table's unit.`,
          { source: sourceOf(at) },
        ),
      );
    }
    // A column of amounts with no unit that matches the stated total in none: its rows stay unread, and that is said.
    const total = totals.reduce<Quantity | undefined>((best, t) => (best === undefined || t.base > best.base ? t : best), undefined);
    const tableSum = total !== undefined && cells.some((c) => AMOUNT_HEADER.test(foldText(c).trim())) ? tableTotal(lines, i + 1, total.scale, false, totalColumn) : null;
    // A far miss (more than a fifth off in the total's unit) may be a table of a few main activities covering part of
    // it, or a table in another unit: no contradiction in the document, but its rows stay unread and that is said.
    if (total !== undefined && tableSum !== null && tableSum > 0 && (tableSum < total.base * 0.8 || tableSum > total.base * 1.2)) {
      const at = lineAt(line, 0);
      const inStated = formatInUnit(tableSum, total.scale);
      const statedText = formatInUnit(total.base, total.scale);
      const share = Math.round((tableSum / total.base) * 100);
      issues.push(
        issue(
          "budget-unit",
          `Bảng kinh phí (dòng ${at}) không ghi đơn vị; tính theo ${moneyUnitName(total.scale)} thì bảng cộng được ${inStated}, bằng ${share}% tổng kinh phí ${statedText}, không khớp ở đơn vị nào (đồng, nghìn, triệu hay tỷ đồng). Các dòng của bảng chưa được đọc thành các khoản kinh phí; cần xác nhận đơn vị của bảng và phần kinh phí mà bảng nêu.`,
          `The budget table (line ${at}) gives no unit; read in ${moneyUnitName(total.scale)} it adds up to ${inStated}, ${share}% of the stated total ${statedText}, and matches it in no unit (đồng, thousand, million or billion đồng). Its rows are not read as budget lines; confirm the table's unit and the part of the budget it covers.`,
          { source: sourceOf(at), expected: tableSum, actual: total.base },
        ),
      );
    }
    // A near miss (within a fifth of the total in its unit) contradicts it.
    if (total !== undefined && tableSum !== null && tableSum >= total.base * 0.8 && tableSum <= total.base * 1.2) {
      const at = lineAt(line, 0);
      const inStated = formatInUnit(tableSum, total.scale);
      const statedText = formatInUnit(total.base, total.scale);
      const gap = formatInUnit(Math.abs(tableSum - total.base), total.scale);
      const short = tableSum < total.base;
      issues.push(
        issue(
          "budget-split",
          `Bảng kinh phí (dòng ${at}) không ghi đơn vị, và tổng của bảng không bằng tổng kinh phí ${statedText} ở đơn vị nào (đồng, nghìn, triệu hay tỷ đồng); tính theo ${moneyUnitName(total.scale)} thì bảng cộng được ${inStated}, ${short ? "thiếu" : "vượt"} ${gap}. Các dòng của bảng chưa được đọc thành các khoản kinh phí, cần xác nhận.`,
          `The budget table (line ${at}) gives no unit, and its total matches the stated total ${statedText} in none (đồng, thousand, million or billion đồng); read in ${moneyUnitName(total.scale)} it adds up to ${inStated}, ${short ? "short by" : "over by"} ${gap}. Its rows are not read as budget lines; confirm.`,
          { source: sourceOf(at), expected: tableSum, actual: total.base },
        ),
      );
      stated = null;
      statedBefore = [];
    }
    if (scale === null) return;
    // `| | | | 2026 | 2027 | 2028 |`: a header row of years under `Phân theo năm`, no amounts.
    const filledCells = cells.map((c) => c.trim()).filter((c) => c !== "");
    if (filledCells.length > 0 && filledCells.every((c) => /^(?:năm\s+)?(?:19|20)\d{2}$/iu.test(c))) return;
    const numbers = cells.map((c) => normalizeVietnameseNumber(c) ?? amountCell(c, scale as number));
    // `Nội dung | Năm 2024 | Năm 2025` with no total column: in a plan for a period each row's amount is its years'
    // sum (`yearSum`); in a plan for one year, that year's column.
    const ownCol = planYear === null ? -1 : yearHeader.findIndex((h, k) => yearCols.includes(k) && Number(/\d{4}/.exec(h)?.[0]) === planYear);
    const yearly = yearCols.length >= 2 && yearCols.every((k) => typeof numbers[k] === "string" || (cells[k] ?? "").trim() === "");
    let col = valueCol >= 0 && typeof numbers[valueCol] === "string" ? valueCol : ownCol >= 0 && typeof numbers[ownCol] === "string" ? ownCol : -1;
    if (col < 0) for (let i = cells.length - 1; i > 0 && col < 0; i--) if (numbers[i] !== null) col = i;
    if (col < 0) return;
    const label = cells[0] ?? "";
    // `1. Communication teams`, `2) Tập huấn`, `1.1 Training`: a line numbered inside its name cell is named by its words.
    const wordsCell = (cells.filter((c, i) => i !== col && numbers[i] === null && /\p{L}/u.test(c) && !/^[IVX]+\.?$/.test(c)).sort((a, b) => b.length - a.length)[0] ?? "").replace(/^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\s*[.)]\s*(?=\p{L})|\d{1,2}(?:[.,]\d{1,2})+\s+(?=\p{Lu}))/u, "").replace(SUB_MARK_NAME, "");
    // `| 2026 | 350 |` under `| Năm | Kinh phí |`: a row labelled by its year alone is named by it.
    const nameCell = wordsCell === "" && col > 0 && /^(?:19|20)\d{2}$/.test(label.trim()) ? `Năm ${label.trim()}` : wordsCell;
    const canonical = numbers[col] as string;
    const summed = planYear === null && valueCol < 0 && yearly && yearCols.includes(col);
    const q: Quantity = {
      start: 0,
      end: 0,
      raw: cells[col],
      canonical,
      value: Number(canonical),
      base: summed ? yearCols.reduce((sum, k) => sum + (typeof numbers[k] === "string" ? scaleDecimal(numbers[k] as string, scale as number) : 0), 0) : scaleDecimal(canonical, scale),
      kind: "money",
      unit: moneyUnitName(scale),
      scale,
      unitEnd: 0,
      role: "target",
      knownUnit: true,
    };
    // `Tông Qua Lìn`, `Cộng Hòa`: communes, no total row (isTotalLabel tells them by their marks).
    const isTotal =
      (isTotalLabel(nameCell || label) && /^(tong|cong|tong cong|tong so)\b(?! (?:ket|hop|ve sinh|dieu tra|ra soat|duyet))/.test(foldText(nameCell || label))) || PLACES_TOTAL.test(foldText(nameCell || label).trim());
    const amount: Amount = { q, line, text: nameCell, offset: 0, rank: 0, isTotal, opensList: false, children: [], ...(summed ? { yearSum: true } : {}) };
    // `1 | Tuyên truyền | 300` then `1.1 | Hội nghị | 100`, `1.2 | Tờ rơi | 200`: a row numbered under a row
    // before it is that row's part, not one more line beside it.
    const code = rowCode(label) ?? rowCode(cells.find((c) => /\p{L}/u.test(c)) ?? "");
    // `1 | Tuyên truyền | 300` then `a | Hội nghị | 100`, `- | Tờ rơi | 200` or ` | + Tờ rơi | 200`: a row marked as a
    // point under the numbered row before it is that row's part too.
    const pointed = code === null && (SUB_MARK_CELL.test(label.trim()) || SUB_MARK_NAME.test(cells.find((c) => /\p{L}/u.test(c)) ?? ""));
    const parent = code !== null && code.includes(".") ? numbered.get(code.slice(0, code.lastIndexOf("."))) : pointed ? (lastNumbered ?? undefined) : undefined;
    if (code !== null && !isTotal) {
      numbered.set(code, amount);
      lastNumbered = amount;
    }
    if (isTotal) {
      roots.push(amount);
      group = null;
      numbered.clear();
      lastNumbered = null;
    } else if (parent !== undefined) {
      parent.children.push(amount);
    } else if (/^[IVX]+\.?$/.test(label)) {
      roots.push(amount);
      group = amount;
      numbered.clear();
      lastNumbered = null;
    } else if (group) {
      group.children.push(amount);
    } else {
      roots.push(amount);
    }
  });
  return roots;
}

export interface Budget {
  readonly lines: ExtractedIndicator[];
  readonly issues: ExtractIssue[];
}

/** `Kinh phí: …`, `Kinh phí thực hiện năm 2026: …`, `Dự toán kinh phí: …`: the words before the amount name the whole budget. */
function namesWholeBudget(a: Amount): boolean {
  const lead = foldText(a.text.slice(a.from ?? 0, a.q.start));
  return /\b(kinh phi|du toan)\b/.test(lead) && /^\s*$/.test(lead.replace(/\b(kinh phi|du toan|thuc hien|du kien|ke hoach|nam \d{4}|giai doan \d{4}\s*-\s*\d{4})\b|[:\s-]/g, ""));
}

export function extractBudget(given: readonly TextLine[], planYear: number | null = null): Budget {
  // `Sửa đổi tổng kinh phí "1.200 triệu đồng" thành "1.500 triệu đồng"`: only the new amount is the budget.
  const lines = given.map((l) => {
    const text = l.cells === undefined ? withoutSupersededAmounts(l.text) : l.text;
    return text === l.text ? l : { ...l, text };
  });
  const unread: ExtractIssue[] = [];
  let roots = [...build(lines), ...tableAmounts(lines, planYear, unread)];
  if (roots.length === 0) return { lines: [], issues: unread };
  // `Kinh phí: 2.450.000.000 đồng (…), chi tiết như sau:` over a table with its own `Tổng cộng`: the line naming the
  // budget as a whole states the table's total, never a part beside the table's rows.
  const tableTotals = roots.filter((r) => r.isTotal && r.line.cells !== undefined);
  const first = roots[0];
  if (tableTotals.length === 1 && roots.filter((r) => r.isTotal).length === 1 && !first.isTotal && first.line.cells === undefined && first.children.length === 0 && namesWholeBudget(first))
    roots[0] = { ...first, isTotal: true };
  // The same total in the text and in its table: keep the one with parts.
  const stated = roots.filter((r) => r.isTotal);
  if (stated.length === 2 && stated[0].q.base === stated[1].q.base) {
    const drop = stated[0].children.length === 0 ? stated[0] : stated[1];
    roots = roots.filter((r) => r !== drop);
  }
  // One total stated with two amounts (`1.250 triệu đồng` in the text, `1.300` in the table's `Tổng cộng`): the document
  // contradicts itself. The one its parts add up to is kept (else the first); the other is reported, never a line of its own.
  const conflict: ExtractIssue[] = [...unread];
  const totalsNow = roots.filter((r) => r.isTotal);
  if (totalsNow.length === 2 && totalsNow[0].q.base !== totalsNow[1].q.base) {
    const loose = roots.filter((r) => !r.isTotal);
    const adds = (t: Amount) => {
      const parts = t.children.length > 0 ? t.children : loose;
      return parts.length > 0 && Math.abs(parts.reduce((sum, p) => sum + p.q.base, 0) - t.q.base) < 0.5;
    };
    const kept = adds(totalsNow[1]) && !adds(totalsNow[0]) ? totalsNow[1] : totalsNow[0];
    const other = kept === totalsNow[0] ? totalsNow[1] : totalsNow[0];
    roots = roots.filter((r) => r !== other);
    const keptAt = lineAt(kept.line, kept.offset + kept.q.start);
    const otherAt = lineAt(other.line, other.offset + other.q.start);
    const keptText = formatInUnit(kept.q.base, kept.q.scale);
    const otherText = formatInUnit(other.q.base, other.q.scale);
    conflict.push(
      issue(
        "target-conflict",
        `Tổng kinh phí ghi ${keptText} (dòng ${keptAt}) nhưng dòng ${otherAt} ghi ${otherText}; đã lấy ${keptText}${adds(kept) ? " (các khoản cộng lại bằng số này)" : ""}, cần xác nhận.`,
        `The total budget is ${keptText} (line ${keptAt}) but line ${otherAt} says ${otherText}; ${keptText} was taken${adds(kept) ? " (its parts add up to it)" : ""}, to be confirmed.`,
        { source: sourceOf(otherAt), expected: kept.q.base, actual: other.q.base },
      ),
    );
  }
  // `Ngoài ra, huy động lồng ghép … khoảng 500 triệu đồng` after a stated total: money besides the plan's budget,
  // no part of it and no second budget line.
  const besides = (r: Amount) => !r.isTotal && /^\s*(?:[-+•]\s*)?(?:ngoai ra|ben canh do|ben canh)\b/.test(foldText(r.text.slice(r.from ?? 0, r.q.start)));
  if (roots.filter((r) => r.isTotal).length === 1 && roots.some(besides)) roots = roots.filter((r) => !besides(r));
  // `Kinh phí thực hiện: 3,2 tỷ đồng.` then its parts line by line: the first amount, naming the budget
  // as a whole and larger than each amount after it, is their total (never counted beside them).
  if (roots.length > 1 && !roots.some((r) => r.isTotal)) {
    const [first, ...rest] = roots;
    const lead = foldText(first.text.slice(0, first.q.start));
    // Not one source beside another (`ngân sách Trung ương 6 tỷ; ngân sách địa phương 4 tỷ`), and parts meant to add up to it.
    // `Kinh phí: 600 triệu đồng do các nguồn xã hội hóa, 400 triệu đồng từ nguồn ngân sách huyện`: an amount whose
    // source is named after it is that source's part, never the total; so is one followed on its line by its purpose.
    // (A total's own source before parts on the lines below it, `1 tỷ đồng từ nguồn ngân sách huyện.`, keeps it the total.)
    const after = rest[0].line === first.line ? first.text.slice(first.q.unitEnd, rest[0].q.start) : "";
    const source =
      /\b(trung uong|dia phuong|tinh|huyen|xa hoi hoa|doi ung|von vay|nguon khac|von khac)\b/.test(lead) ||
      SOURCE_AFTER.test(after) ||
      /^\s*,?\s*(?:để|dùng để|dùng cho|chi cho)\s/iu.test(after);
    const sum = rest.reduce((t, r) => t + r.q.base, 0);
    const near = sum >= first.q.base * 0.5 && sum <= first.q.base * 1.5;
    if (first.children.length === 0 && !source && near && /\b(kinh phi|ngan sach|nguon von|tong von|du toan)\b/.test(lead) && rest.every((r) => r.q.base < first.q.base)) {
      roots = [{ ...first, isTotal: true, children: rest }];
    }
  }
  roots = twoSplitsWithoutTotal(roots);
  const totals = roots.filter((r) => r.isTotal);
  if (roots.length > 1 && totals.length === 1 && totals[0].children.length === 0) {
    const total = totals[0];
    total.children = roots.filter((r) => r !== total);
    roots = [total];
  }
  // `1. Tuyên truyền: 600 triệu đồng; 2. Mô hình: 400 triệu đồng` then `Tổng kinh phí: 1.000 triệu đồng, trong đó: NSTW …;
  // NSĐP …`: the tasks before the total are a second split of it, after its sources (so the purposes are chosen as the
  // parts, their gap told if they miss it), never parts beside the total.
  const last = roots[roots.length - 1];
  if (roots.length > 2 && totals.length === 1 && last === totals[0] && last.children.length >= 2 && isSourceSplit(last)) {
    const before = roots.slice(0, -1);
    const sum = before.reduce((t, r) => t + r.q.base, 0);
    if (before.every((r) => !isSourceOrYear(r)) && sum >= last.q.base * 0.5 && sum <= last.q.base * 1.5) {
      last.children = [...last.children, ...before];
      roots = [last];
    }
  }
  // `Tổng nhu cầu vốn: 12,6 tỷ đồng. Trong đó: …` then `Phân theo năm: năm 2024: 8,4 tỷ đồng; năm 2025: 4,2 tỷ đồng`:
  // amounts after the total's parts that add up to it again are a second split of it.
  // So are the amounts by place or purpose after a total split by source (`Tổng kinh phí 1.234,5 triệu đồng (NSTW …,
  // NSĐP …)` over `STT | Xã | Kinh phí`), even when they miss it: chosen as the parts, their gap is told (chooseSplit).
  const [head, ...others] = roots;
  // A table row keeps the rows numbered under it (`1.1`, `1.2`) as its own parts.
  if (head !== undefined && head.isTotal && head.children.length >= 2 && others.length >= 2 && others.every((r) => !r.isTotal && (r.children.length === 0 || r.line.cells !== undefined))) {
    const sum = others.reduce((t, r) => t + r.q.base, 0);
    const afterSources = isSourceSplit(head) && others.every((r) => !isSourceOrYear(r)) && sum >= head.q.base * 0.5 && sum <= head.q.base * 1.5;
    if (Math.abs(sum - head.q.base) < 0.5 || afterSources) {
      head.children = [...head.children, ...others];
      roots = [head];
    }
  }
  roots = setYearsAside(roots);
  for (const r of roots) chooseSplit(r);
  for (const r of roots) mergeRepeatedSources(r);
  const out: ExtractedIndicator[] = [];
  const issues: ExtractIssue[] = [...conflict];
  const emit = (a: Amount, code: string) => {
    const at = lineAt(a.line, a.offset + a.q.start);
    out.push({
      code,
      name: nameOf(a, code === "KP"),
      unit: a.q.unit,
      target: a.q.base,
      kind: "money",
      source: sourceOf(at),
      line: at,
      scale: a.q.scale,
      // `hơn 3,2 tỷ đồng`, `tối đa 500 triệu đồng`: a bound, not the amount itself.
      ...(a.q.rule !== undefined ? { rule: a.q.rule } : {}),
      ...(a.yearSum === true ? { confidence: CONFIDENCE.frame, confirmReason: "yearSum" as const } : {}),
      ...(a.partsSum === true ? { confidence: CONFIDENCE.frame, confirmReason: "partsSum" as const } : {}),
      sourceText: a.text.trim(),
    });
    a.children.forEach((c, i) => emit(c, `${code}.${i + 1}`));
    const scheduled = a.schedule?.reduce((s, c) => s + c.q.base, 0);
    const scheduleBound = a.schedule !== undefined && scheduled !== undefined ? boundSplit({ ...a, children: a.schedule }, scheduled, code, at) : undefined;
    if (scheduleBound) issues.push(scheduleBound);
    else if (scheduleBound === undefined && a.schedule !== undefined && scheduled !== undefined && Math.abs(scheduled - a.q.base) >= 0.5) {
      const years = a.schedule.map((c) => formatInUnit(c.q.base, c.q.scale)).join(" + ");
      issues.push(
        issue(
          "budget-split",
          `Kinh phí theo từng năm (${years} = ${formatDong(scheduled)} đồng) không bằng tổng ${formatInUnit(a.q.base, a.q.scale)} (${formatDong(a.q.base)} đồng) của dòng ${code}; chênh lệch ${formatDong(scheduled - a.q.base)} đồng (${scheduled < a.q.base ? "thiếu so với tổng" : "vượt tổng"}).`,
          `The yearly amounts (${years} = ${formatDong(scheduled)} đồng) do not add up to the total ${formatInUnit(a.q.base, a.q.scale)} (${formatDong(a.q.base)} đồng) of line ${code}; difference ${formatDong(scheduled - a.q.base)} đồng (${scheduled < a.q.base ? "short of the total" : "over the total"}).`,
          { source: sourceOf(at), expected: scheduled, actual: a.q.base },
        ),
      );
    }
    if (a.children.length > 0) {
      const sum = a.children.reduce((s, c) => s + c.q.base, 0);
      const bound = boundSplit(a, sum, code, at);
      if (bound !== undefined) {
        if (bound !== null) issues.push(bound);
      } else if (sum !== a.q.base) {
        const parts = a.children.map((c) => formatInUnit(c.q.base, c.q.scale)).join(" + ");
        issues.push(
          issue(
            "budget-split",
            `Các khoản kinh phí (${parts} = ${formatDong(sum)} đồng) không bằng tổng ${formatInUnit(a.q.base, a.q.scale)} (${formatDong(a.q.base)} đồng) của dòng ${code}; chênh lệch ${formatDong(sum - a.q.base)} đồng (${sum < a.q.base ? "thiếu so với tổng" : "vượt tổng"}).`,
            `The budget parts (${parts} = ${formatDong(sum)} đồng) do not add up to the total ${formatInUnit(a.q.base, a.q.scale)} (${formatDong(a.q.base)} đồng) of line ${code}; difference ${formatDong(sum - a.q.base)} đồng (${sum < a.q.base ? "short of the total" : "over the total"}).`,
            { source: sourceOf(at), expected: sum, actual: a.q.base },
          ),
        );
      }
    }
  };
  if (roots.length === 1) emit(roots[0], "KP");
  else roots.forEach((r, i) => emit(r, `KP.${i + 1}`));
  return { lines: out, issues };
}

/** `Năm 2024`, `Quý I`, `năm 2025 quý II`, `6 tháng đầu năm`, `2024`, `year 2025`: a part naming when the money is spent, not what for. */
const PERIOD_NAME = /^(?:nam \d{4}\b|(?:nam \d{4} )?quy (?:[ivx]+|[1-4])\b|6 thang (?:dau|cuoi) nam\b|(?:(?:and|in|year) )?(?:19|20)\d{2}$)/;
const byYear = (a: Amount) => PERIOD_NAME.test(foldText(plainName(a)));

/** Two or more amounts, each a different year alone (`Năm 2023`, `Năm 2024`), none split further: a schedule of a whole. */
function isSchedule(years: readonly Amount[]): boolean {
  const names = years.map((y) => /^nam (\d{4})$/.exec(foldText(plainName(y)).trim())?.[1]);
  return years.length >= 2 && names.every((n) => n !== undefined) && new Set(names).size === names.length && years.every((y) => y.children.length === 0);
}

/**
 * One year's amount (`Năm 2026 bố trí 250 triệu đồng`) beside a total and parts that are not by year is a
 * schedule, not a budget line: it goes to the total's source text, whether it stands alone or among the parts.
 */
function setYearsAside(roots: Amount[]): Amount[] {
  const told = (a: Amount, years: readonly Amount[]) => {
    if (years.length > 0) a.text = `${a.text.trim()} (${years.map((y) => `${plainName(y)} ${formatInUnit(y.q.base, y.q.scale)}`).join("; ")})`;
  };
  const visit = (a: Amount) => {
    const years = a.children.filter(byYear);
    // `Tổng kinh phí: 1.240 triệu đồng; trong đó năm 2024: 620 triệu đồng, năm 2025: 620 triệu đồng`, on one line or each
    // year on a line of its own under it: a split by years is the total's schedule, checked against it, not its budget
    // lines (a year's part listed would count the money twice against a sheet's lines), as a target's years are.
    // So is a part's (`Ngân sách trung ương: 800 triệu đồng, trong đó năm 2026: 400 triệu đồng, năm 2027: 400 triệu
    // đồng`): its years are its schedule, checked against it, never lines beside the parts of the total.
    const sameLine = years.every((y) => y.line === a.line && y.children.length === 0);
    if (years.length >= 2 && years.length === a.children.length && (sameLine || isSchedule(years))) {
      a.children = [];
      a.schedule = years;
      told(a, years);
      return;
    }
    // `Ngân sách trung ương: 800 triệu đồng, trong đó năm 2026 bố trí 300 triệu đồng`: one year's share, the only one
    // said, is when some of the money is spent, no part of what it is for: told with its line, nothing to check it by.
    if (years.length === 1 && a.children.length === 1 && years[0].children.length === 0) {
      a.children = [];
      told(a, years);
      return;
    }
    if (years.length > 0 && years.length < a.children.length) {
      a.children = a.children.filter((c) => !byYear(c));
      told(a, years);
      // `…, trong đó: NSTW 7 tỷ, NSĐP 2,49 tỷ` then `Phân kỳ: năm 2023: 2 tỷ; năm 2024: 3 tỷ; …`: the years are the total's
      // schedule too, checked against it.
      if (a.schedule === undefined && isSchedule(years)) a.schedule = years;
    }
    a.children.forEach(visit);
  };
  const totals = roots.filter((r) => r.isTotal);
  const years = roots.filter((r) => !r.isTotal && r.children.length === 0 && byYear(r));
  let kept = roots;
  if (totals.length === 1 && years.length > 0 && roots.every((r) => r.isTotal || years.includes(r))) {
    kept = totals;
    told(totals[0], years);
    if (totals[0].schedule === undefined && isSchedule(years)) totals[0].schedule = years;
  }
  kept.forEach(visit);
  return kept;
}

/** `Huyện Tam Đường`, `Xã Bình Lư`: a place by its name (a capital after the word), not the budget of a level (`ngân sách huyện`). */
const PLACE_NAME = /^(?:[Hh]uyện|[Xx]ã|[Tt]ỉnh|[Tt]hị trấn|[Pp]hường|[Tt]hị xã|[Tt]hành phố)\s+\p{Lu}/u;
/** `Ngân sách trung ương`, `NSĐP`, `Năm 2024`: a budget line's name telling where the money comes from or its year. */
export function namesSourceOrYear(name: string): boolean {
  return !PLACE_NAME.test(name.trim().normalize("NFC")) && (SOURCE_OR_YEAR.test(foldText(name)) || SOURCE_ABBREVIATION.test(foldText(name)));
}
const isSourceOrYear = (a: Amount) => namesSourceOrYear(plainName(a));

/**
 * `1. Tuyên truyền: 600 triệu đồng; 2. Mô hình: 400 triệu đồng` then `Nguồn kinh phí: ngân sách trung ương 900 triệu
 * đồng, ngân sách địa phương 100 triệu đồng`, no total stated: the tasks and the sources are two splits of one
 * total they agree on. The total is worked out (to confirm), the tasks are its parts and the sources are told with it,
 * never four amounts side by side that count the money twice.
 */
function twoSplitsWithoutTotal(roots: Amount[]): Amount[] {
  if (roots.length < 4 || roots.some((r) => r.isTotal || r.children.length > 0)) return roots;
  const at = roots.findIndex(isSourceOrYear);
  if (at < 2 || roots.length - at < 2 || !roots.slice(at).every((r) => isSourceOrYear(r) && !byYear(r))) return roots;
  const sum = (list: readonly Amount[]) => list.reduce((t, r) => t + r.q.base, 0);
  const purposes = roots.slice(0, at);
  const sources = roots.slice(at);
  if (Math.abs(sum(purposes) - sum(sources)) >= 0.5) return roots;
  const first = purposes[0];
  const told = sources.map((p) => `${plainName(p)} ${formatInUnit(p.q.base, p.q.scale)}`).join("; ");
  const scale = Math.max(...purposes.map((p) => p.q.scale));
  const total: Amount = {
    ...first,
    q: { ...first.q, base: sum(purposes), scale, unit: moneyUnitName(scale) },
    text: `Tổng kinh phí (không ghi trong văn bản; cộng các khoản: ${told})`,
    isTotal: true,
    children: purposes,
    partsSum: true,
  };
  return [total];
}

/** A total whose parts are all sources (or years) and add up to it. */
function isSourceSplit(a: Amount): boolean {
  return a.children.every((c) => isSourceOrYear(c) && c.children.length === 0) && Math.abs(a.children.reduce((t, c) => t + c.q.base, 0) - a.q.base) < 0.5;
}

/** A part that names where the money comes from or the year it is for, not what it pays for. */
/** `NSTW`, `NSĐP`, `NSNN`: a source written short. */
const SOURCE_ABBREVIATION = /^(?:nstw|nsdp|nsnn|nst|nsh|nsx)\b/;

const SOURCE_OR_YEAR = /^(?:ngan sach|nguon|von|kinh phi)?\s*(?:trung uong|dia phuong|tinh|huyen|xa|doi ung|long ghep|xa hoi hoa|huy dong|von vay|tin dung|nguon khac|von khac)\b|^(?:ngan sach|nguon von|nguon kinh phi|von)\b|^nam \d{4}\b/;

/**
 * One total split twice in a row (`trong đó: ngân sách trung ương …; ngân sách địa
 * phương …` then `Phân bổ chi tiết: …`): the parts fall into runs that each add up
 * to the total. The run by purpose stays as the parts (what a worksheet allocates);
 * the runs by source or by year are told in the total's source text.
 */
/**
 * `Năm 2024: 1.000 triệu đồng (NSTW: 900 triệu đồng; NSĐP: 100 triệu đồng); Năm 2025: …` read as the sources of each
 * year under the total: one line per source (`NSTW` 900 + 1.350), as a worksheet carries them, never the same source twice.
 */
function mergeRepeatedSources(a: Amount): void {
  a.children.forEach(mergeRepeatedSources);
  const names = a.children.map((c) => foldText(plainName(c)).trim());
  const source = isSourceOrYear;
  if (new Set(names).size === names.length || !a.children.every((c) => source(c) && !byYear(c) && c.children.length === 0)) return;
  const firsts = new Map<string, Amount>();
  const sums = new Map<string, { base: number; scale: number }>();
  a.children.forEach((c, i) => {
    if (!firsts.has(names[i])) firsts.set(names[i], c);
    const sum = sums.get(names[i]);
    sums.set(names[i], sum ? { base: sum.base + c.q.base, scale: Math.min(sum.scale, c.q.scale) } : { base: c.q.base, scale: c.q.scale });
  });
  a.children = [...firsts.entries()].map(([name, c]) => ({ ...c, q: { ...c.q, ...(sums.get(name) ?? {}) }, children: [] }));
}

function chooseSplit(a: Amount): void {
  const parts = a.children;
  if (parts.length < 4 || a.q.rule !== undefined) return;
  const runs: Amount[][] = [];
  let run: Amount[] = [];
  let sum = 0;
  for (const p of parts) {
    run.push(p);
    sum += p.q.base;
    if (Math.abs(sum - a.q.base) < 0.5) {
      runs.push(run);
      run = [];
      sum = 0;
    }
  }
  const bySource = (r: Amount[]) => r.every(isSourceOrYear);
  // Sources that add up, then purposes that do not: the purposes are the parts, and their gap is the finding.
  if (run.length >= 2 && runs.length > 0 && runs.every(bySource) && !bySource(run)) runs.push(run);
  else if (run.length > 0) return;
  if (runs.length < 2 || runs.some((r) => r.length < 2)) return;
  const purposes = runs.filter((r) => !bySource(r));
  // By source before by year: a worksheet carries a line per source, the years are a schedule.
  const sources = runs.filter((r) => bySource(r) && !r.every(byYear));
  const candidates = purposes.length > 0 ? purposes : sources.length > 0 ? sources : runs;
  // `NSTW … NSĐP …` once per year after the sources stated once: the run naming each part once is the split.
  const once = candidates.filter((r) => new Set(r.map((p) => foldText(plainName(p)).trim())).size === r.length);
  const kept = (once.length > 0 ? once : candidates).reduce((best, r) => (r.length > best.length ? r : best));
  const others = runs.filter((r) => r !== kept).map((r) => r.map((p) => `${plainName(p)} ${formatInUnit(p.q.base, p.q.scale)}`).join("; "));
  a.children = kept;
  a.text = `${a.text.trim()} (${others.join(" | ")})`;
}

/**
 * `budget-split` against a total stated as a bound: parts under a lower bound
 * (`hơn 3,2 tỷ`) are short by at least the gap, parts over an upper bound
 * (`tối đa 3,2 tỷ`) over by at least it; parts within the bound fit it (null).
 * Undefined when the total is stated exactly.
 */
function boundSplit(a: Amount, sum: number, code: string, at: number): ExtractIssue | null | undefined {
  const rule = a.q.rule;
  if (rule !== ">=" && rule !== "<=") return undefined;
  const short = rule === ">=" && sum < a.q.base;
  const over = rule === "<=" && sum > a.q.base;
  if (!short && !over) return null;
  const parts = a.children.map((c) => formatInUnit(c.q.base, c.q.scale)).join(" + ");
  const stated = formatInUnit(a.q.base, a.q.scale);
  const gap = formatDong(Math.abs(sum - a.q.base));
  return issue(
    "budget-split",
    short
      ? `Các khoản kinh phí (${parts} = ${formatDong(sum)} đồng) chưa đạt tổng được ghi từ ${stated} trở lên (ít nhất ${formatDong(a.q.base)} đồng) của dòng ${code}; thiếu ít nhất ${gap} đồng.`
      : `Các khoản kinh phí (${parts} = ${formatDong(sum)} đồng) vượt tổng được ghi tối đa ${stated} (${formatDong(a.q.base)} đồng) của dòng ${code}; vượt ít nhất ${gap} đồng.`,
    short
      ? `The budget parts (${parts} = ${formatDong(sum)} đồng) fall short of the total of line ${code}, stated as ${stated} or more (at least ${formatDong(a.q.base)} đồng); short by at least ${gap} đồng.`
      : `The budget parts (${parts} = ${formatDong(sum)} đồng) exceed the total of line ${code}, stated as at most ${stated} (${formatDong(a.q.base)} đồng); over by at least ${gap} đồng.`,
    { source: sourceOf(at), expected: sum, actual: a.q.base },
  );
}

/**
 * `1,25 tỷ`, `750 triệu`, `1.250 trđ` in a table cell: an amount said with its own money unit, in the table's unit
 * (`scale` đồng), as the cell's plain figure; null for any other cell.
 */
function amountCell(cell: string, scale: number): string | null {
  const m = /^\s*(\d[\d.,]*)\s*(\p{L}[\p{L}.\s]*)$/u.exec(cell);
  if (m === null) return null;
  const cellScale = moneyScale(m[2].trim());
  const figure = normalizeVietnameseNumber(m[1]);
  if (cellScale === null || figure === null) return null;
  const inTable = scaleDecimal(figure, cellScale) / scale;
  return Number.isFinite(inTable) && Math.abs(inTable - Math.round(inTable * 1e6) / 1e6) < 1e-9 ? String(Math.round(inTable * 1e6) / 1e6) : null;
}
