/**
 * One cause, one finding for a figure typed as text with one mark before
 * three digits (`1,200`, `1.500`) in a money column counted in nghìn, triệu
 * or tỷ đồng, where either reading is a plausible figure: allocheck reads the
 * comma as the decimal mark (1,2) and the dot as grouping thousands (1 500),
 * as Vietnamese notation writes them, but staff on an English-locale Excel
 * write them the other way. When the typed district subtotal (or the grand
 * total right over the communes) is off its communes by exactly what the
 * other reading moves the cell, that total says which reading was meant: the cell is what to fix. Its
 * `text-number` finding becomes an error telling the other reading and the
 * checks that come right with it; the subtotal's `subtotal` finding, typed
 * totals further up that agree once the cell holds that figure, and a
 * ceiling it alone puts off (the grand total on the plan) are let go.
 * Cells whose doubt `dotDoubt` already tells (a `1.500` over the whole plan)
 * are left to `doubtCause`.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { cellValue } from "../model/workbook";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { dotDoubt } from "./dotDoubt";
import { ceilingsPutRight, grandTotalShows, isFormulaAt, leafSum, subtotalName } from "./leafCause";
import { ceilingName, cellIndexer, subtotalsByCell, type Named } from "./singleCause";
import { joinList } from "../text/joinList";

/** One mark (`.` or `,`) before exactly three digits, nothing else. */
const ONE_MARK_THREE = /^['\u2018\u2019]?\s*\+?([1-9]\d{0,2})([.,])(\d{3})\s*$/;

export function markCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((finding) => finding.rule === "subtotal") || !findings.some((finding) => finding.rule === "text-number")) return [...findings];
  const indexOf = cellIndexer(context);
  const texts = new Map<number, Finding>();
  for (const finding of findings) {
    if (finding.rule !== "text-number") continue;
    const cell = indexOf(finding);
    if (cell !== null) texts.set(cell, finding);
  }
  const { areas } = context.table;
  const { lineCount, base, state } = context;
  const subtotalAt = subtotalsByCell(findings, indexOf, true);
  // Per line: whether `dotDoubt` tells its doubt (then `doubtCause` does), found once.
  const doubted = new Map<number, boolean>();
  const dropped = new Set<Finding>();
  const told = new Map<Finding, { names: Named[]; text: string; comma: boolean; other: number; line: number; source: Named; others: string[] }>();
  const byLine = new Map<number, Finding[]>();
  const shifts = new Map<number, number>();
  for (const finding of findings) {
    if (finding.rule !== "subtotal" || finding.severity !== "error" || finding.expected === null || finding.actual === null || dropped.has(finding)) continue;
    const cell = indexOf(finding);
    if (cell === null) continue;
    const area = Math.floor(cell / lineCount);
    const line = cell % lineCount;
    const entry = areas[area];
    if ((entry.kind !== "group" && entry.kind !== "total") || context.lineKind[line] !== "money" || context.scales[line] <= 1 || isFormulaAt(context, area, line)) continue;
    const code = context.table.lines[line].planCode;
    const planLine = code === null ? undefined : context.planByCode.get(code);
    let doubt = doubted.get(line);
    if (doubt === undefined) doubted.set(line, (doubt = planLine !== undefined && dotDoubt(context, planLine) !== null));
    if (doubt) continue;
    const gap = difference(finding.actual, finding.expected);
    // The one text cell among the district's communes whose other reading closes the gap exactly, or all of them together.
    type Found = { child: number; text: string; comma: boolean; other: number; shift: number };
    const candidates: Found[] = [];
    for (const child of entry.children) {
      const at = child * lineCount + line;
      if (areas[child].kind !== "leaf" || state[at] !== CELL.textNumber || !texts.has(at)) continue;
      const { row, col } = cellPosition(context, child, line);
      const raw = cellValue(context.sheet, row, col);
      const match = typeof raw === "string" ? ONE_MARK_THREE.exec(raw) : null;
      if (match === null) continue;
      const comma = match[2] === ",";
      const other = comma ? base[at] * 1000 : base[at] / 1000;
      candidates.push({ child, text: String(raw).trim(), comma, other: Math.round(other), shift: difference(other, base[at]) });
    }
    const single = candidates.filter((c) => standing(c.shift, gap) === "equal");
    const all = candidates.length > 1 && standing(candidates.reduce((sum, c) => sum + c.shift, 0), gap) === "equal";
    const found = single.length === 1 ? single : single.length === 0 && all ? candidates : [];
    if (found.length === 0) continue;
    const ats = found.map((f) => f.child * lineCount + line);
    if (ats.some((at) => texts.get(at) === undefined || told.has(texts.get(at) as Finding))) continue;
    dropped.add(finding);
    const source = subtotalName(context, area, line);
    const names: Named[] = [source];
    for (let above = entry.parent; above !== null; above = areas[above].parent) {
      const over = subtotalAt.get(above * lineCount + line);
      if (over === undefined || over.actual === null || standing(over.actual, leafSum(context, above, line) + gap) !== "equal") continue;
      dropped.add(over);
      names.push(subtotalName(context, above, line));
    }
    const addresses = ats.map((at) => texts.get(at)?.cell ?? "");
    found.forEach((f, i) => {
      const text = texts.get(ats[i]) as Finding;
      const others = addresses.filter((_, j) => j !== i);
      told.set(text, { names, text: f.text, comma: f.comma, other: f.other, line, source, others });
      byLine.set(line, [...(byLine.get(line) ?? []), text]);
    });
    shifts.set(line, (shifts.get(line) ?? 0) + gap);
  }
  if (told.size === 0) return [...findings];
  for (const { finding, line, planLine, entries } of ceilingsPutRight(context, findings, byLine, shifts)) {
    if (!grandTotalShows(context, line, planLine.target)) continue;
    dropped.add(finding);
    for (const text of entries) told.get(text)?.names.push(ceilingName(context, finding));
  }
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const entry = told.get(finding);
      if (entry === undefined) return finding;
      const unit = context.cellUnit[entry.line];
      const amount = (lang: "vi" | "en") => formatAmount(entry.other, unit, lang);
      const rest = entry.names.slice(1);
      const also = (and: string, lang: "vi" | "en") => joinList(rest.map((x) => x[lang]), and);
      const markVi = entry.comma ? "Dấu phẩy" : "Dấu chấm";
      const readVi = entry.comma ? "dấu thập phân" : "dấu phân cách hàng nghìn";
      const meantVi = entry.comma ? "dấu phân cách hàng nghìn" : "dấu thập phân";
      const markEn = entry.comma ? "comma" : "dot";
      const readEn = entry.comma ? "a decimal mark" : "a thousands separator";
      const meantEn = entry.comma ? "a thousands separator" : "a decimal mark";
      const withVi = entry.others.length === 0 ? "" : ` (cùng ${entry.others.length > 1 ? "các ô" : "ô"} ${joinList(entry.others, "và")} đọc như vậy)`;
      const withEn = entry.others.length === 0 ? "" : ` (with ${joinList(entry.others, "and")} read the same way)`;
      return {
        ...finding,
        severity: "error" as const,
        message: localized(
          `${finding.message.vi} ${markVi} trong "${entry.text}" được hiểu là ${readVi}, nhưng theo ${entry.source.vi} đó là ${meantVi}: ô này là ${amount("vi")}${withVi}${rest.length > 0 ? `, và đọc như vậy thì ô cộng đó và ${also("và", "vi")} cùng khớp` : ", và đọc như vậy thì ô cộng đó khớp"}. Hãy gõ lại ô này dạng số.`,
          `${finding.message.en} The ${markEn} in "${entry.text}" is read as ${readEn}, but by ${entry.source.en} it is ${meantEn}: this cell is ${amount("en")}${withEn}${rest.length > 0 ? `, and read that way that subtotal and ${also("and", "en")} come right` : ", and read that way that subtotal comes right"}. Retype this cell as a number.`,
        ),
      };
    });
}
