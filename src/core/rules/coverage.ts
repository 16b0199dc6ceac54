/**
 * `coverage` (only when the plan lists its areas): a plan area with no row
 * or column in the table, and a leaf area of the table that the plan does
 * not list. Names match by folded key (prefix, case, diacritics, NFC/NFD
 * blind). A plan that lists districts only covers every commune under them;
 * a table that allocates to a district as a leaf covers the plan's communes
 * of that district; villages listed under a commune of the plan are parts of
 * it, not areas of their own. A plan commune copied under another district
 * of the plan, which does not list it there, while the table has it under
 * its own district too, is told at the copy (not among the plan's areas),
 * as is one left outside every district (a row under the grand total) while
 * the table has it under its own; one under another district of the plan
 * and nowhere under its own is told at its row as misplaced. A commune name
 * the plan lists in two districts or more needs a row under each.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import type { PlanArea } from "../model/plan";
import { localized, type LocalizedText } from "../model/text";
import { areaKey, areaPrefix, COMMUNE_PREFIXES, DISTRICT_PREFIXES } from "../text/fold";
import { areaLabelFinding, makeFinding } from "./finding";
import { districtsNamedByCommunes } from "./namedByCommunes";
import { isDistrictShare, planListsCommunes } from "./levelShare";
import { isProvinceShare, isReserveLabel } from "../text/ownShare";
import type { RuleContext } from "./context";
import type { Rule } from "./types";
import { errorNamedAreas, errorNameStandIns } from "./errorLabels";
import { districtKeyOf, mistypedDistricts, mistypedPairs, pairMistypedAreas, type ExtraArea, type MissingArea } from "./mistypedArea";

export const coverageRule: Rule = {
  id: "coverage",
  description: localized(
    "Biểu phân bổ phải có đúng các địa bàn của kế hoạch.",
    "The allocation table must cover exactly the plan's areas.",
  ),
  instruction: localized(
    "Thêm dòng/cột cho địa bàn còn thiếu, hoặc kiểm tra tên địa bàn không có trong kế hoạch.",
    "Add a row/column for the missing area, or check the name of the area the plan does not list.",
  ),
  severity: "warning",
  check: {
    left: localized("danh sách địa bàn của biểu", "the table's areas"),
    operator: localized("=", "="),
    right: localized("danh sách địa bàn của kế hoạch", "the plan's areas"),
  },
  evaluate(context) {
    if (context.plan.areas.length === 0) return [];
    const errorNamed = errorNamedAreas(context);
    const namedByCommunes = districtsNamedByCommunes(context.table, context.plan);
    const { missing, extra, pairs } = coverageParts(context);
    return [
      ...pairMistypedAreas(context, missing, extra, pairs),
      // A district's name cell holding an error value is told at that cell (`invalid-value`), with the district its communes name.
      ...namedByCommunesFindings(context, namedByCommunes.filter((named) => !errorNamed.includes(named.area))),
      // A group read as the district its communes name is told once, above.
      ...mistypedDistricts(context, new Set(namedByCommunes.map((named) => named.area))),
    ];
  },
};

interface CoverageParts {
  readonly missing: readonly MissingArea[];
  readonly extra: readonly ExtraArea[];
  readonly pairs: ReadonlyMap<ExtraArea, MissingArea & { readonly planArea: PlanArea }>;
}

const partsOf = new WeakMap<RuleContext, CoverageParts>();

/** The plan's areas the table lacks, the table's areas the plan lacks, and the rows among them that are one of those mistyped — once per context. */
function coverageParts(context: RuleContext): CoverageParts {
  const known = partsOf.get(context);
  if (known !== undefined) return known;
  let missing = missingAreas(context);
  let extra = extraAreas(context);
  const errorNamed = errorNamedAreas(context);
  if (errorNamed.length > 0) {
    // A name cell holding an error value is told at that cell (`invalid-value`), with the plan's areas it stands for.
    const standIns = new Set([...errorNameStandIns(context, errorNamed, missingPlanAreas(context, missing)).values()].flat());
    const named = new Set(errorNamed);
    missing = missing.filter((m) => m.planArea === null || !standIns.has(m.planArea));
    extra = extra.filter((e) => !named.has(e.index));
  }
  const parts = { missing, extra, pairs: mistypedPairs(context, missing, extra) };
  partsOf.set(context, parts);
  return parts;
}

