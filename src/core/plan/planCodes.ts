/** Hierarchy of plan codes by dots: `KP.3` is a child of `KP`, `4.1` of `4`, `4.1.2` of `4.1`. */

/** The code one level up (`4.1` → `4`), or null for a top-level code. */
export function parentOfCode(code: string): string | null {
  const dot = code.lastIndexOf(".");
  return dot > 0 ? code.slice(0, dot) : null;
}

/** The nearest ancestor code present in `codes`, or undefined. */
export function findParentCode(code: string, codes: ReadonlySet<string>): string | undefined {
  for (let parent = parentOfCode(code); parent !== null; parent = parentOfCode(parent)) {
    if (codes.has(parent)) return parent;
  }
  return undefined;
}
