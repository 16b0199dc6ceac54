/**
 * Matching allocation lines (columns, or rows in the other orientation) to
 * plan lines, one-to-one: by code when the sheet has a row of codes that
 * agrees with the names, else by name similarity; best pairs first, never two
 * lines on one plan line, never a money line on a count line.
 */
import type { IndicatorKind, PlanLine } from "../model/plan";
import { foldText, wordKey } from "../text/fold";
import { isLineTotal } from "./lines";
import { isOfWhichLabel } from "./labels";
import { isCumulativeLabel, isPlanCopyLabel, leadingStage, lineStage, type LineStage } from "./lineStage";
import { nameSimilarity, nameTokens, type NameTokens } from "./similarity";

/** Below this a header and a plan name are unrelated. */
export const MATCH_THRESHOLD = 0.5;

export interface LineCandidate {
  /** Header texts, general to specific (`Kinh phí (triệu đồng)`, `Hỗ trợ …`). */
  readonly parts: readonly string[];
  readonly code?: string;
  /** Kind known from the sheet (a unit, or money words such as `Kinh phí`); undefined when unknown. */
  readonly kind?: IndicatorKind;
  /** The name of the line this one lists a part of (`Tổ truyền thông cộng đồng` above `- Thành lập mới`). */
  readonly context?: string;
  /** The column (row) is hidden on the sheet: between it and a shown line naming the same plan line, the shown one is read. */
  readonly hidden?: boolean;
  /** The line holds no figure (a heading such as `II. Kinh phí (triệu đồng)`): between it and a line with figures naming the same plan line, the one with figures is read. */
  readonly blank?: boolean;
}

/** `KP.1`, `kp.1 `, `(2.1)`, `2.1.` all give `kp.1` / `2.1`. */
export function codeKey(code: string): string {
  return foldText(code).replace(/\s+/g, "").replace(/^\(|\)$/g, "").replace(/[.:]+$/, "");
}

function kindFits(candidate: LineCandidate, line: PlanLine): boolean {
  return candidate.kind === undefined || candidate.kind === line.kind;
}

/**
 * Token sets of a candidate: its most specific header, all of its header
 * parts together, and those read after the line it lists a part of.
 */
export function candidateTokens(candidate: LineCandidate, anchored = false): NameTokens[] {
  const parts = candidate.parts;
  if (parts.length === 0) return [];
  const specific = nameTokens(parts[parts.length - 1]);
  // `Tổ truyền thông / Kinh phí`: a generic lower header under a line's name names that line's figure, no line on its own.
  const tokens = parts.length === 1 ? [specific] : anchored ? [nameTokens(parts.join(" "))] : [specific, nameTokens(parts.join(" "))];
  if (candidate.context !== undefined) tokens.push(nameTokens(`${candidate.context} ${parts.join(" ")}`));
  return tokens;
}

/**
 * The tokens of a header's upper parts when its last part is a period or a
 * line's total (`Kinh phí / Năm 2026`, `Kinh phí / 2026`, `Kinh phí / Tổng`),
 * else null: such a part names which share of the line the column holds, not
 * which line — typed `2026` (no word) or `Năm 2026` (a word), the column is
 * the line's as surely.
 */
function upperOfPart(candidate: LineCandidate): NameTokens | null {
  const parts = candidate.parts;
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1];
  if (!isPeriodPart(last) && !isLineTotal(last)) return null;
  const upper = nameTokens(parts.slice(0, -1).join(" "));
  return upper.words.size > 0 ? upper : null;
}

/** Words that say what a figure is (money, a count, a total) but not of which line. */
const GENERIC_WORDS = new Set(["kinh", "phi", "tien", "gia", "tri", "thanh", "du", "toan", "tong", "cong", "luong", "muc", "chung"]);

/** Tokens made of generic words only (`Kinh phí`, `Số tiền`, `Tổng số`, `Cộng`). */
function isGeneric(tokens: NameTokens): boolean {
  if (tokens.words.size === 0) return true;
  for (const word of tokens.words) if (!GENERIC_WORDS.has(word)) return false;
  return true;
}

