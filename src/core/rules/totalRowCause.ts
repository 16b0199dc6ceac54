/**
 * One cause, one finding for a typed total row (a district's, or the grand
 * total's; areas across the columns: its column) typed from figures other
 * than its parts — copied from another district's row, or from last year's
 * sheet — so that its `subtotal` findings stand on several lines of the one
 * row. Folded into one finding at the row's first off cell, naming the
 * others and the figure each should show, only when the evidence is clear:
 *
 * - two lines at least are off at the row, each typed (not a formula), and
 *   nothing else is told on those lines; every commune under the row holds a
 *   number on each of them (a blank is a cause of its own);
 * - either the row's typed figures are, line by line, another total row's
 *   (copied from it: the lines it agrees on too), that row agreeing with its
 *   own parts on every one of them, or every typed figure of
 *   the row is off its parts (three lines at least: nothing of the row holds),
 *   or the row is off, on every off line, by exactly one member's figure (that
 *   commune added twice, or left out), the member holding nothing on the
 *   row's other typed lines.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { cellPosition, type RuleContext } from "./context";
import { standing } from "./compare";
import { isFormulaAt, leafSum } from "./leafCause";
import { withReplaced } from "./replaceFindings";
import { cellIndexer } from "./singleCause";

/** Lines every one off at a row, for the row to read as typed from other figures with no source to show. */
const ALL_OFF = 3;

export function totalRowCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const subtotals = findings.filter((f) => f.rule === "subtotal" && f.severity === "error" && f.expected !== null && f.actual !== null);
  if (subtotals.length < 2) return [...findings];
  const indexOf = cellIndexer(context);
  const { lineCount, state } = context;
  const { areas } = context.table;
  const byArea = new Map<number, { finding: Finding; line: number }[]>();
  for (const finding of subtotals) {
    const at = indexOf(finding);
    if (at === null) continue;
    const area = Math.floor(at / lineCount);
    const line = at % lineCount;
    if ((areas[area].kind !== "group" && areas[area].kind !== "total") || state[at] !== CELL.number || isFormulaAt(context, area, line)) continue;
    byArea.set(area, [...(byArea.get(area) ?? []), { finding, line }]);
  }
  const replaced = new Map<Finding, Finding | null>();
  for (const [area, told] of byArea) {
    if (told.length < 2) continue;
    const mine = new Set(told.map((t) => t.finding));
    const lines = new Set(told.map((t) => t.line));
    // Nothing else told on the row's off lines.
    const busy = findings.some((f) => {
      if (mine.has(f) || f.severity === "info") return false;
      const cell = indexOf(f);
      if (cell !== null) return lines.has(cell % lineCount);
      const line = f.indicator === null ? undefined : context.lineByCode.get(f.indicator);
      return line !== undefined && lines.has(line);
    });
    // A commune's row over its villages keeps a finding on each line (the villages break it down line by line).
    if (busy || areas[area].children.some((child) => areas[child].village === true) || told.some(({ line }) => !partsFilled(context, area, line))) continue;
    const typed: number[] = [];
    for (let line = 0; line < lineCount; line++) if (state[area * lineCount + line] === CELL.number && !isFormulaAt(context, area, line)) typed.push(line);
    const source = copiedFrom(context, area, typed);
    const member = source === null ? memberOff(context, area, told, typed) : null;
    if (source === null && member === null && (typed.length !== told.length || told.length < ALL_OFF)) continue;
    const ordered = [...told].sort((a, b) => a.line - b.line);
    for (const t of ordered) replaced.set(t.finding, null);
    replaced.set(ordered[0].finding, rowFinding(context, area, ordered, source, member));
  }
  return replaced.size === 0 ? [...findings] : withReplaced(findings, replaced);
}

/** Another total row whose typed figures are this row's on every typed line (two at least); null when none or several. */
function copiedFrom(context: RuleContext, area: number, typed: readonly number[]): number | null {
  if (typed.length < 2) return null;
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  let found: number | null = null;
  for (let other = 0; other < areas.length; other++) {
    if (other === area || (areas[other].kind !== "group" && areas[other].kind !== "total")) continue;
    const same = typed.every((line) => {
      const cell = other * lineCount + line;
      return state[cell] === CELL.number && !isFormulaAt(context, other, line) && standing(base[cell], base[area * lineCount + line]) === "equal" && standing(base[cell], leafSum(context, other, line)) === "equal";
    });
    if (!same) continue;
    if (found !== null) return null;
    found = other;
  }
  return found;
}

/**
 * The one member of the row (a commune, or a group under it) whose figures
 * are, on every off line, exactly what the row is off by — counted twice
 * (`twice`) or left out — and nothing on the row's typed lines that agree;
 * null when none or several.
 */
