/**
 * The fingerprint of a sheet's cells: FNV-1a (32 bit) over its used range,
 * row by row (position, values, formulas), so that reading the range whole
 * or in blocks of rows gives the same result. A change detector, not a digest.
 */
export class RowHasher {
  private hash = 0x811c9dc5;

  add(text: string): void {
    let hash = this.hash;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    this.hash = hash;
  }

  /** Adds rows read from the range whose top-left cell is (top, left), 0-based. */
  addRows(top: number, left: number, values: readonly unknown[][], formulas: readonly unknown[][]): void {
    for (let r = 0; r < values.length; r++) {
      this.add(`${top + r},${left}:${JSON.stringify(values[r])}${JSON.stringify(formulas[r])}\n`);
    }
  }

  hex(): string {
    return (this.hash >>> 0).toString(16).padStart(8, "0");
  }
}

export function fnv1a(text: string): string {
  const hasher = new RowHasher();
  hasher.add(text);
  return hasher.hex();
}
