/**
 * Targets the plan gives per area (`01 tổ/xã` in the target cell): the whole
 * is the per-area figure times the areas it is for — the plan's communes (or
 * districts) when it lists them, else the allocation table's leaf areas
 * (groups), read from the sheet it is checked against.
 */
import type { Plan, PlanArea, PlanLine } from "../model/plan";
import type { AllocationTable } from "../model/table";
import { areaKey } from "../text/fold";
import type { LocalizedText } from "../model/text";
import { cellRef } from "./planErrors";
import type { PerAreaUnit } from "./planValues";
import { wholeWhereAreasCount } from "./wholeByAreaCount";
import { scaledYears } from "./perAreaYears";

type AreaCounts = Readonly<Record<"commune" | "district", number>>;

/** The plan's communes and districts, counted. */
export function planAreaCounts(areas: readonly PlanArea[]): AreaCounts {
  const districts = new Set(areas.map((area) => areaKey(area.district)));
  return { commune: areas.filter((area) => area.commune !== undefined && area.commune.trim() !== "").length, district: districts.size };
}

/** The table's leaf areas, and its groups (its leaves when it has none). */
function tableAreaCounts(table: AllocationTable): AreaCounts {
  const leaves = table.areas.filter((area) => area.kind === "leaf").length;
  const groups = table.areas.filter((area) => area.kind === "group").length;
  return { commune: leaves, district: groups > 0 ? groups : leaves };
}

/** A line read as its whole whose per-area reading, set aside, is not sized yet (`headerPerArea.ts`). */
function unsizedAside(line: PlanLine): boolean {
  return line.perAreaSetAside !== undefined && line.perAreaSetAside.target === 0 && line.perAreaSetAside.quota > 0;
}

function sized(lines: readonly PlanLine[], counts: AreaCounts): PlanLine[] {
  return lines.map((line) => {
    const aside = line.perAreaSetAside;
    if (aside !== undefined && unsizedAside(line)) {
      const count = counts[aside.perArea];
      return count > 0 ? { ...line, perAreaSetAside: { ...aside, target: Number((aside.quota * count).toPrecision(15)) } } : line;
    }
    if (line.perArea === undefined || line.quota === undefined) return line;
    const count = counts[line.perArea];
    return count > 0 ? { ...line, target: Number((line.quota * count).toPrecision(15)), ...scaledYears(line, count) } : line;
  });
}

/** Per-area lines sized by the plan's own list of areas; left at 0 when it lists none of their kind. */
export function sizeByPlanAreas(lines: readonly PlanLine[], areas: readonly PlanArea[]): PlanLine[] {
  return sized(lines, planAreaCounts(areas));
}

/** Per-area lines the plan's list could not size, sized by the table checked; the plan as it is when there are none. */
export function sizeByTable(plan: Plan, table: AllocationTable): Plan {
  const own = planAreaCounts(plan.areas);
  if (!plan.lines.some((line) => (line.perArea !== undefined && own[line.perArea] === 0) || (unsizedAside(line) && own[line.perAreaSetAside!.perArea] === 0))) return plan;
  const counts = tableAreaCounts(table);
  const byTable = { commune: own.commune > 0 ? 0 : counts.commune, district: own.district > 0 ? 0 : counts.district };
  // `tổ/xã` beside as many as the table's communes: the whole, one each (plan/wholeByAreaCount.ts).
  return wholeWhereAreasCount({ ...plan, lines: sized(plan.lines, byTable) }, { ...byTable, from: "table" });
}

/**
 * A line whose unit cell says per area (`tổ/xã`) had its target read as the
 * figure for each area: said, with the cells, since a whole typed under such a
 * unit would be read too large.
 */
export function perAreaUnitDoubt(sheet: string, target: string, unitCell: string, written: string, read: PerAreaUnit): LocalizedText {
  return perAreaUnitDoubtAt(cellRef(sheet, target), { vi: `ô ${unitCell}`, en: `cell ${unitCell}` }, written, read);
}

/** The same said of a target at `where` (a sheet's cell, or a plan file's `indicators[2].target`), its unit written at `unitAt`. */
export function perAreaUnitDoubtAt(where: string, unitAt: LocalizedText, written: string, read: PerAreaUnit): LocalizedText {
  const [vi, en] = read.perArea === "district" ? ["mỗi huyện", "each district"] : ["mỗi xã", "each commune"];
  // `triệu đồng/xã`: the money for each area, in that unit.
  const [whatVi, whatEn] = read.kind === "money" ? [`số tiền (${read.unit})`, `money (${read.unit})`] : [`số ${read.unit}`, read.unit];
  return {
    vi: `${where}: đơn vị "${written}" (${unitAt.vi}) nên số kế hoạch được hiểu là ${whatVi} cho ${vi}; tổng bằng số đó nhân số địa bàn. Nếu đó là tổng, hãy ghi đơn vị "${read.unit}".`,
    en: `${where}: the unit "${written}" (${unitAt.en}) makes the target the ${whatEn} for ${en}; the whole is it times the areas. If it is the whole, write the unit "${read.unit}".`,
  };
}
