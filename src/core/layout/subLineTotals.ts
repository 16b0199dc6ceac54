/**
 * A row that matches no plan line and is followed by bulleted sub-lines
 * (`Tổ truyền thông cộng đồng` over `- Thành lập mới`, `- Duy trì hoạt
 * động`) that all match plan lines is their total: it adds up exactly those
 * rows, not the lines after them.
 */
import type { LineEntry } from "../model/table";

/** Fewest sub-lines that make the row above them their total. */
const MIN_SUB_LINES = 2;

/** `lines` in sheet order, with `bulleted[i]` whether line i's own label opens with a bullet. */
export function withSubLineTotals(lines: readonly LineEntry[], bulleted: readonly boolean[]): LineEntry[] {
  const out = lines.slice();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (bulleted[i] || line.planCode !== null || line.isTotal || line.kind === "percent") continue;
    let end = i + 1;
    while (end < lines.length && bulleted[end]) end++;
    const subs = lines.slice(i + 1, end);
    if (subs.length < MIN_SUB_LINES || subs.some((sub) => sub.planCode === null)) continue;
    const kind = line.kind ?? subs[0].kind;
    if (kind === undefined || kind === "percent" || subs.some((sub) => sub.kind !== kind || sub.scale !== subs[0].scale)) continue;
    out[i] = { ...line, kind, scale: subs[0].scale, isTotal: true, parts: subs.map((sub) => sub.index) };
  }
  return out;
}
