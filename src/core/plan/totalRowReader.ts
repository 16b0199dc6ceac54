/**
 * Total rows of a plan table (`Tổng cộng`, `Cộng B`, `Tổng kinh phí`): no
 * plan lines, read for the totals they state (in their unit), which the
 * plan's lines are checked against once all are read (plan/totalRows.ts).
 */
import { a1 } from "../model/address";
import { shownText } from "../layout/grid";
import { isTotalLabel } from "../layout/labels";
import { findUnitInText, moneyUnitName, parseUnit, type UnitInfo } from "../text/units";
import { headerKey } from "./planHeader";
import { perAreaUnit, readAmount } from "./planValues";
import { TOTAL_NAME, type TotalRow } from "./totalRows";
import { isDash } from "./dashedTargets";
import { hasAmount } from "./planCells";
import { notANumber } from "./lineRefusals";
import { sectionCode } from "./planSections";
import type { LineCells, TableUnits } from "./lineUnit";

/** `Cộng B`, `Cộng mục II`, `Tổng phần I` (folded): the total of a section of the plan. */
const SECTION_TOTAL = /^(?:tong cong|cong|tong)(?: (?:muc|phan|nhom))? ([ivxlc]+|[a-z])$/;

/** The section a `Cộng B` / `Cộng mục II` row adds up (`B`, `II`), or null for any other label. */
function sectionOfTotal(label: string): string | null {
  const match = SECTION_TOTAL.exec(headerKey(label));
  return match === null ? null : match[1].toUpperCase();
}

/** A row that may be a total: its cells, the code and mark read on it, its first text, and the section open. */
export interface TotalCandidate extends LineCells {
  readonly code: string;
  readonly mark: string | null;
  readonly first: string;
  readonly section: string | null;
}

/** A total's unit as read: its text, kind and scale, and whether it is written for each area. */
interface TotalUnit {
  readonly text: string;
  readonly unit: UnitInfo;
  readonly perArea?: true;
}

/** The money column's unit for a total, when it is one for the whole (not `triệu đồng/xã`); else null. */
function moneyTotalUnit(units: TableUnits): { readonly text: string } | null {
  return units.money !== null && perAreaUnit(units.money.text) === null ? units.money : null;
}

/** A total row's unit: its own, else the column's (the money column's for money alone), else one in its name; null when none. */
function writtenTotalUnit(row: TotalCandidate, units: TableUnits, label: string): { text: string; unit: UnitInfo } | null {
  const unitCell = row.cols.unit === undefined ? "" : shownText(row.grid, row.row, row.cols.unit);
  // `| | Tổng cộng | 20`: the total's name spilled into the unit cell is no unit.
  const ownUnit = isTotalLabel(unitCell) ? "" : unitCell;
  const money = moneyTotalUnit(units);
  const unitText = ownUnit !== "" ? ownUnit : row.moneyOnly && money !== null ? money.text : (units.target?.text ?? "");
  if (unitText !== "") return { text: unitText, unit: parseUnit(unitText) };
  const named = findUnitInText(label);
  return named === null ? null : { text: named.kind === "money" ? moneyUnitName(named.scale) : "", unit: named };
}

/** `Tổng cộng | triệu đồng/xã | 30`, no quota column: a total in the unit before the slash, of the lines' figures for each area (or of their wholes). */
function totalUnit(row: TotalCandidate, units: TableUnits, label: string): TotalUnit | null {
  const written = writtenTotalUnit(row, units, label);
  const each = written === null ? null : perAreaUnit(written.text);
  if (each === null) return written;
  return { text: each.unit, unit: parseUnit(each.unit), ...(row.cols.quota === undefined ? { perArea: true as const } : {}) };
}

/**
 * A `Tổng cộng` row without a code (or with a section's letter, `A | TỔNG
 * CỘNG`), or a section's `Cộng B`, `Cộng mục II`: it adds up lines, perhaps
 * of several units, and is no plan line. Its totals (the target column's,
 * and the money column's beside the counts); null when the row is no such
 * total.
 */
export function readTotalRow(row: TotalCandidate, units: TableUnits): TotalRow[] | null {
  const { grid, cols, name, code, mark, first, targetCol, targetValue, moneyOnly } = row;
  const codeText = cols.code === undefined ? "" : shownText(grid, row.row, cols.code);
  const label = name !== "" ? name : first;
  const sectionTotal = code === "" ? sectionOfTotal(label) : null;
  if (!(isTotalLabel(codeText) || sectionTotal !== null || ((code === "" || (mark === null && sectionCode(code, "") !== null)) && isTotalLabel(label)))) return null;
  const totals: TotalRow[] = [];
  const moneyCol = units.moneyCol;
  // `Tổng cộng | triệu đồng | 750`, `Tổng cộng | CLB | 20`: the total of the lines in its unit, said when they do not add up to it.
  const unit = totalUnit(row, units, label);
  const read = readAmount(targetValue, unit?.unit ?? parseUnit(""), grid.numberFormat(row.row, targetCol));
  const within = sectionTotal ?? row.section;
  // Under `Số lượng` beside the money, a total with no unit counts.
  const kind = unit?.unit.kind ?? (moneyCol !== undefined && !moneyOnly ? "count" : null);
  if (read.ok) totals.push({ name: label, where: a1(row.row, targetCol), kind, value: read.value, unit: unit?.text ?? "", section: within, ...(unit?.perArea ? { perArea: true } : {}) });
  // `Tổng cộng | | 20 | 1.000` beside the counts: the total of the lines' money too.
  // Under `Kinh phí (triệu đồng/xã)` with no quota column, of the lines' money for each area (or of its wholes).
  const moneyValue = moneyCol === undefined || moneyOnly ? null : grid.value(row.row, moneyCol);
  const moneyEach = units.money !== null ? perAreaUnit(units.money.text) : null;
  const wholeMoney = moneyTotalUnit(units);
  const moneyTotal = wholeMoney ?? (moneyEach?.kind === "money" ? { text: moneyEach.unit } : null);
  if (moneyValue !== null && hasAmount(moneyValue) && moneyTotal !== null && parseUnit(moneyTotal.text).kind === "money") {
    const money = readAmount(moneyValue, parseUnit(moneyTotal.text), grid.numberFormat(row.row, moneyCol!));
    if (money.ok) totals.push({ name: label, where: a1(row.row, moneyCol!), kind: "money", value: money.value, unit: moneyTotal.text, section: within, ...(wholeMoney === null ? { perArea: true } : {}) });
  }
  return totals;
}

/**
 * `Tổng kinh phí` in the target column, or in the money column beside the
 * counts, with no code of its own (`lineCode`): the total of the plan's
 * lines in its unit, checked once they are all read. Its total (none for a
 * dash); null when the row is no such total.
 */
export function readNamedTotal(row: TotalCandidate, units: TableUnits, lineCode: string): TotalRow[] | null {
  const { grid, name, targetCol, targetValue, moneyOnly } = row;
  if (!((lineCode === "" || moneyOnly) && TOTAL_NAME.test(headerKey(name)))) return null;
  const unit = totalUnit(row, units, name);
  // `Tổng kinh phí | | -`: no total to check.
  if (isDash(targetValue)) return [];
  const where = a1(row.row, targetCol);
  const read = readAmount(targetValue, unit?.unit ?? parseUnit(""), grid.numberFormat(row.row, targetCol));
  if (!read.ok) throw notANumber(grid.name, where, read.shown);
  return [{ name, where, kind: unit?.unit.kind ?? null, value: read.value, unit: unit?.text ?? "", section: row.section, ...(unit?.perArea ? { perArea: true } : {}) }];
}
