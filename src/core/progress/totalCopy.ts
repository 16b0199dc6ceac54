/**
 * A `Tổng cộng` row closing a progress table that has a row of its own for
 * the plan's money total (`KP` `Tổng kinh phí`) is that total again: not a
 * line the plan lacks, and not counted twice. Where it shows other figures
 * than that row, each cell that differs is told once, by the rule that row's
 * cell would break — `subtotal` for a period's figure against the parts
 * (else against `Tổng kinh phí`'s), `cumulative` for its `Lũy kế`, `rate`
 * for its percent, `plan-copy` for its copied target — and a cell that only
 * follows from another that differs (a `Lũy kế` adding up a wrong period) is
 * not told again. Cells where `Tổng kinh phí`'s own row is the one found
 * wrong say nothing more.
 */
import type { Finding } from "../model/finding";
import type { Plan, PlanLine } from "../model/plan";
import type { AllocationTable, LineEntry } from "../model/table";
import { localized, type LocalizedText } from "../model/text";
import { cellValue, type SheetData } from "../model/workbook";
import { cellText } from "../layout/grid";
import { buildRuleContext, type RuleContext } from "../rules";
import { isNumeric } from "../rules/context";
import { standing } from "../rules/compare";
import { makeFinding } from "../rules/finding";
import { formatAmount, formatNumber } from "../text/format";
import { percentOfTarget, rateAgrees } from "./rules/rate";
import { sameCell, shownText } from "./totalRow";
import type { CellRef, TypedValue } from "./types";

/** A total row (`Tổng cộng`) standing for the money total's row `of` of the same table. */
export interface TotalCopy {
  readonly row: number;
  readonly label: string;
  readonly of: number;
}

/** What the checks need of a row of the table, as the table reads it. */
export interface CopyRow {
  readonly periods: readonly { readonly value: number }[];
  readonly cumulative: TypedValue | null;
  readonly opening: TypedValue | null;
  readonly rate: TypedValue | null;
  readonly planCopy: TypedValue | null;
}

export interface TotalCopyInput {
  readonly sheet: SheetData;
  readonly plan: Plan;
  /** The table as the rules saw it: its value columns as areas, its lines. */
  readonly context: RuleContext;
  /** The value columns with their roles (`period`, `cumulative`, `plan`, …). */
  readonly columns: readonly { readonly col: number; readonly role: string }[];
  readonly rateCol: number | null;
  /** What was found on the table: a cell of the total's own row found wrong is the one to fix. */
  readonly told: readonly Finding[];
  /** The rules run on a table (`subtotal`, `invalid-value`, `text-number`), as on the progress table. */
  readonly evaluate: (context: RuleContext) => Finding[];
  /** A line of `context` read as the table reads its rows. */
  readonly read: (context: RuleContext, line: number) => CopyRow;
}