/**
 * The words naming a line in the upper parts of a header whose lowest part is
 * generic (`Tổ truyền thông cộng đồng` over `Kinh phí`), when those upper parts
 * name a plan line, or null: the figure is that line's, so a plan line sharing
 * none of them is not its. (`Năm 2024` over `Tổng kinh phí` names no line: no anchor.)
 */
function anchorWords(candidate: LineCandidate, planTokens: readonly NameTokens[]): ReadonlySet<string> | null {
  const parts = candidate.parts;
  if (parts.length < 2 || !isGeneric(nameTokens(parts[parts.length - 1]))) return null;
  // Generic upper parts (`Nội dung phân bổ / Kinh phí / (triệu đồng)`'s `Kinh phí`) name no line: left out.
  const named = parts.slice(0, -1).filter((part) => !isGeneric(nameTokens(part)));
  if (named.length === 0) return null;
  const upper = nameTokens(named.join(" "));
  if (!planTokens.some((tokens) => nameSimilarity(upper, tokens) >= MATCH_THRESHOLD)) return null;
  const words = new Set<string>();
  for (const word of upper.words) if (!GENERIC_WORDS.has(word)) words.add(word);
  return words.size > 0 ? words : null;
}

/** The score of a header read as a plan line's initials (`ĐCTC`): above the match threshold, below a sure name. */
const INITIALS_SCORE = 0.7;

/** The folded capitals of a header that is a single run of 3 to 6 capitals (`ĐCTC`, `TTCĐ`), or null. */
function initialsOf(candidate: LineCandidate): string | null {
  const parts = candidate.parts;
  if (parts.length === 0) return null;
  const text = parts[parts.length - 1].replace(/\([^)]*\)/g, " ").trim().normalize("NFC");
  if (!/^[A-ZĐ]{3,6}$/u.test(text.normalize("NFD").replace(/[\u0300-\u036f]/g, ""))) return null;
  return wordKey(text);
}

/** The initials of a plan line's name, its words folded (`dia chi tin cay tai cong dong` → `dctctcd`). */
function lineInitials(name: string): string {
  return wordKey(name.replace(/\([^)]*\)/g, " "))
    .split(" ")
    .filter((word) => word !== "" && !/^\d/.test(word))
    .map((word) => word[0])
    .join("");
}

/** Name score of a candidate against a plan line: the better of its specific and its full header. */
export function nameScore(tokens: readonly NameTokens[], planTokens: NameTokens): number {
  let best = 0;
  for (const t of tokens) best = Math.max(best, nameSimilarity(t, planTokens));
  return best;
}

/** For each candidate, the code of the plan line it matches, or null. */
export interface MatchOptions {
  /**
   * The sheet declares money for its lines (an `ĐVT: triệu đồng` note): a
   * column that names no unit may then be a money line as readily as any other.
   * Without it such a column needs a clearer name to be taken for money.
   */
  readonly moneyNote?: boolean;
  /**
   * Which of a line's `Kế hoạch | Thực hiện` sub-columns holds the sheet's
   * value: `planned` on the allocation sheet (the default), `achieved` on a
   * results sheet.
   */
  readonly stage?: LineStage;
  /**
   * `numbered`: the codes are a numbering (`STT` 1, 2, 3 … down the rows),
   * not plan codes — a code yields its plan line to another line that names
   * it clearly better. `declared`: a column headed `Mã` holds them — a code
   * is taken even for a name the matcher cannot read (`ĐCTC`), unless that
   * name clearly names another plan line.
   */
  readonly codes?: "numbered" | "declared";
}

/** Name scores this close are a tie: either line could be the plan line's. */
export const TIE_MARGIN = 0.03;

/** Least name similarity for a code to be taken (names that share nothing overrule a code). */
export const CODE_NAME_FLOOR = 0.15;

/** Weight of a money plan line for a column that shows no sign of money. */
const UNSHOWN_MONEY_WEIGHT = 0.8;

export function matchLines(
  candidates: readonly LineCandidate[],
  plan: readonly PlanLine[],
  options: MatchOptions = {},
): (string | null)[] {
  return matchLineDetails(candidates, plan, options).map((match) => match?.code ?? null);
}

