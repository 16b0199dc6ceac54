/**
 * One cause, one finding for a commune's row deleted under a district whose
 * typed subtotals still count it, where the plan lists no areas to name it
 * (with a list, `coverage` tells the commune and `missingCause` folds the
 * subtotals into it). The district's typed subtotals each show more than its
 * rows add up to, on two lines at least, each gap a share one commune could
 * hold (whole on a count line, no more than `SPREAD` times the largest
 * figure of any commune on the line; the quota exactly on a quota line),
 * and with those shares the lines meet their plan targets, which the sheet's
 * own total shows (its grand total, or its districts' typed subtotals
 * together on a sheet without one). The district's subtotals are then one
 * finding, at its first told cell, naming the others and the shares; the
 * plan comparisons the same gaps put off (if still told) are named in it.
 * Anything else told on those lines, at the district or at one of its
 * communes, or a commune row of it left blank, keeps every finding.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { isFormulaAt, sheetShows } from "./leafCause";
import { withReplaced } from "./replaceFindings";
import { alsoRight, ceilingName, cellIndexer, type Named } from "./singleCause";

/** How many times the largest figure of a commune on the line the missing row may have held. */
const SPREAD = 2;

export function unlistedRowCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (context.plan.areas.length > 0 || !findings.some((f) => f.rule === "subtotal")) return [...findings];
  const indexOf = cellIndexer(context);
  const { lineCount } = context;
  // The told subtotals by district.
  const byArea = new Map<number, Finding[]>();
  for (const f of findings) {
    const at = f.rule === "subtotal" ? indexOf(f) : null;
    if (at === null) continue;
    const area = Math.floor(at / lineCount);
    byArea.set(area, [...(byArea.get(area) ?? []), f]);
  }
  const replaced = new Map<Finding, Finding | null>();
  for (const [area, told] of byArea) {
    const fold = foldOf(context, findings, area, told, indexOf);
    if (fold === null) continue;
    replaced.set(fold.first, fold.finding);
    for (const f of fold.folded) if (f !== fold.first) replaced.set(f, null);
  }
  return withReplaced(findings, replaced);
}

function foldOf(
  context: RuleContext,
  findings: readonly Finding[],
  area: number,
  told: readonly Finding[],
  indexOf: (f: Finding) => number | null,
): { first: Finding; folded: Finding[]; finding: Finding } | null {
  const { lineCount, state, base } = context;
  const { areas } = context.table;
  const entry = areas[area];
  if (entry.kind !== "group" || entry.children.length === 0 || entry.children.some((child) => areas[child].kind !== "leaf" || areas[child].village === true)) return null;
  if (told.length < 2) return null;
  // A commune row left blank is there to fill (`blankRowCause`), not deleted.
  const blank = (child: number): boolean => {
    for (let line = 0; line < lineCount; line++) if (state[child * lineCount + line] !== CELL.blank) return false;
    return true;
  };
  if (entry.children.some(blank)) return null;
  const shares = new Map<number, number>();
  const codes = new Set<string>();
  for (const f of told) {
    if (f.severity !== "error" || f.expected === null || f.actual === null) return null;
    const line = (indexOf(f) as number) % lineCount;
    const at = area * lineCount + line;
    if (state[at] !== CELL.number || isFormulaAt(context, area, line) || context.lineKind[line] === "percent" || context.sourceLines?.has(line) === true) return null;
    const gap = difference(f.actual, f.expected);
    if (!(gap > 0)) return null;
    const code = context.table.lines[line].planCode;
    const planLine = code === null ? undefined : context.planByCode.get(code);
    if (code === null || planLine === undefined) return null;
    if (planLine.quota !== undefined && planLine.quota > 0) {
      if (standing(gap, planLine.quota) !== "equal") return null;
    } else {
      if (context.lineKind[line] === "count" && !Number.isInteger(Number((gap / context.scales[line]).toPrecision(12)))) return null;
      let largest = 0;
      for (let other = 0; other < areas.length; other++) if (areas[other].kind === "leaf") largest = Math.max(largest, base[other * lineCount + line]);
      if (standing(gap, SPREAD * largest) === "above") return null;
    }
    // With the share, the line meets its target, which the sheet's own total shows.
    const leafSums = Float64Array.from(context.leafSums);
    leafSums[line] = Number((leafSums[line] + gap).toPrecision(15));
    const allocated = allocatedFor({ ...context, leafSums }, code);
    if (allocated === null || standing(allocated, planLine.target) !== "equal" || !sheetShows(context, line, planLine.target)) return null;
    shares.set(line, gap);
    codes.add(code);
  }
  // Anything else on those lines or at the district (the lines' ceilings aside) keeps every finding.
  const ceilings: Finding[] = [];
  for (const f of findings) {
    if (told.includes(f) || f.severity === "info") continue;
    if (f.rule === "ceiling" && f.indicator !== null && codes.has(f.indicator)) {
      ceilings.push(f);
      continue;
    }
    const at = indexOf(f);
    const where = at === null ? null : Math.floor(at / lineCount);
    if ((f.indicator !== null && codes.has(f.indicator)) || (at !== null && shares.has(at % lineCount)) || (where !== null && (where === area || areas[where].parent === area))) return null;
  }
  const lines = [...shares.keys()].sort((a, b) => a - b);
  const first = told.find((f) => (indexOf(f) as number) % lineCount === lines[0]) as Finding;
  const cells = lines.map((line) => {
    const { row, col } = cellPosition(context, area, line);
    return a1(row, col);
  });
  const figures: Named[] = lines.map((line) => ({ vi: formatAmount(shares.get(line) as number, context.cellUnit[line], "vi"), en: formatAmount(shares.get(line) as number, context.cellUnit[line], "en") }));
  const label = entry.label;
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  const message = localized(
    `Các ô cộng gõ tay của ${label} (${joinList(cells, "và")}) đều lớn hơn các ${word.vi} địa bàn của nó cộng lại, mỗi ô lớn hơn đúng bằng phần một địa bàn có thể nhận (${joinList(figures.map((x) => x.vi), "và")}), và tổng của biểu ghi đúng số kế hoạch: có lẽ một ${word.vi} địa bàn đã bị xóa khỏi ${label} — thêm lại ${word.vi} đó, hoặc gõ lại các ô cộng nếu đúng là không còn địa bàn đó.`,
    `The typed subtotals of ${label} (${joinList(cells, "and")}) all show more than its ${word.en}s add up to, each by a share one area could hold (${joinList(figures.map((x) => x.en), "and")}), and the sheet's total shows the plan's figure: an area's ${word.en} was probably deleted from ${label} — add that ${word.en} back, or type the subtotals again if the area is indeed gone.`,
  );
  const finding: Finding = { ...first, message: alsoRight(message, ceilings.map((c) => ceilingName(context, c))) };
  return { first, folded: [...told, ...ceilings], finding };
}