/**
 * The table's areas the plan's list lacks that are probably a plan area with
 * the name mistyped (`Xã Tân Lnh` for `Tản Lĩnh`), by index in the table's
 * areas: the plan area the `coverage` finding names — the reading takes the
 * same one. So is a name typed as another district's commune (`Xã Vân Hòa`
 * under Quốc Oai, for its `Tân Hòa`) where the finding names the district's
 * own commune.
 */
export function mistypedAreaGuesses(context: RuleContext): ReadonlyMap<number, PlanArea> {
  const out = new Map<number, PlanArea>();
  if (context.plan.areas.length === 0) return out;
  for (const [extra, missing] of coverageParts(context).pairs) out.set(extra.index, missing.planArea);
  return out;
}

/** The plan's areas (communes, or districts listed alone) with no row or column in the table, for the rules that explain them. */
export function missingPlanAreas(context: RuleContext, missing: readonly MissingArea[] = missingAreas(context)): PlanArea[] {
  return missing.flatMap((m) => (m.planArea === null ? [] : [m.planArea]));
}

/** The key a name matches by (`areaKey`: prefix and diacritics folded away). */
function keysOf(name: string): string[] {
  return [areaKey(name)];
}

/**
 * True when a table leaf stands for a whole district: named as one
 * (`Huyện …`, `Thị xã …`), or unprefixed and not a commune of the plan.
 * `Xã Ba Vì` in `Huyện Ba Vì` is a commune, not its district.
 */
function isDistrictLike(label: string, key: string, planCommunes: ReadonlySet<string>): boolean {
  const prefix = areaPrefix(label);
  if (prefix !== null && DISTRICT_PREFIXES.has(prefix)) return true;
  if (prefix !== null && COMMUNE_PREFIXES.has(prefix)) return false;
  return !planCommunes.has(key);
}

function planCommuneKeys(context: RuleContext): Set<string> {
  const keys = new Set<string>();
  for (const planArea of context.plan.areas) if (planArea.commune !== undefined) for (const key of keysOf(planArea.commune)) keys.add(key);
  return keys;
}

function axis(context: RuleContext) {
  return context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
}

/** Per plan district (as the plan writes it) whose communes are all missing and that has no row of its own: its communes. */
function wholeDistrictsMissing(context: RuleContext, missing: readonly PlanArea[], present: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const planArea of missing) {
    if (planArea.commune === undefined) continue;
    const list = out.get(planArea.district) ?? [];
    list.push(planArea.commune);
    out.set(planArea.district, list);
  }
  if (out.size === 0) return out;
  const all = new Map<string, number>();
  for (const a of context.plan.areas) if (a.commune !== undefined) all.set(a.district, (all.get(a.district) ?? 0) + 1);
  for (const [district, communes] of out) {
    if (communes.length < 2 || communes.length !== all.get(district) || keysOf(district).some((key) => present.has(key))) out.delete(district);
  }
  return out;
}

function missingAreas(context: RuleContext): MissingArea[] {
  const present = new Set<string>();
  // Names of rows that can stand for a commune: not a district's row over its communes.
  const presentBelowDistricts = new Set<string>();
  // Districts allocated as leaves (no commune rows under them) cover their communes.
  const leafDistricts = new Set<string>();
  const planCommunes = planCommuneKeys(context);
  const areas = context.table.areas;
  for (const area of areas) {
    // A heading has a row too: a commune whose villages below it hold the figures.
    if (area.kind !== "leaf" && area.kind !== "group" && area.kind !== "heading") continue;
    const districtLeaf = area.kind === "leaf" && isDistrictLike(area.label, area.key, planCommunes);
    const overCommunes = area.kind !== "leaf" && area.children.length > 0 && areas[area.children[0]].village !== true;
    for (const key of [area.key, ...keysOf(area.label)]) {
      present.add(key);
      if (!overCommunes) presentBelowDistricts.add(key);
      if (districtLeaf) leafDistricts.add(key);
    }
  }
  // A commune named after a district of the plan (`Xã Ba Vì` in `Huyện Ba Vì`) has a row only below that district's row.
  const districtKeys = new Set(context.plan.areas.flatMap((planArea) => keysOf(planArea.district)));
  const has = (planArea: PlanArea, key: string) => (planArea.commune !== undefined && districtKeys.has(key) ? presentBelowDistricts : present).has(key);
  const findings: MissingArea[] = [];
  const word = axis(context);
  const shared = sharedCommunes(context);
  const missing = context.plan.areas.filter((planArea) => {
    // A commune name the plan lists in several districts has a row only under its own district's.
    const placed = planArea.commune === undefined ? undefined : shared.get(areaKey(planArea.commune));
    if (placed !== undefined) return !placed.has(areaKey(planArea.district));
    if (keysOf(planArea.commune ?? planArea.district).some((key) => has(planArea, key))) return false;
    return planArea.commune === undefined || !keysOf(planArea.district).some((key) => leafDistricts.has(key));
  });
  // A plan district none of whose communes has a row (nor the district itself): one finding for the district.
  const wholeMissing = wholeDistrictsMissing(context, missing, present);
  const told = new Set<string>();
  for (const planArea of missing) {
    if (planArea.commune !== undefined && wholeMissing.has(planArea.district)) {
      if (told.has(planArea.district)) continue;
      told.add(planArea.district);
      const communes = wholeMissing.get(planArea.district) ?? [];
      findings.push({
        planArea: null,
        finding: missingFinding(
          context,
          planArea.district,
          localized(
            `Địa bàn "${planArea.district}" của kế hoạch (${communes.length} xã: ${communes.join(", ")}) không có ${word.vi} nào trong biểu phân bổ.`,
            `Area "${planArea.district}" of the plan (${communes.length} communes: ${communes.join(", ")}) has no ${word.en} in the allocation table.`,
          ),
        ),
      });
      continue;
    }
    const name = planArea.commune ?? planArea.district;
    const inDistrict = planArea.commune !== undefined ? ` (${planArea.district})` : "";
    findings.push({
      planArea,
      finding: missingFinding(
        context,
        name,
        localized(
          `Địa bàn "${name}"${inDistrict} của kế hoạch không có ${word.vi} nào trong biểu phân bổ.`,
          `Area "${name}"${inDistrict} of the plan has no ${word.en} in the allocation table.`,
        ),
      ),
    });
  }
  return findings;
}

