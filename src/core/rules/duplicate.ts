/**
 * `duplicate`: the same area (by its folded key: `Xã Ba Trại`, `ba trai`,
 * NFC or NFD) twice under the same parent. Reported at the second label.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import type { AreaEntry } from "../model/table";
import { cellValue, isCellError } from "../model/workbook";
import { areaLabelFinding } from "./finding";
import type { Rule } from "./types";

/**
 * Each repeated area with the first area of its key under the same parent,
 * in sheet order; kept per list of areas, which a results sheet laid out
 * like the allocation sheet shares with it (read once, not once per sheet).
 */
const REPEATS = new WeakMap<readonly AreaEntry[], readonly (readonly [index: number, first: number])[]>();

function repeatsOf(areas: readonly AreaEntry[]): readonly (readonly [index: number, first: number])[] {
  const known = REPEATS.get(areas);
  if (known !== undefined) return known;
  const repeats: [index: number, first: number][] = [];
  // The first area of each key under each parent (-1 for the top level): one small map per parent, the
  // parent's own looked up once per run of its children (a sheet lists them together), not once per area.
  const underParents = new Map<number, Map<string, number>>();
  let parentKey = Number.NaN;
  let firsts: Map<string, number> | undefined;
  for (let index = 0; index < areas.length; index++) {
    const area = areas[index];
    // A commune heading its villages is an area of its own as well.
    const villageHead = area.kind === "heading" && area.children.length > 0 && areas[area.children[0]].village === true;
    if ((area.kind !== "leaf" && area.kind !== "group" && !villageHead) || area.key === "") continue;
    // A group known only by its unnamed `Cộng huyện` row has no area name to repeat.
    if (area.subtotalLabel !== undefined && area.headIndex === undefined && area.label === area.subtotalLabel && area.key !== "" && /^(cong|tong)\b/.test(area.key)) continue;
    const parent = area.parent ?? -1;
    if (parent !== parentKey || firsts === undefined) {
      parentKey = parent;
      firsts = underParents.get(parent);
      if (firsts === undefined) {
        firsts = new Map();
        underParents.set(parent, firsts);
      }
    }
    const first = firsts.get(area.key);
    if (first === undefined) firsts.set(area.key, index);
    else repeats.push([index, first]);
  }
  REPEATS.set(areas, repeats);
  return repeats;
}

export const duplicateRule: Rule = {
  id: "duplicate",
  description: localized(
    "Mỗi địa bàn chỉ được xuất hiện một lần trong cùng một nhóm.",
    "Each area may appear only once under the same parent.",
  ),
  instruction: localized(
    "Xóa dòng/cột trùng hoặc gộp số liệu vào một dòng/cột, rồi kiểm tra lại tổng.",
    "Delete the duplicate row/column or merge its figures into one, then check the totals again.",
  ),
  severity: "error",
  check: {
    left: localized("số lần địa bàn xuất hiện trong nhóm", "times the area appears under its parent"),
    operator: localized("=", "="),
    right: localized("1", "1"),
  },
  evaluate(context) {
    const findings: Finding[] = [];
    for (const [index, first] of repeatsOf(context.table.areas)) {
      const area = context.table.areas[index];
      // A name cell holding an error value (`#REF!` twice) names no area: told as such (`invalid-value`), not as a repeat.
      if (isCellError(cellValue(context.sheet, area.labelRow, area.labelCol))) continue;
      const firstArea = context.table.areas[first];
      const firstCell = a1(firstArea.labelRow, firstArea.labelCol);
      // Under the grand total itself (no district rows): the table, not its `Tổng cộng`, is where it repeats.
      const parentLabel = area.parent !== null && context.table.areas[area.parent].kind !== "total" ? context.table.areas[area.parent].label : null;
      const under = { vi: parentLabel ? ` trong ${parentLabel}` : "", en: parentLabel ? ` under ${parentLabel}` : "" };
      findings.push(
        areaLabelFinding(
          "duplicate",
          "error",
          context.table.sheet,
          area,
          localized(
            `Địa bàn "${area.label}" xuất hiện lần thứ hai${under.vi} (lần đầu ở ô ${firstCell}).`,
            `Area "${area.label}" appears a second time${under.en} (first at ${firstCell}).`,
          ),
        ),
      );
    }
    return findings;
  },
};
