/**
 * One cause, one finding for a figure typed in a merged cell that spans the
 * value cells of several leaf areas on one line (`2` merged over the rows of
 * Xã Tản Lĩnh and Xã Vân Hòa): Excel keeps the figure in the merge's first
 * cell only, so allocheck counts it for the first area and the others hold
 * nothing. The sums are right; the per-area checks (`quota`, `percent`) are
 * not, at every cell of the merge. Those findings are one: told at the
 * merge's first cell, saying the figure is shared and each area needs a cell
 * of its own.
 */
import { a1 } from "../model/address";
import type { Finding, Severity } from "../model/finding";
import { localized } from "../model/text";
import type { CellRange } from "../model/workbook";
import type { RuleContext } from "./context";
import { cellIndexer } from "./singleCause";

const PER_AREA = new Set<string>(["quota", "percent"]);

function joined(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

export function mergeCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const merges = context.sheet.merges;
  if (merges.length === 0 || !findings.some((finding) => PER_AREA.has(finding.rule))) return [...findings];
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
        `Ô ${range} được gộp (merge) qua ${leaves.length} địa bàn (${joined(labels, "và")}): Excel chỉ giữ số ở ô đầu, nên allocheck tính cả số này cho ${firstLabel} và các địa bàn còn lại để trống. Bỏ gộp ô và ghi số riêng cho từng địa bàn. ${told.map((message) => message.vi).join(" ")}`,
        `Cell ${range} is merged over ${leaves.length} areas (${joined(labels, "and")}): Excel keeps the figure in the first cell only, so allocheck counts it all for ${firstLabel} and nothing for the others. Unmerge it and enter each area's own figure. ${told.map((message) => message.en).join(" ")}`,
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
