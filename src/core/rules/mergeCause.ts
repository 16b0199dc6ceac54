/**
 * One cause, one finding for a figure typed in a merged cell that spans the
 * value cells of several leaf areas on one line (`2` merged over the rows of
 * Xã Tản Lĩnh and Xã Vân Hòa): Excel keeps the figure in the merge's first
 * cell only, so allocheck counts it for the first area and the others hold
 * nothing. The sums are right; the per-area checks (`quota`, `percent`) are
 * not, at every cell of the merge. Those findings are one: told at the
 * merge's first cell, saying the figure is shared and each area needs a cell
 * of its own. A district's figure merged down over its communes' cells is
 * told at the district's subtotal the same way.
 */
import { a1 } from "../model/address";
import type { Finding, Severity } from "../model/finding";
import { localized } from "../model/text";
import type { CellRange } from "../model/workbook";
import { CELL } from "../cells/readCell";
import { formatAmount } from "../text/format";
import type { RuleContext } from "./context";
import { ceilingsPutRight, grandTotalShows } from "./leafCause";
import { ceilingName, cellIndexer, type Named } from "./singleCause";
import { joinList } from "../text/joinList";

const PER_AREA = new Set<string>(["quota", "percent"]);

export function mergeCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const merges = context.sheet.merges;
  if (merges.length === 0) return [...findings];
  return overAreas(context, districtMerges(context, findings));
}

/**
 * A district's figure merged down over its communes' cells (`1.500` in one
 * merge from the district's row to its last commune's): the district's
 * subtotal holds it and the communes hold nothing. Its `subtotal` finding
 * says so, and the ceiling that gap alone puts off (the grand total on the
 * plan) is let go and named in it.
 */
function districtMerges(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((finding) => finding.rule === "subtotal")) return [...findings];
  const { areas } = context.table;
  const byRows = context.table.orientation === "areas-as-rows";
  const indexOf = cellIndexer(context);
  const rewritten = new Map<Finding, Finding>();
  const dropped = new Set<Finding>();
  for (const finding of findings) {
    if (finding.rule !== "subtotal" || finding.expected === null || finding.actual === null || finding.row === null || finding.col === null) continue;
    const cell = indexOf(finding);
    if (cell === null) continue;
    const area = Math.floor(cell / context.lineCount);
    const line = cell % context.lineCount;
    const entry = areas[area];
    if (entry.kind !== "group" || entry.children.length === 0) continue;
    const merge = context.sheet.merges.find((m) => m.top === finding.row && m.left === finding.col && (byRows ? m.left === m.right && m.bottom > m.top : m.top === m.bottom && m.right > m.left));
    if (merge === undefined) continue;
    const end = byRows ? merge.bottom : merge.right;
    const covered = entry.children.filter((child) => areas[child].index <= end);
    if (covered.length === 0 || covered.some((child) => context.state[child * context.lineCount + line] !== CELL.blank)) continue;
    const range = `${a1(merge.top, merge.left)}:${a1(merge.bottom, merge.right)}`;
    const labels = covered.map((child) => areas[child].label);
    const names: Named[] = [];
    const shifts = new Map([[line, finding.actual - finding.expected]]);
    for (const { finding: ceiling, planLine } of ceilingsPutRight(context, findings, new Map([[line, [finding]]]), shifts)) {
      if (!grandTotalShows(context, line, planLine.target)) continue;
      dropped.add(ceiling);
      names.push(ceilingName(context, ceiling));
    }
    const unit = context.cellUnit[line];
    const also = (lang: "vi" | "en") => (names.length === 0 ? "" : lang === "vi" ? ` Ghi số cho từng địa bàn thì ${joinList(names.map((x) => x.vi), "và")} cũng khớp.` : ` Entering each commune's figure also puts ${joinList(names.map((x) => x.en), "and")} right.`);
    rewritten.set(finding, {
      ...finding,
      message: localized(
        `Ô ${range} được gộp (merge) từ ô cộng của ${entry.label} xuống các địa bàn ${joinList(labels, "và")}: số ${formatAmount(finding.actual, unit, "vi")} chỉ nằm ở ô cộng, các địa bàn thành phần để trống (cộng lại ${formatAmount(finding.expected, unit, "vi")}). Bỏ gộp ô và ghi số riêng cho từng địa bàn.${also("vi")}`,
        `Cell ${range} is merged from the subtotal of ${entry.label} down over ${joinList(labels, "and")}: the figure ${formatAmount(finding.actual, unit, "en")} sits in the subtotal only, and its parts are blank (adding up to ${formatAmount(finding.expected, unit, "en")}). Unmerge it and enter each area's own figure.${also("en")}`,
      ),
    });
  }
  if (rewritten.size === 0) return [...findings];
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => rewritten.get(finding) ?? finding);
}

