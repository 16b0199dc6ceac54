/**
 * Total lines (`Tổng kinh phí`, `Tổng số`): which table lines they add up.
 * A total matched to a plan parent (`KP`) adds up the lines of its plan
 * children (`KP.1` … `KP.5`); a total that matches no plan line adds up the
 * block of same-kind lines next to it (after it, else before it); a row
 * over bulleted sub-lines adds up those the layout lists for it.
 */
import type { RuleContext } from "./context";

function expandCode(context: RuleContext, code: string, out: number[], seen: Set<string>): boolean {
  const line = context.lineByCode.get(code);
  if (line !== undefined) {
    out.push(line);
    return true;
  }
  if (seen.has(code)) return false;
  seen.add(code);
  const children = context.planChildren.get(code);
  if (children === undefined || children.length === 0) return false;
  return children.every((child) => expandCode(context, child.code, out, seen));
}

/** Table lines that total line `line` adds up, or null when it is not a total of known lines. */
export function totalLineChildren(context: RuleContext, line: number): number[] | null {
  const entry = context.table.lines[line];
  const kind = context.lineKind[line];
  if (kind === "percent") return null;
  // A line matched to a plan parent (`Kinh phí` as `KP`) whose children all have lines (`- NSTW`, `- NSĐP` as
  // `KP.1`, `KP.2`) adds them up in each area, whatever its header says.
  if (!entry.isTotal) {
    const parts = kind === "money" ? planChildLines(context, line) : null;
    return parts !== null && parts.every((part) => context.lineKind[part] === "money") ? parts : null;
  }
  if (entry.parts !== undefined) {
    const listed = entry.parts.map((index) => context.table.lines.findIndex((other) => other.index === index)).filter((i) => i >= 0);
    return listed.length > 0 ? listed : null;
  }
  if (context.linePlan[line] !== null) return planChildLines(context, line);
  if (kind === null) return null;
  const order = context.table.lines.map((_, index) => index).sort((a, b) => context.table.lines[a].index - context.table.lines[b].index);
  const position = order.indexOf(line);
  const block = (step: 1 | -1): number[] => {
    const out: number[] = [];
    for (let p = position + step; p >= 0 && p < order.length; p += step) {
      const candidate = order[p];
      if (context.table.lines[candidate].isTotal || context.lineKind[candidate] !== kind) break;
      out.push(candidate);
    }
    return out;
  };
  const after = block(1);
  const chosen = after.length >= 2 ? after : block(-1);
  return chosen.length >= 2 ? chosen : null;
}

/** The table lines of the plan children of the plan line `line` is matched to, or null when some child has none. */
function planChildLines(context: RuleContext, line: number): number[] | null {
  const planLine = context.linePlan[line];
  if (planLine === null) return null;
  const children = context.planChildren.get(planLine.code);
  if (children === undefined || children.length === 0) return null;
  const out: number[] = [];
  const seen = new Set<string>([planLine.code]);
  if (!children.every((child) => expandCode(context, child.code, out, seen))) return null;
  const unique = [...new Set(out)].filter((index) => index !== line);
  return unique.length > 0 ? unique : null;
}