/**
 * Per commune name the plan lists in two districts or more (`Tân Lập` of
 * two districts): the keys of the plan districts it has a row under — each
 * row under the district it sits under, a row under no district standing
 * for one of those the others leave without.
 */
function sharedCommunes(context: RuleContext): Map<string, Set<string>> {
  const homes = new Map<string, Set<string>>();
  for (const planArea of context.plan.areas) {
    if (planArea.commune === undefined) continue;
    const key = areaKey(planArea.commune);
    const districts = homes.get(key) ?? new Set<string>();
    districts.add(areaKey(planArea.district));
    homes.set(key, districts);
  }
  const out = new Map<string, Set<string>>();
  for (const [key, districts] of homes) if (districts.size > 1) out.set(key, new Set());
  if (out.size === 0) return out;
  const unplaced = new Map<string, number>();
  const { areas } = context.table;
  for (let index = 0; index < areas.length; index++) {
    const placed = out.get(areas[index].key);
    if (placed === undefined || (areas[index].kind !== "leaf" && areas[index].kind !== "heading")) continue;
    const district = districtKeyOf(context, index);
    if (district !== null && homes.get(areas[index].key)?.has(district) === true) placed.add(district);
    else unplaced.set(areas[index].key, (unplaced.get(areas[index].key) ?? 0) + 1);
  }
  for (const [key, count] of unplaced) {
    const placed = out.get(key);
    let left = count;
    for (const district of homes.get(key) ?? []) {
      if (left === 0 || placed === undefined) break;
      if (placed.has(district)) continue;
      placed.add(district);
      left--;
    }
  }
  return out;
}

/** A plan area with no row or column in the table: a warning for the sheet, at no cell. */
function missingFinding(context: RuleContext, area: string, message: LocalizedText): Finding {
  return makeFinding({ rule: "coverage", severity: "warning", sheet: context.table.sheet, at: null, indicator: null, area, expected: null, actual: null, message });
}

