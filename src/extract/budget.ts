/**
 * The budget: the total (`9,490 tỷ đồng`) and its parts, each as whole đồng
 * with the unit it is written in, coded `KP`, `KP.1`, … so that a parent is
 * the sum of its children; parts that do not add up raise `budget-split`.
 */
import { foldText } from "../core/text/fold";
import { dropParentheses, tidyName } from "./clauses";
import { issue, sourceOf } from "./issues";
import { headingRank, parseMarker } from "./markers";
import { formatDong, formatInUnit } from "./money";
import { lineAt, type TextLine } from "./normalize";
import { findQuantities, type Quantity } from "./quantities";
import type { ExtractedIndicator, ExtractIssue } from "./types";

interface Amount {
  readonly q: Quantity;
  readonly line: TextLine;
  readonly text: string;
  readonly offset: number;
  readonly rank: number;
  readonly isTotal: boolean;
  readonly opensList: boolean;
  children: Amount[];
}

function rankOf(text: string): number {
  const marker = parseMarker(text);
  // A paragraph sits above the bullets that follow it and beside other paragraphs.
  if (!marker) return 5;
  const rank = headingRank(marker);
  if (rank !== null) return rank;
  return /^[+]/.test(text) ? 7 : 6;
}

function amountsOf(line: TextLine): Amount[] {
  const marker = parseMarker(line.text);
  const offset = marker ? marker.length : 0;
  const text = line.text.slice(offset);
  const rank = rankOf(line.text);
  const found = findQuantities(text).filter((q) => q.kind === "money" && q.role === "target");
  const out: Amount[] = [];
  for (const q of found) {
    const clauseStart = Math.max(text.lastIndexOf(";", q.start), text.lastIndexOf(".", q.start - 2), 0);
    const clause = foldText(text.slice(clauseStart, q.start));
    const isTotal = /\btong\b/.test(clause) || (out.length === 0 && /\btong (kinh phi|so|cong|nguon)\b/.test(foldText(text.slice(0, q.start))));
    out.push({ q, line, text, offset, rank, isTotal, opensList: /:\s*$/.test(text), children: [] });
  }
  // `Tổng kinh phí 10 tỷ đồng, trong đó: ngân sách Trung ương 6 tỷ đồng; …`
  if (out.length > 1) {
    const first = out[0];
    const between = foldText(text.slice(first.q.unitEnd, out[1].q.start));
    if (/\b(trong do|gom|bao gom|cu the|chia ra)\b/.test(between) || first.isTotal) {
      first.children = out.slice(1);
      return [first];
    }
  }
  return out;
}

function nameOf(a: Amount, root: boolean): string {
  if (a.isTotal || root) return "Tổng kinh phí";
  let before = dropParentheses(a.text.slice(0, a.q.start));
  for (let i = 0; i < 4; i++) {
    before = before.replace(/\s*[;:,]?\s*(số tiền|kinh phí|tổng kinh phí|dự kiến|là|với|khoảng|trị giá|mức|tổng)?\s*[;:,]?\s*$/iu, "");
  }
  const lastClause = before.split(/[;:]\s*/).filter((s) => s.trim()).pop() ?? "";
  let name = tidyName(lastClause);
  if (!name) name = tidyName(dropParentheses(a.text.slice(a.q.unitEnd)).split(/[;.]/)[0] ?? "");
  return name || "Kinh phí";
}

/** Amount trees of the budget lines: a line ending with `:` owns the deeper lines below it. */
function build(lines: readonly TextLine[]): Amount[] {
  const roots: Amount[] = [];
  const stack: Amount[] = [];
  for (const line of lines) {
    if (line.cells) continue;
    const rank = rankOf(line.text);
    while (stack.length > 0 && stack[stack.length - 1].rank >= rank) stack.pop();
    for (const a of amountsOf(line)) {
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(a);
      else roots.push(a);
    }
    const amounts = amountsOf(line);
    const opens = /:\s*$/.test(line.text);
    // `Trong đó:` on a line of its own opens the list of the amount just before it.
    const opensForPrevious = amounts.length === 0 && opens && /\b(trong do|bao gom|gom|cu the|chia ra|phan bo)\b/.test(foldText(line.text));
    if ((amounts.length > 0 && opens) || opensForPrevious) {
      const owner = (stack.length > 0 ? stack[stack.length - 1].children : roots).slice(-1)[0];
      if (owner && !stack.includes(owner)) stack.push(opensForPrevious ? { ...owner, rank } : owner);
    }
  }
  return roots;
}

export interface Budget {
  readonly lines: ExtractedIndicator[];
  readonly issues: ExtractIssue[];
}

export function extractBudget(lines: readonly TextLine[]): Budget {
  let roots = build(lines);
  if (roots.length === 0) return { lines: [], issues: [] };
  const totals = roots.filter((r) => r.isTotal);
  if (roots.length > 1 && totals.length === 1 && totals[0].children.length === 0) {
    const total = totals[0];
    total.children = roots.filter((r) => r !== total);
    roots = [total];
  }
  const out: ExtractedIndicator[] = [];
  const issues: ExtractIssue[] = [];
  const emit = (a: Amount, code: string) => {
    const at = lineAt(a.line, a.offset + a.q.start);
    out.push({
      code,
      name: nameOf(a, code === "KP"),
      unit: a.q.unit,
      target: a.q.base,
      kind: "money",
      source: sourceOf(at),
      line: at,
      scale: a.q.scale,
      sourceText: a.text.trim(),
    });
    a.children.forEach((c, i) => emit(c, `${code}.${i + 1}`));
    if (a.children.length > 0) {
      const sum = a.children.reduce((s, c) => s + c.q.base, 0);
      if (sum !== a.q.base) {
        const parts = a.children.map((c) => formatInUnit(c.q.base, c.q.scale)).join(" + ");
        issues.push(
          issue(
            "budget-split",
            `Các khoản kinh phí (${parts} = ${formatDong(sum)} đồng) không bằng tổng ${formatInUnit(a.q.base, a.q.scale)} (${formatDong(a.q.base)} đồng) của dòng ${code}; chênh lệch ${formatDong(sum - a.q.base)} đồng.`,
            `The budget parts (${parts} = ${formatDong(sum)} đồng) do not add up to the total ${formatInUnit(a.q.base, a.q.scale)} (${formatDong(a.q.base)} đồng) of line ${code}; difference ${formatDong(sum - a.q.base)} đồng.`,
            { source: sourceOf(at), expected: sum, actual: a.q.base },
          ),
        );
      }
    }
  };
  if (roots.length === 1) emit(roots[0], "KP");
  else roots.forEach((r, i) => emit(r, `KP.${i + 1}`));
  return { lines: out, issues };
}
