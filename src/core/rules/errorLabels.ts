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
import { localized, type LocalizedText } from "../model/text";
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

/** Per table: the areas `errorNamedAreas` found, and the sheet they were read in (a context copied for a rule shares both). */
const ERROR_NAMED = new WeakMap<RuleContext["table"], { readonly sheet: RuleContext["sheet"]; readonly named: readonly number[] }>();

/** Indexes of the table's areas whose name cell holds an error value (every name cell read once per table and sheet). */
export function errorNamedAreas(context: RuleContext): readonly number[] {
  const known = ERROR_NAMED.get(context.table);
  if (known !== undefined && known.sheet === context.sheet) return known.named;
  const out: number[] = [];
  const { areas } = context.table;
  for (let index = 0; index < areas.length; index++) {
    if (errorAt(context, areas[index].labelRow, areas[index].labelCol) !== null) out.push(index);
  }
  ERROR_NAMED.set(context.table, { sheet: context.sheet, named: out });
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

/**
 * The `invalid-value` error at an area's name cell holding an error value.
 * With the plan area it probably is (`errorNameStandIns`), the message names
 * it and why; only when none is guessed does it say the row matches no area.
 */
export function errorNameFinding(context: RuleContext, index: number, standIns: readonly PlanArea[]): Finding {
  const area = context.table.areas[index];
  const error = errorAt(context, area.labelRow, area.labelCol) ?? "#ERROR";
  const rows = context.table.orientation === "areas-as-rows";
  const at = rows ? String(area.index + 1) : columnLetters(area.index);
  const cell = `${columnLetters(area.labelCol)}${area.labelRow + 1}`;
  const word = rows ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  const parent = area.parent !== null && context.table.areas[area.parent].kind !== "total" ? context.table.areas[area.parent].label : null;
  const counted = parent === null
    ? { vi: "vẫn được tính vào tổng", en: "are still counted in the totals" }
    : { vi: `vẫn được tính vào tổng của ${parent}`, en: `are still counted in the total of ${parent}` };
  const quoted = standIns.map((planArea) => `"${planArea.commune ?? planArea.district}"${planArea.commune !== undefined ? ` (${planArea.district})` : ""}`);
  const message = quoted.length === 0
    ? localized(
        `Ô tên địa bàn có giá trị lỗi ${error}: không đọc được tên địa bàn của ${word.vi} ${at}; số liệu của ${word.vi} này ${counted.vi}, nhưng không đối chiếu được với địa bàn nào của kế hoạch. Sửa công thức (tham chiếu bị mất) hoặc ghi lại tên địa bàn.`,
        `The area's name cell holds the error ${error}: the name of ${word.en} ${at} cannot be read; its figures ${counted.en}, but it cannot be matched to any area of the plan. Repair the formula (its lost reference) or write the area's name.`,
      )
    : guessedNameMessage(area.kind === "group" || area.kind === "heading", { cell, error, word, counted, quoted });
  return makeFinding({
    rule: "invalid-value",
    severity: "error",
    sheet: context.table.sheet,
    at: { row: area.labelRow, col: area.labelCol },
    indicator: null,
    area: null,
    expected: null,
    actual: null,
    message,
  });
}

interface GuessedName {
  readonly cell: string;
  readonly error: string;
  readonly word: { readonly vi: string; readonly en: string };
  readonly counted: { readonly vi: string; readonly en: string };
  readonly quoted: readonly string[];
}

/** The message of an error-named area taken for one plan area (or one of a few): named directly, with the evidence. */
function guessedNameMessage(group: boolean, { cell, error, word, counted, quoted }: GuessedName): LocalizedText {
  const one = quoted.length === 1;
  const which = one ? { vi: quoted[0], en: quoted[0] } : { vi: `một trong ${names(quoted, "hoặc")}`, en: `one of ${names(quoted, "or")}` };
  const because = group
    ? { vi: `các xã dưới nó thuộc ${quoted[0]} trong kế hoạch`, en: `the communes under it are ${quoted[0]}'s in the plan` }
    : one
      ? { vi: `địa bàn này của kế hoạch chưa có ${word.vi} nào trong biểu`, en: `that area of the plan has no ${word.en} in the table` }
      : { vi: `các địa bàn này của kế hoạch chưa có ${word.vi} nào trong biểu`, en: `those areas of the plan have no ${word.en} in the table` };
  return localized(
    `Tên địa bàn ở ô ${cell} là lỗi ${error}; có lẽ đây là ${which.vi}, vì ${because.vi} — hãy sửa lại tên (công thức bị mất tham chiếu). Số liệu của ${word.vi} này ${counted.vi}.`,
    `The area name in cell ${cell} is the error ${error}; it is probably ${which.en}, as ${because.en} — write the name again (the formula lost its reference). Its figures ${counted.en}.`,
  );
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
