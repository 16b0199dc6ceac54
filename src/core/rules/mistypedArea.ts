/**
 * One cause, one finding (CONTRACT §3) for an area whose name is mistyped
 * (`Xã Minh Quangg` for the plan's `Minh Quang`): `coverage` would tell the
 * row as an area the plan lacks and the plan's area as missing. When the
 * row's folded name is a slip or two away from exactly one missing plan area
 * of its district, and that area from no other such row, the two are one
 * cause: the row's finding names the plan area it probably is, and the
 * missing-area finding is let go. Unrelated names stay two findings.
 */
import type { Finding } from "../model/finding";
import type { PlanArea } from "../model/plan";
import { localized } from "../model/text";
import { areaKey } from "../text/fold";
import { nearlySameName } from "../text/nearName";
import type { RuleContext } from "./context";
import { areaLabelFinding } from "./finding";
import { isCommuneTier } from "./levelShare";

/** A bound on the name comparisons of one sheet: a sheet of another province's areas is not weighed name by name. */
const MOST_COMPARISONS = 200_000;

export interface MissingArea {
  /** The plan area told missing; null for a whole district told at once. */
  readonly planArea: PlanArea | null;
  readonly finding: Finding;
}

export interface ExtraArea {
  /** Index of the table's leaf the plan lacks. */
  readonly index: number;
  readonly finding: Finding;
  /** For a plan commune written again under another district: the leaf of its first row, under its own district. */
  readonly copyOf?: number;
  /** For such a copy: the key of the district it sits under, as read (a `Cộng huyện` group read by its communes). */
  readonly districtKey?: string;
}

/** The key of the nearest district (group, or a heading naming a plan district) above an area, or null in a list without districts. */
export function districtKeyOf(context: RuleContext, index: number): string | null {
  const { areas } = context.table;
  for (let at = areas[index].parent; at !== null; at = areas[at].parent) {
    if (areas[at].kind === "group") return areas[at].key;
    if (areas[at].kind === "heading" && context.plan.areas.some((planArea) => areaKey(planArea.district) === areas[at].key)) return areas[at].key;
  }
  return null;
}

function isCandidate(
  context: RuleContext,
  extra: ExtraArea,
  missing: MissingArea,
): boolean {
  const planArea = missing.planArea;
  if (planArea === null) return false;
  const area = context.table.areas[extra.index];
  // Another district's commune named in this one, which misses one of its own: a name typed over that one's, unless
  // the row holds the first row's figures (copied whole: a row too many, told as such).
  if (extra.copyOf !== undefined)
    return planArea.commune !== undefined && (extra.districtKey ?? districtKeyOf(context, extra.index)) === areaKey(planArea.district) && !sameFigures(context, extra.copyOf, extra.index);
  if (planArea.commune === undefined)
    return nearlySameName(area.key, areaKey(planArea.district));
  const district = districtKeyOf(context, extra.index);
  if (district !== null && district !== areaKey(planArea.district))
    return false;
  return nearlySameName(area.key, areaKey(planArea.commune));
}

/**
 * The two rows hold the same figures on every plan line of count or money
 * without a quota (percent lines and per-area quotas are alike from commune
 * to commune, and a column no plan line has is not weighed): one was copied
 * whole from the other.
 */
export function sameFigures(context: RuleContext, first: number, other: number): boolean {
  for (let line = 0; line < context.lineCount; line++) {
    const planLine = context.linePlan[line];
    if (planLine === null || planLine.kind === "percent" || (planLine.quota ?? 0) > 0) continue;
    if (context.base[first * context.lineCount + line] !== context.base[other * context.lineCount + line]) return false;
  }
  return true;
}

/**
 * Each row the plan lacks that is probably one missing plan area with its
 * name mistyped, paired with that area: the one decision the `coverage`
 * finding and the reading's `planArea` both tell.
 */
export function mistypedPairs(context: RuleContext, missing: readonly MissingArea[], extra: readonly ExtraArea[]): Map<ExtraArea, MissingArea & { readonly planArea: PlanArea }> {
  const out = new Map<ExtraArea, MissingArea & { readonly planArea: PlanArea }>();
  if (missing.length === 0 || extra.length === 0) return out;
  // Each row is weighed against the missing areas of its own district only; a list without districts against all, within a bound.
  const byDistrict = new Map<string, MissingArea[]>();
  for (const m of missing) {
    const key = m.planArea === null ? "" : m.planArea.commune === undefined ? "\u0000" : areaKey(m.planArea.district);
    const list = byDistrict.get(key);
    if (list === undefined) byDistrict.set(key, [m]);
    else list.push(m);
  }
  let budget = MOST_COMPARISONS;
  const candidates = extra.map((e) => {
    const district = e.districtKey ?? districtKeyOf(context, e.index);
    const pool = district === null ? missing : [...(byDistrict.get(district) ?? []), ...(byDistrict.get("\u0000") ?? [])];
    budget -= pool.length;
    return budget < 0 ? [] : pool.filter((m) => isCandidate(context, e, m));
  });
  extra.forEach((e, i) => {
    if (candidates[i].length !== 1) return;
    const match = candidates[i][0];
    if (candidates.filter((list) => list.includes(match)).length !== 1 || match.planArea === null) return;
    out.set(e, { ...match, planArea: match.planArea });
  });
  return out;
}

