/**
 * One cause, at its row: an old copy of a commune kept hidden above the row
 * that replaced it, under typed totals that leave the hidden copy out. The
 * `duplicate` is told at the second, shown row, whose figures explain none
 * of the typed subtotals' gaps (`duplicateCause`); the hidden first row's
 * figures do. Told once, at the hidden row's label, as `duplicateCause`
 * tells a repeat the typed totals leave out — the subtotals and plan
 * comparisons it puts off named, its `hidden` note said in it. Only when
 * `duplicateCause`, tried with the hidden row as the repeat, lets go of the
 * subtotals' findings; otherwise nothing changes (a hidden copy the totals
 * count is `hiddenCause`'s).
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import type { RuleContext } from "./context";
import { duplicateCause } from "./duplicateCause";

export function hiddenFirstCopy(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => f.rule === "subtotal")) return [...findings];
  const { areas } = context.table;
  const hidden = new Set((context.table.orientation === "areas-as-rows" ? context.sheet.hiddenRows : context.sheet.hiddenColumns) ?? []);
  if (hidden.size === 0) return [...findings];
  for (const repeat of findings) {
    if (repeat.rule !== "duplicate" || repeat.sheet !== context.table.sheet) continue;
    const shown = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === repeat.row && a.labelCol === repeat.col);
    if (shown < 0 || hidden.has(areas[shown].index)) continue;
    const copies = areas.flatMap((a, i) => (i < shown && a.kind === "leaf" && a.label === areas[shown].label && a.parent === areas[shown].parent ? [i] : []));
    if (copies.length !== 1 || !hidden.has(areas[copies[0]].index)) continue;
    const old = areas[copies[0]];
    const note = findings.find((f) => f.rule === "hidden" && f.row === old.labelRow && f.col === old.labelCol);
    const labelCell = a1(old.labelRow, old.labelCol);
    const word = context.table.orientation === "areas-as-rows" ? { vi: "hàng", en: "row" } : { vi: "cột", en: "column" };
    const moved: Finding = {
      ...repeat,
      cell: labelCell,
      row: old.labelRow,
      col: old.labelCol,
      message: localized(
        `Địa bàn "${old.label}" có hai ${word.vi}: ${word.vi} ở ô ${labelCell} đang bị ẩn, nằm trên ${word.vi} ở ô ${repeat.cell ?? ""} — có lẽ là bản cũ được ẩn đi thay vì xóa, mà số liệu vẫn được cộng vào tổng.`,
        `Area "${old.label}" has two ${word.en}s: the ${word.en} at ${labelCell} is hidden, above the one at ${repeat.cell ?? ""} — probably an old copy hidden instead of deleted, whose figures still count in the totals.`,
      ),
    };
    const tried = duplicateCause(
      context,
      findings.filter((f) => f !== note).map((f) => (f === repeat ? moved : f)),
    );
    const told = tried.find((f) => f.rule === "duplicate" && f.row === old.labelRow && f.col === old.labelCol);
    // Let go of every subtotal it explains, none left: the hidden row is the cause.
    if (told === undefined || told === moved || tried.some((f) => f.rule === "subtotal")) continue;
    return tried;
  }
  return [...findings];
}
