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

/** By index in the table's areas, the plan area (as the plan writes it) a mistyped name probably is, with its district where it is a commune. */
export interface MistypedName {
  readonly planArea: string;
  readonly district: string | null;
}

export function mistypedNamesOf(context: RuleContext): ReadonlyMap<number, MistypedName> {
  const out = new Map<number, MistypedName>();
  for (const [index, area] of mistypedAreaGuesses(context)) {
    out.set(index, area.commune !== undefined ? { planArea: area.commune, district: area.district } : { planArea: area.district, district: null });
  }
  return out;
}

/** The confidence's reason for each such name: what the reading took it for, and why. */
export function mistypedNameReasons(table: AllocationTable, names: ReadonlyMap<number, MistypedName>): { vi: string; en: string }[] {
  const rows = table.orientation === "areas-as-rows";
  return [...names].map(([index, { planArea, district }]) => {
    const area = table.areas[index];
    const at = rows ? `dòng ${area.index + 1}` : `cột ${columnLetters(area.index)}`;
    const atEn = rows ? `row ${area.index + 1}` : `column ${columnLetters(area.index)}`;
    const of = district === null ? "" : ` (${district})`;
    return {
      vi: `Địa bàn "${area.label}" ở ${at} không có trong danh sách địa bàn của kế hoạch; allocheck đọc là "${planArea}"${of} vì tên gần giống và kế hoạch không có ${rows ? "dòng" : "cột"} nào khác cho địa bàn đó — hãy kiểm tra tên này.`,
      en: `"${area.label}" in ${atEn} is not in the plan's list of areas; allocheck reads it as "${planArea}"${of}, as the names are alike and the plan's area has no other ${rows ? "row" : "column"} — check this name.`,
    };
  });
}
