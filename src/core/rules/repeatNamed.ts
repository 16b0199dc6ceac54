/**
 * One cause, one finding (CONTRACT §3) for a commune's name typed over
 * another's: the table names one plan commune twice in a district
 * (`duplicate`, at the repeat) while exactly one other plan commune of that
 * district has no row (`coverage`). The repeat's label is the cell to fix —
 * it probably stands for the missing commune — so the `duplicate` finding
 * names that commune and the `coverage` finding is let go, with or without
 * district rows in the table. A repeat holding its first occurrence's
 * figures on every count and money line (quota lines aside) was copied
 * whole: both stay told. Several repeats or several missing communes
 * in a district stay told apart.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { areaKey } from "../text/fold";
import type { RuleContext } from "./context";
import { sameFigures } from "./mistypedArea";

export function repeatNamed(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (context.plan.areas.length === 0) return [...findings];
  const { areas } = context.table;
  // The plan's district of a commune it lists, by folded name; null for a name it does not list or lists twice.
  const districtOf = new Map<string, string | null>();
  for (const planArea of context.plan.areas) {
    if (planArea.commune === undefined) continue;
    const key = areaKey(planArea.commune);
    districtOf.set(key, districtOf.has(key) ? null : areaKey(planArea.district));
  }
  const repeats = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.rule !== "duplicate" || finding.sheet !== context.table.sheet) continue;
    const index = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === finding.row && a.labelCol === finding.col);
    const district = index < 0 || copied(context, index) ? null : (districtOf.get(areas[index].key) ?? null);
    if (district !== null) repeats.set(district, [...(repeats.get(district) ?? []), finding]);
  }
  if (repeats.size === 0) return [...findings];
  const missing = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.rule !== "coverage" || finding.cell !== null || finding.area === null) continue;
    const district = districtOf.get(areaKey(finding.area)) ?? null;
    if (district !== null) missing.set(district, [...(missing.get(district) ?? []), finding]);
  }
  const dropped = new Set<Finding>();
  const named = new Map<Finding, string>();
  for (const [key, told] of repeats) {
    const gone = missing.get(key);
    if (told.length !== 1 || gone === undefined || gone.length !== 1) continue;
    dropped.add(gone[0]);
    named.set(told[0], gone[0].area ?? "");
  }
  if (dropped.size === 0) return [...findings];
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const name = named.get(finding);
      if (name === undefined) return finding;
      return {
        ...finding,
        message: localized(
          `${finding.message.vi} Địa bàn "${name}" của kế hoạch lại không có ${word.vi} nào: có lẽ ${word.vi} này là của "${name}", tên bị gõ nhầm.`,
          `${finding.message.en} The plan's area "${name}" has no ${word.en}: this ${word.en} is probably its, the name mistyped.`,
        ),
      };
    });
}

/** The repeat holds its first occurrence's figures (`sameFigures`): the row was copied whole, not a name typed over another commune's figures. */
function copied(context: RuleContext, index: number): boolean {
  const { areas } = context.table;
  const repeat = areas[index];
  const first = areas.findIndex((a, at) => at < index && a.kind === "leaf" && a.key === repeat.key && a.parent === repeat.parent);
  return first >= 0 && sameFigures(context, first, index);
}
