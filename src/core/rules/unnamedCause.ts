/**
 * One cause, one finding for a row with figures but no name: told at its
 * name cell — by `subtotal` when a subtotal counts it, else here as a
 * `coverage` warning (its figures are lost from every total). allocheck
 * leaves the row out of every total, so the same blank name also puts off:
 *
 * - each plan line whose allocation comes exactly to its target once the
 *   row's figures are counted: its `ceiling` finding is let go and the row's
 *   finding names the comparison that comes right with the name;
 * - the plan's areas of the row's group that have no row: when they are as
 *   many as the group's nameless rows, they are those rows' names — the
 *   `coverage` findings are let go and the row's finding names them.
 *
 * - a plan line that comes to its target only with the row counted and the
 *   line's invalid figures entered as their districts' typed subtotals give
 *   them (the grand total showing the target): its `ceiling` is let go, and
 *   the row's and the invalid cells' findings name it and each other.
 *
 * A ceiling that stays off with the row counted is a gap of its own and is
 * kept, as is every finding the row does not explain.
 */
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { areaKey } from "../text/fold";
import { formatAmount } from "../text/format";
import { allocatedFor, type RuleContext } from "./context";
import { ceilingsPutRight, grandTotalShows, invalidFigures, type InvalidFigure } from "./leafCause";
import { alsoRight, ceilingName, cellIndexer, type Named } from "./singleCause";
import { unnamedLabel, unnamedName, unnamedRows, type UnnamedRow } from "./unnamedRows";
import { makeFinding } from "./finding";
import { joinList } from "../text/joinList";

/** The plan's district of a missing area told by `coverage` (null when the plan lists it as a district). */
function planDistrictOf(context: RuleContext, name: string): string | null | undefined {
  const planArea = context.plan.areas.find((a) => (a.commune ?? a.district) === name);
  return planArea === undefined ? undefined : planArea.commune === undefined ? null : planArea.district;
}