/** The findings on a `Tổng cộng` row repeating the money total's row (see above): none where it repeats it. */
export function totalCopyFindings(copy: TotalCopy, input: TotalCopyInput): Finding[] {
  const { sheet, plan, context } = input;
  const table: AllocationTable = context.table;
  const ownIndex = table.lines.findIndex((line) => line.index === copy.of);
  const own = table.lines[ownIndex];
  const planLine = plan.lines.find((line) => line.code === own?.planCode);
  if (own === undefined || planLine === undefined) return [];
  // The total row as that line, in its unit, beside the other lines (its parts) — the money total's own row left out.
  const { code: _code, ...rest } = own;
  const entry: LineEntry = { ...rest, header: copy.label, index: copy.row, headerRow: copy.row };
  const mine = buildRuleContext({ plan, table: { ...table, lines: [entry, ...table.lines.filter((_, l) => l !== ownIndex)] }, sheet });
  const differs = (col: number) => differ(cellValue(sheet, copy.row, col), cellValue(sheet, copy.of, col));
  // A cell typed as text is told on the total row as on any (`text-number`, `invalid-value`), even where the money total's row holds the same.
  const typedAsText = (col: number) => typeof cellValue(sheet, copy.row, col) === "string";
  const ruled = input.evaluate(mine).filter((f) => f.row === copy.row && f.col !== null && (differs(f.col) || (typedAsText(f.col) && f.rule !== "subtotal")));
  const totalRow = input.read(mine, 0);
  const ownFigure = (col: number): number | null => {
    const area = table.areas.findIndex((a) => a.index === col);
    const at = area * context.lineCount + ownIndex;
    return area >= 0 && isNumeric(context.state[at]) ? context.base[at] : null;
  };
  const roles = new Map(input.columns.map((column) => [column.col, column.role]));
  const cols = [...input.columns.map((column) => column.col), ...(input.rateCol === null ? [] : [input.rateCol])].sort((a, b) => a - b);
  const names = { total: copy.label, own: own.header };
  const findings: Finding[] = [];
  for (const col of cols) {
    const here = ruled.filter((f) => f.col === col);
    if (!differs(col)) {
      findings.push(...here);
      continue;
    }
    if (here.length > 0) {
      findings.push(...here.map((f) => (f.rule === "subtotal" ? reworded(f, names, ownFigure(col), planLine) : f)));
      continue;
    }
    const at: CellRef = { sheet: sheet.name, row: copy.row, col };
    const role = col === input.rateCol ? "rate" : roles.get(col);
    if (role === "rate") {
      const found = rateFinding(totalRow, planLine, names, at);
      if (found !== null) findings.push(found);
    } else if (role === "cumulative") {
      // Periods that cannot be read (told at their cells) leave nothing to add up.
      const unread = input.columns.some((column) => (column.role === "period" || column.role === "opening") && !isNumeric(mine.state[table.areas.findIndex((a) => a.index === column.col) * mine.lineCount]) && cellText(cellValue(sheet, copy.row, column.col)) !== "");
      const found = unread ? null : cumulativeFinding(totalRow, planLine, names, at);
      if (found !== null) findings.push(found);
    } else if (role === "plan") {
      const found = planCopyFinding(totalRow, planLine, names, at);
      if (found !== null) findings.push(found);
    } else if (!input.told.some((f) => f.row === copy.of && f.col === col)) {
      const area = table.areas.find((a) => a.index === col);
      const figure = mine.base[table.areas.findIndex((a) => a.index === col) * mine.lineCount];
      const expected = ownFigure(col);
      // The same figure held otherwise (a number typed as text: its `text-number` finding, above, tells it).
      if (expected === null || area === undefined || !Number.isFinite(figure) || standing(figure, expected) === "equal") continue;
      findings.push(againstOwn(names, area.label, expected, figure, planLine, at));
    }
  }
  return findings;
}

/** Two cells differ: numbers by value, anything else by what it shows or its kind (`"300"` beside 300: a SUM skips it); a blank total cell says nothing. */
function differ(total: ReturnType<typeof cellValue>, own: ReturnType<typeof cellValue>): boolean {
  if (typeof total === "number" && typeof own === "number") return standing(total, own) !== "equal";
  return shownText(total) !== "" && !sameCell(total, own);
}

interface Names {
  readonly total: string;
  readonly own: string;
}

const f = (line: PlanLine, value: number, lang: "vi" | "en") => formatAmount(value, line, lang);

/** A `subtotal` finding on the total row, its message naming the money total's row beside the parts. */
function reworded(finding: Finding, names: Names, own: number | null, line: PlanLine): Finding {
  if (finding.expected === null || finding.actual === null) return finding;
  const [expected, actual] = [finding.expected, finding.actual];
  const gap = Math.abs(actual - expected);
  const area = finding.area ?? "";
  // What the money total's own row shows: the same as the parts, or (itself found wrong) another figure.
  const beside =
    own === null
      ? { vi: "", en: "" }
      : standing(own, expected) === "equal"
        ? { vi: `, như dòng "${names.own}" ghi`, en: `, as the row "${names.own}" shows` }
        : { vi: `; dòng "${names.own}" ghi ${f(line, own, "vi")}`, en: `; the row "${names.own}" shows ${f(line, own, "en")}` };
  return {
    ...finding,
    message: localized(
      `Dòng "${names.total}" (tổng của "${names.own}") ở cột "${area}" ghi ${f(line, actual, "vi")}, nhưng các khoản thành phần cộng lại ${f(line, expected, "vi")} (lệch ${f(line, gap, "vi")})${beside.vi}.`,
      `The row "${names.total}" (the total of "${names.own}") shows ${f(line, actual, "en")} in the column "${area}", but its parts add up to ${f(line, expected, "en")} (off by ${f(line, gap, "en")})${beside.en}.`,
    ),
  };
}

