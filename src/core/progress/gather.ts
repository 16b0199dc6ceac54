/**
 * Gathers what the results sheets report — per-period sheets and line-level
 * tables — into one set of periods, line results and area results, and
 * refuses contradictions: one period reported twice for a line (two sheets,
 * or two columns) with different figures, and periods that partly overlap
 * (`9 tháng 2024` beside `6 tháng cuối năm 2024`), whose sum would count
 * months twice. A period that a longer reported one covers (`6 tháng đầu năm
 * 2024` beside `Năm 2024`) is set aside for it, with an info; sheets of one
 * period for different areas (one per district) are added up.
 */
import { a1, cellPlace, sheetInText } from "../model/address";
import { InputError } from "../model/errors";
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import { localized, type LocalizedText } from "../model/text";
import type { SheetData } from "../model/workbook";
import { CELL, type RuleContext } from "../rules";
import { makeFinding } from "../rules/finding";
import { areaKey, wordKey } from "../text/fold";
import { periodInYear } from "./titleYear";
import { copiedSheetFindings, fingerprint, type SheetFingerprint } from "./copiedSheets";
import { comparePeriods, endIndex, overlaps, parseSheetPeriod, supersededPeriods, type Period, type PlanPeriod } from "./periods";
import { setAsideNestedPeriods } from "./nestedPeriods";
import { readLineTable, type LineTableReading } from "./lineTable";
import { readPeriodSheet, type PeriodSheetReading } from "./periodSheets";
import { checkRunningLeaves } from "./runningLeaves";
import { checkCumulativeSheet, cumulativeSheetEnd } from "./cumulativeSheets";
import { titleSaysCumulative } from "./resultsSheets";
import { yearBlocks } from "./yearBlocks";
import { isEstimateSheet, periodLabelOfSheet, periodNameOf, type ResultsSheets } from "./resultsSheets";
import type { AreaMatrix, CellRef, GatheredResults, LineResults, PeriodPresence, PeriodValue } from "./types";
import type { ContextBuffers } from "../rules/context";
import { AreaMatrixBuilder } from "./areaMatrix";
import { unreadPeriodSheetFinding } from "./unreadPeriodSheet";

function where(at: CellRef): string {
  return at.row < 0 ? sheetInText(at.sheet) : cellPlace(at.sheet, a1(at.row, at.col));
}

/** An info about a results sheet as a whole (no cell): how its figures were counted. */
function sheetInfo(sheet: string, message: LocalizedText): Finding {
  return makeFinding({ rule: "pace", severity: "info", sheet, at: null, message });
}

/** An info on a sheet of estimates: set aside beside `done` (a sheet of figures done over the same months), else counted for its period. */
function estimateSheetFinding(sheet: string, period: Period, done: string | null): Finding {
  const until = `${String(period.endMonth).padStart(2, "0")}/${period.year}`;
  return sheetInfo(
    sheet,
    done !== null
      ? localized(
          `Trang ${sheetInText(sheet)} là số ước tính, trùng thời gian với trang ${sheetInText(done)} đã thực hiện; số ước tính không được cộng vào lũy kế.`,
          `Sheet ${sheetInText(sheet)} holds estimates over months the sheet ${sheetInText(done)} reports as done; estimates are not added to the cumulative figures.`,
        )
      : localized(
          `Trang ${sheetInText(sheet)} là số ước tính, chưa phải số đã thực hiện; không có trang nào khác báo cáo kỳ này, nên số ước được tính vào lũy kế và tiến độ được tính đến ${until}. Khi có số thực hiện, hãy thay vào.`,
          `Sheet ${sheetInText(sheet)} holds estimates, not figures done; no other sheet reports that period, so the estimates count in the cumulative figures and progress runs to ${until}. Replace them with actual figures when they are known.`,
        ),
  );
}

/** A sheet named for a running total (`Lũy kế`, `Cộng dồn`), as a word key. */
const CUMULATIVE_NAME = /\b(?:luy ke|cong don)\b/;

/** An info on a sheet of running totals beside the periods' own sheets: not added, the periods give the cumulative figures. */
function cumulativeSheetFinding(sheet: string): Finding {
  return sheetInfo(
    sheet,
    localized(
      `Trang ${sheetInText(sheet)} là số lũy kế, không phải một kỳ báo cáo: không được cộng thêm vào tiến độ; lũy kế được tính từ các trang của từng kỳ.`,
      `Sheet ${sheetInText(sheet)} holds running totals, not one period: it is not added to the progress; the cumulative figures come from the periods' own sheets.`,
    ),
  );
}

/** `… đến 30.6.2024`, `… 6-2024`, `… tháng 6 năm 2024`: a name that gives the month its running totals reach (not `Lũy kế 2024`, `Lũy kế 2022-2025`). */
const NAMED_DAY = /(?<![\d])\d{1,2}\s*[./-]\s*(?:\d{1,2}\s*[./-]\s*)?(?:19|20)\d{2}(?!\d)|th[aá]ng\s*\d{1,2}(?!\d)/iu;

/**
 * A warning on a sheet of running totals named for a later month than the
 * last period sheet reports (`Lũy kế đến 30.6.2024` beside `Thực hiện năm
 * 2022`, `2023`): the months between are on no period sheet, so progress
 * runs to the last period sheet and the totals are not checked against it.
 */
