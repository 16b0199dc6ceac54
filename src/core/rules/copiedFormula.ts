/**
 * One cause, one finding: the same short formula copied along a subtotal's
 * row (a commune row inserted below the range of a district's `SUM`, copied
 * to every column; a grand total's sum missing a district in every column).
 * Where the subtotal findings left after the other cause steps at one area
 * are each a formula leaving out parts, and every formula of that area's
 * row that adds up its parts leaves out the very same ones, they are told
 * once, at the first of them, naming every cell and its gap. Formulas that
 * leave out different parts (or a row where one formula reads them all)
 * are separate slips, each told at its cell. So too typed subtotals of one
 * area that each lack exactly the same part's figure (a row left out when
 * adding by hand, or added after the totals were typed), on every line that
 * part fills.
 */
import type { Finding } from "../model/finding";
import { localized, type LocalizedText } from "../model/text";
import { formatAmount } from "../text/format";
import { a1 } from "../model/address";
import { joinList } from "../text/joinList";
import { cellPosition, type RuleContext } from "./context";
import { difference } from "./compare";
import { makeFinding } from "./finding";
import { withReplaced } from "./replaceFindings";
import { cellIndexer } from "./singleCause";
import { cellFormula } from "../model/workbook";
import { isNumericState } from "../cells/readCell";
import { standing } from "./compare";
import { contribution, doubleCounted, leftOutOfFormula, missedParts } from "./subtotal";

export function copiedFormula(context: RuleContext, findings: readonly Finding[]): Finding[] {
  const indexOf = cellIndexer(context);
  const byArea = new Map<number, { finding: Finding; line: number }[]>();
  for (const finding of findings) {
    if (finding.rule !== "subtotal" || finding.expected === null || finding.actual === null) continue;
    const at = indexOf(finding);
    if (at === null) continue;
    const area = Math.floor(at / context.lineCount);
    if (context.table.areas[area].kind === "leaf") continue;
    const list = byArea.get(area) ?? [];
    list.push({ finding, line: at % context.lineCount });
    byArea.set(area, list);
  }
  const merged = new Map<Finding, Finding | null>();
  for (const [area, told] of byArea) {
    if (told.length < 2) continue;
    const list = told.map(({ finding, line }) => ({ line, expected: finding.expected!, actual: finding.actual! }));
    const one = copiedShortFormula(context, area, list) ?? copiedDoubleFormula(context, area, list) ?? typedWithoutPart(context, area, list);
    if (one === null) continue;
    told.forEach(({ finding }, i) => merged.set(finding, i === 0 ? one : null));
  }
  return withReplaced(findings, merged);
}

/**
 * One cause, one finding: a subtotal row whose every formula adding up its
 * parts leaves out the same parts (a row inserted below the range of a SUM
 * copied across the row), each told cell showing exactly the parts it reads:
 * one finding at the first told cell, naming every cell and its gap; null
 * when the formulas differ in what they leave out (each is its own slip).
 */
