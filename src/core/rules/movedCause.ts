/**
 * One cause, one finding for a plan commune's row put under another district
 * than the one the plan lists it in (`coverage`, told at its label as
 * misplaced) while the typed subtotals were added up where it belongs: the
 * district it sits under shows less than its rows by exactly its figures,
 * and its own district more than its rows by exactly them, on every line it
 * fills where those subtotals are typed. Those `subtotal` findings are that
 * one cause: let go, and the misplaced row's finding (an error then) names
 * them as coming right when the row is moved. A subtotal off by anything
 * else keeps every finding told.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { joinList } from "../text/joinList";
import { areaKey } from "../text/fold";
import { CELL, isNumericState as isNumeric } from "../cells/readCell";
import type { RuleContext } from "./context";
import { difference, standing } from "./compare";
import { underOtherDistricts } from "./coverage";
import { subtotalName } from "./leafCause";
import { cellIndexer, subtotalsByCell, type Named } from "./singleCause";

export function movedCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const placed = findings.filter((f) => f.rule === "coverage" && f.cell !== null && f.sheet === context.table.sheet);
  if (placed.length === 0 || !findings.some((f) => f.rule === "subtotal")) return [...findings];
  const { moved } = underOtherDistricts(context);
  if (moved.size === 0) return [...findings];
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const indexOf = cellIndexer(context);
  const subtotalAt = subtotalsByCell(findings, indexOf, true);
  const dropped = new Set<Finding>();
  const named = new Map<Finding, Named[]>();
  for (const finding of placed) {
    const row = areas.findIndex((a) => a.kind === "leaf" && a.labelRow === finding.row && a.labelCol === finding.col);
    const away = row < 0 ? undefined : moved.get(row);
    const under = row < 0 ? null : areas[row].parent;
    if (away === undefined || under === null) continue;
    const home = areas.findIndex((a) => (a.kind === "group" || a.kind === "heading") && a.key === areaKey(away.planDistrict));
    if (home < 0) continue;
    const told: Finding[] = [];
    let fits = true;
    for (let line = 0; line < lineCount && fits; line++) {
      const at = row * lineCount + line;
      if (context.lineKind[line] === "percent" || state[at] === CELL.blank || base[at] === 0) continue;
      if (!isNumeric(state[at])) fits = false;
      // Where it sits: short of its rows by the row; where it belongs: over its rows by the row.
      for (const [district, gap] of [
        [under, -base[at]],
        [home, base[at]],
      ] as const) {
        const subtotal = subtotalAt.get(district * lineCount + line);
        if (subtotal === undefined) {
          // A typed figure that agrees with its rows as they stand was typed with the row where it is: no move proven.
          if (state[district * lineCount + line] === CELL.number) fits = false;
          continue;
        }
        if (subtotal.expected === null || subtotal.actual === null || standing(difference(subtotal.actual, subtotal.expected), gap) !== "equal") fits = false;
        else told.push(subtotal);
      }
    }
    if (!fits || told.length === 0) continue;
    for (const subtotal of told) dropped.add(subtotal);
    named.set(
      finding,
      told.map((subtotal) => {
        const cell = indexOf(subtotal) ?? 0;
        return subtotalName(context, Math.floor(cell / lineCount), cell % lineCount);
      }),
    );
  }
  if (dropped.size === 0) return [...findings];
  const word = context.table.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  return findings
    .filter((f) => !dropped.has(f))
    .map((f) => {
      const names = named.get(f);
      if (names === undefined) return f;
      return {
        ...f,
        severity: "error" as const,
        message: localized(
          `${f.message.vi} Các ô cộng gõ tay đã tính ${word.vi} này vào huyện của nó theo kế hoạch: chuyển ${word.vi} về đó thì ${joinList(names.map((x) => x.vi), "và")} cũng khớp.`,
          `${f.message.en} The typed totals count this ${word.en} in its district by the plan: moving it there puts ${joinList(names.map((x) => x.en), "and")} right too.`,
        ),
      };
    });
}