function extraAreas(context: RuleContext): ExtraArea[] {
  const communes = new Set<string>();
  const districts = new Set<string>();
  const wholeDistricts = new Set<string>();
  for (const planArea of context.plan.areas) {
    for (const key of keysOf(planArea.district)) districts.add(key);
    if (planArea.commune !== undefined) for (const key of keysOf(planArea.commune)) communes.add(key);
    else for (const key of keysOf(planArea.district)) wholeDistricts.add(key);
  }
  const { areas } = context.table;
  const findings: ExtraArea[] = [];
  const { copies, moved } = underOtherDistricts(context);
  const belowDistrict = planListsCommunes(context.plan);
  /** The table's area at `index` told as one the plan does not list. */
  const extra = (index: number, message: LocalizedText, copyOf?: number, districtKey?: string) =>
    findings.push({ index, finding: areaLabelFinding("coverage", "warning", context.table.sheet, areas[index], message), ...(copyOf !== undefined ? { copyOf } : {}), ...(districtKey !== undefined ? { districtKey } : {}) });
  for (const index of context.leaves) {
    const area = areas[index];
    const keys = [area.key, ...keysOf(area.label)];
    const copy = copies.get(index);
    if (copy !== undefined) {
      const first = areas[copy.first];
      const at = a1(first.labelRow, first.labelCol);
      extra(
        index,
        localized(
          `Địa bàn "${area.label}" nằm dưới ${copy.under}, nhưng kế hoạch xếp nó vào ${copy.planDistrict}, nơi biểu đã có nó (ô ${at}): ${axis(context).vi} này không có trong danh sách địa bàn của kế hoạch.`,
          `Area "${area.label}" sits under ${copy.under}, but the plan lists it in ${copy.planDistrict}, where the table already has it (cell ${at}): this ${axis(context).en} is not among the plan's areas.`,
        ),
        copy.first,
        copy.districtKey,
      );
      continue;
    }
    const away = moved.get(index);
    if (away !== undefined) {
      extra(
        index,
        localized(
          `Địa bàn "${area.label}" nằm dưới ${away.under}, nhưng kế hoạch xếp nó vào ${away.planDistrict}: có lẽ ${axis(context).vi} này đặt nhầm chỗ — chuyển nó về ${away.planDistrict} (hoặc kiểm tra tên).`,
          `Area "${area.label}" sits under ${away.under}, but the plan lists it in ${away.planDistrict}: this ${axis(context).en} is probably misplaced — move it to ${away.planDistrict} (or check the name).`,
        ),
      );
      continue;
    }
    // A commune of the plan, or an entry of a one-level list (`Địa bàn`: any level).
    if (keys.some((key) => communes.has(key) || wholeDistricts.has(key))) continue;
    // A district of the plan allocated as a whole.
    if (isDistrictLike(area.label, area.key, communes) && keys.some((key) => districts.has(key))) continue;
    let parent = area.parent;
    let covered = false;
    while (parent !== null && !covered) {
      // Under a district the plan lists whole, or a village under a commune of the plan.
      const above = areas[parent];
      const commune = above.kind !== "total" && !isDistrictLike(above.label, above.key, communes);
      covered = [above.key, ...keysOf(above.label)].some((key) => wholeDistricts.has(key) || (commune && communes.has(key)));
      parent = above.parent;
    }
    // The reserve kept back (`Dự phòng`, `Kinh phí dự phòng`), or the province's own share (`Cấp tỉnh`, `Hội LHPN
    // tỉnh`, `Sở Lao động - Thương binh và Xã hội`): counted in the totals, but no place the plan lists.
    // So is the district's own share beside the communes a plan of communes lists (`Cấp huyện`, `Hội LHPN huyện`).
    if (covered || isReserveLabel(area.label) || isProvinceShare(area.label) || (belowDistrict && isDistrictShare(area.label))) continue;
    extra(index, localized(`Địa bàn "${area.label}" không có trong danh sách địa bàn của kế hoạch.`, `Area "${area.label}" is not among the plan's areas.`));
  }
  return findings;
}

/**
 * A commune of the plan written a second time under another district of the
 * plan, one the plan does not list it in, while the table has it under its
 * own district too (a row copied into the wrong district): by leaf index,
 * the first row and the districts. A commune the plan lists in both
 * districts (two communes of one name) is no copy.
 */
