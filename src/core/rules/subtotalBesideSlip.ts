/**
 * Two causes, each at its cell: a district's typed subtotal (`Cộng`) typed
 * wrong over the very communes one of which has a keyboard slip (`102` for
 * `120`). The district's subtotal is off its communes; the grand total,
 * showing the plan's figure, is off its parts (or, a formula over them,
 * shows what they add up to); the plan line is off. The evidence separates
 * the two when:
 *
 * - on the line, the only findings are that district's `subtotal`, the
 *   grand total's (or none) and the line's `ceiling`, nothing at the
 *   district's communes;
 * - the district's total is typed (not a formula), under the table's one
 *   grand total, which shows the plan's figure — or is a formula over its
 *   parts, the plan alone the measure, and then the slip must be two
 *   neighbouring digits swapped, as `slipCeiling` reads a swap by the plan
 *   alone; every other part of the grand total agrees with its communes;
 * - the plan, less the other parts, leaves the district a figure (`meant`)
 *   that its typed total is not — so that total is wrong whatever its
 *   communes hold — and its communes fall short of (or pass) it by a gap
 *   that exactly one of them, corrected by it, reads as a slip of (a digit
 *   left out, typed twice, or two neighbouring digits swapped; not below
 *   zero, whole on a count line, at least ten in the cell's unit).
 *
 * Then the subtotal is told at the district's cell with the figure it
 * should show, the slip at the commune's cell (`subtotal`, as `slipCause`
 * tells a slip under a typed subtotal), each naming the other; the grand
 * total's `subtotal` and the line's `ceiling`, which the two put right
 * together, are let go and named in the slip's finding.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { makeFinding } from "./finding";
import { grandTotalShows, grandTotalWords, isFormulaAt, leafSum, subtotalName } from "./leafCause";
import { ceilingName, cellIndexer } from "./singleCause";
import { contribution } from "./subtotal";
import { looksLikeDigitSlip, looksLikeTypo } from "./typo";
import { isSwapAmount, isSwapOf, offStep } from "./slipCeiling";
import { joinList } from "../text/joinList";

export function subtotalBesideSlip(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => f.rule === "subtotal")) return [...findings];
  const indexOf = cellIndexer(context);
  const { lineCount } = context;
  const { areas } = context.table;
  const dropped = new Set<Finding>();
  const replaced = new Map<Finding, Finding>();
  const added: Finding[] = [];
  for (let line = 0; line < lineCount; line++) {
    const code = context.table.lines[line].planCode;
    const planLine = code === null ? undefined : context.planByCode.get(code);
    if (code === null || planLine === undefined || context.lineKind[line] === "percent" || context.lineKind[line] === null || context.sourceLines?.has(line) === true) continue;
    const mine = findings.filter((f) => {
      if (f.severity === "info" || f.sheet !== context.table.sheet) return false;
      if (f.indicator === code) return true;
      const at = indexOf(f);
      return at !== null && at % lineCount === line;
    });
    const ceiling = mine.find((f) => f.rule === "ceiling");
    const subtotals = mine.filter((f) => f.rule === "subtotal");
    if (ceiling === undefined || mine.length !== subtotals.length + 1 || subtotals.length < 1 || subtotals.length > 2) continue;
    const told = subtotals.map((f) => ({ finding: f, area: indexOf(f) === null ? -1 : Math.floor((indexOf(f) as number) / lineCount) }));
    const district = told.filter((t) => t.area >= 0 && areas[t.area].kind === "group");
    if (district.length !== 1) continue;
    const { area, finding } = district[0];
    const grand = areas[area].parent;
    if (grand === null || areas[grand].kind !== "total" || areas[grand].parent !== null) continue;
    const grandTold = told.filter((t) => t !== district[0]);
    if (grandTold.length === 1 && grandTold[0].area !== grand) continue;
    const at = area * lineCount + line;
    // The grand total shows the plan's figure; or, a formula over its parts showing what they add up to, the plan alone
    // measures the line, and the gap must then be two neighbouring digits swapped (`slipCeiling`'s evidence).
    const shows = grandTotalShows(context, line, planLine.target);
    if (context.state[at] !== CELL.number || isFormulaAt(context, area, line) || (!shows && (grandTold.length > 0 || !isFormulaAt(context, grand, line)))) continue;
    // Every other part of the grand total agrees with its communes: the plan less them is what the district should show.
    let others = 0;
    let agree = true;
    for (const child of areas[grand].children) {
      if (child === area) continue;
      const part = contribution(context, child, line);
      if (Number.isNaN(part) || (areas[child].kind !== "leaf" && standing(part, leafSum(context, child, line)) !== "equal")) agree = false;
      others += part;
    }
    const allocated = allocatedFor(context, code);
    if (!agree || allocated === null) continue;
    const meant = difference(planLine.target, others);
    const communes = leafSum(context, area, line);
    const gap = difference(meant, communes);
    const typed = context.base[at];
    if (standing(typed, meant) === "equal" || standing(gap, 0) === "equal" || standing(difference(allocated, -gap), planLine.target) !== "equal") continue;
    const slip = oneSlip(context, area, line, gap);
    if (slip === null || (!shows && !(isSwapAmount(Math.abs(gap) / context.scales[line]) && isSwapOf(context, slip.leaf, line, slip.meant) && !offStep(context, slip.leaf, line, slip.meant)))) continue;
    dropped.add(ceiling);
    for (const t of grandTold) dropped.add(t.finding);
    const slipAt = cellPosition(context, slip.leaf, line);
    const slipCell = a1(slipAt.row, slipAt.col);
    const districtName = subtotalName(context, area, line);
    const grandWords = grandTotalWords(context, line, ` (${a1(cellPosition(context, grand, line).row, cellPosition(context, grand, line).col)})`);
    const unit = context.cellUnit[line];
    const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
    const reference = shows
      ? { vi: `${grandWords.vi} ghi đúng số kế hoạch`, en: `${grandWords.en} shows the plan's figure` }
      : { vi: `kế hoạch là ${f(planLine.target, "vi")}`, en: `the plan's figure is ${f(planLine.target, "en")}` };
    const header = context.table.lines[line].header;
    const label = areas[slip.leaf].label;
    const also = [...grandTold.map((t) => subtotalName(context, t.area, line)), ceilingName(context, ceiling)];
    replaced.set(
      finding,
      {
        ...finding,
        expected: meant,
        message: localized(
          `${finding.message.vi} Nhưng số đúng của ô này không phải tổng các địa bàn như đang ghi: ${reference.vi}, trừ các phần khác thì ${areas[area].label} phải là ${f(meant, "vi")}, và các địa bàn của nó cộng lại đúng bằng số đó khi sửa ô gõ nhầm ${slipCell} (báo riêng) — ô này nên là ${f(meant, "vi")}.`,
          `${finding.message.en} Yet its right figure is not its areas' sum as they stand: ${reference.en}, and less the other parts it leaves ${f(meant, "en")} for ${areas[area].label}, which its areas add up to once the slip at ${slipCell} (told apart) is corrected — this cell should be ${f(meant, "en")}.`,
        ),
      },
    );
    added.push(
      makeFinding({
        rule: "subtotal",
        severity: "error",
        sheet: context.table.sheet,
        at: slipAt,
        indicator: code,
        area: label,
        expected: slip.meant,
        actual: slip.typed,
        message: localized(
          `${header} của ${label} (${slipCell}) ghi ${f(slip.typed, "vi")}, nhưng ${reference.vi}, trừ các phần khác còn ${f(meant, "vi")} cho ${areas[area].label}, và các địa bàn của nó chỉ khớp số đó khi ${gap > 0 ? "thêm" : "bớt"} ${f(Math.abs(gap), "vi")}: trong các địa bàn đó, chỉ ô này sửa thành ${f(slip.meant, "vi")} là khác số đã gõ đúng một lần gõ phím (sót hoặc thừa một chữ số, hay đảo hai chữ số liền nhau) — có lẽ ô này gõ nhầm. Sửa ô này và ${districtName.vi} (báo riêng, ghi sai cả với số đã gõ) thì ${joinList(also.map((x) => x.vi), "và")} cũng khớp.`,
          `The ${header} of ${label} (${slipCell}) shows ${f(slip.typed, "en")}, but ${reference.en}, which less the other parts leaves ${f(meant, "en")} for ${areas[area].label}, and its areas add up to that only with ${f(Math.abs(gap), "en")} ${gap > 0 ? "more" : "less"}: of those areas, only this cell, corrected to ${f(slip.meant, "en")}, differs from what was typed by one slip (a digit left out or typed twice, or two neighbouring digits swapped) — probably a slip of the keyboard here. Correcting this cell and ${districtName.en} (told apart, wrong even against the figures as typed) puts ${joinList(also.map((x) => x.en), "and")} right too.`,
        ),
      }),
    );
  }
  if (added.length === 0) return [...findings];
  return [...findings.filter((f) => !dropped.has(f)).map((f) => replaced.get(f) ?? f), ...added];
}

/** The one commune under the district whose figure on the line, moved by the gap, is a keyboard slip of it; null when none or several. */
function oneSlip(context: RuleContext, area: number, line: number, gap: number): { leaf: number; typed: number; meant: number } | null {
  const { areas } = context.table;
  const scale = context.scales[line];
  const slips: { leaf: number; typed: number; meant: number; digit: boolean }[] = [];
  for (const leaf of areas[area].children) {
    if (areas[leaf].kind !== "leaf") return null;
    const cell = leaf * context.lineCount + line;
    if (context.state[cell] !== CELL.number || isFormulaAt(context, leaf, line)) continue;
    const typed = context.base[cell];
    const meant = difference(typed, -gap);
    if (meant < 0 || (context.lineKind[line] === "count" && !Number.isInteger(Number((meant / scale).toPrecision(12))))) continue;
    if (!looksLikeTypo(typed / scale, meant / scale)) continue;
    slips.push({ leaf, typed, meant, digit: Math.max(Math.abs(typed), Math.abs(meant)) / scale >= 10 && looksLikeDigitSlip(typed / scale, meant / scale) });
  }
  if (slips.length !== 1 || !slips[0].digit) return null;
  return slips[0];
}
