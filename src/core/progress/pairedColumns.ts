/**
 * A period (or the plan's target, or `Lũy kế`) written as two sub-columns,
 * one of what was done or counted and one of money: `Năm 2023` over
 * `Thực hiện` | `Giải ngân`, or over `Số lượng` | `Kinh phí`. The pair is
 * one period (one target, one running total): money lines take the money
 * column, the others the done one (and a money line the done one where its
 * money cell is blank).
 */
import type { Finding } from "../model/finding";
import type { LineEntry } from "../model/table";
import { localized } from "../model/text";
import { cellValue, type SheetData } from "../model/workbook";
import { cellText } from "../layout/grid";
import { makeFinding } from "../rules/finding";
import { wordKey } from "../text/fold";

/** `Giải ngân`, `Đã giải ngân`, `GN`, `Vốn giải ngân`, `Kinh phí`, `KP`, `Số tiền`: the money sub-column. */
const DISBURSED_LABEL = /(?:^| )(?:(?:so |von |kinh phi )?(?:da )?giai ngan|gn|disbursed|kinh phi(?: thuc hien)?|kp|so tien|thanh tien|von)$/;
/** `Thực hiện`, `Kết quả`, `TH`, `KQ`, `Khối lượng thực hiện`, `Số lượng`, `SL`, `Khối lượng`: the done sub-column. */
const DONE_LABEL = /(?:^| )(?:(?:khoi luong )?(?:da )?thuc hien|ket qua(?: thuc hien)?|th|kq|achieved|results?|so luong|sl|khoi luong)$/;

/** The money words that also open a plain period header (`Năm 2023 Kinh phí` is a pair's column; `Kinh phí` alone is not). */
const MONEY_ONLY = /^(?:kinh phi|kp|so tien|thanh tien|von)$/;

/** `Số lượng`, `SL`, `Khối lượng`, `Kinh phí`, `KP`, `Số tiền`, `Vốn`: a sub-column's whole header under a period of a quantity | money pair. */
const PAIR_WORDS = /^(?:so luong|sl|khoi luong|kinh phi|kp|so tien|thanh tien|von)$/;

/** Whether a header (as a word key) names one side of a quantity | money pair, under a period. */
export function isPairWord(key: string): boolean {
  return PAIR_WORDS.test(key);
}

export interface PairableColumn {
  readonly col: number;
  readonly role: string;
  readonly header: string;
  readonly period?: { readonly id: string };
  readonly pair?: ColumnPair;
}

export interface ColumnPair {
  readonly role: "done" | "disbursed";
  readonly partner: number;
}

/** The roles whose two sub-columns may pair: a period's figure, the plan's target, the running total. */
const PAIRED_ROLES = new Set(["period", "plan", "cumulative"]);

function groupKey(column: PairableColumn): string | null {
  if (!PAIRED_ROLES.has(column.role)) return null;
  if (column.role === "period") return column.period === undefined ? null : `period|${column.period.id}`;
  return column.role;
}

/** Marks the pairs among `columns` (in place). */
export function pairColumns<C extends PairableColumn>(columns: C[]): void {
  const groups = new Map<string, number[]>();
  columns.forEach((column, i) => {
    const key = groupKey(column);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const indexes of groups.values()) {
    if (indexes.length !== 2) continue;
    // The column's own words end its header (`Năm 2023 Giải ngân`).
    const keys = indexes.map((i) => wordKey(columns[i].header));
    if (keys.some((key) => MONEY_ONLY.test(key))) continue;
    const disbursed = keys.findIndex((key) => DISBURSED_LABEL.test(key));
    const done = keys.findIndex((key) => DONE_LABEL.test(key));
    if (disbursed < 0 || done < 0 || disbursed === done) continue;
    const [d, t] = [indexes[disbursed], indexes[done]];
    columns[d] = { ...columns[d], pair: { role: "disbursed", partner: columns[t].col } };
    columns[t] = { ...columns[t], pair: { role: "done", partner: columns[d].col } };
  }
}

/** Whether a line takes its figure from this column of a pair: money lines the money one (the done one where that is blank), the others the done one. */
export function takesPairColumn(sheet: SheetData, line: LineEntry, pair: ColumnPair, money: boolean): boolean {
  if (pair.role === "disbursed") return money;
  if (!money) return true;
  const partner = cellValue(sheet, line.index, pair.partner);
  return partner === null || cellText(partner) === "";
}

/**
 * Money on the row of a line that is no money line (`Tổ truyền thông |
 * Số lượng 5 | Kinh phí 60`, or its `Giải ngân`): not the line's figure, not
 * counted, and said once per row (at the first such cell) rather than dropped
 * silently. (A money line's `Thực hiện` beside its `Giải ngân` is its own
 * figure of work done; it goes unsaid.)
 */
export function unreadPairFigures(sheet: SheetData, lines: readonly LineEntry[], columns: readonly PairableColumn[], isMoney: (line: LineEntry) => boolean): Finding[] {
  const paired = columns.filter((column) => column.pair !== undefined);
  if (paired.length === 0) return [];
  const findings: Finding[] = [];
  for (const line of lines) {
    if (isMoney(line)) continue;
    const unread = paired.find((column) => {
      const value = cellValue(sheet, line.index, column.col);
      return value !== null && cellText(value) !== "" && !takesPairColumn(sheet, line, column.pair!, false);
    });
    if (unread === undefined) continue;
    findings.push(
      makeFinding({
        rule: "unmapped",
        severity: "info",
        sheet: sheet.name,
        at: { row: line.index, col: unread.col },
        message: localized(
          `Dòng "${line.header}" có cả số kinh phí (từ ô này); dòng khớp một chỉ tiêu không phải kinh phí nên các số kinh phí đó không được tính vào tiến độ.`,
          `The line "${line.header}" also gives money (from this cell); it matches a plan line that is not money, so those figures are not counted in the progress.`,
        ),
      }),
    );
  }
  return findings;
}
