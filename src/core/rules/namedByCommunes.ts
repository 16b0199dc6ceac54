/** Districts the sheet names otherwise than the plan's list, told by the communes under them. */
import type { Plan } from "../model/plan";
import type { AllocationTable } from "../model/table";
import { areaKey, wordKey } from "../text/fold";
import { isCommuneTier } from "./levelShare";
import { namesFundingSource } from "../layout/sourceColumns";
import { isBareSubtotalWord, namedAfterSubtotalWord, subtotalLabel } from "../layout/areaTree";

/** `Cộng huyện`, `Tổng số huyện …`, `Toàn huyện …`: a subtotal's label, naming no district of its own. */
function subtotalWords(label: string): boolean {
  const key = wordKey(label);
  return isBareSubtotalWord(key) || subtotalLabel(key) !== null || namedAfterSubtotalWord(key) !== null || key.startsWith("toan ");
}

/**
 * Groups whose name the plan's list lacks (a misspelt district, `Quoc Ooai`)
 * over communes the plan lists under one district that no other group of the
 * sheet names: read as that district, which the reading says. A fund's
 * heading over them (`Vốn sự nghiệp`, `Nguồn vốn đầu tư`) names no district.
 */
export function districtsNamedByCommunes(table: AllocationTable, plan: Plan): { area: number; planDistrict: string }[] {
  if (plan.areas.length === 0) return [];
  const districtOf = new Map<string, string>();
  const named = new Set<string>();
  for (const area of plan.areas) {
    named.add(areaKey(area.district));
    if (area.commune === undefined) continue;
    named.add(areaKey(area.commune));
    districtOf.set(areaKey(area.commune), area.district);
  }
  if (districtOf.size === 0) return [];
  const groups = new Set<string>();
  for (const area of table.areas) if (area.kind === "group" || area.kind === "heading") groups.add(area.key);
  const out: { area: number; planDistrict: string }[] = [];
  for (let index = 0; index < table.areas.length; index++) {
    const area = table.areas[index];
    if ((area.kind !== "group" && area.kind !== "heading") || named.has(area.key) || area.children.length === 0 || subtotalWords(area.label) || isCommuneTier(area.label) || namesFundingSource(area.label)) continue;
    let district: string | undefined;
    for (const child of area.children) {
      const of = districtOf.get(table.areas[child].key);
      if (of === undefined || (district !== undefined && of !== district)) {
        district = undefined;
        break;
      }
      district = of;
    }
    if (district !== undefined && !groups.has(areaKey(district))) out.push({ area: index, planDistrict: district });
  }
  return out;
}