function cumulativeBeyondFinding(sheet: string, latest: Period, end: number): Finding {
  const month = (index: number) => `${String(((index - 1) % 12) + 1).padStart(2, "0")}/${Math.floor((index - 1) / 12)}`;
  const [to, last] = [month(end), month(endIndex(latest))];
  return makeFinding({
    rule: "pace",
    severity: "warning",
    sheet,
    at: null,
    message: localized(
      `Trang ${sheetInText(sheet)} là số lũy kế đến ${to}, nhưng các trang kết quả từng kỳ chỉ đến ${last}: số của những tháng sau ${last} không có trang kỳ nào, nên tiến độ chỉ tính đến ${last} và số lũy kế của trang không được đối chiếu với các kỳ. Hãy thêm trang kết quả của kỳ còn thiếu (như "Thực hiện 6 tháng đầu năm ${Math.floor((end - 1) / 12)}").`,
      `Sheet ${sheetInText(sheet)} holds running totals to ${to}, but the period sheets run to ${last} only: the months after ${last} are on no period sheet, so progress runs to ${last} and the sheet's totals are not checked against the periods. Add the missing period's sheet (like "Thực hiện 6 tháng đầu năm ${Math.floor((end - 1) / 12)}").`,
    ),
  });
}

/** A warning on a period's sheet whose title says it holds running totals (`LŨY KẾ ĐẾN HẾT NĂM 2023`): not added, so its period is not counted. */
function periodSheetOfTotalsFinding(sheet: string): Finding {
  return makeFinding({
    rule: "pace",
    severity: "warning",
    sheet,
    at: null,
    message: localized(
      `Trang ${sheetInText(sheet)} mang tên một kỳ nhưng tiêu đề ghi số lũy kế, không phải số của riêng kỳ đó: số liệu không được cộng thêm vào tiến độ (để không tính hai lần), nên tiến độ chỉ tính đến các kỳ trước. Hãy ghi số thực hiện trong kỳ (hoặc thêm cột thực hiện của kỳ bên cạnh cột lũy kế).`,
      `Sheet ${sheetInText(sheet)} is named for a period but its title says it holds running totals, not that period's own figures: they are not added to the progress (not to count them twice), so progress runs to the earlier periods only. Give the period's own figures (or a column of them beside the running totals).`,
    ),
  });
}

/** An info on a sheet whose figures for some lines another sheet of its period already gave: counted once. */
function repeatedFinding(sheet: string, from: string, codes: readonly string[]): Finding {
  return sheetInfo(
    sheet,
    localized(
      `Trang ${sheetInText(sheet)} ghi lại số liệu của chỉ tiêu ${codes.join(", ")} đã có trên trang ${sheetInText(from)} cùng kỳ, với cùng số; số liệu chỉ được tính một lần.`,
      `Sheet ${sheetInText(sheet)} repeats the figures of line${codes.length > 1 ? "s" : ""} ${codes.join(", ")} that sheet ${sheetInText(from)} gives for the same period, the same figures; they are counted once.`,
    ),
  );
}

function conflict(vi: string, en: string): InputError {
  return new InputError("bad-results", localized(vi, en));
}

/** Two sheets giving one line two figures for one period: the later one (in workbook order) is to be left out. */
class SheetConflict extends InputError {
  constructor(
    readonly kept: CellRef,
    readonly dropped: CellRef,
    readonly code_: string,
    readonly period: string,
    text: LocalizedText,
    /** True when the two sheets give the same figures throughout (one sheet copied under two names). */
    readonly sameFigures = false,
  ) {
    super("bad-results", text);
  }
}

/** `Thực hiện 2023 (2)`: the name Excel gives a copied sheet. */
const COPY_NAME = /\(\d+\)\s*$/;

/** A warning on the sheet left out: which sheet was kept, and a cell where the two differ. */
function leftOutFinding(conflicting: SheetConflict): Finding {
  const { kept, dropped, code_: code, period } = conflicting;
  if (conflicting.sameFigures) {
    return makeFinding({
      rule: "unmapped",
      severity: "warning",
      sheet: dropped.sheet,
      at: null,
      message: localized(
        `Hai trang ${sheetInText(kept.sheet)} và ${sheetInText(dropped.sheet)} cùng báo cáo kỳ ${period} với cùng số liệu; allocheck chỉ tính trang ${sheetInText(kept.sheet)}, trang ${sheetInText(dropped.sheet)} không được tính thêm. Hãy giữ một trang cho mỗi kỳ.`,
        `The sheets ${sheetInText(kept.sheet)} and ${sheetInText(dropped.sheet)} both report period ${period} with the same figures; allocheck counts ${sheetInText(kept.sheet)} only and does not add ${sheetInText(dropped.sheet)}. Keep one sheet per period.`,
      ),
    });
  }
  return makeFinding({
    rule: "unmapped",
    severity: "warning",
    sheet: dropped.sheet,
    at: dropped.row < 0 ? null : { row: dropped.row, col: dropped.col },
    message: localized(
      `Hai trang ${sheetInText(kept.sheet)} và ${sheetInText(dropped.sheet)} cùng báo cáo kỳ ${period} nhưng số liệu khác nhau (chỉ tiêu ${code}: ${where(kept)} và ${where(dropped)}). allocheck chỉ tính trang ${sheetInText(kept.sheet)}; trang ${sheetInText(dropped.sheet)} không được tính vào tiến độ. Hãy giữ một trang cho mỗi kỳ, hoặc đặt lại tên trang cho đúng kỳ.`,
      `The sheets ${sheetInText(kept.sheet)} and ${sheetInText(dropped.sheet)} both report period ${period} with different figures (line ${code}: ${where(kept)} and ${where(dropped)}). allocheck counts ${sheetInText(kept.sheet)} only; ${sheetInText(dropped.sheet)} is not counted. Keep one sheet per period, or rename the sheet to its real period.`,
    ),
  });
}

/**
 * `planPeriod`: the plan's years when known, for telling a copy of the plan's target from one year's target.
 * Two sheets that give one period different figures (a user's copy kept beside the sheet) do not stop the
 * check: one is counted — the first in workbook order, unless only it is named like a copy — with a warning.
 */