/** Figures merged over several leaves' cells of one line (see the file's comment). */
function overAreas(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const merges = context.sheet.merges;
  if (!findings.some((finding) => PER_AREA.has(finding.rule))) return [...findings];
  const { areas } = context.table;
  const byRows = context.table.orientation === "areas-as-rows";
  // Leaf areas by their value row (areas as rows) or column.
  const leafAt = new Map<number, number>();
  for (const area of context.leaves) leafAt.set(areas[area].index, area);
  const indexOf = cellIndexer(context);
  // Per merge over two or more leaves' cells of one line: the leaves it covers, in order.
  const covering = new Map<CellRange, number[]>();
  const mergeOf = new Map<number, CellRange>();
  for (const merge of merges) {
    const across = byRows ? merge.left === merge.right : merge.top === merge.bottom;
    if (!across) continue;
    const [from, to] = byRows ? [merge.top, merge.bottom] : [merge.left, merge.right];
    const line = context.table.lines.findIndex((entry) => entry.index === (byRows ? merge.left : merge.top));
    if (line < 0 || to <= from) continue;
    const leaves: number[] = [];
    for (let at = from; at <= to; at++) {
      const leaf = leafAt.get(at);
      if (leaf !== undefined) leaves.push(leaf);
    }
    if (leaves.length < 2) continue;
    covering.set(merge, leaves);
    for (const leaf of leaves) mergeOf.set(leaf * context.lineCount + line, merge);
  }
  if (mergeOf.size === 0) return [...findings];
  const grouped = new Map<CellRange, Finding[]>();
  for (const finding of findings) {
    if (!PER_AREA.has(finding.rule)) continue;
    const cell = indexOf(finding);
    const merge = cell === null ? undefined : mergeOf.get(cell);
    if (merge !== undefined) grouped.set(merge, [...(grouped.get(merge) ?? []), finding]);
  }
  if (grouped.size === 0) return [...findings];
  const dropped = new Set<Finding>();
  const replaced = new Map<Finding, Finding>();
  for (const [merge, list] of grouped) {
    const leaves = covering.get(merge) ?? [];
    const first = list[0];
    const range = `${a1(merge.top, merge.left)}:${a1(merge.bottom, merge.right)}`;
    const labels = leaves.map((leaf) => areas[leaf].label);
    const firstLabel = labels[0];
    const severity: Severity = list.some((finding) => finding.severity === "error") ? "error" : first.severity;
    for (const finding of list.slice(1)) dropped.add(finding);
    const told = list.map((finding) => finding.message);
    replaced.set(first, {
      ...first,
      severity,
      cell: a1(merge.top, merge.left),
      row: merge.top,
      col: merge.left,
      area: firstLabel,
      message: localized(
        `Ô ${range} được gộp (merge) qua ${leaves.length} địa bàn (${joinList(labels, "và")}): Excel chỉ giữ số ở ô đầu, nên allocheck tính cả số này cho ${firstLabel} và các địa bàn còn lại để trống. Bỏ gộp ô và ghi số riêng cho từng địa bàn. ${told.map((message) => message.vi).join(" ")}`,
        `Cell ${range} is merged over ${leaves.length} areas (${joinList(labels, "and")}): Excel keeps the figure in the first cell only, so allocheck counts it all for ${firstLabel} and nothing for the others. Unmerge it and enter each area's own figure. ${told.map((message) => message.en).join(" ")}`,
      ),
    });
  }
  // Other findings naming a cell inside a merge (a ceiling naming the quota cells that explain it): they name the merge.
  const renamed = new Map<string, string>();
  for (const merge of covering.keys()) {
    if (!grouped.has(merge)) continue;
    const range = `${a1(merge.top, merge.left)}:${a1(merge.bottom, merge.right)}`;
    for (let row = merge.top; row <= merge.bottom; row++) for (let col = merge.left; col <= merge.right; col++) if (row !== merge.top || col !== merge.left) renamed.set(a1(row, col), range);
  }
  const rename = (text: string) => text.replace(/(?<![A-Z0-9:])([A-Z]{1,3}\d+)(?![\d:])/g, (cell: string) => renamed.get(cell) ?? cell);
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const own = replaced.get(finding);
      if (own !== undefined) return own;
      if (renamed.size === 0) return finding;
      const vi = rename(finding.message.vi);
      const en = rename(finding.message.en);
      return vi === finding.message.vi && en === finding.message.en ? finding : { ...finding, message: localized(vi, en) };
    });
}