function memberOff(context: RuleContext, area: number, told: readonly { finding: Finding; line: number }[], typed: readonly number[]): { child: number; twice: boolean } | null {
  const { lineCount, state, base } = context;
  const off = new Set(told.map((t) => t.line));
  let found: { child: number; twice: boolean } | null = null;
  for (const child of context.table.areas[area].children) {
    for (const twice of [true, false]) {
      const fits =
        told.every(({ finding, line }) => {
          const cell = child * lineCount + line;
          const gap = twice ? (finding.actual as number) - (finding.expected as number) : (finding.expected as number) - (finding.actual as number);
          return state[cell] === CELL.number && base[cell] > 0 && standing(base[cell], gap) === "equal";
        }) && typed.every((line) => off.has(line) || !(base[child * lineCount + line] > 0));
      if (!fits) continue;
      if (found !== null) return null;
      found = { child, twice };
    }
  }
  return found;
}

/** Whether every commune under `area` holds a number on `line`. */
function partsFilled(context: RuleContext, area: number, line: number): boolean {
  const { areas } = context.table;
  return areas[area].children.every((child) => (areas[child].kind === "leaf" ? context.state[child * context.lineCount + line] === CELL.number : partsFilled(context, child, line)));
}

function rowFinding(context: RuleContext, area: number, told: readonly { finding: Finding; line: number }[], source: number | null, member: { child: number; twice: boolean } | null): Finding {
  const { areas } = context.table;
  const first = told[0].finding;
  const label = areas[area].label;
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  const each = (lang: "vi" | "en") =>
    joinList(
      told.map(({ finding, line }) => {
        const { row, col } = cellPosition(context, area, line);
        const unit = context.cellUnit[line];
        return lang === "vi"
          ? `${a1(row, col)} ghi ${formatAmount(finding.actual as number, unit, "vi")} (các địa bàn cộng lại ${formatAmount(finding.expected as number, unit, "vi")})`
          : `${a1(row, col)} shows ${formatAmount(finding.actual as number, unit, "en")} (its areas add up to ${formatAmount(finding.expected as number, unit, "en")})`;
      }),
      lang === "vi" ? "và" : "and",
    );
  const memberAt = member === null ? "" : context.table.orientation === "areas-as-rows" ? `${areas[member.child].index + 1}` : a1(0, areas[member.child].index).replace(/\d+$/, "");
  const why =
    member !== null
      ? member.twice
        ? {
            vi: `mỗi ô lớn hơn đúng bằng số của ${areas[member.child].label} (${word.vi} ${memberAt}): có lẽ địa bàn này được cộng hai lần`,
            en: `each cell is over by exactly the figure of ${areas[member.child].label} (${word.en} ${memberAt}): that area was probably added twice`,
          }
        : {
            vi: `mỗi ô nhỏ hơn đúng bằng số của ${areas[member.child].label} (${word.vi} ${memberAt}): có lẽ địa bàn này bị bỏ sót khi cộng`,
            en: `each cell is under by exactly the figure of ${areas[member.child].label} (${word.en} ${memberAt}): that area was probably left out of the sum`,
          }
      : source === null
      ? {
          vi: `không ô nào của ${word.vi} khớp với các địa bàn của nó: có lẽ ${word.vi} này được gõ từ số liệu khác (chép từ biểu cũ hay trước khi số liệu thay đổi)`,
          en: `not one cell of the ${word.en} agrees with its areas: the ${word.en} was probably typed from other figures (copied from an older sheet, or before the figures changed)`,
        }
      : (() => {
          const at = cellPosition(context, source, told[0].line);
          const where = context.table.orientation === "areas-as-rows" ? `${at.row + 1}` : a1(0, at.col).replace(/\d+$/, "");
          return {
            vi: `các số của ${word.vi} này trùng từng ô với ${word.vi} của ${areas[source].label} (${word.vi} ${where}): có lẽ ${word.vi} được chép từ đó`,
            en: `its figures are, cell by cell, those of the ${word.en} of ${areas[source].label} (${word.en} ${where}): the ${word.en} was probably copied from there`,
          };
        })();
  return {
    ...first,
    message: localized(
      `Các ô cộng của ${label} lệch với các địa bàn thành phần ở ${told.length} chỉ tiêu (${each("vi")}); ${why.vi} — gõ lại cả ${word.vi} theo tổng các địa bàn.`,
      `The totals of ${label} disagree with their areas on ${told.length} lines (${each("en")}); ${why.en} — type the ${word.en} again as its areas' sums.`,
    ),
  };
}
