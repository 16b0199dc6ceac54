/**
 * Name cells that hold an error value (`#REF!` where a reference was
 * deleted, `#N/A` from a lookup): an area whose name cannot be read, a
 * column (row) whose header cannot be read. Each is told once, as an
 * `invalid-value` error at that cell; the `coverage` and `unmapped`
 * warnings it alone would cause (the row not among the plan's areas, the
 * plan's area or line it probably is left without a row or column) are
 * left to that finding, which names them.
 */
import type { Finding } from "../model/finding";
import { columnLetters } from "../model/address";
import type { PlanArea, PlanLine } from "../model/plan";
import { localized } from "../model/text";
import { cellValue, isCellError } from "../model/workbook";
import type { RuleContext } from "./context";
import { makeFinding } from "./finding";
import { districtKeyOf } from "./mistypedArea";
import { areaKey } from "../text/fold";
import { districtsNamedByCommunes } from "./namedByCommunes";

/** The error a label cell holds (`#REF!`), or null. */
function errorAt(context: RuleContext, row: number, col: number): string | null {
  const value = cellValue(context.sheet, row, col);
  return isCellError(value) ? value.error : null;
}

/** Indexes of the table's areas whose name cell holds an error value. */
export function errorNamedAreas(context: RuleContext): number[] {
  const out: number[] = [];
  const { areas } = context.table;
  for (let index = 0; index < areas.length; index++) {
    if (errorAt(context, areas[index].labelRow, areas[index].labelCol) !== null) out.push(index);
  }
  return out;
}

/** Indexes of the table's lines, matched to no plan line, whose header cell holds an error value. */
export function errorHeadedLines(context: RuleContext): number[] {
  const out: number[] = [];
  context.table.lines.forEach((line, index) => {
    if (context.linePlan[index] === null && errorAt(context, line.headerRow, line.headerCol) !== null) out.push(index);
  });
  return out;
}

/**
 * The plan's areas with no row that the error-named areas stand for: per
 * district (or the whole list without districts), those missing there when
 * the error-named areas there are at least as many — each of them then
 * probably one of these. Where more are missing than names are unreadable,
 * nothing tells which: none is taken.
 */
export function errorNameStandIns(context: RuleContext, named: readonly number[], missing: readonly PlanArea[]): Map<number, PlanArea[]> {
  const byDistrict = new Map<string, number[]>();
  for (const index of named) {
    if (context.table.areas[index].kind !== "leaf") continue;
    const key = districtKeyOf(context, index) ?? "";
    byDistrict.set(key, [...(byDistrict.get(key) ?? []), index]);
  }
  const out = new Map<number, PlanArea[]>();
  // A district's row: the district its communes name in the plan (`namedByCommunes.ts`).
  const groups = new Set(named);
  for (const { area, planDistrict } of districtsNamedByCommunes(context.table, context.plan)) if (groups.has(area)) out.set(area, [{ district: planDistrict }]);
  for (const [district, indexes] of byDistrict) {
    const pool = missing.filter((planArea) => district === "" || (planArea.commune !== undefined && areaKey(planArea.district) === district));
    if (pool.length === 0 || pool.length > indexes.length) continue;
    for (const index of indexes) out.set(index, pool);
  }
  return out;
}

/** The plan lines with no column (row) that the error-headed lines stand for: all of them, when they are no more than those lines. */
export function errorHeaderStandIns(unmapped: readonly PlanLine[], headed: readonly number[]): readonly PlanLine[] {
  return unmapped.length > 0 && unmapped.length <= headed.length ? unmapped : [];
}

function names(list: readonly string[], or: string): string {
  return list.length <= 1 ? list.join("") : `${list.slice(0, -1).join(", ")} ${or} ${list[list.length - 1]}`;
}