/** A candidate's plan line, by which evidence, with its score in [0, 1] (1 for a code). */
/** A line the user mapped to a plan line. */
export interface CorrectedMatch {
  readonly code: string;
  readonly how: "corrected";
  readonly score: number;
}

export interface LineMatch {
  readonly code: string;
  readonly how: "name" | "code";
  readonly score: number;
  /**
   * Another candidate that names this plan line as well (within `TIE_MARGIN`)
   * and found nothing better: the choice between them is uncertain.
   */
  readonly rival?: number;
}

/** Like `matchLines`, with how each line was matched and how well. */
export function matchLineDetails(
  candidates: readonly LineCandidate[],
  plan: readonly PlanLine[],
  options: MatchOptions = {},
): (LineMatch | null)[] {
  const planTokens = plan.map((line) => nameTokens(line.name));
  const planByCode = new Map<string, number>();
  plan.forEach((line, j) => planByCode.set(codeKey(line.code), j));
  // `Kinh phí tập huấn` for `a) Tập huấn` under `2. Kinh phí`: a part named with its parent's name before its own.
  const inParent = plan.map((line) => {
    const parent = line.parentCode === undefined ? undefined : planByCode.get(codeKey(line.parentCode));
    return parent === undefined ? null : nameTokens(`${plan[parent].name} ${line.name}`);
  });

  const planKeys = plan.map((line) => wordKey(line.name));
  // `Kế hoạch tổ truyền thông` in one header: a stage, unless a plan line's own name opens with those words.
  const leading = candidates.map((candidate) => {
    if (candidate.parts.length !== 1) return null;
    const lead = leadingStage(candidate.parts[0]);
    return lead === null || planKeys.some((key) => key === lead.words || key.startsWith(`${lead.words} `)) ? null : lead;
  });
  const stages = candidates.map((candidate, i) => lineStage(candidate.parts) ?? leading[i]?.stage ?? null);
  const names: number[][] = candidates.map((candidate, i) => {
    // `Tổ truyền thông / Thực hiện`: the stage names no indicator, the header above it does; nor do the words `Kế hoạch` open with.
    const lead = leading[i];
    const context = candidate.context !== undefined ? { context: candidate.context } : {};
    const anchor = lead !== null || stages[i] !== null ? null : anchorWords(candidate, planTokens);
    const tokens = lead !== null ? candidateTokens({ parts: [lead.rest], ...context }) : candidateTokens(stages[i] !== null ? { parts: candidate.parts.slice(0, -1), ...context } : candidate, anchor !== null);
    const upper = lead === null && stages[i] === null ? upperOfPart(candidate) : null;
    return plan.map((line, j) => {
      if (!kindFits(candidate, line)) return 0;
      if (anchor !== null && ![...anchor].some((word) => planTokens[j].words.has(word))) return 0;
      const own = inParent[j];
      // A plan line naming no year is named by the header over `Năm 2026`, `2026` or `Tổng` as well as by the whole.
      const byUpper = upper !== null && planTokens[j].numbers.size === 0 ? nameSimilarity(upper, planTokens[j]) : 0;
      const score = Math.max(nameScore(tokens, planTokens[j]), own === null ? 0 : nameScore(tokens, own), byUpper);
      const unshownMoney = candidate.kind === undefined && line.kind === "money" && !options.moneyNote;
      return unshownMoney ? score * UNSHOWN_MONEY_WEIGHT : score;
    });
  });
  // `ĐCTC` for `Địa chỉ tin cậy tại cộng đồng`: a header that is one run of capitals and names no line otherwise is
  // read as the initials of the one plan line whose words open with them (loosely: a person should glance at it).
  let initials: string[] | undefined;
  candidates.forEach((candidate, i) => {
    const abbreviation = initialsOf(candidate);
    if (abbreviation === null || names[i].some((score) => score >= MATCH_THRESHOLD)) return;
    initials ??= plan.map((line) => lineInitials(line.name));
    const fits = plan.map((line, j) => kindFits(candidate, line) && initials![j].startsWith(abbreviation));
    const only = fits.indexOf(true);
    if (only >= 0 && fits.lastIndexOf(true) === only) names[i][only] = INITIALS_SCORE;
  });
  const byCode: (number | null)[] = candidates.map((candidate) => {
    if (candidate.code === undefined || candidate.code === "") return null;
    const j = planByCode.get(codeKey(candidate.code));
    return j !== undefined && kindFits(candidate, plan[j]) ? j : null;
  });

  // A numbering row (1, 2, 3 … over the columns) can look like codes: trust
  // codes only when the names, where they are clear, do not point elsewhere.
  let agree = 0;
  let disagree = 0;
  byCode.forEach((j, i) => {
    if (j === null) return;
    const best = argmax(names[i]);
    if (best === null || names[i][best] < MATCH_THRESHOLD) return;
    if (best === j || names[i][j] >= names[i][best] - 0.1) agree++;
    else disagree++;
  });
  const useCodes = byCode.some((j) => j !== null) && disagree <= agree;

  // Per plan line, the best name score any candidate has for it (for numbered codes).
  const bestName = plan.map((_line, j) => names.reduce((best, row) => Math.max(best, row[j]), 0));
  const ownBest = names.map((row) => argmax(row));
  const dotted = candidates.map((candidate) => candidate.code !== undefined && /\d\.\d/.test(candidate.code));
  const letteredCode = candidates.map((candidate) => candidate.code !== undefined && !/^\(?\d+\)?$/.test(candidate.code.trim()));
  const parents = new Set(plan.map((line) => line.parentCode).filter((code) => code !== undefined));
  // Between `Kế hoạch` and `Thực hiện` sub-columns of one line, the sheet's own stage goes first.
  const wanted = options.stage ?? "planned";
  // Between `Chỉ tiêu giao` (the target given, copied) and `Phân bổ` sub-columns of one line, an allocation's figure is
  // the one allocated: the copy goes after it, yet before an achieved figure.
  const copies = candidates.map((candidate) => wanted === "planned" && candidate.parts.length >= 2 && isPlanCopyLabel(candidate.parts[candidate.parts.length - 1]));
  // A hidden line (an older copy, a working figure) yields to a shown one naming the plan line as well: what the user sees is the allocation.
  // `Kinh phí | Năm 2026 | Năm 2027 | Tổng` under one header: the line's total goes before the periods it adds up.
  const periodParts = periodsBesideTotal(candidates);
  // `Kinh phí | Tổng | Lũy kế` on an allocation: the running total is what was reached so far, never the figure allocated.
  const running = candidates.map((candidate) => wanted === "planned" && isRunningTotal(candidate, planKeys));
  const stagePenalty = stages.map(
    (stage, i) => ((stage !== null && stage !== wanted) || periodParts[i] || running[i] ? TIE_MARGIN * 2 : copies[i] ? TIE_MARGIN : 0) + (candidates[i].hidden === true ? TIE_MARGIN * 2 : 0),
  );
  // A line with no figure (a heading row) yields its plan line to a line with figures naming it about as well by its own
  // words — not to the rows under it, named by the heading (`Kinh phí hỗ trợ` over `- Đợt 1`, `- Đợt 2`).
  const yields = (i: number, j: number): boolean =>
    candidates[i].blank === true &&
    candidates.some((other, k) => k !== i && other.blank !== true && other.context === undefined && names[k][j] >= names[i][j] - TIE_MARGIN);
  const pairs: { i: number; j: number; score: number }[] = [];
  candidates.forEach((candidate, i) => {
    // A code needs the names not to contradict it outright: an STT column
    // numbered 1, 2, 3 … can give a row the number of an unrelated plan line.
    const named = candidate.parts.some((p) => nameTokens(p).words.size > 0);
    // `KP | Tổng số`: a total label names no line of its own, its code decides when that code is a plan parent.
    const code = byCode[i];
    const totalOfParent = isTotalOf(candidate, code === null ? undefined : plan[code], parents);
    plan.forEach((_line, j) => {
      // A numbering that writes the plan's own dotted codes (`1.1` under `1`) is no mere count of rows: it keeps its line.
      const outnamed = options.codes === "numbered" && !dotted[i] && bestName[j] >= MATCH_THRESHOLD && names[i][j] < bestName[j] - TIE_MARGIN;
      // A name that reads as no plan line (`TH`, `ĐCTC`) takes its code from a `Mã` column, or from a row of codes that
      // are no column numbers (`KP.1`, `1.2`, `II`; a row 1, 2, 3 … over the columns numbers them).
      const unreadable = (options.codes === "declared" || (options.codes === undefined && letteredCode[i])) && (ownBest[i] === null || names[i][ownBest[i]!] < MATCH_THRESHOLD);
      const codeMatch = useCodes && byCode[i] === j && !outnamed && (!named || totalOfParent || unreadable || names[i][j] >= CODE_NAME_FLOOR);
      const score = names[i][j];
      if (codeMatch) pairs.push({ i, j, score: 10 + score });
      else if (score >= MATCH_THRESHOLD) pairs.push({ i, j, score: score - stagePenalty[i] - (yields(i, j) ? TIE_MARGIN * 2 : 0) });
    });
  });
  // Between lines naming a plan line equally well, one written as its very name (`Kinh phí thực hiện`) goes before one
  // naming it by fewer words (`Kinh phí`, the words the score leaves out dropped).
  const exact = exactNames(candidates, plan);
  const exactOf = (i: number, j: number): number => (exact !== null && exact[i] === j ? 1 : 0);
  pairs.sort((a, b) => b.score - a.score || exactOf(b.i, b.j) - exactOf(a.i, a.j) || a.i - b.i || a.j - b.j);
  const result: (LineMatch | null)[] = candidates.map(() => null);
  const taken = new Set<number>();
  for (const { i, j, score } of pairs) {
    if (result[i] !== null || taken.has(j)) continue;
    result[i] = score >= 10 ? { code: plan[j].code, how: "code", score: 1 } : { code: plan[j].code, how: "name", score: Math.round(names[i][j] * 100) / 100 };
    taken.add(j);
  }
  return withRivals(result, names, plan, copies.map((copy, i) => copy || periodParts[i] || running[i] || candidates[i].hidden === true || candidates[i].blank === true), exact);
}

