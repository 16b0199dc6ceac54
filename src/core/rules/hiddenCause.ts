/**
 * One cause, one finding for a commune's row (areas across the columns: its
 * column) hidden in the sheet rather than deleted — an old row kept out of
 * sight that the totals still count: every plan line it holds a figure on is
 * over its ceiling by exactly that figure, and nothing else is told but its
 * `hidden` note (and `coverage` telling it an area the plan lacks). The
 * ceilings are then one error, at the hidden row's first cell over the plan,
 * naming the row, the lines and the plan comparisons; the note and the
 * coverage warning are said in it. A hidden row whose figures do not account
 * for every over-plan line exactly, or beside which a line it fills is
 * within the plan, leaves every finding. A hidden old copy of a commune shown
 * beside it under the same parent (its name's `duplicate` told at the shown
 * one) is the same cause: told as the `duplicate`, at the hidden row's label,
 * naming the shown one.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { joinList } from "../text/joinList";
import { cellPosition, type RuleContext } from "./context";
import { difference, standing } from "./compare";
import { ceilingName } from "./singleCause";

export function hiddenCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const { areas } = context.table;
  const { lineCount, base } = context;
  const notes = findings.filter((f) => f.rule === "hidden" && f.indicator === null && f.sheet === context.table.sheet);
  if (notes.length !== 1) return [...findings];
  const [note] = notes;
  const rows = areas.flatMap((entry, area) => (entry.kind === "leaf" && entry.label === note.area && entry.labelRow === note.row && entry.labelCol === note.col ? [area] : []));
  if (rows.length !== 1) return [...findings];
  const [row] = rows;
  const ceilings = findings.filter((f) => f.rule === "ceiling" && f.severity !== "info");
  if (ceilings.length === 0) return [...findings];
  const coverage = findings.filter((f) => f.rule === "coverage" && f.area === note.area && f.row === note.row && f.col === note.col);
  // The name repeated by a shown row under the same parent: the hidden row an old copy of it.
  const shown = findings.filter((f) => f.rule === "duplicate" && f.sheet === context.table.sheet && f.row !== null && f.col !== null && isShownCopy(context, row, f.row, f.col));
  if (shown.length > 1) return [...findings];
  if (findings.some((f) => f !== note && f.severity !== "info" && !ceilings.includes(f) && !coverage.includes(f) && !shown.includes(f))) return [...findings];
  // Every over-plan line is over by exactly the hidden row's figure, and every line it fills is over.
  const lines = new Map<number, Finding>();
  for (const ceiling of ceilings) {
    const line = ceiling.indicator === null ? undefined : context.lineByCode.get(ceiling.indicator);
    if (line === undefined || ceiling.expected === null || ceiling.actual === null || context.sourceLines?.has(line) === true) return [...findings];
    const figure = base[row * lineCount + line];
    if (!(figure > 0) || standing(difference(ceiling.actual, ceiling.expected), figure) !== "equal") return [...findings];
    lines.set(line, ceiling);
  }
  for (let line = 0; line < lineCount; line++) {
    if (base[row * lineCount + line] === 0 || lines.has(line)) continue;
    if (context.table.lines[line].planCode !== null && context.lineKind[line] !== "percent") return [...findings];
  }
  const ordered = [...lines.keys()].sort((a, b) => a - b);
  const first = lines.get(ordered[0]) as Finding;
  const position = cellPosition(context, row, ordered[0]);
  const figures = ordered.map((line) => ({ vi: formatAmount(base[row * lineCount + line], context.cellUnit[line], "vi"), en: formatAmount(base[row * lineCount + line], context.cellUnit[line], "en") }));
  const word = context.table.orientation === "areas-as-rows" ? { vi: "Hàng", en: "row" } : { vi: "Cột", en: "column" };
  const label = areas[row].label;
  const notPlanned = coverage.length > 0 ? { vi: ", không có trong danh sách địa bàn của kế hoạch,", en: ", an area the plan's list lacks," } : { vi: "", en: "" };
  const message = localized(
    `${word.vi} của "${label}"${notPlanned.vi} đang bị ẩn mà số liệu vẫn được cộng vào tổng: các chỉ tiêu vượt kế hoạch đúng bằng số của ${word.vi.toLowerCase()} này (${joinList(figures.map((x) => x.vi), "và")}). Có lẽ ${word.vi.toLowerCase()} cũ được ẩn đi thay vì xóa — xóa ${word.vi.toLowerCase()} đó (hoặc bỏ khỏi công thức cộng).`,
    `The ${word.en} of "${label}"${notPlanned.en} is hidden, yet its figures count in the totals: the plan lines are over the plan by exactly its figures (${joinList(figures.map((x) => x.en), "and")}). An old ${word.en} was probably hidden instead of deleted — delete it (or take it out of the sums).`,
  );
  const named = ordered.map((line) => ceilingName(context, lines.get(line) as Finding));
  const gone = new Set<Finding>([note, ...coverage, ...ceilings, ...shown]);
  if (shown.length === 1) {
    const [repeat] = shown;
    const labelCell = a1(areas[row].labelRow, areas[row].labelCol);
    return [
      ...findings.filter((f) => !gone.has(f)),
      {
        ...repeat,
        cell: labelCell,
        row: areas[row].labelRow,
        col: areas[row].labelCol,
        message: localized(
          `Địa bàn "${label}" có hai ${word.vi.toLowerCase()} (ô ${labelCell} và ${repeat.cell ?? ""}); ${message.vi.charAt(0).toLowerCase()}${message.vi.slice(1)} Bỏ ${word.vi.toLowerCase()} này thì ${joinList(named.map((x) => x.vi), "và")} cũng khớp.`,
          `"${label}" has two ${word.en}s (cells ${labelCell} and ${repeat.cell ?? ""}); ${message.en.charAt(0).toLowerCase()}${message.en.slice(1)} Taking this ${word.en} out also puts ${joinList(named.map((x) => x.en), "and")} right.`,
        ),
      },
    ];
  }
  const told: Finding = {
    ...first,
    cell: a1(position.row, position.col),
    row: position.row,
    col: position.col,
    severity: "error",
    area: label,
    message: localized(
      `${message.vi} Bỏ ${word.vi.toLowerCase()} này thì ${joinList(named.map((x) => x.vi), "và")} cũng khớp.`,
      `${message.en} Taking this ${word.en} out also puts ${joinList(named.map((x) => x.en), "and")} right.`,
    ),
  };
  return [...findings.filter((f) => !gone.has(f)), told];
}

/** The leaf labelled at `labelRow`/`labelCol` is another row of the hidden row's name under the same parent. */
function isShownCopy(context: RuleContext, hidden: number, labelRow: number, labelCol: number): boolean {
  const { areas } = context.table;
  const other = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === labelRow && a.labelCol === labelCol);
  return other >= 0 && other !== hidden && areas[other].label === areas[hidden].label && areas[other].parent === areas[hidden].parent;
}
