/**
 * What the STT column tells of each row of a one-label-column area axis
 * (`romanStt`, `numberedGroup`), each cell read once however many rows ask:
 * a row's STT is asked for itself and again by the rows above it.
 */
import type { Frame } from "./frame";
import { isRomanNumeral, letterAfterOneOf, markLetter } from "./labels";
import { showsNoText, subItemStt, wholeNumberStt } from "./areas";

const READ = 1;
const ROMAN = 2;
const WHOLE = 4;
const SUB_ITEM = 8;
const TEXT_READ = 16;
const NO_TEXT = 32;

export class SttMarks {
  private readonly marks: Uint8Array;
  /** The one letters (`A`, `b`) the column holds, as bits: `A`…`Z` 0–25 in the first word, `a`…`z` in the second; null until asked. */
  private letters: Uint32Array | null = null;
  /** Whether any row's STT is an item number (else no row is a numbered group); null until asked. */
  private anySubItem: boolean | null = null;

  constructor(
    private readonly frame: Frame,
    private readonly labelCol: number,
  ) {
    this.marks = new Uint8Array(frame.areaPositions.length);
  }

  private stt(k: number): number {
    let mark = this.marks[k];
    if ((mark & READ) === 0) {
      const value = this.frame.grid.value(this.frame.areaPositions[k], this.frame.sttCol!);
      mark |= READ;
      if (typeof value === "string" && isRomanNumeral(value) && !this.letterOfSeries(value)) mark |= ROMAN;
      if (wholeNumberStt(value)) mark |= WHOLE;
      if (subItemStt(value)) mark |= SUB_ITEM;
      this.marks[k] = mark;
    }
    return mark;
  }

  /**
   * A one-letter Roman numeral (`C`, `I`, `v`) in a column that holds the letter before it in the same case (`B`, `H`,
   * `u`): the next letter of a lettered series (`A`, `B`, `C`), not a Roman number.
   */
  private letterOfSeries(value: string): boolean {
    const t = value.trim().replace(/[.)/]$/, "");
    if (t.length !== 1) return false;
    if (this.letters === null) {
      // One look down the column, only once a one-letter numeral is met.
      const letters = new Uint32Array(2);
      const positions = this.frame.areaPositions;
      for (let i = 0; i < positions.length; i++) {
        const other = this.frame.grid.value(positions[i], this.frame.sttCol!);
        if (typeof other === "string") markLetter(letters, other);
      }
      this.letters = letters;
    }
    return letterAfterOneOf(this.letters, t);
  }

  private noText(k: number): boolean {
    let mark = this.marks[k];
    if ((mark & TEXT_READ) === 0) {
      mark |= TEXT_READ;
      if (showsNoText(this.frame.grid.value(this.frame.areaPositions[k], this.labelCol))) mark |= NO_TEXT;
      this.marks[k] = mark;
    }
    return (mark & NO_TEXT) !== 0;
  }

  /** `romanStt(frame, areaPositions[k])`. */
  roman(k: number): boolean {
    return this.frame.sttCol !== null && (this.stt(k) & ROMAN) !== 0;
  }

  /** The row's STT marks an item under a numbered row (`1.1`, `-`, `a`). */
  subItem(k: number): boolean {
    return this.frame.sttCol !== null && (this.stt(k) & SUB_ITEM) !== 0;
  }

  /**
   * The row's STT is blank or a letter (`a`, `b)`) and the next labelled row
   * is numbered `1`, `2` …: a row that heads the numbered rows after it, not
   * one of them.
   */
  headsNumberedRows(k: number): boolean {
    if (this.frame.sttCol === null || !this.unnumbered(k)) return false;
    return this.wholeNext(k);
  }

  /** The next labelled row (within three) is numbered `1`, `2` …, no Roman numeral. */
  wholeNext(k: number): boolean {
    const positions = this.frame.areaPositions;
    for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
      if (this.noText(next)) continue;
      return (this.stt(next) & (WHOLE | ROMAN)) === WHOLE;
    }
    return false;
  }

  /** The row's STT is a small letter (`a`, `b)`, `c.`). */
  smallLetter(k: number): boolean {
    if (this.frame.sttCol === null) return false;
    const own = this.frame.grid.value(this.frame.areaPositions[k], this.frame.sttCol);
    return typeof own === "string" && /^\s*[a-zđ][.)/]?\s*$/.test(own);
  }

  /** The row's STT is a whole number (`1`, `2.`), no Roman numeral. */
  whole(k: number): boolean {
    return this.frame.sttCol !== null && (this.stt(k) & (WHOLE | ROMAN)) === WHOLE;
  }

  /** The row has no STT column, or its STT is blank or a letter (`a`, `b)`): it is not numbered as one of the areas. */
  unnumbered(k: number): boolean {
    if (this.frame.sttCol === null) return true;
    const own = this.frame.grid.value(this.frame.areaPositions[k], this.frame.sttCol);
    return showsNoText(own) || (typeof own === "string" && /^\s*[a-zđ][.)/]?\s*$/i.test(own));
  }

  /** The row's STT is a capital letter (`A`, `B.`), not `I`, `V`, `X` (Roman numerals): a part of the table above the Roman-numbered rows. */
  capitalLetter(k: number): boolean {
    if (this.frame.sttCol === null) return false;
    const own = this.frame.grid.value(this.frame.areaPositions[k], this.frame.sttCol);
    return typeof own === "string" && /^\s*[A-HJ-UWYZĐ][.)/]?\s*$/.test(own);
  }

  /** `numberedGroup(frame, areaPositions, k, labelCol)`. */
  numberedGroup(k: number): boolean {
    if (this.frame.sttCol === null || (this.stt(k) & WHOLE) === 0) return false;
    const positions = this.frame.areaPositions;
    if (this.anySubItem === null) {
      // One look down the column: without an item number no row has items under it, and no label need be read.
      let any = false;
      for (let i = 0; i < positions.length && !any; i++) any = (this.stt(i) & SUB_ITEM) !== 0;
      this.anySubItem = any;
    }
    if (!this.anySubItem) return false;
    for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
      if (this.noText(next)) continue;
      return (this.stt(next) & SUB_ITEM) !== 0;
    }
    return false;
  }
}