/** The coverage findings with each mistyped row and its plan area told once, at the row (`pairs`: `mistypedPairs`). */
export function pairMistypedAreas(
  context: RuleContext,
  missing: readonly MissingArea[],
  extra: readonly ExtraArea[],
  pairs: ReadonlyMap<ExtraArea, MissingArea & { readonly planArea: PlanArea }> = mistypedPairs(context, missing, extra),
): Finding[] {
  const dropped = new Set<Finding>();
  const rewritten = new Map<ExtraArea, Finding>();
  extra.forEach((e) => {
    const match = pairs.get(e);
    if (match === undefined) return;
    const planArea = match.planArea;
    const name = planArea.commune ?? planArea.district;
    const inDistrict =
      planArea.commune !== undefined ? ` (${planArea.district})` : "";
    const label = context.table.areas[e.index].label;
    const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
    dropped.add(match.finding);
    if (e.copyOf !== undefined) {
      rewritten.set(e, {
        ...e.finding,
        message: localized(
          `${e.finding.message.vi} Địa bàn "${name}"${inDistrict} của kế hoạch lại không có ${word.vi} nào: có lẽ ${word.vi} này là của "${name}", tên bị gõ nhầm — sửa tên cho khớp kế hoạch.`,
          `${e.finding.message.en} The plan's area "${name}"${inDistrict} has no ${word.en}: this ${word.en} is probably its, the name mistyped — correct the name to match the plan.`,
        ),
      });
      return;
    }
    rewritten.set(e, {
      ...e.finding,
      message: localized(
        `Địa bàn "${label}" không có trong danh sách địa bàn của kế hoạch; có lẽ đây là "${name}"${inDistrict} của kế hoạch (không có ${word.vi} nào khác) bị gõ sai tên — sửa tên cho khớp kế hoạch.`,
        `Area "${label}" is not among the plan's areas; it is probably the plan's "${name}"${inDistrict} (which has no other ${word.en}) with its name mistyped — correct the name to match the plan.`,
      ),
    });
  });
  return [
    ...missing.filter((m) => !dropped.has(m.finding)).map((m) => m.finding),
    ...extra.map((e) => rewritten.get(e) ?? e.finding),
  ];
}

/**
 * A district row whose name is a slip or two from the plan's district of
 * every commune under it (`Huyện Ba Vìi` over Ba Vì's communes): a warning
 * at its label naming the plan's district. The communes are still matched
 * by their own names, so nothing else tells it. Groups in `told` (by area
 * index) are already told.
 */
export function mistypedDistricts(context: RuleContext, told: ReadonlySet<number> = new Set()): Finding[] {
  const { areas } = context.table;
  const districtOf = new Map<string, string>();
  const districts = new Set<string>();
  for (const planArea of context.plan.areas) {
    districts.add(areaKey(planArea.district));
    if (planArea.commune !== undefined) districtOf.set(areaKey(planArea.commune), planArea.district);
  }
  if (districtOf.size === 0) return [];
  const findings: Finding[] = [];
  for (let index = 0; index < areas.length; index++) {
    const area = areas[index];
    if (area.kind !== "group" || told.has(index) || districts.has(area.key) || districtOf.has(area.key) || isCommuneTier(area.label)) continue;
    let name: string | null = null;
    let fits = area.children.length > 0;
    for (const child of area.children) {
      const district = areas[child].kind === "leaf" ? districtOf.get(areas[child].key) : undefined;
      if (district === undefined || (name !== null && district !== name)) fits = false;
      else name = district;
    }
    if (!fits || name === null || !nearlySameName(area.key, areaKey(name))) continue;
    findings.push(
      areaLabelFinding(
        "coverage",
        "warning",
        context.table.sheet,
        area,
        localized(
          `Địa bàn "${area.label}" không có trong danh sách địa bàn của kế hoạch; các xã dưới nó đều thuộc "${name}" của kế hoạch: có lẽ tên bị gõ sai — sửa tên cho khớp kế hoạch.`,
          `Area "${area.label}" is not among the plan's areas; the communes under it all belong to the plan's "${name}": its name was probably mistyped — correct it to match the plan.`,
        ),
      ),
    );
  }
  return findings;
}
