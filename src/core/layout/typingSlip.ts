/**
 * Whether a typed figure is a plausible slip of the keyboard for the right
 * one: one digit changed, two neighbouring digits swapped, or one digit
 * doubled or dropped (`15` for `14`, `41` for `14`, `144` or `1` for `14`).
 * The figures are compared as their digits (sign and decimal mark aside,
 * up to six decimals), so the test is the same for counts and money.
 */
export function isTypingSlip(typed: number, right: number): boolean {
  if (!Number.isFinite(typed) || !Number.isFinite(right) || typed === right) return false;
  const a = digitsOf(typed);
  const b = digitsOf(right);
  if (a === b) return false;
  if (a.length === b.length) return oneChanged(a, b) || neighboursSwapped(a, b);
  if (Math.abs(a.length - b.length) === 1) return a.length > b.length ? oneDropped(a, b) : oneDropped(b, a);
  return false;
}

/** The figure's digits with its decimals (at most six, trailing zeros cut), no sign nor mark. */
function digitsOf(value: number): string {
  const [whole, decimals = ""] = Math.abs(value).toFixed(6).split(".");
  const kept = decimals.replace(/0+$/, "");
  return kept === "" ? whole : `${whole}.${kept}`;
}

function oneChanged(a: string, b: string): boolean {
  let differ = 0;
  for (let i = 0; i < a.length && differ < 2; i++) if (a[i] !== b[i]) differ++;
  return differ === 1;
}

function neighboursSwapped(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Whether `shorter` is `longer` with one character left out. */
function oneDropped(longer: string, shorter: string): boolean {
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}