function copiedShortFormula(context: RuleContext, area: number, told: readonly { line: number; expected: number; actual: number }[]): Finding | null {
  let shared: string | null = null;
  for (let line = 0; line < context.lineCount; line++) {
    if (context.lineKind[line] === "percent") continue;
    const missed = missedParts(context, area, line);
    if (missed === undefined) continue;
    const key = missed === null ? "" : missed.join(",");
    if (key === "" || (shared !== null && key !== shared)) return null;
    shared = key;
  }
  if (shared === null) return null;
  const cells: { cell: string; gap: string; gapEn: string; formula: string }[] = [];
  for (const { line, expected, actual } of told) {
    const left = leftOutOfFormula(context, area, line, expected, actual);
    if (left === null) return null;
    const at = cellPosition(context, area, line);
    const unit = context.cellUnit[line];
    const gap = Math.abs(difference(actual, expected));
    cells.push({ cell: a1(at.row, at.col), gap: formatAmount(gap, unit, "vi"), gapEn: formatAmount(gap, unit, "en"), formula: left.formula });
  }
  const first = told[0];
  const { areas } = context.table;
  const across = context.table.orientation !== "areas-as-rows";
  const parts = shared.split(",").map((child) => partName(context, Number(child), first.line));
  const label = areas[area].label;
  const list = cells.map((c) => `${c.cell} (${c.formula}, lệch ${c.gap})`);
  const listEn = cells.map((c) => `${c.cell} (${c.formula}, off by ${c.gapEn})`);
  return subtotalRowFinding(
    context,
    area,
    first,
    localized(
      `Các công thức ở ô cộng của ${label} đều bỏ sót ${joinList(parts.map((p) => p.vi), "và")} (có lẽ một công thức thiếu đã được chép sang cả ${across ? "cột" : "dòng"} này): ${joinList(list, "và")}. Sửa công thức ở ô đầu để cộng đủ các thành phần rồi chép lại sang các ô kia.`,
      `The formulas of the subtotal of ${label} all leave out ${joinList(parts.map((p) => p.en), "and")} (likely one short formula copied along the ${across ? "column" : "row"}): ${joinList(listEn, "and")}. Correct the first formula to add up all the parts, then copy it across again.`,
    ),
  );
}

/**
 * One cause, one finding: a subtotal row whose every told formula reads the
 * same groups and their areas too (`=SUM(C3:C10)` over the districts and
 * their communes, copied across the row), each showing exactly that double
 * count: one finding at the first told cell, naming every cell; null when
 * they differ.
 */
function copiedDoubleFormula(context: RuleContext, area: number, told: readonly { line: number; expected: number; actual: number }[]): Finding | null {
  let shared: string | null = null;
  const cells: { cell: string; vi: string; en: string }[] = [];
  let groups: { vi: string; en: string }[] = [];
  for (const { line, actual } of told) {
    const twice = doubleCounted(context, area, line, actual);
    if (twice === null || (shared !== null && twice.indexes.join(",") !== shared)) return null;
    shared = twice.indexes.join(",");
    if (groups.length === 0) groups = twice.groups;
    const at = cellPosition(context, area, line);
    const unit = context.cellUnit[line];
    cells.push({ cell: a1(at.row, at.col), vi: `${twice.formula} ghi ${formatAmount(actual, unit, "vi")}`, en: `${twice.formula} shows ${formatAmount(actual, unit, "en")}` });
  }
  const label = context.table.areas[area].label;
  const across = context.table.orientation !== "areas-as-rows";
  const rows = (lang: "vi" | "en") => (across ? (lang === "vi" ? "cột" : "column") : lang === "vi" ? "dòng" : "row");
  return subtotalRowFinding(
    context,
    area,
    told[0],
    localized(
      `Các công thức ở ô cộng của ${label} đều cộng cả các ô cộng bên dưới (${joinList(groups.map((g) => g.vi.replace(/^ô cộng của /, "")), "và")}) lẫn các địa bàn thuộc chúng, nên tính hai lần (có lẽ một công thức đã được chép sang cả ${rows("vi")} này): ${joinList(cells.map((c) => `${c.cell} (${c.vi})`), "và")}. Sửa công thức ở ô đầu để chỉ cộng các ô cộng (hoặc chỉ các địa bàn) rồi chép lại sang các ô kia.`,
      `The formulas of the subtotal of ${label} all add up the subtotals below (${joinList(groups.map((g) => g.en.replace(/^the subtotal of /, "")), "and")}) and their areas too, counting them twice (likely one formula copied along the ${rows("en")}): ${joinList(cells.map((c) => `${c.cell} (${c.en})`), "and")}. Correct the first formula to add up the subtotals only (or the areas only), then copy it across again.`,
    ),
  );
}

/**
 * Typed subtotals of one area, each short (or over) by exactly the figure of
 * one and the same part on its line, on every line where that part holds a
 * figure: one finding at the first, naming the part and each cell; null
 * otherwise (or where the area's cells are formulas).
 */