/** The `invalid-value` error at an area's name cell holding an error value. */
export function errorNameFinding(context: RuleContext, index: number, standIns: readonly PlanArea[]): Finding {
  const area = context.table.areas[index];
  const error = errorAt(context, area.labelRow, area.labelCol) ?? "#ERROR";
  const rows = context.table.orientation === "areas-as-rows";
  const at = rows ? String(area.index + 1) : columnLetters(area.index);
  const word = rows ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  const parent = area.parent !== null && context.table.areas[area.parent].kind !== "total" ? context.table.areas[area.parent].label : null;
  const counted = parent === null
    ? { vi: "vẫn được tính vào tổng", en: "are still counted in the totals" }
    : { vi: `vẫn được tính vào tổng của ${parent}`, en: `are still counted in the total of ${parent}` };
  const quoted = standIns.map((planArea) => `"${planArea.commune ?? planArea.district}"${planArea.commune !== undefined ? ` (${planArea.district})` : ""}`);
  const guess = quoted.length === 0
    ? { vi: "", en: "" }
    : {
        vi: ` Kế hoạch có ${names(quoted, "và")} chưa có ${word.vi} nào trong biểu: có lẽ đây là ${quoted.length === 1 ? "tên đó" : "một trong các tên đó"}.`,
        en: ` The plan's ${names(quoted, "and")} ${quoted.length === 1 ? "has" : "have"} no ${word.en} in the table: probably ${quoted.length === 1 ? "this one's name" : "one of them is this one's name"}.`,
      };
  return makeFinding({
    rule: "invalid-value",
    severity: "error",
    sheet: context.table.sheet,
    at: { row: area.labelRow, col: area.labelCol },
    indicator: null,
    area: null,
    expected: null,
    actual: null,
    message: localized(
      `Ô tên địa bàn có giá trị lỗi ${error}: không đọc được tên địa bàn của ${word.vi} ${at}; số liệu của ${word.vi} này ${counted.vi}, nhưng không đối chiếu được với địa bàn nào của kế hoạch.${guess.vi} Sửa công thức (tham chiếu bị mất) hoặc ghi lại tên địa bàn.`,
      `The area's name cell holds the error ${error}: the name of ${word.en} ${at} cannot be read; its figures ${counted.en}, but it cannot be matched to any area of the plan.${guess.en} Repair the formula (its lost reference) or write the area's name.`,
    ),
  });
}

/** The `invalid-value` error at a line's header cell holding an error value. */
export function errorHeaderFinding(context: RuleContext, index: number, standIns: readonly PlanLine[]): Finding {
  const line = context.table.lines[index];
  const error = errorAt(context, line.headerRow, line.headerCol) ?? "#ERROR";
  const columns = context.table.orientation === "areas-as-rows";
  const word = columns ? { vi: "cột", en: "column" } : { vi: "dòng", en: "row" };
  const at = columns ? columnLetters(line.index) : String(line.index + 1);
  const quoted = standIns.map((planLine) => `${planLine.code} "${planLine.name}"`);
  const guess = quoted.length === 0
    ? { vi: "chỉ tiêu nó ghi", en: "the plan line it holds" }
    : {
        vi: `chỉ tiêu nó ghi (có lẽ ${quoted.length === 1 ? "" : "một trong "}${names(quoted, "hoặc")} của kế hoạch, chưa có ${word.vi} nào khớp)`,
        en: `the plan line it probably holds (${names(quoted, "or")}, which no other ${word.en} matches)`,
      };
  return makeFinding({
    rule: "invalid-value",
    severity: "error",
    sheet: context.table.sheet,
    at: { row: line.headerRow, col: line.headerCol },
    indicator: null,
    area: null,
    expected: null,
    actual: null,
    message: localized(
      `Tiêu đề của ${word.vi} ${at} có giá trị lỗi ${error}: không đọc được tên ${word.vi}, nên không kiểm tra được ${guess.vi}. Sửa công thức hoặc ghi lại tên chỉ tiêu ở tiêu đề.`,
      `The header of ${word.en} ${at} holds the error ${error}: its name cannot be read, so ${guess.en} cannot be checked. Repair the formula or write the line's name in the header.`,
    ),
  });
}
