/**
 * Areas whose name the plan's list lacks and that are probably one of its
 * areas with the name mistyped (`Xã Tân Lnh` for the plan's `Tản Lĩnh`):
 * the `coverage` finding at the name names that plan area, and the reading
 * takes the same one as the area's `planArea` — one decision, shared — with
 * a reason in the reading's confidence, as for a misspelt district read by
 * its communes.
 */
import { columnLetters } from "../model/address";
import type { AllocationTable } from "../model/table";
import type { RuleContext } from "../rules/context";
import { mistypedAreaGuesses } from "../rules/coverage";
import { areaKey } from "../text/fold";

/** By index in the table's areas, the plan area (as the plan writes it) a mistyped name probably is, with its district where it is a commune. */
export interface MistypedName {
  readonly planArea: string;
  readonly district: string | null;
  /** Where the name as written is a commune the plan lists under other districts: those districts (as the plan writes them). */
  readonly writtenUnder?: readonly string[];
}

export function mistypedNamesOf(context: RuleContext): ReadonlyMap<number, MistypedName> {
  const out = new Map<number, MistypedName>();
  for (const [index, area] of mistypedAreaGuesses(context)) {
    if (area.commune === undefined) {
      out.set(index, { planArea: area.district, district: null });
      continue;
    }
    const key = context.table.areas[index].key;
    const under = [...new Set(context.plan.areas.filter((other) => other.commune !== undefined && areaKey(other.commune) === key).map((other) => other.district))];
    out.set(index, { planArea: area.commune, district: area.district, ...(under.length > 0 ? { writtenUnder: under } : {}) });
  }
  return out;
}

/** The confidence's reason for each such name: what the reading took it for, and why. */
export function mistypedNameReasons(table: AllocationTable, names: ReadonlyMap<number, MistypedName>): { vi: string; en: string }[] {
  const rows = table.orientation === "areas-as-rows";
  return [...names].map(([index, { planArea, district, writtenUnder }]) => {
    const area = table.areas[index];
    const at = rows ? `dòng ${area.index + 1}` : `cột ${columnLetters(area.index)}`;
    const atEn = rows ? `row ${area.index + 1}` : `column ${columnLetters(area.index)}`;
    const of = district === null ? "" : ` (${district})`;
    if (writtenUnder !== undefined && district !== null) {
      // Written as another district's commune, under a district whose own commune of a like name has no row.
      const others = writtenUnder.join(", ");
      return {
        vi: `Địa bàn "${area.label}" ở ${at} nằm dưới ${district} nhưng mang tên một xã kế hoạch xếp vào ${others}; allocheck đọc là "${planArea}" (${district}) vì tên gần giống và xã này của ${district} không có ${rows ? "dòng" : "cột"} nào khác — hãy kiểm tra tên này.`,
        en: `"${area.label}" in ${atEn} sits under ${district} but bears the name of a commune the plan lists under ${others}; allocheck reads it as "${planArea}" (${district}), as the names are alike and that commune of ${district} has no other ${rows ? "row" : "column"} — check this name.`,
      };
    }
    return {
      vi: `Địa bàn "${area.label}" ở ${at} không có trong danh sách địa bàn của kế hoạch; allocheck đọc là "${planArea}"${of} vì tên gần giống và kế hoạch không có ${rows ? "dòng" : "cột"} nào khác cho địa bàn đó — hãy kiểm tra tên này.`,
      en: `"${area.label}" in ${atEn} is not in the plan's list of areas; allocheck reads it as "${planArea}"${of}, as the names are alike and the plan's area has no other ${rows ? "row" : "column"} — check this name.`,
    };
  });
}