export function gatherResults(sheets: ResultsSheets, plan: Plan, allocation: RuleContext, planPeriod: PlanPeriod | null = null): GatheredResults {
  const leftOut: Finding[] = [];
  let current = sheets;
  for (;;) {
    try {
      const gathered = gatherOnce(current, plan, allocation, planPeriod);
      return leftOut.length === 0 ? gathered : { ...gathered, findings: [...leftOut, ...gathered.findings] };
    } catch (error) {
      if (!(error instanceof SheetConflict)) throw error;
      const first = error.kept.sheet;
      const second = error.dropped.sheet;
      const swap = COPY_NAME.test(first) && !COPY_NAME.test(second);
      const conflicting = swap ? new SheetConflict(error.dropped, error.kept, error.code_, error.period, error.text, error.sameFigures) : error;
      const drop = conflicting.dropped.sheet;
      leftOut.push(leftOutFinding(conflicting), ...cellFindingsOf(current, drop, plan, allocation, planPeriod));
      current = {
        ...current,
        periodSheets: current.periodSheets.filter((entry) => entry.sheet.name !== drop),
        lineTables: current.lineTables.filter((sheet) => sheet.name !== drop),
      };
    }
  }
}

/** The rules that concern any sheet (CONTRACT §7): a sheet left out of the progress still has its cells checked. */
const SHEET_RULES: ReadonlySet<string> = new Set(["subtotal", "text-number", "invalid-value", "no-value", "duplicate"]);