/** A header's words, text in parentheses (units) left out. */
function plainKey(text: string): string {
  return wordKey(text.replace(/\([^)]*\)/g, " "));
}

/**
 * For each candidate, the index of the plan line whose name its one header
 * part is, word for word (units in parentheses aside), or -1; null when no
 * candidate is (the common case: nothing to tell apart).
 */
function exactNames(candidates: readonly LineCandidate[], plan: readonly PlanLine[]): number[] | null {
  let keys: Map<string, number> | null = null;
  let out: number[] | null = null;
  candidates.forEach((candidate, i) => {
    if (candidate.parts.length !== 1) return;
    keys ??= new Map(plan.map((line, j) => [plainKey(line.name), j]));
    const j = keys.get(plainKey(candidate.parts[0]));
    if (j === undefined) return;
    out ??= candidates.map(() => -1);
    out[i] = j;
  });
  return out;
}

/**
 * A running total (`Kinh phí / Lũy kế`, `Lũy kế kinh phí`): its header's last
 * part says so, unless a plan line's own name does too.
 */
export function isRunningTotal(candidate: { readonly parts: readonly string[] }, planKeys: readonly string[]): boolean {
  const last = candidate.parts[candidate.parts.length - 1];
  return last !== undefined && isCumulativeLabel(last) && !planKeys.some((key) => isCumulativeLabel(key));
}

