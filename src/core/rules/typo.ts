/**
 * Whether a figure typed where another was meant looks like a slip of the
 * keyboard: one digit typed for another, two neighbouring digits swapped, or
 * one digit typed twice or left out (`68` for `60`, `150` for `105`, `1200`
 * for `120`). Used only to choose between cells that the arithmetic leaves
 * equally likely to be the mistyped one.
 */

/** The digits of a figure as typed, its decimal mark kept (`12.5` → `12.5`). */
function digits(value: number): string {
  return String(Number(Math.abs(value).toPrecision(12)));
}

function oneReplaced(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) at.push(i);
  return at.length === 2 && at[1] === at[0] + 1 && a[at[0]] === b[at[1]] && a[at[1]] === b[at[0]];
}

function oneInserted(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/** Whether `typed` differs from `meant` by one slip of the keyboard. */
export function looksLikeTypo(typed: number, meant: number): boolean {
  if (!Number.isFinite(typed) || !Number.isFinite(meant) || typed === meant) return false;
  const a = digits(typed);
  const b = digits(meant);
  return oneReplaced(a, b) || swapped(a, b) || oneInserted(a, b) || oneInserted(b, a);
}

/**
 * Whether `typed` is `meant` with one digit left out or typed twice, or two
 * neighbouring digits swapped (`12` for `120`, `977` for `97`, `150` for
 * `105`): the slips that round figures do not fall into by chance, as one
 * digit typed for another does (`120` beside `100`).
 */
export function looksLikeDigitSlip(typed: number, meant: number): boolean {
  if (!Number.isFinite(typed) || !Number.isFinite(meant) || typed === meant) return false;
  const a = digits(typed);
  const b = digits(meant);
  return swapped(a, b) || oneInserted(a, b) || oneInserted(b, a);
}
