/**
 * Whether two folded area keys are one name typed slightly wrong: a letter
 * left out, doubled, swapped with its neighbour or replaced (`minh quangg`,
 * `minh quag`, `minh qaung` for `minh quang`). Short names allow one such
 * slip, longer ones two; different names (`sai son`, `phu cat`) are far apart.
 */
export function nearlySameName(a: string, b: string): boolean {
  if (a === b) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const most = shorter < 8 ? 1 : 2;
  if (Math.abs(a.length - b.length) > most) return false;
  return slips(a, b, most) <= most;
}

/** Edits (insert, delete, replace, swap of neighbours) between a and b, stopping early past `most`. */
function slips(a: string, b: string, most: number): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > most) return best;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
