/**
 * What the text says about its targets elsewhere: the same target with
 * another value (`15 %` in the targets, `20 %` in the activities), per-area
 * quotas (`01 tổ truyền thông cộng đồng/xã`) and whether a quota times the
 * number of areas gives the target.
 */
import { foldText } from "../core/text/fold";
import { formatNumber } from "../core/text/format";
import { targetSpans } from "./clauses";
import { issue, sourceOf } from "./issues";
import { parseMarker } from "./markers";
import { lineAt, type TextLine } from "./normalize";
import { findQuantities, type Quantity } from "./quantities";
import type { FoundTarget } from "./targets";
import type { ExtractedArea, ExtractIssue } from "./types";
import { PEOPLE, STOP_WORDS } from "./vocabulary";
import { foldedWords } from "./words";

const STOP = new Set([...STOP_WORDS, "cac", "nhung", "mot", "so", "hien", "co", "moi"]);

/** Words that frame or bound a target (`phấn đấu`, `ít nhất`), not what it counts: two statements of one target may differ in them. */
const QUALIFIERS = / (?:phan dau|it nhat|toi thieu|toi da|khong duoi|khong it hon|khong qua)(?= )/g;

function contentWords(text: string): Set<string> {
  const words = ` ${foldedWords(text).join(" ")} `.replace(QUALIFIERS, " ").split(" ");
  return new Set(words.filter((w) => w !== "" && !/^\d/.test(w) && w !== "%" && !STOP.has(w)));
}

/** One unit, or two words for people (`người`, `lao động`): the same people may be counted in either. */
export const samePeople = (a: string, b: string): boolean => foldText(a) === foldText(b) || (PEOPLE.includes(foldText(a)) && PEOPLE.includes(foldText(b)));

/** Every word of `name` that says what it counts is among the words of `text`. */
export function coversName(text: string, name: string): boolean {
  const words = contentWords(text);
  return [...contentWords(name)].every((w) => words.has(w));
}

/**
 * Similarity of two word sets: `overlap` over the smaller set (a short quota
 * phrase inside a target's clause), or `dice` over both (two statements of the
 * same target must say the same thing, not merely share a few words).
 */
function similarity(a: Set<string>, b: Set<string>, mode: "overlap" | "dice"): { score: number; shared: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const denominator = mode === "overlap" ? Math.min(a.size, b.size) : (a.size + b.size) / 2;
  return { score: denominator === 0 ? 0 : shared / denominator, shared };
}

/** `Lớp` in a table's unit column and the text's `lớp tập huấn`: one unit, the longer naming it more closely. */
function unitBegins(a: string, b: string): boolean {
  const [short, long] = [foldText(a).trim(), foldText(b).trim()].sort((x, y) => x.length - y.length);
  return short.length > 0 && (long === short || long.startsWith(`${short} `));
}

export function bestMatch(
  targets: readonly FoundTarget[],
  q: Pick<Quantity, "kind" | "unit">,
  context: string,
  mode: "overlap" | "dice" = "dice",
  sameUnit: (a: string, b: string) => boolean = (a, b) => foldText(a) === foldText(b),
): FoundTarget | null {
  const words = contentWords(context);
  const threshold = mode === "overlap" ? 0.6 : 0.8;
  let best: FoundTarget | null = null;
  let bestScore = 0;
  let tie = false;
  for (const t of targets) {
    if (t.indicator.kind !== q.kind || !sameUnit(t.indicator.unit, q.unit)) continue;
    const { score, shared } = similarity(words, contentWords(t.context), mode);
    if (shared < 3 || score < threshold) continue;
    if (score > bestScore + 1e-9) {
      best = t;
      bestScore = score;
      tie = false;
    } else if (Math.abs(score - bestScore) <= 1e-9) tie = true;
  }
  return tie ? null : best;
}

/** `đã`, `hiện có`, `hiện nay`, `tính đến`: the figure after it counts what is, not what the plan sets. */
const EXISTING_BEFORE = /(?:^|[^\p{L}])(?:đã|hiện có|hiện nay|hiện đang|hiện còn|tính đến)(?!\p{L})/iu;

/** `thêm 1,8 km`, `tăng thêm 02 tổ`: the figure after it is added to a total, no restatement of it. */
export const ADDED_BEFORE = /(?:^|[^\p{L}])thêm(?:\s+(?:khoảng|ít nhất|tối thiểu|trên))?\s*$/iu;