/**
 * `Năm 2026`, `2026`, `6 tháng đầu năm 2026`, `Giai đoạn 2026 - 2027`, and a
 * batch of the allocation (`Đợt 1`, `Phân bổ đợt 2`, `Lần 1`) (a header's
 * last part, word key).
 */
const PERIOD_PART =
  /^(?:nam |giai doan )?(?:19|20)\d\d(?: ?- ?(?:19|20)\d\d)?$|^(?:\d+ thang|quy [ivx\d]+)\b.*(?:19|20)\d\d$|^(?:(?:phan bo|giao|cap|bo tri) )?(?:dot|lan) (?:\d+|[ivx]+)(?: nam (?:19|20)\d\d)?$/;

/**
 * Candidates whose last header part is a period (`Năm 2026`, `2026`) beside a
 * candidate under the same header whose last part is the line's total
 * (`Kinh phí | Năm 2026 | Năm 2027 | Tổng`): parts of that total, never
 * the line itself before it.
 */
/** A header's last part names a period or a batch of the allocation (`Năm 2026`, `2026`, `Đợt 1`). */
export function isPeriodPart(text: string): boolean {
  return PERIOD_PART.test(wordKey(text));
}

function periodsBesideTotal(candidates: readonly LineCandidate[]): boolean[] {
  const out = candidates.map(() => false);
  const head = (candidate: LineCandidate) => candidate.parts.slice(0, -1).join("\u0000");
  const totals = new Set<string>();
  for (const candidate of candidates) if (candidate.parts.length >= 2 && isLineTotal(candidate.parts[candidate.parts.length - 1])) totals.add(head(candidate));
  if (totals.size === 0) return out;
  // `Kinh phí | Tổng số` beside `Kinh phí | Trong đó | Năm 2026`: the periods under an `of which` caption, the same head.
  const periodHead = (candidate: LineCandidate) => {
    const parts = candidate.parts.slice(0, -1);
    return parts.length >= 2 && isOfWhichLabel(parts[parts.length - 1]) ? parts.slice(0, -1).join("\u0000") : parts.join("\u0000");
  };
  candidates.forEach((candidate, i) => {
    if (candidate.parts.length >= 2 && totals.has(periodHead(candidate)) && PERIOD_PART.test(wordKey(candidate.parts[candidate.parts.length - 1]))) out[i] = true;
  });
  return out;
}

