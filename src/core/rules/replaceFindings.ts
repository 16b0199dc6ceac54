import type { Finding } from "../model/finding";

/**
 * `findings` in their order, each one `replaced` names swapped for its
 * replacement, or dropped where the replacement is null (a fold told it in
 * another finding); the rest as they are.
 */
export function withReplaced(findings: readonly Finding[], replaced: ReadonlyMap<Finding, Finding | null>): Finding[] {
  if (replaced.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const finding of findings) {
    const instead = replaced.get(finding);
    if (instead === undefined) out.push(finding);
    else if (instead !== null) out.push(instead);
  }
  return out;
}