/** The findings of those rules on a results sheet that is left out (not counted), read on its own. */
function cellFindingsOf(sheets: ResultsSheets, name: string, plan: Plan, allocation: RuleContext, planPeriod: PlanPeriod | null): Finding[] {
  const entry = sheets.periodSheets.find((candidate) => candidate.sheet.name === name);
  let findings: readonly Finding[] = [];
  if (entry !== undefined && entry.period !== null) {
    try {
      findings = readPeriodSheet(entry.sheet, entry.period, plan, allocation).findings;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
  } else {
    const table = sheets.lineTables.find((sheet) => sheet.name === name) ?? entry?.sheet;
    findings = table === undefined ? [] : (readLineTable(table, plan, planPeriod)?.findings ?? []);
  }
  return findings.filter((finding) => SHEET_RULES.has(finding.rule));
}

/** Findings without repeats: each block of a sheet of period blocks tells the same label's finding (an area not in the allocation) once more. */
function onceEach(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.rule}|${finding.sheet}|${finding.cell}|${finding.indicator}|${finding.message.vi}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A finding at a label moved beside its period's block: at the label's own cell. */
function atOwnLabel(finding: Finding, moved: { readonly shift: number; readonly count: number }): Finding {
  if (finding.col === null || finding.row === null || finding.col < moved.shift || finding.col >= moved.shift + moved.count) return finding;
  const col = finding.col - moved.shift;
  return { ...finding, col, cell: a1(finding.row, col) };
}

/** A results sheet with no period in its name that is no line-level table but holds one block of columns per period: a period sheet per block. */
function withYearBlocks(sheets: ResultsSheets, plan: Plan, planPeriod: PlanPeriod | null): { sheets: ResultsSheets; running: BlockSheet[] } {
  const running: BlockSheet[] = [];
  if (!sheets.periodSheets.some((entry) => entry.period === null)) return { sheets, running };
  const periodSheets = sheets.periodSheets.flatMap((entry) => {
    if (entry.period !== null || entry.area !== undefined) return [entry];
    const table = readLineTable(entry.sheet, plan, planPeriod);
    if (table !== null && table.rows.length > 0 && table.columns.some((column) => column.role === "name")) return [entry];
    const blocks = yearBlocks(entry.sheet);
    if (blocks.length === 0) return [entry];
    const moved = (block: (typeof blocks)[number]) => (block.labelShift > 0 ? { movedLabels: { shift: block.labelShift, count: block.labelColumns } } : {});
    // A `Lũy kế` block beside the periods' is their running totals: checked as such a sheet, never added.
    for (const block of blocks) if (block.period === null) running.push({ sheet: block.sheet, ...moved(block) });
    return blocks.flatMap((block) => (block.period === null ? [] : [{ sheet: block.sheet, period: block.period, blockHeader: block.header, ...moved(block) }]));
  });
  return { sheets: { ...sheets, periodSheets }, running };
}

/** A sheet read on its own, perhaps one block of a sheet of period blocks (its labels moved). */
interface BlockSheet {
  readonly sheet: SheetData;
  readonly movedLabels?: { readonly shift: number; readonly count: number };
  /** The month its running totals run to, where its title says so of a period's sheet (year × 12 + month). */
  readonly end?: number;
}

function gatherOnce(given: ResultsSheets, plan: Plan, allocation: RuleContext, planPeriod: PlanPeriod | null): GatheredResults {
  const { sheets, running: runningBlocks } = withYearBlocks(given, plan, planPeriod);
  const findings: Finding[] = [];
  // Sheets of running totals per area beside the periods' own (`Lũy kế 2022-2025`): checked once every period is read.
  const runningSheets: BlockSheet[] = [...runningBlocks];
  const periodReadings: PeriodSheetReading[] = [];
  // Sheets already in time order (the usual case) are added to the area matrix as they are read, so
  // that they can share one reading buffer; otherwise each keeps its own until all are read.
  const inOrder = periodsInOrder(sheets.periodSheets.map((entry) => entry.period));
  // Line-level tables first: their periods may set a period sheet aside (see below).
  const lineTableReadings: LineTableReading[] = [];
  for (const sheet of sheets.lineTables) {
    const reading = readLineTable(sheet, plan, planPeriod);
    if (reading === null) {
      findings.push(
        makeFinding({
          rule: "unmapped",
          severity: "warning",
          sheet: sheet.name,
          at: null,
          message: localized(
            `Trang ${sheetInText(sheet.name)} mang tên bảng tiến độ nhưng không có cột kỳ báo cáo nào đọc được (như Năm 2023, 6 tháng đầu năm 2024, Quý I/2024); trang không được tính vào tiến độ.`,
            `Sheet ${sheetInText(sheet.name)} is named like a progress table but has no period column allocheck can read (such as Năm 2023, 6 tháng đầu năm 2024, Quý I/2024); it is not counted.`,
          ),
        }),
      );
      continue;
    }
    lineTableReadings.push(reading);
  }
  // A period sheet may be set aside for a longer period that covers it: each sheet's reading is then kept until all are read.
  const named = [...sheets.periodSheets.map((entry) => entry.period), ...lineTableReadings.flatMap((reading) => reading.columns.map((column) => (column.role === "period" ? (column.period ?? null) : null)))];
  // Two sheets of one period may repeat a line (counted once): each sheet's reading is then kept until all are read too.
  const sheetPeriods = sheets.periodSheets.map((entry) => entry.period?.id).filter((id) => id !== undefined);
  const onePerPeriod = new Set(sheetPeriods).size === sheetPeriods.length;
  const streamed = inOrder && onePerPeriod && supersededPeriods(named.filter((period) => period !== null)).size === 0 ? newAreaMatrix(allocation) : null;
  const buffers: ContextBuffers = {};
  const tableReadings: LineTableReading[] = [];
  const knownArea = knownAreas(plan, allocation);
  const unfilled: { sheet: string; period: Period }[] = [];
  // Period sheets with figures whose table could not be read: each told by its own warning.
  const unreadSheets: { sheet: string; period: Period }[] = [];
  const prints: SheetFingerprint[] = [];
  for (const { sheet, period: named, titleYear, area, movedLabels } of sheets.periodSheets) {
    // A period read beside words that name no area (`Thực hiện 2023 cũ`) is not taken for a district's sheet.
    const period = area !== undefined && !knownArea(area) ? null : named;
    if (period === null) {
      // `Kết quả thực hiện` with no period in its name, holding one column per period: a line-level table.
      const table = readLineTable(sheet, plan, planPeriod);
      if (table !== null && table.rows.length > 0 && table.columns.some((column) => column.role === "name")) {
        tableReadings.push(table);
        continue;
      }
      // `Kết quả lũy kế đến 30.6.2024` beside the periods' own sheets: a running total, not a period; the periods give it.
      if (CUMULATIVE_NAME.test(wordKey(sheet.name)) && sheets.periodSheets.some((other) => other.period !== null)) {
        runningSheets.push({ sheet });
        continue;
      }
      findings.push(
        makeFinding({
          rule: "unmapped",
          severity: "warning",
          sheet: sheet.name,
          at: null,
          message: localized(
            `Trang ${sheetInText(sheet.name)} mang tên trang kết quả nhưng không đọc được kỳ báo cáo từ tên trang (ghi như "Thực hiện 2023", "Kết quả 6 tháng đầu năm 2024", "Thực hiện Quý III-2024"); số liệu của trang không được tính vào tiến độ.`,
            `Sheet ${sheetInText(sheet.name)} is named like a results sheet but its name gives no period allocheck can read (name it like "Thực hiện 2023", "Kết quả 6 tháng đầu năm 2024", "Thực hiện Quý III-2024"); its figures are not counted.`,
          ),
        }),
      );
      continue;
    }
    if (isEstimateSheet(sheet.name)) {
      // An estimate over months a sheet of figures done reports is set aside; else it stands for its period, said so.
      const done = sheets.periodSheets.find((other) => other.period !== null && !isEstimateSheet(other.sheet.name) && overlaps(other.period, period));
      findings.push(estimateSheetFinding(sheet.name, period, done?.sheet.name ?? null));
      if (done !== undefined) continue;
    }
    if (titleYear !== undefined) {
      findings.push(
        makeFinding({
          rule: "unmapped",
          severity: "warning",
          sheet: sheet.name,
          at: { row: titleYear.row, col: titleYear.col },
          message: localized(
            `Tên trang ${sheetInText(sheet.name)} ghi kỳ ${period.id}, nhưng tiêu đề của trang ghi năm ${titleYear.year}. allocheck tính số liệu của trang vào kỳ ${period.id} theo tên trang; hãy sửa lại tên trang hoặc tiêu đề cho khớp.`,
            `The sheet ${sheetInText(sheet.name)} is named for period ${period.id}, but its title names the year ${titleYear.year}. allocheck counts its figures in ${period.id}, as the name says; make the name and the title agree.`,
          ),
        }),
      );
    }
    let reading: PeriodSheetReading;
    try {
      reading = readPeriodSheet(sheet, period, plan, allocation, streamed !== null ? buffers : undefined);
      if (movedLabels !== undefined) reading = { ...reading, findings: reading.findings.map((finding) => atOwnLabel(finding, movedLabels)) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // Figures under labels the reader cannot read (or none): the table could not be read, named by its header cells.
      const unreadable = hasNumbers(sheet) ? notReported(sheet.name, error.text) : unreadPeriodSheetFinding(sheet);
      // No figures at all: a sheet prepared ahead, told once all are read (as one whose cells are blank).
      if (unreadable === null) unfilled.push({ sheet: sheet.name, period });
      else {
        findings.push(unreadable);
        unreadSheets.push({ sheet: sheet.name, period });
      }
      continue;
    }
    if (notFilledIn(reading)) {
      // A sheet prepared ahead (`Thực hiện 2025`), blank or all zero: not a reported period (told once all are read).
      unfilled.push({ sheet: sheet.name, period });
      continue;
    }
    // `Thực hiện 2023` titled `KẾT QUẢ … LŨY KẾ ĐẾN HẾT NĂM 2023`, with no figures of the year beside: running totals, not the year's own figures.
    if (titleSaysCumulative(sheet) && (reading.running ?? []).length === 0) {
      runningSheets.push({ sheet, end: endIndex(period), ...(movedLabels !== undefined ? { movedLabels } : {}) });
      continue;
    }
    // A sheet whose title still names another year is told so already; others are kept to find one copied from an earlier period's.
    if (titleYear === undefined) prints.push(fingerprint(reading, allocation));
    if (streamed !== null) addToAreaMatrix(streamed, reading, periodReadings.length, allocation);
    periodReadings.push(reading);
  }
  tableReadings.push(...lineTableReadings);
  // Progress runs to the period before an unfilled sheet only where no later period has figures.
  const lastReported = Math.max(-Infinity, ...periodReadings.map((reading) => endIndex(reading.period)), ...tableReadings.flatMap((reading) => reading.columns.filter((c) => c.role === "period" && c.period !== undefined).map((c) => endIndex(c.period!))));
  for (const entry of unfilled) findings.push(notReported(entry.sheet, null, endIndex(entry.period) > lastReported));
  const copiedFindings = copiedSheetFindings(prints, comparePeriods);
  findings.push(...copiedFindings);

  const lines = new Map<string, LineResults>();
  const lineOf = (code: string): LineResults => {
    let line = lines.get(code);
    if (line === undefined) {
      line = { code, periods: [], cumulative: null, opening: null, interims: [], rate: null, planCopy: null, yearCopies: [] };
      lines.set(code, line);
    }
    return line;
  };
  const labels = new Map<string, string>();
  const periods = new Map<string, { period: Period; at: CellRef }>();
  const notePeriod = (period: Period, label: string, at: CellRef) => {
    if (!labels.has(period.id)) labels.set(period.id, label);
    if (!periods.has(period.id)) periods.set(period.id, { period, at });
  };
  const addValue = (code: string, value: PeriodValue) => {
    const line = lineOf(code);
    const same = line.periods.find((existing) => existing.period.id === value.period.id);
    if (same === undefined) {
      line.periods.push(value);
      return;
    }
    if (same.at.sheet !== value.at.sheet && !sheetsOfPeriods.has(value.at.sheet)) {
      // A line-level table that repeats a period sheet's total: the same figure is no conflict.
      if (same.value === value.value) return;
      // A percent line the period sheet gives no total for stands as its lowest commune's, which says nothing of the whole: the table's typed figure stands.
      if (same.source?.kind === "leaves" && same.source.mode === "min") {
        line.periods[line.periods.indexOf(same)] = value;
        return;
      }
    } else if (same.at.sheet !== value.at.sheet) {
      // A sheet of the period that leaves the line's leaf cells blank (`Giải ngân 2023` keeping the template's count columns) does not report it: the other sheet's figure stands.
      if (blankLines.has(lineKey(value.at.sheet, code))) return;
      if (blankLines.has(lineKey(same.at.sheet, code))) {
        line.periods[line.periods.indexOf(same)] = value;
        return;
      }
      // Sheets of one period for different areas (one per district): the period's figure is theirs together.
      const merged = mergedAcrossAreas(code, same, value);
      if (merged !== null) {
        line.periods[line.periods.indexOf(same)] = merged;
        return;
      }
      // A sheet of other lines that repeats this one's figure (`Thực hiện 2023` listing the money `Giải ngân 2023` reports): counted once.
      if (repeatsOnOtherSheet(same, value)) {
        const codes = repeated.get(value.at.sheet) ?? new Set<string>();
        repeated.set(value.at.sheet, codes.add(code));
        repeatedFrom.set(value.at.sheet, same.at.sheet);
        return;
      }
      // The same figure: the two sheets may be one copied; a line where they differ is looked for first.
      if (same.value === value.value) {
        copied ??= { same: same.at, value: value.at, code };
        return;
      }
      throw new SheetConflict(
        same.at,
        value.at,
        code,
        value.period.id,
        localized(
          `Hai trang báo cáo cùng kỳ ${value.period.id} cho chỉ tiêu ${code}: ${sheetInText(same.at.sheet)} và ${sheetInText(value.at.sheet)} (${where(same.at)}, ${where(value.at)}). Hãy gộp chúng thành một trang, hoặc đặt lại tên trang cho đúng kỳ.`,
          `Two sheets report period ${value.period.id} for line ${code}: ${sheetInText(same.at.sheet)} and ${sheetInText(value.at.sheet)} (${where(same.at)}, ${where(value.at)}). Merge them into one sheet, or rename the sheet to its real period.`,
        ),
      );
    }
    if (same.at.sheet !== value.at.sheet) {
      // Two sheets (a line-level table and a period sheet, or two tables) with two figures: one is counted, with a warning.
      throw new SheetConflict(same.at, value.at, code, value.period.id, localized(`Kỳ ${value.period.id} của chỉ tiêu ${code} được báo cáo hai lần với hai số khác nhau: ${where(same.at)} và ${where(value.at)}.`, `Period ${value.period.id} of line ${code} is reported twice with two different figures: ${where(same.at)} and ${where(value.at)}.`));
    }
    throw conflict(
      `Kỳ ${value.period.id} của chỉ tiêu ${code} được báo cáo hai lần với hai số khác nhau: ${where(same.at)} và ${where(value.at)}. Hãy giữ một nơi báo cáo cho mỗi kỳ.`,
      `Period ${value.period.id} of line ${code} is reported twice with two different figures: ${where(same.at)} and ${where(value.at)}. Keep one place per period.`,
    );
  };

  let copied = null as { same: CellRef; value: CellRef; code: string } | null;
  const lineKey = (sheet: string, code: string) => `${sheet}\u0000${code}`;
  const blankLines = new Set(periodReadings.flatMap((reading) => reading.lines.filter((line) => line.blank === true).map((line) => lineKey(reading.sheet, line.code))));
  const sheetsOfPeriods = new Set(periodReadings.map((reading) => reading.sheet));
  // Per period sheet: the codes whose figures another sheet of its period already gave (and which sheet).
  const repeated = new Map<string, Set<string>>();
  const repeatedFrom = new Map<string, string>();
  const codesOfSheet = new Map(periodReadings.map((reading) => [reading.sheet, new Set(reading.lines.map((line) => line.code))]));
  const repeatsOnOtherSheet = (same: PeriodValue, value: PeriodValue): boolean => {
    if (Math.abs(same.value - value.value) > 1e-9 * Math.max(1, Math.abs(same.value))) return false;
    // Two sheets of the very same lines and figures are one sheet copied under two names: refused, as any two sheets of one period.
    const a = codesOfSheet.get(same.at.sheet);
    const b = codesOfSheet.get(value.at.sheet);
    return a !== undefined && b !== undefined && (a.size !== b.size || [...a].some((code) => !b.has(code)));
  };
  const readingOf = new Map(periodReadings.map((reading) => [reading.sheet, reading]));
  const kinds = new Map(plan.lines.map((line) => [line.code, line.kind]));
  // Per line and period reported on several sheets for different areas: those sheets.
  const mergedSheets = new Map<string, string[]>();
  const mergedAcrossAreas = (code: string, same: PeriodValue, value: PeriodValue): PeriodValue | null => {
    const key = `${code}|${value.period.id}`;
    const sheets = mergedSheets.get(key) ?? [same.at.sheet];
    const adding = readingOf.get(value.at.sheet);
    const readings = sheets.map((sheet) => readingOf.get(sheet));
    if (adding === undefined || readings.some((reading) => reading === undefined || !disjointAreas(reading, adding))) return null;
    mergedSheets.set(key, [...sheets, value.at.sheet]);
    const total = kinds.get(code) === "percent" ? Math.min(same.value, value.value) : Number((same.value + value.value).toPrecision(15));
    // No single source: the figure adds up several sheets' cells.
    return { period: same.period, label: same.label, value: total, at: same.at };
  };
  const runningLeaves = checkRunningLeaves(periodReadings, new Map(plan.lines.map((line) => [line.code, line])));
  // Blocks of one sheet (`Năm 2023` over its columns): named by their header, at its cell.
  const blockHeaders = new Map(sheets.periodSheets.filter((entry) => entry.blockHeader !== undefined && entry.period !== null).map((entry) => [`${entry.sheet.name}|${entry.period!.id}`, entry.blockHeader!]));
  for (const reading of periodReadings) {
    const block = blockHeaders.get(`${reading.sheet}|${reading.period.id}`);
    const headerAt: CellRef = block === undefined ? { sheet: reading.sheet, row: -1, col: -1 } : { sheet: reading.sheet, row: block.row, col: block.col };
    const named = periodLabelOfSheet(reading.sheet);
    // A sheet whose title narrows its name's year (`tính đến 30/6/2024`) says so in its label.
    const own = parseSheetPeriod(periodNameOf(reading.sheet));
    // A name without its year (`6 tháng cuối năm`, read in the year its title names) gets the year.
    const label =
      block !== undefined
        ? block.text
        : own?.id === reading.period.id
          ? named
          : own === null && periodInYear(named, reading.period.year)?.id === reading.period.id
            ? `${named} ${reading.period.year}`
            : `${named} (đến ${String(reading.period.endMonth).padStart(2, "0")}/${reading.period.year})`;
    notePeriod(reading.period, label, headerAt);
    for (const line of reading.lines) addValue(line.code, { period: reading.period, label, value: line.value, at: line.at, source: line.source });
    // A `Lũy kế` beside the period's figures: the cumulative figure to the period's end, checked against the periods up to it (unless an area's was told).
    for (const running of reading.running ?? []) {
      if (running.total === null || runningLeaves.told.has(`${reading.sheet}|${running.code}`)) continue;
      const line = lineOf(running.code);
      line.interims = [...line.interims, { value: running.total.value, at: running.total.at, end: endIndex(reading.period) }];
    }
  }
  findings.push(...runningLeaves.findings);
  for (const reading of tableReadings) {
    const seen = new Map<string, number>();
    for (const column of reading.columns) {
      if (column.role !== "period" || column.period === undefined) continue;
      // The disbursed column of a period's done | disbursed pair is that period too.
      if (column.pair?.role === "disbursed") continue;
      const before = seen.get(column.period.id);
      if (before !== undefined) {
        throw conflict(
          `Trang ${sheetInText(reading.sheet)}: kỳ ${column.period.id} có hai cột, ${a1(reading.headerRow, before)} và ${a1(reading.headerRow, column.col)}. Hãy giữ một cột cho mỗi kỳ.`,
          `Sheet ${sheetInText(reading.sheet)}: period ${column.period.id} has two columns, ${a1(reading.headerRow, before)} and ${a1(reading.headerRow, column.col)}. Keep one column per period.`,
        );
      }
      seen.set(column.period.id, column.col);
      notePeriod(column.period, column.label, { sheet: reading.sheet, row: reading.headerRow, col: column.col });
    }
    for (const row of reading.rows) {
      for (const value of row.periods) addValue(row.code, value);
      const line = lineOf(row.code);
      line.cumulative ??= row.cumulative;
      line.opening ??= row.opening;
      if (line.interims.length === 0) line.interims = row.interims;
      line.rate ??= row.rate;
      line.planCopy ??= row.planCopy;
      for (const copy of row.yearCopies) if (!line.yearCopies.some((other) => other.year === copy.year)) line.yearCopies.push(copy);
      if (line.yearCumulatives === undefined && row.yearCumulatives !== undefined) line.yearCumulatives = row.yearCumulatives;
    }
    findings.push(...reading.findings);
  }

  if (copied !== null) {
    const { same, value, code } = copied;
    const period = sheets.periodSheets.find((entry) => entry.sheet.name === value.sheet)?.period?.id ?? "";
    throw new SheetConflict(same, value, code, period, localized(`Hai trang ${sheetInText(same.sheet)} và ${sheetInText(value.sheet)} báo cáo cùng kỳ với cùng số liệu.`, `The sheets ${sheetInText(same.sheet)} and ${sheetInText(value.sheet)} report one period with the same figures.`), true);
  }
  // A period whose months a longer reported period covers (`6 tháng 2024` beside `Năm 2024`): for each line, the longer one stands for them.
  const setAside = setAsideNestedPeriods(periods, labels, lines, new Map(plan.lines.map((line) => [line.code, line])));
  findings.push(...setAside.findings);
  const superseded = setAside.removed;
  const ordered = [...periods.values()].sort((a, b) => comparePeriods(a.period, b.period));
  // Periods that still overlap on one line (`9 tháng 2024` beside `6 tháng cuối năm 2024`): its cumulative cannot add them up.
  for (const line of lines.values()) {
    line.periods.sort((a, b) => comparePeriods(a.period, b.period));
    for (let i = 1; i < line.periods.length; i++) {
      const [a, b] = [periods.get(line.periods[i - 1].period.id)!, periods.get(line.periods[i].period.id)!];
      if (!overlaps(a.period, b.period)) continue;
      throw conflict(
        `Hai kỳ báo cáo chồng lên nhau: ${labels.get(a.period.id)} (${where(a.at)}) và ${labels.get(b.period.id)} (${where(b.at)}); lũy kế không thể cộng các kỳ chồng nhau. Hãy báo cáo mỗi tháng trong một kỳ duy nhất.`,
        `Two reporting periods overlap: ${labels.get(a.period.id)} (${where(a.at)}) and ${labels.get(b.period.id)} (${where(b.at)}); a cumulative total cannot add up overlapping periods. Report each month in one period only.`,
      );
    }
  }

  for (const reading of periodReadings) findings.push(...reading.findings);
  for (const [sheet, codes] of repeated) findings.push(repeatedFinding(sheet, repeatedFrom.get(sheet)!, [...codes]));
  const counted = superseded.size === 0 ? periodReadings : periodReadings.filter((reading) => !superseded.has(reading.period.id));
  // Per sheet, the lines not to add to the areas: set aside for a longer period, or repeated from another sheet.
  const skip = new Map<string, ReadonlySet<string>>();
  for (const reading of counted) {
    const codes = new Set([...(setAside.codes.get(reading.period.id) ?? []), ...(repeated.get(reading.sheet) ?? [])]);
    if (codes.size > 0) skip.set(reading.sheet, codes);
  }
  const areas = streamed !== null ? finishAreaMatrix(streamed, periodReadings) : areaMatrix(counted, allocation, skip);

  const latest = ordered.at(-1)?.period;
  for (const { sheet, movedLabels, end } of runningSheets) {
    // Running totals past the latest period cover months no period sheet gives: only named.
    const beyond = end !== undefined && latest !== undefined && end > endIndex(latest);
    // A sheet named for a later day than the last period sheet (`Lũy kế đến 30.6.2024` beside `Thực hiện năm 2023`): its
    // figures hold months no period sheet gives, so they are no sum of the periods; said so, not checked cell by cell.
    const namedEnd = end === undefined && latest !== undefined && NAMED_DAY.test(sheet.name.normalize("NFC")) ? cumulativeSheetEnd(sheet.name) : null;
    if (namedEnd !== null && namedEnd > endIndex(latest!)) {
      findings.push(cumulativeBeyondFinding(sheet.name, latest!, namedEnd));
      continue;
    }
    const checked = latest !== undefined && !beyond ? checkCumulativeSheet(sheet, latest, plan, allocation, areas, end) : null;
    if (checked === null) findings.push(end !== undefined ? periodSheetOfTotalsFinding(sheet.name) : cumulativeSheetFinding(sheet.name));
    else findings.push(...(movedLabels === undefined ? checked : checked.map((finding) => atOwnLabel(finding, movedLabels))));
  }
  const presence = periodPresence(counted, allocation, skip);
  const unusable = new Set([
    ...counted.flatMap((reading) => reading.lines.filter((line) => line.unusable === true && !skip.get(reading.sheet)?.has(line.code)).map((line) => line.code)),
    ...tableReadings.flatMap((reading) => reading.rows.filter((row) => row.unusable === true).map((row) => row.code)),
  ]);
  return {
    periods: ordered.map((entry) => entry.period),
    labels,
    periodSources: new Map(ordered.map((entry) => [entry.period.id, entry.at])),
    lines,
    areas,
    // Only a sheet split into blocks repeats findings (each block tells its labels' again).
    findings: sheets === given ? findings : onceEach(findings),
    tables: periodReadings.map((r) => r.table),
    sheets: [...periodReadings.map((r) => r.sheet), ...tableReadings.map((r) => r.sheet)],
    ...(presence.length > 0 ? { presence } : {}),
    ...(sheets.unread !== undefined && sheets.unread.length > 0 ? { unread: sheets.unread } : {}),
    ...(copiedFindings.length > 0 ? { copied: copiedFindings.map((finding) => finding.sheet ?? "") } : {}),
    ...(unusable.size > 0 ? { unusable } : {}),
    ...(unreadSheets.length > 0 ? { unreadable: unreadSheets } : {}),
  };
}

/**
 * True when a period sheet has no figures yet: every value cell blank, or
 * nothing but zeros over several lines (one line may truly have done nothing).
 */
function notFilledIn(reading: PeriodSheetReading): boolean {
  if (reading.findings.length > 0 || !reading.lines.every((line) => line.value === 0)) return false;
  if (reading.lines.length > 1) return true;
  const { state } = reading.context;
  for (let i = 0; i < state.length; i++) if (state[i] !== CELL.blank) return false;
  return true;
}

/** True when a sheet holds any figure: a number right of a row's label (an STT number left of it is no figure). */
function hasNumbers(sheet: SheetData): boolean {
  for (const row of sheet.values) {
    let labelled = false;
    for (const value of row ?? []) {
      if (typeof value === "string" && value.trim() !== "") labelled = true;
      else if (typeof value === "number" && labelled) return true;
    }
  }
  return false;
}

/** A period sheet not counted: with no figures yet (`why` null, info), or whose table could not be read (warning). */
function notReported(sheet: string, why: LocalizedText | null, trailing = true): Finding {
  return makeFinding({
    rule: why === null ? "pace" : "unmapped",
    severity: why === null ? "info" : "warning",
    sheet,
    at: null,
    message:
      why === null
        ? trailing
          ? localized(
              `Trang ${sheetInText(sheet)} chưa có số liệu (để trống hoặc toàn số 0), nên không được tính là kỳ đã báo cáo; tiến độ tính đến kỳ trước đó.`,
              `Sheet ${sheetInText(sheet)} has no figures yet (blank or all zero), so it does not count as a reported period; progress runs to the period before it.`,
            )
          : localized(
              `Trang ${sheetInText(sheet)} không có số liệu (để trống hoặc toàn số 0), nên không được tính là kỳ đã báo cáo.`,
              `Sheet ${sheetInText(sheet)} has no figures (blank or all zero), so it does not count as a reported period.`,
            )
        : localized(`Trang ${sheetInText(sheet)} không được tính vào tiến độ: ${why.vi}`, `Sheet ${sheetInText(sheet)} is not counted in the progress: ${why.en}`),
  });
}

/** True when the readable periods (null ones are skipped) come in time order: sorting would leave them as they are. */
function periodsInOrder(periods: readonly (Period | null)[]): boolean {
  let previous: Period | null = null;
  for (const period of periods) {
    if (period === null) continue;
    if (previous !== null && comparePeriods(previous, period) > 0) return false;
    previous = period;
  }
  return true;
}

function newAreaMatrix(allocation: RuleContext): AreaMatrixBuilder {
  return new AreaMatrixBuilder(allocation);
}

/** Adds one period sheet's leaves (the `s`-th sheet in time order) to the matrix, while its reading is current; `skip`: plan codes not to add. */
function addToAreaMatrix(matrix: AreaMatrixBuilder, reading: PeriodSheetReading, s: number, allocation: RuleContext, skip?: ReadonlySet<string>): void {
  matrix.add(reading, s, allocation, skip);
}

function finishAreaMatrix(matrix: AreaMatrixBuilder, ordered: readonly PeriodSheetReading[]): AreaMatrix {
  return matrix.finish(ordered);
}

/** Each allocation leaf's results summed over the period sheets (time order), with the latest sheet's cell. */
function areaMatrix(readings: readonly PeriodSheetReading[], allocation: RuleContext, skip: ReadonlyMap<string, ReadonlySet<string>>): AreaMatrix {
  const ordered = [...readings].sort((a, b) => comparePeriods(a.period, b.period));
  const matrix = newAreaMatrix(allocation);
  // A line a longer period stands for, or that another sheet of the period already gave, is not added from that sheet.
  ordered.forEach((reading, s) => addToAreaMatrix(matrix, reading, s, allocation, skip.get(reading.sheet)));
  return finishAreaMatrix(matrix, ordered);
}

/** Per period of the period sheets (time order): the allocation leaves its sheets have, and the allocation lines they report. */
function periodPresence(readings: readonly PeriodSheetReading[], allocation: RuleContext, skip: ReadonlyMap<string, ReadonlySet<string>>): PeriodPresence[] {
  const byPeriod = new Map<string, { period: Period; sheets: string[]; areas: Uint8Array; lines: Uint8Array }>();
  for (const reading of readings) {
    let entry = byPeriod.get(reading.period.id);
    if (entry === undefined) {
      entry = { period: reading.period, sheets: [], areas: new Uint8Array(allocation.areaCount), lines: new Uint8Array(allocation.lineCount) };
      byPeriod.set(reading.period.id, entry);
    }
    entry.sheets.push(reading.sheet);
    // `areaMatch` is the reading's own (not a shared buffer): each results area's allocation leaf, or -1.
    const match = reading.areaMatch;
    for (let i = 0; i < match.length; i++) if (match[i] >= 0) entry.areas[match[i]] = 1;
    // A district reported as a whole reports each of its communes.
    for (const group of reading.wholeGroups ?? []) markLeavesUnder(allocation, group, entry.areas);
    for (const line of reading.lines) {
      if (skip.get(reading.sheet)?.has(line.code) === true) continue;
      const at = allocation.lineByCode.get(line.code);
      if (at !== undefined) entry.lines[at] = 1;
    }
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

/** True when two period sheets have leaves and no allocation leaf in common (each reports other areas). */
function disjointAreas(a: PeriodSheetReading, b: PeriodSheetReading): boolean {
  const seen = new Set<number>();
  for (let i = 0; i < a.areaMatch.length; i++) if (a.areaMatch[i] >= 0) seen.add(a.areaMatch[i]);
  if (seen.size === 0) return false;
  let any = false;
  for (let i = 0; i < b.areaMatch.length; i++) {
    if (b.areaMatch[i] < 0) continue;
    if (seen.has(b.areaMatch[i])) return false;
    any = true;
  }
  return any;
}

/** Whether a name is one of the allocation's areas (a district or a commune) or the plan's: by its matching key. */
function knownAreas(plan: Plan, allocation: RuleContext): (name: string) => boolean {
  let keys: Set<string> | null = null;
  return (name) => {
    if (keys === null) {
      keys = new Set(allocation.table.areas.map((entry) => entry.key));
      for (const entry of allocation.table.areas) if (entry.district !== undefined) keys.add(areaKey(entry.district));
      for (const area of plan.areas) {
        keys.add(areaKey(area.district));
        if (area.commune !== undefined) keys.add(areaKey(area.commune));
      }
    }
    return keys.has(areaKey(name));
  };
}

/** Marks every leaf under allocation area `area` in `marks`. */
function markLeavesUnder(allocation: RuleContext, area: number, marks: Uint8Array): void {
  const entry = allocation.table.areas[area];
  if (entry.children.length === 0) marks[area] = 1;
  for (const child of entry.children) markLeavesUnder(allocation, child, marks);
}