export function unnamedCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const rows = unnamedRows(context);
  if (rows.length === 0) return [...findings];

  // The nameless rows told at their name cell.
  const toldAt = new Map<Finding, UnnamedRow>();
  for (const finding of findings) {
    if (finding.rule !== "subtotal" || finding.indicator !== null || finding.sheet !== context.table.sheet) continue;
    const row = rows.find((u) => {
      const at = unnamedLabel(context, u);
      return at.row === finding.row && at.col === finding.col;
    });
    if (row !== undefined) toldAt.set(finding, row);
  }
  // A row no subtotal counts: its figures are lost from every total; told at its name cell here.
  const added: Finding[] = [];
  for (const u of rows) {
    if ([...toldAt.values()].includes(u)) continue;
    const finding = lostRowFinding(context, u);
    added.push(finding);
    toldAt.set(finding, u);
  }
  const told = [...toldAt.values()];

  const dropped = new Set<Finding>();
  const also = new Map<Finding, Named[]>();
  const alsoOf = (finding: Finding) => {
    const list = also.get(finding) ?? [];
    also.set(finding, list);
    return list;
  };

  // Plan lines that come to their target with the rows' figures counted.
  const byLine = new Map<number, UnnamedRow[]>();
  const shifts = new Map<number, number>();
  for (let line = 0; line < context.lineCount; line++) {
    let shift = 0;
    for (const u of told) if (!Number.isNaN(u.values[line])) shift += u.values[line];
    if (shift === 0) continue;
    byLine.set(line, told);
    shifts.set(line, shift);
  }
  // A ceiling more severe than every finding at the rows stays (saying what the line comes to with them).
  const worst = [...toldAt.keys()].some((finding) => finding.severity === "error") ? "error" : "warning";
  for (const { finding } of ceilingsPutRight(context, findings, byLine, shifts)) {
    if (finding.severity === "error" && worst !== "error") continue;
    dropped.add(finding);
    const name = ceilingName(context, finding);
    for (const [unnamed] of toldAt) alsoOf(unnamed).push(name);
  }
  // A ceiling the rows explain only with the line's invalid figures entered (as their districts' subtotals give them): one cause, told at both.
  const jointly = new Map<Finding, { ceilings: Named[]; figures: InvalidFigure[] }>();
  const invalid = findings.some((finding) => finding.rule === "invalid-value") ? invalidFigures(context, findings, cellIndexer(context)) : null;
  if (invalid !== null) {
    const both = new Map<number, number>();
    for (const [line, shift] of shifts) if (invalid.byLine.has(line)) both.set(line, shift + (invalid.shifts.get(line) ?? 0));
    const remaining = findings.filter((finding) => !dropped.has(finding));
    for (const { finding, line, planLine, entries } of ceilingsPutRight(context, remaining, invalid.byLine, both)) {
      if (finding.severity === "error" && worst !== "error") continue;
      if (!grandTotalShows(context, line, planLine.target)) continue;
      dropped.add(finding);
      const name = ceilingName(context, finding);
      for (const [unnamed] of toldAt) {
        const entry = jointly.get(unnamed) ?? { ceilings: [], figures: [] };
        entry.ceilings.push(name);
        for (const figure of entries) if (!entry.figures.includes(figure)) entry.figures.push(figure);
        jointly.set(unnamed, entry);
      }
      for (const figure of entries) {
        const entry = jointly.get(figure.finding) ?? { ceilings: [], figures: [] };
        entry.ceilings.push(name);
        if (!entry.figures.includes(figure)) entry.figures.push(figure);
        jointly.set(figure.finding, entry);
      }
    }
  }
  // A ceiling still off with the rows counted stays, saying what the line comes to with them.
  const withRows = new Map<Finding, number>();
  for (const finding of findings) {
    if (finding.rule !== "ceiling" || finding.indicator === null || dropped.has(finding)) continue;
    const line = context.lineByCode.get(finding.indicator);
    if (line === undefined || !shifts.has(line)) continue;
    const leafSums = Float64Array.from(context.leafSums);
    leafSums[line] = Number((leafSums[line] + (shifts.get(line) ?? 0)).toPrecision(15));
    const allocated = allocatedFor({ ...context, leafSums }, finding.indicator);
    if (allocated !== null) withRows.set(finding, allocated);
  }

  // Plan areas of the rows' groups with no row, as many as the group's nameless rows: their names.
  const names = new Map<Finding, string[]>();
  const { areas } = context.table;
  for (const owner of new Set(told.map((u) => u.owner))) {
    const entry = owner === null ? null : areas[owner];
    const missing = findings.filter((finding) => {
      if (finding.rule !== "coverage" || finding.cell !== null || finding.area === null) return false;
      const district = planDistrictOf(context, finding.area);
      if (district === undefined) return false;
      if (entry === null) return district === null;
      return district === null ? entry.kind === "total" : entry.kind !== "total" && areaKey(district) === entry.key;
    });
    const own = [...toldAt].filter(([, u]) => u.owner === owner).map(([finding]) => finding);
    if (missing.length === 0 || missing.length !== own.length) continue;
    for (const finding of missing) dropped.add(finding);
    const list = missing.map((finding) => finding.area ?? "");
    for (const finding of own) names.set(finding, list);
  }

  if (dropped.size === 0 && withRows.size === 0 && added.length === 0) return [...findings];
  const rowNames = told.map((u) => unnamedName(context, u));
  const together = (finding: Finding, message: LocalizedText): LocalizedText => {
    const joint = jointly.get(finding);
    if (joint === undefined) return message;
    const figures = joint.figures.map((figure) => {
      const unit = context.cellUnit[figure.line];
      const cells = joinList(figure.together, "và");
      return {
        vi:
          figure.together.length > 1
            ? `các ô ${cells} (cộng lại ${formatAmount(figure.value, unit, "vi")}, theo ${figure.subtotal.vi})`
            : `ô ${cells} thành ${formatAmount(figure.value, unit, "vi")} (theo ${figure.subtotal.vi})`,
        en: `${figure.together.length > 1 ? "the cells" : "cell"} ${joinList(figure.together, "and")} ${figure.together.length > 1 ? "hold" : "holds"} ${formatAmount(figure.value, unit, "en")} (by ${figure.subtotal.en})`,
      };
    });
    return localized(
      `${message.vi} Ghi tên cho ${joinList(rowNames.map((x) => x.vi), "và")} và ghi lại ${joinList(figures.map((x) => x.vi), "và")} thì ${joinList(joint.ceilings.map((x) => x.vi), "và")} cùng khớp.`,
      `${message.en} Naming ${joinList(rowNames.map((x) => x.en), "and")} and entering the figures — ${joinList(figures.map((x) => x.en), "and")} — puts ${joinList(joint.ceilings.map((x) => x.en), "and")} right together.`,
    );
  };
  return [...findings, ...added]
    .filter((finding) => !dropped.has(finding))
    .map((finding) => {
      const allocated = withRows.get(finding);
      if (allocated !== undefined) {
        const planLine = context.planByCode.get(finding.indicator ?? "");
        const amount = (lang: "vi" | "en") => (planLine === undefined ? String(allocated) : formatAmount(allocated, planLine, lang));
        return {
          ...finding,
          message: localized(
            `${finding.message.vi} Tính cả ${rowNames[0].viAxis} không tên (${joinList(rowNames.map((x) => x.vi), "và")}) thì phân bổ là ${amount("vi")}.`,
            `${finding.message.en} With the nameless ${joinList(rowNames.map((x) => x.en), "and")} counted, the allocation is ${amount("en")}.`,
          ),
        };
      }
      if (!toldAt.has(finding)) return jointly.has(finding) ? { ...finding, message: together(finding, finding.message) } : finding;
      let message = together(finding, alsoRight(finding.message, also.get(finding) ?? []));
      const list = names.get(finding);
      if (list !== undefined) {
        const one = list.length === 1;
        const axis = rowNames[0];
        message = localized(
          `${message.vi} Kế hoạch có ${joinList(list.map((x) => `"${x}"`), "và")} chưa có ${axis.viAxis} nào trong biểu: ${one ? `có lẽ đó là tên của ${axis.viAxis} này` : `có lẽ đó là tên của các ${axis.viAxis} không tên`}.`,
          `${message.en} The plan's ${joinList(list.map((x) => `"${x}"`), "and")} ${one ? "has" : "have"} no ${axis.enAxis} in the table: ${one ? `probably this ${axis.enAxis}'s name` : `probably the names of the nameless ${axis.enAxis}s`}.`,
        );
      }
      return { ...finding, message };
    });
}

/** A row (or column) with figures but no name that no subtotal counts: a `coverage` warning at its name cell. */
function lostRowFinding(context: RuleContext, u: UnnamedRow): Finding {
  const name = unnamedName(context, u);
  const { Vi, En } = name;
  return makeFinding({
    rule: "coverage",
    severity: "warning",
    sheet: context.table.sheet,
    at: unnamedLabel(context, u),
    message: localized(
      `${Vi} có số liệu nhưng không có tên địa bàn: allocheck không tính được ${name.viAxis} này vào địa bàn nào nên số liệu của nó nằm ngoài mọi tổng. Ghi tên địa bàn vào ${name.vi}.`,
      `${En} has figures but no area name: allocheck cannot count it for any area, so its figures are left out of every total. Write the area's name on ${name.en}.`,
    ),
  });
}
