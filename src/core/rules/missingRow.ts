/**
 * One cause, one finding: a commune's row missing from the sheet (deleted,
 * every total typed or added up without it) while the plan lists no areas
 * to name it. Every line the plan compares is under its plan, each by what
 * one commune could hold; nothing of the sheet says which row. Told once,
 * as the quota line's under-plan `ceiling` naming the other lines, only
 * when the evidence is clear:
 *
 * - the plan lists no areas (else `coverage` names the commune and
 *   `deletedCause` weighs the gaps), and the check finds nothing on the
 *   sheet but the lines' under-plan warnings;
 * - every line compared with the plan (percent lines aside) is under it,
 *   two at least, one of them a quota line whose every commune holds the
 *   quota and whose target is the quota times one commune more than the
 *   sheet has — short by exactly one commune's quota;
 * - every other line is short by a figure a commune could hold: whole on a
 *   count line, from the smallest to the largest of the communes' figures.
 *
 * With no quota line to count the communes, the communes' STT skipping one
 * number (1, 2, 4: the row deleted, the numbers left as typed) is that
 * evidence instead: every line short by what one commune could hold, told
 * once at the first line's ceiling, naming the number skipped and where.
 *
 * k rows missing the same way: the quota line short by exactly k quotas, or
 * the STT skipping k numbers (one gap of k, or k single gaps), and every
 * other line short by what k communes could hold (from k times the smallest
 * to k times the largest figure). Where a quota line and a plainly read STT
 * both count the rows, they must agree (told together) — else nothing is
 * folded, one warning per line. The STT counts only the rows whose numbers
 * it skips: a row deleted at the end of a district whose next district is
 * numbered anew (or at the end of the table) leaves no gap, so the STT
 * skipping fewer numbers than the quota counts agrees with it, the others
 * told to be where no gap shows; skipping more does not.
 *
 * A plan merely not fully allocated reads so only when all of that holds
 * by chance on every line at once; the finding stays a warning.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { allocatedFor, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { ceilingName } from "./singleCause";
import { joinList } from "../text/joinList";
import { cellValue } from "../model/workbook";
import { columnLetters } from "../model/address";

export function missingRow(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (context.plan.areas.length > 0 || findings.length < 2) return [...findings];
  const { lineCount, leaves } = context;
  if (leaves.length < 2) return [...findings];
  // Nothing but under-plan warnings of this table's lines.
  const byLine = new Map<number, Finding>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    const line = f.indicator === null ? undefined : context.lineByCode.get(f.indicator);
    if (f.rule !== "ceiling" || f.severity !== "warning" || f.sheet !== context.table.sheet || line === undefined || byLine.has(line)) return [...findings];
    byLine.set(line, f);
  }
  let quotaLine: number | null = null;
  let quotaRows = 0;
  const gaps = new Map<number, number>();
  for (let line = 0; line < lineCount; line++) {
    const planLine = context.linePlan[line];
    if (planLine === null || context.lineKind[line] === "percent" || context.sourceLines?.has(line) === true) continue;
    const allocated = allocatedFor(context, planLine.code);
    if (!byLine.has(line) || allocated === null || standing(allocated, planLine.target) !== "below") return [...findings];
    const gap = difference(planLine.target, allocated);
    gaps.set(line, gap);
    if (planLine.quota !== undefined && quotaLine === null && holdsQuota(context, line, planLine.quota)) {
      const rows = wholeQuotas(gap, planLine.quota);
      if (rows !== null) [quotaLine, quotaRows] = [line, rows];
    }
  }
  if (gaps.size < 2 || gaps.size !== byLine.size) return [...findings];
  const stt = sttSkips(context);
  const sttRows = stt === null ? 0 : stt.skips.reduce((sum, skip) => sum + skip.count, 0);
  // The STT counts only the rows whose numbers it skips: a row deleted at a district's end (the next district numbered
  // anew) or at the table's end leaves no gap. Counting more rows than the quota line, neither reading is plain.
  if (quotaLine !== null && sttRows > quotaRows) return [...findings];
  // No quota line counting the communes: the communes' STT skipping numbers (1, 2, 4) tells the rows missing.
  const rows = quotaLine !== null ? quotaRows : sttRows;
  if (rows === 0) return [...findings];
  for (const [line, gap] of gaps) if (line !== quotaLine && !couldHold(context, line, gap, rows)) return [...findings];
  const entries = [...byLine].sort(([a], [b]) => a - b);
  const kept = quotaLine === null ? entries[0][1] : (byLine.get(quotaLine) as Finding);
  const others = entries.filter(([, f]) => f !== kept);
  const named = quotaLine === null ? entries : others;
  const held = (lang: "vi" | "en") =>
    joinList(
      named.map(([line, f]) => {
        const name = ceilingName(context, f);
        const figure = formatAmount(gaps.get(line) as number, context.cellUnit[line], lang);
        return lang === "vi" ? `${figure} cho ${name.vi}` : `${figure} for ${name.en}`;
      }),
      lang === "vi" ? "và" : "and",
    );
  const sttNamed = sttRows > 0 ? (stt as SttReading) : null;
  const told: Finding = {
    ...kept,
    message:
      quotaLine === null
        ? bySkipText(context, kept, (sttNamed as SttReading).skips, rows, held)
        : byQuotaText(context, kept, quotaLine, rows, sttNamed, held),
  };
  const dropped = new Set(others.map(([, f]) => f));
  return findings.filter((f) => !dropped.has(f)).map((f) => (f === kept ? told : f));
}

type Held = (lang: "vi" | "en") => string;

/** The wording of k missing rows (areas across the columns: columns), chosen once. */
interface RowsWords {
  /** `một địa bàn` / `2 địa bàn` — what they could hold, whose rows are missing. */
  readonly areasVi: string;
  /** `dòng` / `cột` — what is missing, and what the STT's gaps fall between. */
  readonly unitVi: string;
  /** `dòng đó` / `các dòng đó` (`cột đó` / `các cột đó`) — the rows that would hold the gaps. */
  readonly thoseVi: string;
  /** `one area` / `2 areas` — what they could hold. */
  readonly areasEn: string;
  /** `one area's row` / `2 areas' rows` (`one area's column` / `2 areas' columns`) — what is missing. */
  readonly missingEn: string;
  /** `` / ` between them` — after what the rows would hold. */
  readonly betweenEn: string;
  /** `row` / `rows` (`column` / `columns`) for `count` of them: those the STT shows no gap for, those its gaps fall between. */
  readonly unitEn: (count: number) => string;
}