export function underOtherDistricts(context: RuleContext): { copies: Map<number, { first: number; under: string; planDistrict: string; districtKey: string }>; moved: Map<number, { under: string; planDistrict: string }> } {
  const out = new Map<number, { first: number; under: string; planDistrict: string; districtKey: string }>();
  const moved = new Map<number, { under: string; planDistrict: string }>();
  // Per commune key: the keys of the plan's districts that list it, and one of their names.
  const listedIn = new Map<string, Map<string, string>>();
  const planDistricts = new Set<string>();
  for (const planArea of context.plan.areas) {
    planDistricts.add(areaKey(planArea.district));
    if (planArea.commune === undefined) continue;
    const key = areaKey(planArea.commune);
    const districts = listedIn.get(key) ?? new Map<string, string>();
    districts.set(areaKey(planArea.district), planArea.district);
    listedIn.set(key, districts);
  }
  const { areas } = context.table;
  const readAs = byCommunes(context, listedIn, planDistricts);
  const districtOf = (index: number): number | null => {
    let parent = areas[index].parent;
    // A district row holding its subtotal, or a heading over its communes (its figures left blank).
    while (parent !== null && !((areas[parent].kind === "group" || areas[parent].kind === "heading") && (planDistricts.has(areas[parent].key) || readAs.has(parent)))) parent = areas[parent].parent;
    return parent;
  };
  const keyOf = (district: number): string => readAs.get(district)?.key ?? areas[district].key;
  const labelOf = (district: number): string => {
    const named = readAs.get(district);
    return named === undefined ? areas[district].label : `${areas[district].label} (${named.name})`;
  };
  // Per commune key: the first leaf under a district the plan lists it in.
  const placed = new Map<string, number>();
  for (const index of context.leaves) {
    const district = districtOf(index);
    if (district !== null && listedIn.get(areas[index].key)?.has(keyOf(district)) === true && !placed.has(areas[index].key)) placed.set(areas[index].key, index);
  }
  for (const index of context.leaves) {
    const key = areas[index].key;
    const district = districtOf(index);
    const listed = listedIn.get(key);
    const first = placed.get(key);
    // Outside every district (a row left under the grand total) while the table has it under its own: a copy as well.
    const parent = areas[index].parent;
    if (district === null && listed !== undefined && first !== undefined && parent !== null && areas[parent].kind === "total") {
      const own = districtOf(first);
      out.set(index, { first, under: areas[parent].label, planDistrict: own === null ? "" : (listed.get(keyOf(own)) ?? areas[own].label), districtKey: "" });
      continue;
    }
    if (district === null || listed === undefined || listed.has(keyOf(district))) continue;
    if (first === undefined) {
      // Under another district than the one plan district that lists it, and nowhere under that one: moved there.
      if (listed.size === 1) moved.set(index, { under: labelOf(district), planDistrict: [...listed.values()][0] });
      continue;
    }
    const own = districtOf(first);
    out.set(index, { first, under: labelOf(district), planDistrict: own === null ? "" : (listed.get(keyOf(own)) ?? areas[own].label), districtKey: keyOf(district) });
  }
  return { copies: out, moved };
}

/**
 * Groups that name no district of the plan (`Cộng huyện` with no row naming
 * it) read as the plan district of their communes: every leaf under it but
 * one listed in that one district alone, and at least two of them. By area
 * index, the district's key and name.
 */
function byCommunes(context: RuleContext, listedIn: ReadonlyMap<string, ReadonlyMap<string, string>>, planDistricts: ReadonlySet<string>): Map<number, { key: string; name: string }> {
  const { areas } = context.table;
  const out = new Map<number, { key: string; name: string }>();
  for (let index = 0; index < areas.length; index++) {
    const area = areas[index];
    if ((area.kind !== "group" && area.kind !== "heading") || planDistricts.has(area.key)) continue;
    const leaves = area.children.filter((child) => areas[child].kind === "leaf");
    if (leaves.length !== area.children.length || leaves.length < 3) continue;
    const count = new Map<string, { name: string; n: number }>();
    for (const leaf of leaves) {
      const listed = listedIn.get(areas[leaf].key);
      if (listed === undefined || listed.size !== 1) continue;
      const [[key, name]] = [...listed];
      const entry = count.get(key) ?? { name, n: 0 };
      entry.n++;
      count.set(key, entry);
    }
    const best = [...count].find(([, entry]) => entry.n >= 2 && entry.n >= leaves.length - 1);
    if (best !== undefined) out.set(index, { key: best[0], name: best[1].name });
  }
  return out;
}

/** A district the list does not name over the list's communes of one district (`Si Ma Kai`): read as it, its name told. */
function namedByCommunesFindings(context: RuleContext, named: readonly { area: number; planDistrict: string }[]): Finding[] {
  const areas = context.table.areas;
  const findings: Finding[] = [];
  for (const { area: index, planDistrict } of named) {
    const area = areas[index];
    findings.push(
      areaLabelFinding(
        "coverage",
        "warning",
        context.table.sheet,
        area,
        localized(
          `Địa bàn "${area.label}" không có trong danh sách địa bàn của kế hoạch; các xã dưới nó thuộc ${planDistrict} trong kế hoạch nên allocheck đọc là ${planDistrict} — hãy kiểm tra tên này.`,
          `Area "${area.label}" is not among the plan's areas; the communes under it are ${planDistrict}'s in the plan, so allocheck reads it as ${planDistrict} — check this name.`,
        ),
      ),
    );
  }
  return findings;
}
