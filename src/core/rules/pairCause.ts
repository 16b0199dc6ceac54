/**
 * One cause, one finding for a commune's row written twice while a plan
 * commune has none (the typist put one row twice, the other's left out),
 * where the typed totals prove it: the missing commune's district has a
 * typed subtotal on every line, which shows more than its rows (the repeat
 * left out) by what the missing commune held — never less, whole on a count
 * line; a typed subtotal of the repeat's own district, if another, shows
 * exactly its rows without the repeat; and every plan comparison the pair
 * moves lands exactly on the plan, removing the repeat and adding those
 * figures, the grand total showing the plan's figure. A line the pair
 * moves whose comparison does not land so, or any finding besides on a
 * line the pair moves, keeps everything told. Then the ceilings and the
 * subtotals the pair puts off are let go: in one district the repeat's
 * row is the cell to fix (its name and figures are the missing
 * commune's), the `duplicate` finding names the missing commune, its
 * figures and what comes right, and the `coverage` finding goes; in two
 * districts both stay told (two rows to fix), each naming the ceilings the
 * two make together. Where the missing commune's district has no typed
 * subtotal (a formula, or no district rows), a typed grand total over it
 * proves its figures the same way. With formula totals throughout nothing
 * proves what the missing commune held: every ceiling stays.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { areaKey } from "../text/fold";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { CELL } from "../cells/readCell";
import { allocatedFor, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { grandTotalShows, isFormulaAt, leafSum, subtotalName } from "./leafCause";
import { ceilingName, cellIndexer, type Named } from "./singleCause";
import { sameFigures } from "./mistypedArea";

export function pairCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const repeats = findings.filter((f) => f.rule === "duplicate" && f.sheet === context.table.sheet);
  const missing = findings.filter((f) => f.rule === "coverage" && f.cell === null && f.area !== null);
  if (repeats.length !== 1 || missing.length !== 1) return [...findings];
  const [repeatFinding] = repeats;
  const [missingFinding] = missing;
  const repeat = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === repeatFinding.row && a.labelCol === repeatFinding.col);
  if (repeat < 0) return [...findings];
  const first = areas.findIndex((a, at) => at < repeat && a.kind === "leaf" && a.key === areas[repeat].key && a.parent === areas[repeat].parent);
  // The missing commune's district in the plan, and its group in the table.
  const planAreas = context.plan.areas.filter((a) => a.commune !== undefined && areaKey(a.commune) === areaKey(missingFinding.area ?? ""));
  if (planAreas.length !== 1) return [...findings];
  const districtKey = areaKey(planAreas[0].district);
  const group = areas.findIndex((a) => a.kind === "group" && a.key === districtKey && a.children.length > 0);
  const under = (area: number, ancestor: number): boolean => {
    for (let at: number | null = areas[area].parent; at !== null; at = areas[at].parent) if (at === ancestor) return true;
    return false;
  };
  // The typed total that proves what the missing commune held: its district's, else (a formula or no district row) the grand total over it.
  const typedOn = (area: number): boolean => {
    for (let line = 0; line < lineCount; line++) {
      if (context.lineKind[line] === "percent" || context.linePlan[line] === null) continue;
      if (state[area * lineCount + line] !== CELL.number || isFormulaAt(context, area, line)) return false;
    }
    return true;
  };
  const proving = group >= 0 && typedOn(group) ? group : areas.findIndex((a, at) => a.kind === "total" && (group < 0 || under(group, at)) && typedOn(at));
  if (proving < 0) return [...findings];
  // The repeat in the missing commune's district: by the table's district rows, else by the plan's list.
  const repeatPlan = context.plan.areas.filter((a) => a.commune !== undefined && areaKey(a.commune) === areas[repeat].key);
  const sameDistrict = group >= 0 ? under(repeat, group) : repeatPlan.length === 1 && areaKey(repeatPlan[0].district) === districtKey;
  // In one district, a row copied whole (the same figures as its first writing): a name typed over is `repeatNamed`'s.
  if (sameDistrict && (first < 0 || !sameFigures(context, first, repeat))) return [...findings];
  const repeatDistrict = areas[repeat].parent;
  const repeatUnder = under(repeat, proving);

  // Per line: what the missing commune held by its district's typed subtotal, and what the pair moves the line by.
  const held = new Map<number, number>();
  const shifts = new Map<number, number>();
  for (let line = 0; line < lineCount; line++) {
    if (context.lineKind[line] === "percent" || context.linePlan[line] === null) continue;
    const rAt = repeat * lineCount + line;
    if (state[rAt] !== CELL.number && state[rAt] !== CELL.blank) return [...findings];
    const d = base[rAt];
    const gAt = proving * lineCount + line;
    const m = difference(base[gAt], difference(leafSum(context, proving, line), repeatUnder ? d : 0));
    if (standing(m, 0) === "below" || (context.lineKind[line] === "count" && !Number.isInteger(Number(m.toPrecision(12))))) return [...findings];
    if (!sameDistrict && repeatDistrict !== null && repeatDistrict !== proving && d !== 0) {
      // The repeat's own district typed without it: its rows exceed it by exactly the repeat.
      const pAt = repeatDistrict * lineCount + line;
      if (state[pAt] === CELL.number && !isFormulaAt(context, repeatDistrict, line)) {
        if (standing(base[pAt], difference(leafSum(context, repeatDistrict, line), d)) !== "equal") return [...findings];
      } else if (state[pAt] !== CELL.blank && !isFormulaAt(context, repeatDistrict, line)) return [...findings];
    }
    held.set(line, m);
    const shift = difference(m, d);
    if (standing(shift, 0) !== "equal") shifts.set(line, shift);
  }
  if (shifts.size === 0) return [...findings];

  // Every plan comparison the pair moves lands exactly on the plan, the grand total showing it.
  const ceilings = new Map<string, Finding>();
  for (const f of findings) if (f.rule === "ceiling" && f.indicator !== null) ceilings.set(f.indicator, f);
  const leafSums = Float64Array.from(context.leafSums);
  for (const [line, shift] of shifts) leafSums[line] = Number((leafSums[line] + shift).toPrecision(15));
  const moved = { ...context, leafSums };
  const dropped = new Set<Finding>();
  const movedCodes = new Set<string>();
  for (const planLine of context.plan.lines) {
    if (planLine.kind === "percent") continue;
    const before = allocatedFor(context, planLine.code);
    const after = allocatedFor(moved, planLine.code);
    if (before === null || after === null || standing(before, after) === "equal") continue;
    movedCodes.add(planLine.code);
    if (standing(after, planLine.target) !== "equal") return [...findings];
    const line = context.lineByCode.get(planLine.code);
    if (line !== undefined && !grandTotalShows(context, line, planLine.target)) return [...findings];
    const ceiling = ceilings.get(planLine.code);
    if (ceiling !== undefined) dropped.add(ceiling);
  }

  // The subtotals the pair puts off: off by what it moves under them. Anything else on a moved line keeps all told.
  const indexOf = cellIndexer(context);
  const subtotals: Named[] = [];
  for (const f of findings) {
    if (f === repeatFinding || f === missingFinding || dropped.has(f) || f.severity === "info") continue;
    const cell = indexOf(f);
    const line = cell === null ? null : cell % lineCount;
    const touches = (line !== null && shifts.has(line)) || (f.indicator !== null && movedCodes.has(f.indicator));
    if (!touches) continue;
    if (f.rule !== "subtotal" || cell === null || line === null || f.expected === null || f.actual === null) return [...findings];
    const area = Math.floor(cell / lineCount);
    const holds = group >= 0 ? area === group || under(group, area) : area === proving || under(proving, area);
    const moves = (holds ? (held.get(line) ?? 0) : 0) - (area === repeatDistrict || under(repeat, area) ? base[repeat * lineCount + line] : 0);
    if (standing(difference(f.actual, f.expected), moves) !== "equal") return [...findings];
    dropped.add(f);
    subtotals.push(subtotalName(context, area, line));
  }
  const ceilingNames = [...dropped].filter((f) => f.rule === "ceiling").map((f) => ceilingName(context, f));
  if (ceilingNames.length === 0 && subtotals.length === 0) return [...findings];

  const right = [...subtotals, ...ceilingNames];
  const name = missingFinding.area ?? "";
  const figures = [...held].filter(([, m]) => m !== 0).map(([line, m]) => ({ vi: formatAmount(m, context.cellUnit[line], "vi"), en: formatAmount(m, context.cellUnit[line], "en") }));
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  const groupLabel = areas[proving].label;
  const its = figures.length === 0 ? { vi: "không có số nào", en: "nothing" } : { vi: joinList(figures.map((x) => x.vi), "và"), en: joinList(figures.map((x) => x.en), "and") };
  const rightVi = joinList(right.map((x) => x.vi), "và");
  const rightEn = joinList(right.map((x) => x.en), "and");
  const rewritten = new Map<Finding, Finding>();
  if (sameDistrict) {
    rewritten.set(repeatFinding, {
      ...repeatFinding,
      message: localized(
        `${repeatFinding.message.vi} Địa bàn "${name}" của kế hoạch lại không có ${word.vi} nào, và các ô cộng gõ tay của ${groupLabel} cho đúng phần của nó (${its.vi}): có lẽ ${word.vi} này là của "${name}", bị chép nhầm từ ${word.vi} trên — ghi lại tên và các số đó thì ${rightVi} cũng khớp.`,
        `${repeatFinding.message.en} The plan's area "${name}" has no ${word.en}, and the typed totals of ${groupLabel} give exactly its share (${its.en}): this ${word.en} is probably "${name}"'s, copied over from the ${word.en} above — entering its name and those figures puts ${rightEn} right too.`,
      ),
    });
    dropped.add(missingFinding);
  } else {
    const repeatLabel = repeatFinding.cell ?? areas[repeat].label;
    rewritten.set(missingFinding, {
      ...missingFinding,
      message: localized(
        `${missingFinding.message.vi} Phần của nó theo các ô cộng gõ tay của ${groupLabel} (${its.vi}), cùng với ${word.vi} trùng ${repeatLabel}, đúng là chênh lệch của ${rightVi}: thêm lại "${name}" và bỏ ${word.vi} trùng thì cùng khớp.`,
        `${missingFinding.message.en} Its share by the typed totals of ${groupLabel} (${its.en}), together with the repeated ${word.en} ${repeatLabel}, is exactly the gap of ${rightEn}: adding "${name}" back and removing the repeat puts them right.`,
      ),
    });
    rewritten.set(repeatFinding, {
      ...repeatFinding,
      message: localized(
        `${repeatFinding.message.vi} Cùng với địa bàn "${name}" còn thiếu, ${word.vi} này làm lệch ${rightVi}: bỏ ${word.vi} này và thêm lại "${name}" thì cùng khớp.`,
        `${repeatFinding.message.en} Together with the missing area "${name}", this ${word.en} puts ${rightEn} off: removing it and adding "${name}" back puts them right.`,
      ),
    });
  }
  return findings.filter((f) => !dropped.has(f)).map((f) => rewritten.get(f) ?? f);
}
