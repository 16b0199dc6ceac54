/**
 * One cause, at its cell: a commune's figure on a line typed one cell further
 * along the line's column (areas across the columns: its row) — into the
 * district row below it (over that district's typed total, or into a
 * district heading that holds none), or into the grand total's row. The
 * commune's cell is blank, its row filled elsewhere; the cell it landed in
 * shows a figure that is not its parts' sum; and with that figure moved back
 * to the blank cell (the total it landed on restored to its parts, a heading
 * left blank again), every typed total on the line agrees with its parts and
 * the line's plan comparison holds. The subtotal findings this makes (the
 * blank commune's district, the cell it landed in, the grand total), and the
 * line's ceiling, are that one cause: told once, at the blank cell, naming
 * the cell the figure is in. Told only when exactly one blank commune cell of
 * the line reads so, every other commune of its district holds a number on
 * the line, and nothing else is told on the line.
 */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { formatAmount } from "../text/format";
import { CELL } from "../cells/readCell";
import { allocatedFor, cellPosition, type RuleContext } from "./context";
import { lineVerdict, standing } from "./compare";
import { makeFinding } from "./finding";
import { isFormulaAt } from "./leafCause";
import { withReplaced } from "./replaceFindings";
import { cellIndexer } from "./singleCause";

interface Landed {
  /** The blank commune's area, and the area whose cell the figure landed in. */
  readonly blank: number;
  readonly landed: number;
  readonly figure: number;
  /** What the landed-on cell should show: its parts' sum, or null (a heading, left blank). */
  readonly restored: number | null;
}

export function typedBelowCause(context: RuleContext, findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => f.rule === "subtotal")) return [...findings];
  const indexOf = cellIndexer(context);
  const { lineCount } = context;
  const { areas } = context.table;
  const replaced = new Map<Finding, Finding | null>();
  for (let line = 0; line < lineCount; line++) {
    const code = context.table.lines[line].planCode;
    if (context.lineKind[line] === "percent" || context.lineKind[line] === null || context.sourceLines?.has(line) === true) continue;
    const told = findings.filter((f) => {
      if (f.severity === "info") return false;
      if (code !== null && f.indicator === code) return true;
      const cell = indexOf(f);
      return cell !== null && cell % lineCount === line;
    });
    if (!told.some((f) => f.rule === "subtotal")) continue;
    // Only subtotals and the ceiling, at totals or blank commune cells.
    const plain = told.every((f) => {
      if (f.rule === "ceiling") return true;
      if (f.rule !== "subtotal") return false;
      const cell = indexOf(f);
      if (cell === null || cell % lineCount !== line) return false;
      const area = Math.floor(cell / lineCount);
      return areas[area].kind !== "leaf" || context.state[cell] === CELL.blank;
    });
    if (!plain) continue;
    const found = landedOnLine(context, line);
    if (found === null) continue;
    const tellAt = told.find((f) => indexOf(f) === found.blank * lineCount + line) ?? told[0];
    for (const f of told) replaced.set(f, null);
    replaced.set(tellAt, landedFinding(context, line, found));
  }
  return replaced.size === 0 ? [...findings] : withReplaced(findings, replaced);
}

