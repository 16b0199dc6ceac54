/**
 * A plan line whose cells disagree about what it means: refused at its cells,
 * never read one way in silence.
 */
import { parseUnit } from "../text/units";
import type { InputError } from "../model/errors";
import { cellRef, planError } from "./planErrors";

/** Where a unit was written: its text and its cell. */
export interface WrittenUnit {
  readonly text: string;
  readonly cell: string;
}

/**
 * `Kế hoạch (tỷ đồng)` over a line whose unit cell says `triệu đồng`: two
 * money scales for one target. Null when they agree (or are not both money).
 */
export function moneyUnitsDisagree(sheet: string, header: WrittenUnit, own: WrittenUnit): InputError | null {
  const a = parseUnit(header.text);
  const b = parseUnit(own.text);
  if (a.kind !== "money" || b.kind !== "money" || a.scale === b.scale) return null;
  return planError(
    "bad-plan",
    `${cellRef(sheet, own.cell)}: đơn vị "${own.text}" khác đơn vị "${header.text}" ở tiêu đề ${header.cell}; không rõ số kế hoạch tính theo đơn vị nào. Hãy sửa cho thống nhất.`,
    `${cellRef(sheet, own.cell)}: unit "${own.text}" differs from "${header.text}" in header ${header.cell}; which unit the target is in is unclear. Make them agree.`,
  );
}

/**
 * `| Tổ truyền thông | tổ | (blank) | 1 tổ/xã |`: a per-area quota and no
 * target. The plan does not say the target is the quota times the areas, so
 * it is not guessed: the user types it.
 */
export function quotaWithoutTarget(sheet: string, quotaCell: string, quotaText: string, targetCell: string): InputError {
  return planError(
    "bad-plan",
    `${cellRef(sheet, quotaCell)}: có định mức "${quotaText}" nhưng ô kế hoạch ${targetCell} để trống. Hãy nhập số kế hoạch (tổng) vào ${targetCell}.`,
    `${cellRef(sheet, quotaCell)}: quota "${quotaText}" but the target cell ${targetCell} is blank. Type the line's (total) target in ${targetCell}.`,
  );
}
