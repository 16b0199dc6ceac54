/**
 * The lines of one plan table, row by row under its header: each row is a
 * line, a heading, a total, a note, or where the table ends.
 */
import { a1 } from "../model/address";
import type { PlanLine } from "../model/plan";
import type { LocalizedText } from "../model/text";
import { cellText, shownText, type Grid } from "../layout/grid";
import { readNote } from "../layout/unitNote";
import { isRomanNumeral, isTotalLabel } from "../layout/labels";
import { isTrailerText } from "../layout/trailer";
import { isPercentFormat } from "../cells/numberFormat";
import { cellRef, planError } from "./planErrors";
import { areaHeaderInRow } from "./planAreas";
import { codeAsShown } from "./codeCell";
import { notANumber, noFormulaValue, quotaWithoutTarget } from "./lineRefusals";
import { UnitDoubts } from "./unitDoubts";
import { headerKey, type PlanHeader, type PlanRole } from "./planHeader";
import { perAreaOf, perAreaUnit, readAmount, readCode, readQuota, readRule } from "./planValues";
import { perAreaUnitDoubt } from "./perAreaTargets";
import { wholeUnderPerAreaHeader, type HeaderDisagreement } from "./headerPerArea";
import type { TotalRow } from "./totalRows";
import { dashedTargetDoubt, isDash } from "./dashedTargets";
import { defaultRule } from "./defaultRule";
import { firstText, hasAmount, holdsFigure, isBlankValue, isCross } from "./planCells";
import { firstYearCell, readYearTargets, sumOfYears } from "./yearTargets";
import { isColumnNumbering } from "./columnNumbering";
import { codesStartOver, repeatedHeaderAt } from "./repeatedHeader";
import { noteRowDoubts } from "./noteRows";
import { readNamedTotal, readTotalRow } from "./totalRowReader";
import { decideLineUnit, tableUnits, uncodedRowUnit } from "./lineUnit";
import { BULLETS, BulletCodes, headsParts, LETTER_CODE, NAME_BULLET, nameBullet, NUMBERED_CODE, OF_WHICH } from "./bulletCodes";
import { sectionCode, type CodeCell } from "./planSections";
import { uncodedFigure } from "./uncodedFigure";
import { moneyLine } from "./moneyLine";
import { withPercentFractions } from "./percentFractions";
import type { TableReading } from "./planTable";