function typedWithoutPart(context: RuleContext, area: number, told: readonly { line: number; expected: number; actual: number }[]): Finding | null {
  const { areas } = context.table;
  const isFormula = (line: number) => {
    const at = cellPosition(context, area, line);
    return cellFormula(context.sheet, at.row, at.col) !== undefined;
  };
  if (told.some(({ line }) => isFormula(line))) return null;
  const toldLines = new Set(told.map(({ line }) => line));
  const parts = areas[area].children.filter((child) =>
    told.every(({ line, expected, actual }) => {
      const value = contribution(context, child, line);
      return value !== 0 && !Number.isNaN(value) && standing(expected - value, actual) === "equal";
    }),
  );
  if (parts.length === 0) return null;
  // Every line a part fills is short by it: the whole row was left out, not one figure mistyped.
  for (const part of parts) {
    for (let line = 0; line < context.lineCount; line++) {
      if (context.lineKind[line] === "percent" || toldLines.has(line)) continue;
      const value = contribution(context, part, line);
      const at = area * context.lineCount + line;
      if (!Number.isNaN(value) && value !== 0 && !isFormula(line) && isNumericState(context.state[at])) return null;
    }
  }
  const across = context.table.orientation !== "areas-as-rows";
  const label = areas[area].label;
  const names = parts.map((part) => partName(context, part, told[0].line));
  // Several parts holding the same figures: which was left out is not known.
  const name = { vi: joinList(names.map((n) => n.vi), "hoặc"), en: joinList(names.map((n) => n.en), "or") };
  const cells = told.map(({ line, expected, actual }) => {
    const at = cellPosition(context, area, line);
    const unit = context.cellUnit[line];
    return { cell: a1(at.row, at.col), vi: `${formatAmount(actual, unit, "vi")} thay vì ${formatAmount(expected, unit, "vi")}`, en: `${formatAmount(actual, unit, "en")} for ${formatAmount(expected, unit, "en")}` };
  });
  const first = told[0];
  return subtotalRowFinding(
    context,
    area,
    first,
    localized(
      `Các ô cộng của ${label} đều lệch đúng bằng số của ${name.vi} — có lẽ ${parts.length > 1 ? "một trong số đó" : across ? "cột này" : "dòng này"} bị bỏ sót khi cộng (hoặc được thêm sau khi đã gõ ô cộng): ${joinList(cells.map((c) => `${c.cell} ghi ${c.vi}`), "và")}. Gõ lại các ô cộng, tốt nhất bằng công thức SUM trên đủ các thành phần.`,
      `The subtotals of ${label} are each off by exactly the figures of ${name.en} — likely left out when adding up (or added after the subtotals were typed): ${joinList(cells.map((c) => `${c.cell} shows ${c.en}`), "and")}. Type the subtotals again, preferably as a SUM over all the parts.`,
    ),
  );
}

/** A part of a subtotal named by its row (or column, areas as columns) and its label: `dòng 12 (Xã A)`. */
function partName(context: RuleContext, part: number, line: number): LocalizedText {
  const across = context.table.orientation !== "areas-as-rows";
  const cell = cellPosition(context, part, line);
  const at = across ? a1(0, cell.col).replace(/\d+$/, "") : String(cell.row + 1);
  const label = context.table.areas[part].label;
  return { vi: `${across ? "cột" : "dòng"} ${at} (${label})`, en: `${across ? "column" : "row"} ${at} (${label})` };
}

/** The one subtotal finding of an area's row of slips, at its first told cell. */
function subtotalRowFinding(context: RuleContext, area: number, first: { line: number; expected: number; actual: number }, message: LocalizedText): Finding {
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: cellPosition(context, area, first.line),
    indicator: context.table.lines[first.line].planCode,
    area: context.table.areas[area].label,
    expected: first.expected,
    actual: first.actual,
    message,
  });
}