function rowsWords(rows: number, across: boolean): RowsWords {
  const [vi, en, ens] = across ? ["cột", "column", "columns"] : ["dòng", "row", "rows"];
  const unitEn = (count: number) => (count === 1 ? en : ens);
  return rows === 1
    ? { areasVi: "một địa bàn", unitVi: vi, thoseVi: `${vi} đó`, areasEn: "one area", missingEn: `one area's ${en}`, betweenEn: "", unitEn }
    : { areasVi: `${rows} địa bàn`, unitVi: vi, thoseVi: `các ${vi} đó`, areasEn: `${rows} areas`, missingEn: `${rows} areas' ${ens}`, betweenEn: " between them", unitEn };
}

/** Whether the areas run across the columns (their STT read along a header row). */
const acrossColumns = (context: RuleContext): boolean => context.table.orientation !== "areas-as-rows";

/**
 * The quota line's warning, naming the areas the plan counts, the STT's skips where they agree (the rows they leave
 * uncounted gone where the STT shows no gap: a district's end), and what the missing rows would hold.
 */
function byQuotaText(context: RuleContext, kept: Finding, quotaLine: number, rows: number, stt: SttReading | null, held: Held): Finding["message"] {
  const quota = context.linePlan[quotaLine]?.quota as number;
  const quotaText = (lang: "vi" | "en") => formatAmount(quota, context.cellUnit[quotaLine], lang);
  const n = context.leaves.length;
  const unseen = stt === null ? 0 : rows - stt.skips.reduce((sum, skip) => sum + skip.count, 0);
  const end = stt?.anew === true ? { vi: "ở cuối một huyện, huyện sau đánh số lại từ 1", en: "at the end of a district, the next numbered anew" } : { vi: "ở cuối bảng", en: "at the end of the table" };
  const w = rowsWords(rows, acrossColumns(context));
  const count = unseen === 1 ? "" : `${unseen} `;
  const rest =
    unseen === 0
      ? { vi: "", en: "" }
      : { vi: `, ${count}${w.unitVi} còn lại không để lại chỗ trống trong STT (${end.vi})`, en: `, the other ${count}${w.unitEn(unseen)} leaving no gap in it (${end.en})` };
  const sttVi = stt === null ? "" : `, và STT của các địa bàn bỏ mất ${skipsText(context, stt.skips, w, "vi")}${rest.vi}`;
  const sttEn = stt === null ? "" : `, and the areas' STT skips ${skipsText(context, stt.skips, w, "en")}${rest.en}`;
  return localized(
    `${kept.message.vi} Mọi chỉ tiêu đều thiếu so với kế hoạch, mỗi chỉ tiêu đúng bằng phần ${w.areasVi} có thể giữ: kế hoạch tính ${n + rows} địa bàn theo định mức ${quotaText("vi")}, bảng chỉ có ${n}${sttVi} — có lẽ thiếu (đã xoá) ${w.unitVi} của ${w.areasVi}, ${w.thoseVi} giữ ${held("vi")}.`,
    `${kept.message.en} Every line falls short of the plan by what ${w.areasEn} could hold: the plan counts ${n + rows} areas at the quota of ${quotaText("en")}, the sheet has ${n}${sttEn} — probably ${w.missingEn} missing (deleted), which would hold ${held("en")}${w.betweenEn}.`,
  );
}

