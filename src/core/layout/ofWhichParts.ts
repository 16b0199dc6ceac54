/**
 * Lines that are parts of the line before them and match no plan line:
 * `Trong đó: …` rows and the bulleted rows (`- Duy trì`) right after one
 * (a funding source bulleted or not: `Trong đó: NSTW`, `NSĐP`), or
 * columns under a merged `Trong đó` / `Chia ra` / `Bao gồm` header
 * (`Kinh phí | Tổng số | Trong đó: NSTW | NSĐP`). Where such parts add up
 * the line before them area by area (a split of it: central and local
 * budget, years), that line is their total and they are checked as its
 * parts — one mistyped part is one finding at its cell; otherwise (a part
 * named, not the whole split) they are left out of the reading.
 */
import type { LineEntry } from "../model/table";
import { wordKey } from "../text";
import { addsUp } from "./arithmeticLineTotals";
import { numberOf } from "./areaScore";
import type { Frame } from "./frame";
import { isBulleted, isOfWhichLabel, stripNumbering } from "./labels";
import type { RawLine } from "./lines";
import { isSourceLabel } from "./sourceColumns";

/** A header over a line's parts: `Trong đó`, `Chia ra`, `Bao gồm`, `Gồm` (a colon or a note after it allowed). */
export function isSplitHeader(text: string): boolean {
  if (isOfWhichLabel(text)) return true;
  const key = wordKey(stripNumbering(text));
  return key === "chia ra" || key.startsWith("chia ra ") || key === "bao gom" || key === "gom";
}

/**
 * Indexes into `lines` of the parts of the line before them (see the file's
 * comment); `splitHeadings`: the positions of lines without figures that
 * read `Chia ra:` / `Trong đó:` alone, each opening the bulleted parts after it.
 */
export function ofWhichLines(lines: ReadonlyArray<{ readonly line: RawLine; readonly match: unknown }>, splitHeadings: readonly number[] = []): Set<number> {
  const out = new Set<number>();
  lines.forEach(({ line, match }, i) => {
    if (match !== null || i === 0) return;
    const parts = line.parts;
    const label = parts[parts.length - 1] ?? "";
    const before = lines[i - 1].line.position;
    const afterHeading = isBulleted(label) && splitHeadings.some((at) => at > before && at < line.position);
    // `Trong đó: NSTW` then `NSĐP`, the bullet left out: a source after a part is the next part.
    const nextSource = out.has(i - 1) && isSourceLabel(label);
    if (isOfWhichLabel(label) || (isBulleted(label) && out.has(i - 1)) || nextSource || afterHeading || parts.slice(0, -1).some(isSplitHeader)) out.add(i);
  });
  return out;
}

/** Fewest parts a split has: one part the same as its line says nothing. */
const MIN_SPLIT = 2;

/**
 * The runs of `ofWhich` lines that add up the line before them: by that
 * line's index into `lines`, the indexes of its parts.
 */
export function ofWhichSplits(frame: Frame, lines: ReadonlyArray<{ readonly line: RawLine }>, ofWhich: ReadonlySet<number>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const figures = (position: number) => frame.areaPositions.map((at) => numberOf(frame.grid.value(at, position)));
  for (let i = 1; i < lines.length; i++) {
    if (!ofWhich.has(i) || ofWhich.has(i - 1)) continue;
    const run: number[] = [];
    for (let k = i; k < lines.length && ofWhich.has(k); k++) run.push(k);
    if (run.length < MIN_SPLIT) continue;
    const own = figures(lines[i - 1].line.position);
    const sums = own.map(() => 0);
    for (const k of run) figures(lines[k].line.position).forEach((v, r) => (sums[r] += Number.isNaN(v) ? 0 : v));
    if (addsUp(own, sums)) out.set(i - 1, run);
  }
  return out;
}

/** `entry` made the total of its split `parts` (their kind and scale its own where the sheet gives them none). */
export function splitTotal(entry: LineEntry, parts: readonly LineEntry[]): LineEntry {
  return { ...entry, isTotal: true, parts: parts.map((part) => part.index) };
}

/**
 * A part of a split, read in its total's kind and scale when the sheet gives it none of its own — its unit too when
 * it names money by its words alone (`Tổng kinh phí (triệu đồng) | Trong đó: Ngân sách Trung ương`), no unit written.
 */
export function splitPart(part: LineEntry, total: LineEntry): LineEntry {
  if (total.kind === undefined) return part;
  if (part.kind !== undefined && (part.unit !== undefined || total.unit === undefined || part.kind !== total.kind)) return part;
  return { ...part, kind: total.kind, scale: total.scale, ...(total.unit !== undefined && part.unit === undefined ? { unit: total.unit } : {}) };
}
