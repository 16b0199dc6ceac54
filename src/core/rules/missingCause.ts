/**
 * One cause, one finding for a plan commune whose row was left out (deleted)
 * under typed totals that still count it: `coverage` tells the commune; the
 * nearest typed total above its district's rows (the district's subtotal, or
 * the grand total over formula subtotals, or over the communes of a table
 * without district rows) shows more than its rows add up
 * to — the missing row's figures. When that total is over its rows on at
 * least two lines and under on fewer (a whole row's figures, not one mistyped
 * figure; a line under is a gap of its own, told as such), its `subtotal` findings are that one cause: let go, and the
 * `coverage` finding names the cells and the missing figures. Runs before
 * `leafCause`, which then sees no district gap there. A plan comparison
 * that the missing figures alone put under, while the grand total shows the
 * plan's figure, is the same cause and is named there too; with formula
 * totals that follow the deletion nothing shows what was allocated: the
 * ceilings are left to `deletedCause`, which weighs them against the plan.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { areaKey } from "../text/fold";
import { formatAmount } from "../text/format";
import { cellPosition, type RuleContext } from "./context";
import { difference } from "./compare";
import { ceilingsPutRight, grandTotalShows, passesThrough } from "./leafCause";
import { ceilingName, cellIndexer, subtotalsByCell } from "./singleCause";
import { joinList } from "../text/joinList";

export function missingCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const { areas } = context.table;
  const missing = findings.filter((f) => f.rule === "coverage" && f.cell === null && f.area !== null);
  if (missing.length === 0 || !findings.some((f) => f.rule === "subtotal")) return [...findings];
  const indexOf = cellIndexer(context);
  const subtotalAt = subtotalsByCell(findings, indexOf, true);
  // A table without district rows: its grand total right over the communes holds them all.
  const flat = areas.some((a) => a.kind === "group") ? -1 : areas.findIndex((a) => a.kind === "total" && a.children.length > 0 && a.children.every((child) => areas[child].kind === "leaf"));
  // Per district of the table: the plan communes told missing under it.
  const byDistrict = new Map<number, Finding[]>();
  for (const finding of missing) {
    const planArea = context.plan.areas.find((a) => a.commune === finding.area);
    if (planArea === undefined) continue;
    const key = areaKey(planArea.district);
    // A district row with figures, or one only naming its district over its communes (a heading).
    const found = areas.findIndex((a) => (a.kind === "group" || a.kind === "heading") && a.key === key && a.children.length > 0);
    const district = found >= 0 ? found : flat;
    if (district < 0) continue;
    byDistrict.set(district, [...(byDistrict.get(district) ?? []), finding]);
  }

  const dropped = new Set<Finding>();
  const rewritten = new Map<Finding, Finding>();
  for (const [district, told] of byDistrict) {
    const over: { finding: Finding; line: number; gap: number }[] = [];
    let under = 0;
    for (let line = 0; line < context.lineCount; line++) {
      if (context.lineKind[line] === "percent") continue;
      // The nearest total above the district's rows that disagrees with them: formula subtotals between follow them.
      let at: number | null = district;
      let subtotal: Finding | undefined;
      for (; at !== null; at = areas[at].parent) {
        subtotal = subtotalAt.get(at * context.lineCount + line);
        if (subtotal !== undefined || !passesThrough(context, at, line)) break;
      }
      if (subtotal === undefined || subtotal.expected === null || subtotal.actual === null) continue;
      const gap = difference(subtotal.actual, subtotal.expected);
      if (gap > 0) over.push({ finding: subtotal, line, gap });
      else under++;
    }
    // A whole row's figures: over on at least two lines, and on more lines than any total is under (those are gaps of their own).
    if (over.length < 2 || under >= over.length) continue;
    for (const { finding } of over) dropped.add(finding);
    // The plan comparisons the missing figures alone put under, the grand total showing the plan.
    const byLine = new Map(over.map(({ line }) => [line, [district]]));
    const shifts = new Map(over.map(({ line, gap }) => [line, gap]));
    const ceilings: { vi: string; en: string }[] = [];
    for (const { finding, line, planLine } of ceilingsPutRight(context, findings, byLine, shifts)) {
      if (!grandTotalShows(context, line, planLine.target)) continue;
      dropped.add(finding);
      ceilings.push(ceilingName(context, finding));
    }
    const cells = over.map(({ finding }) => finding.cell ?? "");
    const figures = over.map(({ line, gap }) => ({ vi: formatAmount(gap, context.cellUnit[line], "vi"), en: formatAmount(gap, context.cellUnit[line], "en") }));
    const label = areas[district].label;
    const names = told.map((f) => `"${f.area ?? ""}"`);
    const head = cellPosition(context, district, over[0].line);
    const where = a1(head.row, head.col);
    const rows = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "rows" } : { vi: "cột", en: "columns" };
    // Whose rows: the district's, or the table's (its communes under the grand total alone).
    const whose = areas[district].kind === "total" ? { vi: "của bảng", en: "of the table", back: { vi: `vào bảng (dưới ${label}, ${where})`, en: `to the table (under ${label}, ${where})` } } : { vi: `của ${label}`, en: `of ${label}`, back: { vi: `dưới ${label} (${where})`, en: `under ${label} (${where})` } };
    for (const finding of told) {
      rewritten.set(finding, {
        ...finding,
        message: localized(
          `${finding.message.vi} Các ô cộng gõ tay (${joinList(cells, "và")}) lớn hơn các ${rows.vi} ${whose.vi} cộng lại đúng bằng số liệu còn thiếu (${joinList(figures.map((x) => x.vi), "và")}): có lẽ ${names.join(", ")} đã bị xóa khỏi biểu — thêm lại ${whose.back.vi} thì các ô cộng đó${ceilings.length > 0 ? ` và ${joinList(ceilings.map((x) => x.vi), "và")}` : ""} cũng khớp.`,
          `${finding.message.en} The typed totals (${joinList(cells, "and")}) show more than the ${rows.en} ${whose.en} add up to, by the missing figures (${joinList(figures.map((x) => x.en), "and")}): ${names.join(", ")} was probably deleted from the table — adding it back ${whose.back.en} puts those totals${ceilings.length > 0 ? ` and ${joinList(ceilings.map((x) => x.en), "and")}` : ""} right too.`,
        ),
      });
    }
  }
  if (dropped.size === 0) return [...findings];
  return findings.filter((f) => !dropped.has(f)).map((f) => rewritten.get(f) ?? f);
}