/** The first line's warning, naming the numbers the STT skips and where, and what the missing rows would hold. */
function bySkipText(context: RuleContext, kept: Finding, skips: readonly SttSkip[], rows: number, held: Held): Finding["message"] {
  const w = rowsWords(rows, acrossColumns(context));
  const [vi, en] = [skipsText(context, skips, w, "vi"), skipsText(context, skips, w, "en")];
  return localized(
    `${kept.message.vi} Mọi chỉ tiêu đều thiếu so với kế hoạch, mỗi chỉ tiêu đúng bằng phần ${w.areasVi} có thể giữ, và STT của các địa bàn bỏ mất ${vi} — có lẽ thiếu (đã xoá) ${w.unitVi} của ${w.areasVi} ở đó, ${w.thoseVi} giữ ${held("vi")}.`,
    `${kept.message.en} Every line falls short of the plan by what ${w.areasEn} could hold, and the areas' STT skips ${en} — probably ${w.missingEn} missing (deleted) there, which would hold ${held("en")}${w.betweenEn}.`,
  );
}

/** The numbers skipped and where: `số 3 (giữa dòng 5 và dòng 6)`, `3–4 (between rows 5 and 6)` (areas across: `between columns E and F`), several joined. */
function skipsText(context: RuleContext, skips: readonly SttSkip[], w: RowsWords, lang: "vi" | "en"): string {
  const { areas } = context.table;
  // Areas across the columns: the columns the numbers fall between.
  const name = (area: number) => (acrossColumns(context) ? columnLetters(areas[area].index) : `${areas[area].index + 1}`);
  const [vi, en] = [w.unitVi, w.unitEn(2)];
  return joinList(
    skips.map((skip) => {
      const [from, to] = [name(skip.after), name(skip.before)];
      const numbers = skip.count === 1 ? `${skip.number}` : `${skip.number}–${skip.number + skip.count - 1}`;
      return lang === "vi" ? `số ${numbers} (giữa ${vi} ${from} và ${vi} ${to})` : `${numbers} (between ${en} ${from} and ${to})`;
    }),
    lang === "vi" ? "và" : "and",
  );
}

