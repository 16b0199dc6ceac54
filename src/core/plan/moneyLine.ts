/**
 * The money given beside a line's count (`Số lượng | Kinh phí`): a plan line
 * of its own (`1-KP`), and the parents such lines number under.
 */
import { a1 } from "../model/address";
import type { PlanLine } from "../model/plan";
import type { Grid } from "../layout/grid";
import { parseUnit } from "../text/units";
import { findParentCode } from "./planCodes";
import { readAmount, type PerAreaUnit } from "./planValues";
import { perAreaUnitDoubt } from "./perAreaTargets";
import { notANumber } from "./lineRefusals";
import { defaultRule } from "./defaultRule";

/** `-KP` ending the code of a line's money given beside its count (`1-KP`). */
export const MONEY_SUFFIX = "-KP";

/**
 * The parent of a plan line by its code (see `findParentCode`); the money
 * beside a sub-item's count (`1.1-KP`) is a part of its line's money
 * (`1-KP`), never of that line's count (`1`).
 */
export function planParentCode(code: string, codes: ReadonlySet<string>): string | undefined {
  if (!code.endsWith(MONEY_SUFFIX)) return findParentCode(code, codes);
  const owner = findParentCode(code.slice(0, -MONEY_SUFFIX.length), codes);
  return owner !== undefined && codes.has(owner + MONEY_SUFFIX) ? owner + MONEY_SUFFIX : undefined;
}

/**
 * The money target of a line given beside its count (`Số lượng | Kinh phí`):
 * a line of its own, coded `<code>-KP` and named `Kinh phí <name>`, so that
 * an allocation's `Kinh phí` column under the line's name matches it. Null
 * when the money column's unit is not money.
 */
export function moneyLine(grid: Grid, row: number, col: number, written: { readonly text: string; readonly cell?: string }, code: string, name: string, perArea: PerAreaUnit | null): PlanLine | null {
  const each = perArea?.kind === "money" ? perArea : null;
  const unitText = each?.unit ?? written.text;
  const unit = parseUnit(unitText);
  if (unit.kind !== "money") return null;
  const where = a1(row, col);
  const read = readAmount(grid.value(row, col), unit, grid.numberFormat(row, col));
  if (!read.ok) throw notANumber(grid.name, where, read.shown);
  if (read.value < 0) return null;
  // The money for each area: the quota, the whole sized once the areas are known.
  const byArea =
    each === null ? {} : { target: 0, quota: read.value, perArea: each.perArea, perAreaByUnit: perAreaUnitDoubt(grid.name, where, written.cell ?? where, written.text, each) };
  return {
    code: `${code}${MONEY_SUFFIX}`,
    // `Thành lập …` → `Kinh phí thành lập …`; an abbreviation (`CLB …`) keeps its capitals.
    name: `Kinh phí ${/^.\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase("vi") + name.slice(1) : name}`,
    unit: unitText,
    kind: "money",
    target: read.value,
    rule: read.rule ?? defaultRule("money"),
    scale: unit.scale,
    source: { sheet: grid.name, cell: where },
    ...byArea,
  };
}
