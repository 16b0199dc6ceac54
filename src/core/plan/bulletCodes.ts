/**
 * Codes for sub-items written with a mark and no code (`- Ngân sách trung
 * ương`, `+ Tập huấn`, `Trong đó:`), and lettered sub-items (`a`, `b`).
 */
import { shownText, type Grid } from "../layout/grid";
import { headerKey, type PlanHeader } from "./planHeader";
import { readCode } from "./planValues";

/** A sub-item's letter code (`a`, `b`, `đ`), as `readCode` leaves it (`a)` → `a`). */
export const LETTER_CODE = /^[a-zđ]$/;

/** A code letters may number under: `2`, `1.3`, `KP`, `KP.1`, `II.2` (not a section's `II` or `A`, nor a word). */
export const NUMBERED_CODE = /^(?:[A-ZĐ]+\.)?\d+(?:\.\d+)*$|^[A-ZĐ]{2,}(?:\.\d+)*$/;

/** `Trong đó:` folded: the parts of the line above follow. */
export const OF_WHICH = "trong do";

/** Marks of a sub-item written without a code: `- Ngân sách trung ương`, `+ Tập huấn`. */
export const BULLETS: ReadonlySet<string> = new Set(["-", "+", "*", "•", "–"]);

/** A bullet before the name of a line with no code (`- Ngân sách trung ương`, `+ Tập huấn`), or `Trong đó:` (a `-`). */
export const NAME_BULLET = /^\s*(?:([-+*•–])\s+|trong đó\s*[:,]?\s+)/iu;

export function nameBullet(name: string): string | null {
  const match = NAME_BULLET.exec(name.normalize("NFC"));
  return match === null ? null : (match[1] ?? "-");
}

/**
 * Codes for bulleted sub-items: each `-` under a coded line is its next child
 * (`3.1`, `3.2` …), a `+` under a `-` the child of that one (`3.1.1`); a code
 * the sheet already uses is skipped. Empty before any coded line. Under a
 * count line whose money is a line of its own (`1` and `1-KP`), a bullet with
 * money only is a part of the money (`1-KP.1`).
 */
export class BulletCodes {
  private readonly used = new Set<string>();
  /** The open bullets under the last coded line: their mark and code. */
  private stack: { mark: string; code: string }[] = [];
  private base = "";
  /** The money line (`1-KP`) of the last coded line, given beside its count, or "". */
  private money = "";
  private readonly counts = new Map<string, number>();

  constructor(grid: Grid, header: PlanHeader) {
    const col = header.columns.code;
    if (col === undefined) return;
    for (let row = header.bottom + 1; row < grid.rowCount; row++) this.used.add(readCode(grid.value(row, col)));
  }

  startAt(code: string): void {
    this.base = code;
    this.money = "";
    this.stack = [];
  }

  /** The last coded line's money is the line `code` of its own: bullets with money only number under it. */
  moneyAt(code: string): void {
    this.money = code;
  }

  /** The code of a bullet marked `mark`; `moneyOnly` when it gives money and no count. */
  codeFor(mark: string, moneyOnly = false): string {
    if (this.base === "") return "";
    const level = this.stack.findIndex((open) => open.mark === mark);
    if (level >= 0) this.stack = this.stack.slice(0, level);
    const top = moneyOnly && this.money !== "" ? this.money : this.base;
    const parent = this.stack.length > 0 ? this.stack[this.stack.length - 1].code : top;
    let n = this.counts.get(parent) ?? 0;
    let code: string;
    do code = `${parent}.${++n}`;
    while (this.used.has(code));
    this.counts.set(parent, n);
    this.used.add(code);
    this.stack.push({ mark, code });
    return code;
  }
}

/**
 * True when the coded row `row` heads parts: the next row that numbers
 * anything numbers it under `code` (`1.1` under `1`), or marks a sub-item
 * (`-`, `+`, `a`, or `- Ngân sách …` before the name).
 */
export function headsParts(grid: Grid, row: number, codeCol: number, nameCol: number | undefined, code: string): boolean {
  if (code === "" || BULLETS.has(code)) return false;
  for (let next = row + 1; next < grid.rowCount; next++) {
    const below = readCode(grid.value(next, codeCol));
    if (below !== "") return below.startsWith(`${code}.`) || BULLETS.has(below) || (LETTER_CODE.test(below) && NUMBERED_CODE.test(code));
    const name = nameCol === undefined ? "" : shownText(grid, next, nameCol);
    if (name.trim() === "") continue;
    return nameBullet(name) !== null || headerKey(name) === OF_WHICH;
  }
  return false;
}