export function readLines(
  grid: Grid,
  header: PlanHeader,
  years: ReadonlyMap<number, number>,
  wholeFromYears = false,
  startSection: string | null = null,
): Omit<TableReading, "grid" | "header" | "years" | "unclear"> {
  const cols = header.columns as Record<PlanRole, number | undefined>;
  const lines: PlanLine[] = [];
  /** The section (`I`, `II`, `A` …) each line sits in, and its code cell. */
  const sections: CodeCell[] = [];
  let section: string | null = startSection;
  let lastRow = header.bottom;
  // The units the table states for its targets and its money, and the lines whose own unit cell says another.
  const units = tableUnits(grid, header, wholeFromYears);
  const moneyCol = units.moneyCol;
  const moneyUnit = units.money;
  const unitDoubts = new UnitDoubts(grid.name);
  /** Lines whose unit cell (`tổ/xã`) makes the target a figure for each area. */
  const perAreaDoubts: LocalizedText[] = [];
  /** The last row repeating the header, and where a second table in other columns starts. */
  let repeatedHeader = -1;
  let stop: TableReading["stop"] = null;
  const bullets = new BulletCodes(grid, header);
  /** Indexes (in `lines`) of the lines numbered from a bullet. */
  const bulleted = new Set<number>();
  /** Uncoded `Tổng kinh phí` and `Tổng cộng` rows: said, not refused, when the lines do not add up to them. */
  const totals: TotalRow[] = [];
  /** Percent lines whose target is a number in a plain format (`0.85`). */
  const plainPercents: number[] = [];
  /** Lines whose target is a dash, read as 0. */
  const dashDoubts: LocalizedText[] = [];
  /** Figures on rows with no code that are no total: notes, not lines. */
  const noteDoubts: LocalizedText[] = [];
  /** Under a `Trong đó` of the last coded line. */
  let ofWhich = false;
  /** The last line's code that letters (`a`, `b`) number under, or null (none yet, or a section heading since). */
  let lettered: string | null = null;
  for (let row = header.bottom + 1; row < grid.rowCount; row++) {
    const text = (role: PlanRole): string => (cols[role] === undefined ? "" : shownText(grid, row, cols[role]!));
    const rawCode = cols.code === undefined ? null : grid.value(row, cols.code);
    const typed = cols.code === undefined ? readCode(rawCode) : codeAsShown(rawCode, grid.numberFormat(row, cols.code));
    // `a`, `b` under `2. Câu lạc bộ`: lettered sub-items of the numbered line above (`2.a`, `2.b`).
    const written = lettered !== null && LETTER_CODE.test(typed) ? `${lettered}.${typed}` : typed;
    if (typed !== "" && !LETTER_CODE.test(typed)) lettered = NUMBERED_CODE.test(typed) && !isRomanNumeral(typed) ? typed : null;
    const writtenName = text("name");
    // `Trong đó:` alone on its row (name or code cell): the uncoded lines after it are parts of the line above.
    const ofWhichHeading = headerKey(writtenName) === OF_WHICH || headerKey(text("code")) === OF_WHICH;
    // `- Ngân sách trung ương` under `3 | Kinh phí` (the mark in the code cell or before the name): a sub-item of the line above.
    const bullet = BULLETS.has(written) ? written : written === "" ? nameBullet(writtenName) : null;
    const mark = bullet ?? (ofWhich && written === "" && writtenName !== "" && !ofWhichHeading ? "-" : null);
    if (mark === null && written !== "" && !ofWhichHeading) {
      bullets.startAt(written);
      ofWhich = false;
    }
    if (ofWhichHeading || (bullet !== null && NAME_BULLET.exec(writtenName.normalize("NFC"))?.[1] === undefined)) ofWhich = true;
    const code = mark !== null ? mark : written;
    const name = mark !== null ? writtenName.normalize("NFC").replace(NAME_BULLET, "") : writtenName;
    const first = firstText(grid, row);
    if (first !== "" && isTrailerText(first)) {
      // `ĐVT: triệu đồng` on its own row: the note over a table below, not the sheet's end.
      if (readNote(first) !== null) continue;
      // `Ghi chú: …` ends the table (numbered notes may follow): a figure on it, or lines shaped below it, said.
      noteDoubts.push(...noteRowDoubts(grid, row, cols.code, cols.target!));
      break;
    }
    // The areas' table below the lines (`STT | Huyện | Tên xã`), its header blank in the target column or heading it.
    const areaHeader = areaHeaderInRow(grid, row);
    if (areaHeader !== null && (!holdsFigure(grid.value(row, cols.target!)) || [areaHeader.district, areaHeader.commune, areaHeader.single].includes(cols.target))) break;
    // `(1) | (2) | (3) | (4)`, `A | B | C | D` under the header: the columns' numbers, no line.
    if ((row <= header.bottom + 2 || row <= repeatedHeader + 2) && isColumnNumbering(grid, row)) continue;
    // The header written again (a second table, a page's repeated header): read on under it when its columns are the same; else its lines are not read, and that is said.
    const again = repeatedHeaderAt(grid, row, header);
    // The same header over codes that start over (`1`, `2` again, no section between): another table, not a page's repeated header.
    const startsOver = again === "same" && codesStartOver(grid, row, header, lines.map((line, i) => ({ code: line.code, section: sections[i].section })), section);
    if (again === "same" && !startsOver) {
      repeatedHeader = row;
      continue;
    }
    if (again === "other" || startsOver) {
      stop = { row, section };
      break;
    }
    let targetCol = wholeFromYears ? (firstYearCell(grid, row, years) ?? cols.target!) : cols.target!;
    // `Kế hoạch | Kế hoạch điều chỉnh`: a line the adjustment leaves blank keeps its first target.
    if (!wholeFromYears && header.firstTarget !== undefined && isBlankValue(grid.value(row, targetCol))) targetCol = header.firstTarget;
    // `Số lượng | Kinh phí`: a line with money only (`Kinh phí quản lý | | 50`) gives its money target.
    const moneyOnly = moneyCol !== undefined && isBlankValue(grid.value(row, targetCol)) && hasAmount(grid.value(row, moneyCol));
    if (moneyOnly) targetCol = moneyCol;
    const targetValue = grid.value(row, targetCol);
    // `I | Chỉ tiêu chung | - `: a dash in a section heading's target cell, no target.
    // `1 | Hoạt động truyền thông | (no unit) | x`: the mark forms put where no figure applies, over a heading's parts.
    // `1 | Hoạt động truyền thông | | -` over `1.1`, `1.2`: a dash over the line's parts, no target of its own (elsewhere a dash is a target of 0).
    const dashedHeading =
      (isDash(targetValue) && ((sectionCode(code, name) ?? sectionCode("", text("code"))) !== null || (cols.code !== undefined && headsParts(grid, row, cols.code, cols.name, code)))) ||
      (isCross(targetValue) && text("unit") === "");
    // `=Nguồn!A1` saved with no value (and none computed): the line's target is unknown, not absent.
    const uncomputed = targetValue === null ? grid.formula?.(row, targetCol) : undefined;
    if (uncomputed !== undefined) throw noFormulaValue(grid.name, a1(row, targetCol), uncomputed);
    // `| tổ | (blank) | 1 tổ/xã |`: a quota with no target is not a heading, and its target is not guessed.
    if (isBlankValue(targetValue) && !dashedHeading && cols.quota !== undefined && hasAmount(grid.value(row, cols.quota)) && (code !== "" || name !== "")) {
      throw quotaWithoutTarget(grid.name, a1(row, cols.quota), shownText(grid, row, cols.quota), a1(row, targetCol));
    }
    if (isBlankValue(targetValue) || dashedHeading) {
      // Blank row or heading (`I. Chỉ tiêu`): not a line, but it may number a section.
      const heading = sectionCode(code, name) ?? sectionCode("", text("code"));
      if (heading !== null) {
        section = heading;
        if (typed === "") lettered = null;
      }
      continue;
    }
    // A figure on a row with neither code nor name (`| | | 7`): a total when the row says so in another cell, else a note, said at its cell.
    if (code === "" && name === "" && !isTotalLabel(first)) {
      if (hasAmount(targetValue)) noteDoubts.push(uncodedFigure(grid.name, a1(row, targetCol), shownText(grid, row, targetCol), null));
      continue;
    }
    const cells = { grid, row, cols, name, targetCol, targetValue, moneyOnly };
    const candidate = { ...cells, code, mark, first, section };
    const total = readTotalRow(candidate, units);
    if (total !== null) {
      totals.push(...total);
      continue;
    }
    lastRow = row;
    const where = a1(row, targetCol);
    // Numbered under the line above (3.1, 3.2 …) once it is known to be a line.
    // `- NSTW | | 400` under `1 | Thành lập tổ | 14 | 700`: a part of the line's money (`1-KP.1`), not of its count.
    const lineCode = mark !== null ? bullets.codeFor(mark, moneyOnly) : code;
    // `Tổng kinh phí` in the money column beside the counts, coded or not: the total of the lines' money, no line of its own.
    const named = readNamedTotal(candidate, units, lineCode);
    if (named !== null) {
      totals.push(...named);
      continue;
    }
    // `| Dự phòng | | 50`: a figure under the target with no code and no unit of its own is a note to the plan, not a line: said, not refused.
    // `Dự phòng (triệu đồng) | 50` under `Kinh phí (triệu đồng)`, no unit column: the name restates the table's unit, no unit of its own — a note too.
    if (lineCode === "" && mark === null && uncodedRowUnit(cells, units) === "" && hasAmount(targetValue)) {
      noteDoubts.push(uncodedFigure(grid.name, where, shownText(grid, row, targetCol), name));
      continue;
    }
    if (lineCode === "") {
      throw planError(
        "bad-plan",
        `${cellRef(grid.name, a1(row, cols.code!))}: chỉ tiêu "${name}" không có mã.`,
        `${cellRef(grid.name, a1(row, cols.code!))}: line "${name}" has no code.`,
      );
    }
    const codeCell = a1(row, cols.code!);
    // `II | Kinh phí | 500`: a section heading with its own total starts the section its lines are numbered in.
    const ownSection = sectionCode(lineCode, "");
    if (ownSection !== null) section = ownSection;
    // `1.1` typed as a number: a `1.10` may have lost its zero.
    const asNumber = mark === null && typeof rawCode === "number" && !Number.isInteger(rawCode);
    sections.push({ section: ownSection !== null ? null : section, cell: codeCell, asNumber });
    const lineUnit = decideLineUnit(cells, units);
    const { own: ownUnit, ownCell: ownUnitCell, written: writtenUnit, perArea: unitPerArea, text: unitText, info: unit, cell: unitCellOf, statedHere } = lineUnit;
    if (lineUnit.overStated !== null) unitDoubts.add(statedHere!, lineUnit.overStated, lineCode);
    // `01 tổ/xã`: the figure for each area, the whole sized once the areas are known.
    const perArea = unitPerArea?.perArea ?? (wholeFromYears ? null : perAreaOf(targetValue));
    const norm =
      perArea === null
        ? null
        : unitPerArea === null
          ? readQuota(targetValue, unit, unitText, grid.numberFormat(row, targetCol))
          : wholeFromYears
            ? sumOfYears(grid, row, years, unit)
            : readAmount(targetValue, unit, grid.numberFormat(row, targetCol));
    const byUnit = unitPerArea !== null && norm !== null && norm.ok ? perAreaUnitDoubt(grid.name, where, unitCellOf, writtenUnit, unitPerArea) : null;
    if (byUnit !== null) perAreaDoubts.push(byUnit);
    // `2 | Hội thảo | cuộc | -`: none planned, a target of 0 (said below, once the rule is known).
    const dashed = wholeFromYears ? [...years.values()].filter((col) => isDash(grid.value(row, col))) : isDash(targetValue) ? [targetCol] : [];
    const target =
      (norm !== null && norm.ok) || (!wholeFromYears && isDash(targetValue))
        ? { ok: true as const, value: 0, where }
        : wholeFromYears
          ? sumOfYears(grid, row, years, unit)
          : { ...readAmount(targetValue, unit, grid.numberFormat(row, targetCol)), where };
    if (!target.ok) throw notANumber(grid.name, target.where, target.shown);
    if (target.value < 0) {
      throw planError(
        "bad-plan",
        `${cellRef(grid.name, where)}: kế hoạch âm (${cellText(targetValue)}).`,
        `${cellRef(grid.name, where)}: negative target (${cellText(targetValue)}).`,
      );
    }
    // A target written with its comparison (`≥ 85%`) gives the rule; a rule column still wins.
    let rule = (target.ok ? target.rule : undefined) ?? defaultRule(unit.kind);
    if (cols.rule !== undefined) {
      const read = readRule(grid.value(row, cols.rule));
      if (read === null) {
        const cell = a1(row, cols.rule);
        const shown = shownText(grid, row, cols.rule);
        throw planError(
          "bad-plan",
          `${cellRef(grid.name, cell)}: "${shown}" không phải là phép so sánh (<=, =, >=).`,
          `${cellRef(grid.name, cell)}: "${shown}" is not a rule (<=, =, >=).`,
        );
      }
      if (read !== undefined) rule = read;
    }
    let quota: number | undefined;
    // `-` in the quota column: no per-area figure for the line (as a blank), never a quota of 0 at every area.
    if (cols.quota !== undefined && grid.value(row, cols.quota) !== null && text("quota") !== "" && !isDash(grid.value(row, cols.quota))) {
      const read = readQuota(grid.value(row, cols.quota), unit, unitText, grid.numberFormat(row, cols.quota));
      if (!read.ok) throw notANumber(grid.name, a1(row, cols.quota), read.shown);
      quota = read.value;
    }
    if (quota === undefined && norm !== null && norm.ok) quota = norm.value;
    const yearTargets = readYearTargets(grid, row, years, unit);
    if (dashed.length > 0) {
      const dashCells = dashed.map((col) => a1(row, col));
      dashDoubts.push(dashedTargetDoubt(grid.name, dashCells, cellText(grid.value(row, dashed[0])).trim(), lineCode, target.value, rule));
    }
    if (mark !== null) bulleted.add(lines.length);
    if (unit.kind === "percent" && typeof targetValue === "number" && !isPercentFormat(grid.numberFormat(row, targetCol)) && !wholeFromYears) plainPercents.push(lines.length);
    // `tổ` in the line's unit cell under `Kế hoạch (tổ/xã)`: the line's own cell read (the whole), the header's per-area reading kept aside for the sheet to decide, and said.
    const headerPerArea = statedHere?.where === "header" && cols.quota === undefined && ownUnit !== "" && perArea === null && perAreaUnit(ownUnit) === null ? perAreaUnit(statedHere.text) : null;
    const disagreement: HeaderDisagreement | null =
      headerPerArea !== null && headerPerArea.kind === unit.kind && target.value > 0 && dashed.length === 0
        ? {
            sheet: grid.name,
            target: where,
            code: lineCode,
            figure: wholeFromYears ? String(Number((target.value / (unit.kind === "money" ? unit.scale : 1)).toPrecision(12))) : shownText(grid, row, targetCol),
            own: { text: ownUnit, cell: ownUnitCell },
            header: { text: statedHere!.text, cell: statedHere!.cell, read: headerPerArea },
          }
        : null;
    const readLine: PlanLine = {
      code: lineCode,
      name: name || lineCode,
      unit: unitText,
      kind: unit.kind,
      target: target.value,
      rule,
      ...(quota !== undefined ? { quota } : {}),
      ...(perArea !== null && norm !== null && norm.ok ? { perArea } : {}),
      ...(byUnit !== null ? { perAreaByUnit: byUnit } : {}),
      scale: unit.kind === "money" ? unit.scale : 1,
      source: { sheet: grid.name, cell: where },
      ...(yearTargets !== null ? { yearTargets } : {}),
    };
    if (disagreement === null) lines.push(readLine);
    else {
      const whole = wholeUnderPerAreaHeader(readLine, target.value, disagreement);
      perAreaDoubts.push(whole.said);
      lines.push(whole.line);
    }
    // `Thành lập tổ truyền thông | tổ | 14 | 700`: the line's money beside its count is a line of its own.
    if (moneyCol !== undefined && !moneyOnly && unit.kind !== "money" && moneyUnit !== null && hasAmount(grid.value(row, moneyCol))) {
      // `Kinh phí (triệu đồng/xã)` with no quota column: the money for each area, said as for a unit cell.
      // With a quota column too: its figure is the count's (`1 tổ/xã`), the money's for each area is the column's own.
      const perAreaMoney = perAreaUnit(moneyUnit.text);
      const money = moneyLine(grid, row, moneyCol, moneyUnit, lineCode, name || lineCode, perAreaMoney);
      if (money?.perAreaByUnit !== undefined) perAreaDoubts.push(money.perAreaByUnit);
      if (money !== null) {
        sections.push(sections[sections.length - 1]);
        if (mark !== null) bulleted.add(lines.length);
        lines.push(money);
        if (mark === null) bullets.moneyAt(money.code);
      }
    }
  }
  // A total within a section may add up that section's lines: their places in `lines`.
  const sectioned = totals.map((total) => (total.section === null ? total : { ...total, lines: sections.flatMap((cell, i) => (cell.section === total.section ? [i] : [])) }));
  return { lines: withPercentFractions(lines, plainPercents), sections, lastRow, bulleted, doubts: [...unitDoubts.list(), ...perAreaDoubts, ...dashDoubts, ...noteDoubts], totals: sectioned, stop };
}