/** A target's figure in a message: `1,8 km`, `1.200 lao động` in Vietnamese; `1.8 km`, `1200 lao động` in English. */
export function figureText(value: number, unit: string, lang: "vi" | "en" = "en"): string {
  const shown = lang === "vi" ? formatNumber(value, "vi") : String(value);
  return unit === "%" ? `${shown}%` : `${shown} ${unit}`;
}

const fmt = (value: number, unit: string): string => figureText(value, unit);
const fmtVi = (value: number, unit: string): string => figureText(value, unit, "vi");

/**
 * Conflicts and quotas from the body lines outside the indicator sections.
 * Quotas found are set on the targets they belong to.
 */
export function checkMentions(body: readonly TextLine[], skip: ReadonlySet<number>, targets: FoundTarget[]): ExtractIssue[] {
  const issues: ExtractIssue[] = [];
  const reported = new Set<string>();
  const countable = targets.filter((t) => t.indicator.kind !== "money");
  if (countable.length === 0) return issues;
  body.forEach((line, index) => {
    if (skip.has(index) || line.cells) return;
    const marker = parseMarker(line.text);
    const offset = marker ? marker.length : 0;
    const text = line.text.slice(offset);
    const quantities = findQuantities(text).filter((q) => q.kind !== "money" && q.role !== "rate");
    if (quantities.length === 0) return;
    for (const quota of quantities.filter((q) => q.role === "quota")) {
      const context = text.slice(Math.max(0, text.lastIndexOf("(", quota.start) + 1), quota.roleEnd ?? quota.unitEnd);
      const wide = text.slice(0, quota.roleEnd ?? quota.unitEnd);
      const match = bestMatch(countable, quota, context, "overlap") ?? bestMatch(countable, quota, wide, "overlap");
      if (match && match.indicator.quota === undefined) {
        match.indicator = { ...match.indicator, quota: quota.base };
        match.quotaPer = quota.per;
      }
    }
    for (const span of targetSpans(text, quantities)) {
      const q = span.quantity;
      // `năm 2025 toàn tỉnh đã thành lập 210 tổ …`, `hiện có 48 địa chỉ`: what already exists, said before its figure in
      // the clause, is no statement of a target.
      if (EXISTING_BEFORE.test(text.slice(0, q.start).split(/[;,.:]/u).pop() ?? "")) continue;
      if (ADDED_BEFORE.test(text.slice(Math.max(0, q.start - 24), q.start))) continue;
      const match = bestMatch(countable, q, text.slice(span.start, span.end));
      if (!match || match.indicator.target === q.base) continue;
      const key = `${match.indicator.code}|${q.base}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const at = lineAt(line, offset + q.start);
      const t = match.indicator;
      issues.push(
        issue(
          "target-conflict",
          `Chỉ tiêu ${t.code} "${t.name}" là ${fmtVi(t.target, t.unit)} (dòng ${t.line}) nhưng dòng ${at} ghi ${fmtVi(q.base, q.unit)}.`,
          `Target ${t.code} "${t.name}" is ${fmt(t.target, t.unit)} (line ${t.line}) but line ${at} says ${fmt(q.base, q.unit)}.`,
          { source: sourceOf(at), expected: t.target, actual: q.base },
        ),
      );
    }
  });
  return issues;
}

const COMMUNE_LEVEL = /^(xa|phuong|thi tran|co so|dia ban)$/;
const DISTRICT_LEVEL = /^(huyen|quan|thi xa|thanh pho)$/;

function areaCount(per: string | undefined, areas: readonly ExtractedArea[]): number {
  const level = foldText(per ?? "xa");
  if (COMMUNE_LEVEL.test(level)) return areas.filter((a) => a.commune !== null).length;
  if (DISTRICT_LEVEL.test(level)) return new Set(areas.map((a) => foldText(a.district))).size;
  return 0;
}

/**
 * Targets stated only per area get their total from the list of areas
 * (quota × areas). Without a list, or with one of chosen areas only
 * (`listed: "chosen"`, `Địa bàn ưu tiên`), the total is unknown: a count line whose
 * quota is a floor or an exact figure is kept with the quota as its target
 * (the least the whole must reach, `>=`), so the quota can still be checked
 * area by area, marked for confirmation, and the missing total is reported;
 * a ceiling per area (`không quá 02`) gives no floor and a quota per village
 * is no area's, so both are only reported.
 */
export function resolvePerArea(
  targets: readonly FoundTarget[],
  areas: readonly ExtractedArea[],
  listed: "none" | "chosen" = "none",
  periodYears: number | null = null,
  statedCount: (per: string | undefined) => number | null = () => null,
  /** The plan's count of villages it names (`09 thôn: A, B, …`): the only count a quota per village is totalled over. */
  villageCount: (per: string | undefined) => number | null = () => null,
): { targets: FoundTarget[]; issues: ExtractIssue[] } {
  const why = listed === "chosen"
    ? { vi: "danh sách địa bàn của văn bản chỉ gồm các địa bàn ưu tiên/điểm, không phải mọi địa bàn, nên không tính được", en: ", and the areas the text lists are only its priority or pilot ones, not all, so it cannot be totalled" }
    : { vi: "không có danh sách địa bàn để tính", en: " and no list of areas to total it" };
  const noYears = { vi: "văn bản không nêu số năm của kế hoạch để tính", en: " and the text gives no plan years to total it" };
  const kept: FoundTarget[] = [];
  const issues: ExtractIssue[] = [];
  for (const t of targets) {
    if (!t.perArea) {
      kept.push(t);
      continue;
    }
    // `mỗi xã 01 cuộc/năm`: per area and per year, totalled only when the plan's years are known too.
    // `mỗi bản 01 buổi/quý`: so many times a year, over the plan's years.
    const times = t.timesPerYear ?? 1;
    const years = t.perYear || t.timesPerYear !== undefined ? periodYears : 1;
    const ind = t.perYear && years === null ? { ...t.indicator, name: `${t.indicator.name} (mỗi năm)` } : t.indicator;
    const quota = ind.quota ?? ind.target;
    // No list to count a quota per area and year by: the plan's own count of those areas (`trên địa bàn 14 xã`), when it gives one.
    const stated = t.perYear && (COMMUNE_LEVEL.test(foldText(t.quotaPer ?? "")) || DISTRICT_LEVEL.test(foldText(t.quotaPer ?? ""))) ? statedCount(t.quotaPer) : null;
    // `02 buổi/xã tại 14 xã`: the target's own sentence counts the places its quota applies to, before any list.
    const own = statedPlaces(ind.sourceText ?? "", t.quotaPer);
    // `Mỗi thôn thành lập 01 tổ` with `09 thôn: A, B, …` listed: villages are no areas, but the plan counts them.
    const village = COMMUNE_LEVEL.test(foldText(t.quotaPer ?? "xa")) || DISTRICT_LEVEL.test(foldText(t.quotaPer ?? "xa")) ? null : villageCount(t.quotaPer);
    const n = years === null ? 0 : own ?? (areaCount(t.quotaPer, areas) || (stated ?? village ?? 0));
    if (n > 0 && years !== null) {
      // `từ 2 đến 3 CLB` per district: the range over the areas too.
      const range = ind.range !== undefined ? { range: [ind.range[0] * times * n * years, ind.range[1] * times * n * years] as const } : {};
      t.indicator = { ...ind, target: quota * times * n * years, quota: quota * times * years, ...range };
      // The total is worked out, not stated: the listed areas may not be all the areas the quota means.
      t.running = true;
      t.why = "quota";
      kept.push(t);
      continue;
    }
    const pace = t.timesPerYear === 4 ? "quý" : t.timesPerYear === 12 ? "tháng" : "năm";
    const per = t.perYear || t.timesPerYear !== undefined ? `${t.quotaPer ?? "địa bàn"}/${pace}` : (t.quotaPer ?? "địa bàn");
    const cause = years === null && areaCount(t.quotaPer, areas) > 0 ? noYears : why;
    // Villages (`mỗi thôn`) are no areas of a plan (CONTRACT §1): their quota is only reported.
    const level = foldText(t.quotaPer ?? "xa");
    const floor = ind.kind === "count" && ind.rule !== "<=" && (COMMUNE_LEVEL.test(level) || DISTRICT_LEVEL.test(level));
    // Per quarter or month, over the plan's known years: the quota an area must meet over the plan (`01 buổi/quý` in a plan for one year: 4).
    const areaQuota = t.timesPerYear !== undefined && years !== null ? quota * times * years : quota;
    if (floor) {
      const scale = areaQuota / quota;
      t.indicator = { ...ind, target: areaQuota, quota: areaQuota, rule: ">=", ...(ind.range !== undefined ? { range: [ind.range[0] * scale, ind.range[1] * scale] as const } : {}) };
      t.running = true;
      t.why = "quota";
      kept.push(t);
    }
    issues.push(
      floor
        ? issue(
            "quota-only",
            `"${ind.name}": văn bản chỉ nêu định mức ${quota} ${ind.unit}/${per}, không nêu tổng và ${cause.vi}; chỉ tiêu được ghi là ít nhất ${areaQuota} ${ind.unit} (định mức ${areaQuota}/${areaQuota === quota ? per : t.quotaPer ?? "địa bàn"}), cần nhập tổng bằng tay.`,
            `"${ind.name}": the text gives only ${quota} ${ind.unit} per ${t.quotaPer ?? "area"}${t.timesPerYear !== undefined ? ` per ${pace === "quý" ? "quarter" : "month"}` : ""}, no total${cause.en}; the line is kept as at least ${areaQuota} ${ind.unit} (quota ${areaQuota} per ${t.quotaPer ?? "area"}); enter the total by hand.`,
            { source: ind.source },
          )
        : issue(
            "quota-only",
            `"${ind.name}": văn bản chỉ nêu định mức ${quota} ${ind.unit}/${per}, không nêu tổng và ${cause.vi}; cần nhập chỉ tiêu bằng tay.`,
            `"${ind.name}": the text gives only ${quota} ${ind.unit} per ${t.quotaPer ?? "area"}, no total${cause.en}; enter this target by hand.`,
            { source: ind.source },
          ),
    );
  }
  return { targets: kept, issues };
}

/** The number of places a target's own sentence gives for its quota's area (`tại 14 xã`, `(14 xã)` for `mỗi xã`), or null. */
function statedPlaces(sentence: string, per: string | undefined): number | null {
  const word = per?.split(/[\s,]+/)[0];
  if (!word) return null;
  // `… 01 tổ (14 xã)`, `(toàn huyện 14 xã)`: the count of places in brackets after the quota.
  const m = new RegExp(`(?:(?:tại|ở|trên địa bàn|cho|của)\\s+|\\(\\s*(?:toàn (?:huyện|tỉnh|thành phố|thị xã)\\s*,?\\s*)?)(\\d{1,3})\\s+${word}(?!\\p{L})`, "iu").exec(sentence);
  if (m) return Number(m[1]);
  // `Toàn xã có 09 thôn; mỗi thôn …`: all the places there are, said with nothing after them in their clause.
  const all = new RegExp(`(?:^|[^\\p{L}])(?:toàn|cả)\\s+(?:xã|huyện|tỉnh|thị xã|thành phố|thị trấn)\\s+(?:hiện\\s+)?có\\s+(\\d{1,3})\\s+${word}\\s*[,;]\\s*mỗi\\s+${word}(?!\\p{L})`, "iu").exec(sentence);
  return all ? Number(all[1]) : null;
}

/** A quota times the number of areas it applies to should give the target. */
export function checkQuotas(targets: readonly FoundTarget[], areas: readonly ExtractedArea[]): ExtractIssue[] {
  const perOf = (t: FoundTarget) => t.quotaPer;
  const issues: ExtractIssue[] = [];
  for (const t of targets) {
    const ind = t.indicator;
    if (ind.quota === undefined || ind.kind !== "count" || t.perArea) continue;
    // `14 mô hình tại 14 xã (mỗi xã 01 mô hình)`: the places the target itself counts, not the ones listed elsewhere.
    const n = statedPlaces(ind.sourceText ?? "", perOf(t)) ?? areaCount(perOf(t), areas);
    if (n === 0) continue;
    const total = ind.quota * n;
    if (total !== ind.target) {
      issues.push(
        issue(
          "quota-total",
          `Chỉ tiêu ${ind.code} "${ind.name}": định mức ${ind.quota} ${ind.unit}/${perOf(t) ?? "xã"} × ${n} địa bàn = ${total}, khác chỉ tiêu ${ind.target} ${ind.unit}.`,
          `Target ${ind.code} "${ind.name}": quota ${ind.quota} ${ind.unit} per ${perOf(t) ?? "xã"} × ${n} areas = ${total}, not the target ${ind.target} ${ind.unit}.`,
          { source: ind.source, expected: total, actual: ind.target },
        ),
      );
    }
  }
  return issues;
}

/**
 * `Đào tạo nghề cho 400 lao động` in the text, the table's `Đào tạo nghề (người)` total beside it: people counted in
 * another word for them, the text saying every word of the column's name, is the same target (another value a conflict).
 */
function peopleRestated(fromText: readonly FoundTarget[], t: FoundTarget): FoundTarget | null {
  if (!PEOPLE.includes(foldText(t.indicator.unit))) return null;
  const said = fromText.filter((o) => o.indicator.kind === "count" && samePeople(o.indicator.unit, t.indicator.unit) && coversName(o.context, t.context));
  return said.length === 1 ? said[0] : null;
}

/**
 * A target given both in the text and in a table (an appendix that repeats
 * the targets) is one target: the table's copy goes, and a different value
 * is a conflict.
 */
export function mergeTableRepeats(targets: readonly FoundTarget[], periodYears: number | null = null): { targets: FoundTarget[]; issues: ExtractIssue[] } {
  const fromText = targets.filter((t) => !t.fromTable);
  const issues: ExtractIssue[] = [];
  const kept: FoundTarget[] = [];
  // Quotas per area the text gives for a table's rows (`Ghi chú: Mỗi xã thành lập 01 tổ …` under a table of totals).
  const quotasOfRows = new Set<FoundTarget>();
  for (const t of targets) {
    if (!t.fromTable || fromText.length === 0) {
      kept.push(t);
      continue;
    }
    // A quota per area said in the text for what a row totals (`mỗi xã 01 tổ` beside `Tổ truyền thông | Tổ | 12`): the
    // row is the target, the quota its own, checked against the areas; the quota is no second target (nor a conflict).
    const perArea = t.indicator.kind === "count" && !t.placeTotal && t.indicator.quota === undefined
      ? bestMatch(fromText.filter((o) => o.perArea === true && !quotasOfRows.has(o) && o.indicator.target > 0 && t.indicator.target % o.indicator.target === 0), { kind: t.indicator.kind, unit: t.indicator.unit }, t.context, "overlap", unitBegins)
      : null;
    if (perArea !== null) {
      quotasOfRows.add(perArea);
      // `mỗi xã 01 cuộc/năm` for a row totalling the plan's years: each area's quota is over those years too.
      const times = (perArea.timesPerYear ?? 1) * (perArea.perYear === true || perArea.timesPerYear !== undefined ? (periodYears ?? 1) : 1);
      kept.push({ ...t, indicator: { ...t.indicator, quota: perArea.indicator.target * times }, ...(perArea.quotaPer !== undefined ? { quotaPer: perArea.quotaPer } : {}) });
      continue;
    }
    // A column's total in a table of places names its indicator in a few words: the text's target of its unit is it.
    const sameUnit = fromText.filter((o) => o.indicator.kind === t.indicator.kind && foldText(o.indicator.unit) === foldText(t.indicator.unit));
    // So does a column's total in a table of parts (`Số học viên (người)`) that restates the text's count of its unit.
    if ((t.placeTotal || t.columnTotal) && sameUnit.some((o) => o.indicator.target === t.indicator.target)) continue;
    // A row's unit column may name the unit shortly (`Lớp` for the text's `lớp tập huấn`).
    // A row restating a text target's value in fewer words (`Lớp tập huấn cán bộ Hội cơ sở | Lớp | 5` for `Tổ chức 05 lớp
    // tập huấn nâng cao năng lực cho cán bộ Hội cơ sở`) is that target: its words need only be among the target's.
    const q = { kind: t.indicator.kind, unit: t.indicator.unit };
    const match = t.placeTotal
      ? sameUnit.length === 1 ? sameUnit[0] : peopleRestated(fromText, t)
      : bestMatch(fromText, q, t.context, "dice", unitBegins) ??
        bestMatch(fromText.filter((o) => o.indicator.target === t.indicator.target), q, t.context, "overlap", unitBegins);
    if (!match) {
      kept.push(t);
      continue;
    }
    if (match.indicator.target !== t.indicator.target) {
      const m = match.indicator;
      issues.push(
        issue(
          "target-conflict",
          `Chỉ tiêu "${m.name}" là ${fmtVi(m.target, m.unit)} (dòng ${m.line}) nhưng bảng ở dòng ${t.indicator.line} ghi ${fmtVi(t.indicator.target, t.indicator.unit)}.`,
          `Target "${m.name}" is ${fmt(m.target, m.unit)} (line ${m.line}) but the table on line ${t.indicator.line} says ${fmt(t.indicator.target, t.indicator.unit)}.`,
          { source: t.indicator.source, expected: m.target, actual: t.indicator.target },
        ),
      );
    }
  }
  return { targets: kept.filter((t) => !quotasOfRows.has(t)), issues };
}