/** A period's figure on the total row against the money total's own row, where no parts tell which is right. */
function againstOwn(names: Names, area: string, expected: number, actual: number, line: PlanLine, at: CellRef): Finding {
  const gap = Math.abs(actual - expected);
  return finding("subtotal", "error", at, line, expected, actual, area, localized(
    `Dòng "${names.total}" (tổng của "${names.own}") ở cột "${area}" ghi ${f(line, actual, "vi")}, nhưng dòng "${names.own}" ghi ${f(line, expected, "vi")} (lệch ${f(line, gap, "vi")}).`,
    `The row "${names.total}" (the total of "${names.own}") shows ${f(line, actual, "en")} in the column "${area}", but the row "${names.own}" shows ${f(line, expected, "en")} (off by ${f(line, gap, "en")}).`,
  ));
}

/** What the total row's periods add up to (with its opening figure). */
function periodSum(row: CopyRow): number {
  return row.periods.reduce((total, period) => total + period.value, row.opening?.value ?? 0);
}

/** Its `Lũy kế` against its own periods: one that adds up a period found wrong is no second cause. */
function cumulativeFinding(row: CopyRow, line: PlanLine, names: Names, at: CellRef): Finding | null {
  const typed = row.cumulative;
  if (typed === null || typed.unchecked === true || row.periods.length === 0) return null;
  const sum = periodSum(row);
  if (standing(typed.value, sum) === "equal") return null;
  return finding("cumulative", "error", at, line, sum, typed.value, null, localized(
    `Lũy kế của dòng "${names.total}" (tổng của "${names.own}") ghi ${f(line, typed.value, "vi")}, nhưng các kỳ của dòng cộng lại ${f(line, sum, "vi")}.`,
    `The cumulative figure of the row "${names.total}" (the total of "${names.own}") shows ${f(line, typed.value, "en")}, but its periods add up to ${f(line, sum, "en")}.`,
  ));
}

/** Its percent of plan against its own `Lũy kế` (or periods), as the `rate` rule checks a line's. */
function rateFinding(row: CopyRow, line: PlanLine, names: Names, at: CellRef): Finding | null {
  const typed = row.rate;
  if (typed === null || line.target === 0) return null;
  const sum = periodSum(row);
  const computed = percentOfTarget(row.cumulative?.value ?? sum, line.target);
  if (rateAgrees(typed.value, line.target, row.cumulative?.value ?? sum, row.periods.length > 0 ? sum : null)) return null;
  const p = (value: number, lang: "vi" | "en") => `${formatNumber(value, lang, 2)}%`;
  return finding("rate", "error", at, line, computed, typed.value, null, localized(
    `Tỷ lệ so với kế hoạch của dòng "${names.total}" (tổng của "${names.own}") ghi ${p(typed.value, "vi")}, nhưng lũy kế chia chỉ tiêu kế hoạch là ${p(computed, "vi")}.`,
    `The percent of plan of the row "${names.total}" (the total of "${names.own}") shows ${p(typed.value, "en")}, but the cumulative figure over the plan target is ${p(computed, "en")}.`,
  ));
}

/** Its copied target against the plan's. */
function planCopyFinding(row: CopyRow, line: PlanLine, names: Names, at: CellRef): Finding | null {
  const copy = row.planCopy;
  if (copy === null || standing(copy.value, line.target) === "equal") return null;
  return finding("plan-copy", "warning", at, line, line.target, copy.value, null, localized(
    `Kế hoạch chép ở dòng "${names.total}" (tổng của "${names.own}") là ${f(line, copy.value, "vi")}, nhưng kế hoạch giao ${f(line, line.target, "vi")}.`,
    `The plan target copied on the row "${names.total}" (the total of "${names.own}") is ${f(line, copy.value, "en")}, but the plan sets ${f(line, line.target, "en")}.`,
  ));
}

function finding(rule: Finding["rule"], severity: Finding["severity"], at: CellRef, line: PlanLine, expected: number, actual: number, area: string | null, message: LocalizedText): Finding {
  return makeFinding({ rule, severity, sheet: at.sheet, at: { row: at.row, col: at.col }, indicator: line.code, area, expected, actual, message });
}