/** The one blank commune cell of `line` whose figure, landed in the next area's cell, puts every typed total right moved back; else null. */
function landedOnLine(context: RuleContext, line: number): Landed | null {
  const { areas } = context.table;
  const { lineCount, state, base } = context;
  const byIndex = new Map<number, number>();
  areas.forEach((entry, i) => byIndex.set(entry.index, i));
  let found: Landed | null = null;
  for (let blank = 0; blank < areas.length; blank++) {
    const entry = areas[blank];
    if (entry.kind !== "leaf" || entry.village === true || state[blank * lineCount + line] !== CELL.blank || entry.parent === null) continue;
    let filled = false;
    for (let other = 0; other < lineCount && !filled; other++) filled = state[blank * lineCount + other] === CELL.number;
    const siblings = areas[entry.parent].children.filter((child) => child !== blank);
    if (!filled || siblings.length === 0 || siblings.some((child) => areas[child].kind !== "leaf" || state[child * lineCount + line] !== CELL.number)) continue;
    const landed = byIndex.get(entry.index + 1);
    if (landed === undefined || areas[landed].kind === "leaf") continue;
    const at = landed * lineCount + line;
    if (state[at] !== CELL.number || isFormulaAt(context, landed, line) || !(base[at] > 0)) continue;
    const figure = base[at];
    const shown = (area: number): number => {
      const cell = area * lineCount + line;
      if (areas[area].kind === "leaf") return (state[cell] === CELL.number ? base[cell] : 0) + (area === blank ? figure : 0);
      if (area !== landed && state[cell] === CELL.number && !isFormulaAt(context, area, line)) return base[cell];
      return parts(area);
    };
    const parts = (area: number): number => areas[area].children.reduce((sum, child) => sum + shown(child), 0);
    if (standing(figure, parts(landed)) === "equal") continue;
    // Every typed total but the landed-on cell agrees with its parts once the figure is back.
    let right = true;
    for (let area = 0; area < areas.length && right; area++) {
      const cell = area * lineCount + line;
      if (area === landed || areas[area].kind === "leaf" || areas[area].children.length === 0 || state[cell] !== CELL.number || isFormulaAt(context, area, line)) continue;
      right = standing(base[cell], parts(area)) === "equal";
    }
    if (!right) continue;
    const planLine = context.linePlan[line];
    if (planLine !== null) {
      const leafSums = Float64Array.from(context.leafSums);
      leafSums[line] = Number((leafSums[line] + figure).toPrecision(15));
      const after = allocatedFor({ ...context, leafSums }, planLine.code);
      if (after !== null && lineVerdict(after, planLine) !== "ok") continue;
    }
    // A heading holding no figure on any other line is left blank again; a total is typed again as its parts.
    let typedElsewhere = false;
    for (let other = 0; other < lineCount && !typedElsewhere; other++) typedElsewhere = other !== line && state[landed * lineCount + other] === CELL.number;
    if (found !== null) return null;
    found = { blank, landed, figure, restored: typedElsewhere ? parts(landed) : null };
  }
  return found;
}

function landedFinding(context: RuleContext, line: number, found: Landed): Finding {
  const { areas } = context.table;
  const { row, col } = cellPosition(context, found.blank, line);
  const cell = a1(row, col);
  const there = cellPosition(context, found.landed, line);
  const landedCell = a1(there.row, there.col);
  const label = areas[found.blank].label;
  const landedLabel = areas[found.landed].label;
  const unit = context.cellUnit[line];
  const f = (value: number, lang: "vi" | "en") => formatAmount(value, unit, lang);
  const byRows = context.table.orientation === "areas-as-rows";
  const where = byRows ? { vi: "ô ngay dưới", en: "the cell right below" } : { vi: "ô ngay bên phải", en: "the cell right beside it" };
  const restore =
    found.restored === null
      ? { vi: `để trống lại ô ${landedCell}`, en: `leaving ${landedCell} blank again` }
      : { vi: `ghi lại ô ${landedCell} là ${f(found.restored, "vi")} (tổng các địa bàn của nó)`, en: `typing ${landedCell} again as ${f(found.restored, "en")} (its areas' sum)` };
  return makeFinding({
    rule: "subtotal",
    severity: "error",
    sheet: context.table.sheet,
    at: { row, col },
    indicator: context.table.lines[line].planCode,
    area: label,
    expected: found.figure,
    actual: 0,
    message: localized(
      `Ô ${cell} của ${label} để trống, còn ${where.vi} (${landedCell}, ${landedLabel}) ghi ${f(found.figure, "vi")} — không khớp các địa bàn của nó, nhưng đúng bằng số các ô cộng cho thấy ${cell} thiếu: có lẽ số của ${label} bị gõ lệch sang ô ${landedCell}. Chuyển ${f(found.figure, "vi")} về ô ${cell} và ${restore.vi} thì các ô cộng và tổng phân bổ so với kế hoạch đều khớp.`,
      `Cell ${cell} of ${label} is blank, while ${where.en} (${landedCell}, ${landedLabel}) shows ${f(found.figure, "en")} — not its areas' sum, but just what the totals show ${cell} lacks: the figure of ${label} was probably typed one cell off, into ${landedCell}. Moving ${f(found.figure, "en")} back to ${cell} and ${restore.en} puts the subtotals and the plan comparison right.`,
    ),
  });
}