/**
 * Marks each name match that another candidate wanted as much: one whose
 * score for the same plan line is within `TIE_MARGIN` and that got no better
 * line of its own (`Kế hoạch | Thực hiện` under one header, or the same
 * indicator in two columns).
 */
function withRivals(
  result: (LineMatch | null)[],
  names: readonly number[][],
  plan: readonly PlanLine[],
  copies: readonly boolean[],
  exact: readonly number[] | null,
): (LineMatch | null)[] {
  const lineOf = new Map<string, number>();
  plan.forEach((line, j) => lineOf.set(line.code, j));
  const own = result.map((match, i) => (match === null ? 0 : match.how === "code" ? Infinity : names[i][lineOf.get(match.code)!]));
  return result.map((match, i) => {
    if (match === null || match.how !== "name") return match;
    const j = lineOf.get(match.code)!;
    for (let k = 0; k < names.length; k++) {
      // A copy of the target beside the figure chosen is no rival to it (`Chỉ tiêu giao | Phân bổ`), nor a hidden line to a shown one.
      if (k === i || names[k][j] < MATCH_THRESHOLD || names[k][j] < names[i][j] - TIE_MARGIN || (copies[k] && !copies[i])) continue;
      // A line naming the plan line by fewer of its words is no rival to one written as its very name.
      if (exact !== null && exact[i] === j && exact[k] !== j) continue;
      if (result[k] !== null && own[k] >= names[k][j]) continue;
      return { ...match, rival: k };
    }
    return match;
  });
}

/** A candidate labelled only as a total (`Tổng số`, `Cộng`) whose code names a plan parent. */
function isTotalOf(candidate: LineCandidate, line: PlanLine | undefined, parents: ReadonlySet<string | undefined>): boolean {
  if (line === undefined || !parents.has(line.code) || candidate.parts.length === 0) return false;
  return candidate.parts.every((p) => isLineTotal(p) || nameTokens(p).words.size === 0);
}

function argmax(values: readonly number[]): number | null {
  let best: number | null = null;
  values.forEach((v, j) => {
    if (v > 0 && (best === null || v > values[best])) best = j;
  });
  return best;
}