/** How many whole quotas the gap is (one at least), or null. */
function wholeQuotas(gap: number, quota: number): number | null {
  if (!(quota > 0)) return null;
  const rows = Math.round(gap / quota);
  return rows >= 1 && standing(gap, rows * quota) === "equal" ? rows : null;
}

/** Whether every commune's figure on the line is the quota. */
function holdsQuota(context: RuleContext, line: number, quota: number): boolean {
  return context.leaves.every((leaf) => {
    const at = leaf * context.lineCount + line;
    return context.state[at] === CELL.number && standing(context.base[at], quota) === "equal";
  });
}

/** Whether `rows` communes could hold the gap on the line: whole on a count line, from rows × the smallest to rows × the largest of the communes' figures. */
function couldHold(context: RuleContext, line: number, gap: number, rows: number): boolean {
  const scale = context.scales[line];
  if (context.lineKind[line] === "count" && !Number.isInteger(Number((gap / scale).toPrecision(12)))) return false;
  let smallest = Infinity;
  let largest = -Infinity;
  for (const leaf of context.leaves) {
    const at = leaf * context.lineCount + line;
    if (context.state[at] !== CELL.number && context.state[at] !== CELL.blank) return false;
    const value = context.base[at];
    if (value < smallest) smallest = value;
    if (value > largest) largest = value;
  }
  return largest > 0 && gap >= rows * smallest && gap <= rows * largest;
}

/** Numbers the communes' STT skips: from `number`, `count` of them, between the rows (columns) of two communes (area indexes). */
interface SttSkip {
  readonly number: number;
  readonly count: number;
  readonly after: number;
  readonly before: number;
}

/** What the communes' STT skips, and whether it numbers them anew (from 1) under each district rather than along the sheet. */
interface SttReading {
  readonly skips: readonly SttSkip[];
  readonly anew: boolean;
}

/**
 * The numbers the communes' STT skips, numbered along the sheet or anew
 * (from 1) under each district: every commune's STT a whole number in one
 * column left of the names (areas across the columns: in the row the
 * layout read as their STT, `1`, `2` over their names), each the one before
 * plus one but where it skips — one gap of any length, or any number of
 * single gaps. Empty where nothing is skipped; null where the numbering
 * says nothing so plain (no such column or row, a jump back, a longer gap
 * beside another).
 */
function sttSkips(context: RuleContext): SttReading | null {
  const { table, sheet, leaves } = context;
  const areas = table.areas;
  const across = acrossColumns(context);
  const numberAt = (leaf: number, at: number): number | null => {
    const value = across ? cellValue(sheet, at, areas[leaf].index) : cellValue(sheet, areas[leaf].index, at);
    const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(n) && n > 0 ? n : null;
  };
  // Down the rows, the columns left of the names; across the columns, the row the layout read as their STT (none: no reading).
  const sttAt = table.notes?.sttAt;
  const places = across ? (sttAt === undefined ? [] : [sttAt]) : Array.from({ length: areas[leaves[0]].labelCol }, (_, col) => col);
  for (const col of places) {
    if (!leaves.every((leaf) => numberAt(leaf, col) !== null)) continue;
    const skips: SttSkip[] = [];
    let anew = false;
    for (let k = 0; k < leaves.length; k++) {
      const n = numberAt(leaves[k], col) as number;
      const previous = k === 0 ? 0 : (numberAt(leaves[k - 1], col) as number);
      const newDistrict = k > 0 && areas[leaves[k]].parent !== areas[leaves[k - 1]].parent;
      if (n === previous + 1) continue;
      if (n === 1 && newDistrict) {
        anew = true;
        continue;
      }
      if (n <= previous + 1 || k === 0) return null;
      skips.push({ number: previous + 1, count: n - previous - 1, after: leaves[k - 1], before: leaves[k] });
    }
    return skips.length > 1 && skips.some((skip) => skip.count > 1) ? null : { skips, anew };
  }
  return null;
}
