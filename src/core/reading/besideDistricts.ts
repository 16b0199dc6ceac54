/**
 * A bare row the arithmetic alone set beside the districts (CONTRACT §2:
 * without the plan's area list, where the evidence conflicts, the reading
 * under which the typed subtotals add up wins) while the sheet's layout
 * points under a district: it follows that district's communes, a blank line
 * closes it before the next district, and nothing of its own (no STT, no
 * prefix) makes it a district. Read as the sheet's figures add up — a
 * district's typed subtotal without it — but read the other way it is that
 * district's last commune and the subtotal is short of it: the reading is
 * not sure, and says so (a reason in the reading's confidence), the findings
 * left as the arithmetic gives them.
 */
import { columnLetters } from "../model/address";
import { cellValue, type CellValue } from "../model/workbook";
import type { AllocationTable } from "../model/table";
import type { RuleContext } from "../rules/context";
import { isOwnShare } from "../text/ownShare";

/** By index in the table's areas: the area read beside the districts, and the district whose communes it follows. */
export interface BesideDistrict {
  readonly area: number;
  readonly district: number;
}

export function besideDistrictsOf(context: RuleContext): readonly BesideDistrict[] {
  const { table, sheet } = context;
  if (context.plan.areas.length > 0) return [];
  const { areas } = table;
  // Only a leaf the arithmetic set under the grand total can be one: most tables have none, and need no more than this look.
  if (!areas.some((area) => isArithmeticUnderRoot(areas, area))) return [];
  const rows = table.orientation === "areas-as-rows";
  const blank = (value: CellValue) => value === null || (typeof value === "string" && value.trim() === "");
  const at = (index: number, across: number) => (rows ? cellValue(sheet, index, across) : cellValue(sheet, across, index));
  // A sheet line blank in the label and every line's cell.
  const across = [...new Set([areas[0]?.[rows ? "labelCol" : "labelRow"] ?? 0, ...table.lines.map((l) => l.index)])];
  const blankLine = (index: number) => across.every((a) => blank(at(index, a)));
  const bySheet = sheetOrder(areas);
  const out: BesideDistrict[] = [];
  for (let k = 1; k + 1 < bySheet.length; k++) {
    const area = areas[bySheet[k]];
    const total = area.parent;
    if (total === null || !isArithmeticUnderRoot(areas, area)) continue;
    if (isOwnShare(area.label)) continue;
    // Right after a commune of a district under the same total, with no line between.
    const before = areas[bySheet[k - 1]];
    const district = before.parent;
    if (before.kind !== "leaf" || district === null || areas[district].kind !== "group" || areas[district].parent !== total || before.index + 1 !== area.index) continue;
    // A blank line closing it, then the next district.
    const after = areas[bySheet[k + 1]];
    if (after.kind !== "group" || after.parent !== total || after.index <= area.index + 1) continue;
    let closed = true;
    for (let index = area.index + 1; index < after.index && closed; index++) closed = blankLine(index);
    if (!closed || !holdsFigures(context, bySheet[k])) continue;
    out.push({ area: bySheet[k], district });
  }
  return out;
}

/** A leaf the arithmetic alone placed, right under the grand total (a root `total`). */
function isArithmeticUnderRoot(areas: AllocationTable["areas"], area: AllocationTable["areas"][number]): boolean {
  const total = area.parent;
  return area.kind === "leaf" && area.evidence === "arithmetic" && total !== null && areas[total].kind === "total" && areas[total].parent === null;
}

/** The areas' indexes in sheet order (by `index`, ties kept in the table's order): the table's own order when it is already so. */
function sheetOrder(areas: AllocationTable["areas"]): number[] {
  const order = areas.map((_, i) => i);
  for (let i = 1; i < areas.length; i++) if (areas[i].index < areas[i - 1].index) return order.sort((a, b) => areas[a].index - areas[b].index);
  return order;
}

/** Whether the area holds a figure other than zero on some line. */
function holdsFigures(context: RuleContext, area: number): boolean {
  for (let line = 0; line < context.lineCount; line++) if (context.base[area * context.lineCount + line] !== 0) return true;
  return false;
}

/** The reading's reasons, one per area read beside the districts. */
export function besideDistrictReasons(table: AllocationTable, beside: readonly BesideDistrict[]): { vi: string; en: string }[] {
  const rows = table.orientation === "areas-as-rows";
  const at = (index: number) => (rows ? String(index + 1) : columnLetters(index));
  const [line, lineEn] = rows ? ["Dòng", "Row"] : ["Cột", "Column"];
  return beside.map(({ area, district }) => {
    const { label, index } = table.areas[area];
    const group = table.areas[district];
    const groupAt = at(group.index);
    const total = table.areas[table.areas[area].parent as number].label;
    return {
      vi: `${line} ${at(index)} "${label}" nằm ngay sau các xã của ${group.label}, trước ${rows ? "dòng" : "cột"} trống khép lại huyện, và không có STT hay tiền tố của huyện: allocheck đọc là địa bàn ngang hàng các huyện (thuộc "${total}") vì các số gõ tay cộng lại như thế, nhưng nếu đó là xã cuối của ${group.label} thì số cộng của huyện (${rows ? "dòng" : "cột"} ${groupAt}) thiếu số của xã này — hãy kiểm tra, hoặc chỉnh lại cách đọc.`,
      en: `${lineEn} ${at(index)} "${label}" follows the communes of ${group.label}, before the blank ${rows ? "row" : "column"} closing the district, with no STT or district prefix of its own: allocheck read it as an area beside the districts (under "${total}") because the typed figures add up that way, but if it is the last commune of ${group.label}, the district's subtotal (${rows ? "row" : "column"} ${groupAt}) leaves it out — check it, or correct the reading.`,
    };
  });
}
