/**
 * Results sheets that split each line into what was planned and what was done
 * (`Kinh phí truyền thông` over `Kế hoạch vốn` | `Giải ngân` | `Tỷ lệ (%)`, or
 * in one header row `Kế hoạch tổ truyền thông` | `Thực hiện tổ truyền
 * thông`): only the done column is the period's figure. The planned and the
 * percent columns are left out of the reading where a done one is there, and
 * running totals (`Lũy kế …`, `… lũy kế từ đầu giai đoạn`) always: they are
 * not the period's figure. The columns left are matched to the plan lines
 * again without them — so `Tỷ lệ (%)` is never taken for a percent
 * indicator, nor `Kế hoạch vốn` or `Lũy kế` for the period's spending.
 */
import type { Plan } from "../model/plan";
import type { AllocationTable, LineEntry } from "../model/table";
import { matchLines } from "../layout";
import { TARGET_COPY } from "../layout/detectTable";
import { isPlanCopyLabel, leadingStage, lineStage } from "../layout/lineStage";
import { wordKey } from "../text/fold";
import { parsePeriod } from "./periods";
import { InputError } from "../model/errors";
import { localized } from "../model/text";

/** How layout detection joins a group header and the header under it. */
const PART_SEPARATOR = " / ";

const RATE = /^(?:ty le|rate|percent)\b/;
const RUNNING = /^(?:luy ke|cumulative)\b/;
const RUNNING_ANYWHERE = /(?:^| )(?:luy ke|cumulative)(?: |$)/;

type SubRole = "done" | "other" | "running" | "whole" | "part" | null;

/** `Cả năm`, `Tổng cộng`, `Cộng`, `Năm 2023`, `Lũy kế cả năm`: the whole period of a year's sheet, beside its parts. */
const WHOLE_YEAR = /^(?:ca nam|tong cong|tong so|tong|cong|cong ca nam|tong ca nam|nam(?: \d{4})?|ca nam \d{4})$/;

/** `Quý I`, `Quý 2`, `6 tháng đầu năm`, `6 tháng cuối năm`, `9 tháng`: a part of the year, under a line of a year's sheet. */
function isPartOfYear(text: string): boolean {
  const period = parsePeriod(`${text} 2000`);
  return period !== null && period.kind !== "year" && period.kind !== "years";
}

/** The done sub-column (the layout's achieved stage); a rate or running total is left out before its stage is asked. */
function subRole(line: LineEntry, planKeys: readonly string[]): SubRole {
  const parts = line.header.split(PART_SEPARATOR);
  if (parts.length < 2) return flatRole(parts[0], planKeys);
  const key = wordKey(parts[parts.length - 1]);
  if (RUNNING.test(key)) return "running";
  if (WHOLE_YEAR.test(key)) return "whole";
  if (isPartOfYear(parts[parts.length - 1])) return "part";
  if (RATE.test(key) || key.includes("%")) return "other";
  const stage = lineStage(parts);
  return stage === "achieved" ? "done" : stage === "planned" ? "other" : null;
}

/** A one-row header: a running total anywhere in it, else the stage it opens with (not a plan line's own first words). */
function flatRole(header: string, planKeys: readonly string[]): SubRole {
  const key = wordKey(header.replace(/\([^)]*\)/g, " "));
  if (RUNNING_ANYWHERE.test(key) && !planKeys.some((planKey) => RUNNING_ANYWHERE.test(planKey))) return "running";
  const lead = leadingStage(header);
  if (lead === null || planKeys.some((planKey) => planKey === lead.words || planKey.startsWith(`${lead.words} `))) return null;
  return lead.stage === "achieved" ? "done" : "other";
}

/**
 * Lines split into parts of the period with no column of the whole (`Quý I` |
 * `Quý II` | `Quý III` | `Quý IV` under each line of `Thực hiện 2023`): no one
 * column is the period's figure, so the sheet is not read (its figures would
 * otherwise stand as the first quarter's), with one message saying why.
 */
function refusePartsWithoutWhole(table: AllocationTable, roles: readonly SubRole[]): void {
  const perGroup = new Map<string, number>();
  table.lines.forEach((line, l) => {
    if (roles[l] !== "part") return;
    const group = line.header.split(PART_SEPARATOR).slice(0, -1).join(PART_SEPARATOR);
    perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
  });
  const split = [...perGroup.entries()].find(([, count]) => count >= 2);
  if (split === undefined) return;
  throw new InputError(
    "no-table",
    localized(
      `mỗi chỉ tiêu (như "${split[0]}") được chia theo từng phần của kỳ (quý, 6 tháng) mà không có cột cả kỳ; hãy thêm cột "Cả năm" (hoặc "Tổng cộng") bên cạnh các quý để số liệu được tính.`,
      `each line (such as "${split[0]}") is split into parts of the period (quarters, halves) with no column of the whole; add a "Cả năm" (or "Tổng cộng") column beside the quarters for its figures to count.`,
    ),
  );
}

export function doneSubColumns(table: AllocationTable, plan: Plan): AllocationTable {
  const planKeys = plan.lines.map((line) => wordKey(line.name));
  // A year's sheet splitting each line by quarter beside `Cả năm`: the whole year's column is the period's figure, the quarters are left out.
  const found = table.lines.map((line) => subRole(line, planKeys));
  const byParts = found.includes("whole") && found.includes("part");
  if (!byParts) refusePartsWithoutWhole(table, found);
  const roles = found.map((role): SubRole => (role === "whole" ? (byParts ? "done" : null) : role === "part" ? (byParts ? "other" : null) : role));
  const hasDone = roles.includes("done");
  const dropped = (role: SubRole) => role === "running" || (hasDone && role === "other");
  if (!roles.some(dropped)) return table;
  const kept = table.lines.filter((_, l) => !dropped(roles[l]));
  const codes = matchLines(
    kept.map((line) => ({ parts: line.header.split(PART_SEPARATOR), ...(line.code !== undefined ? { code: line.code } : {}), ...(line.kind !== undefined ? { kind: line.kind } : {}) })),
    plan.lines,
    { stage: "achieved" },
  );
  return { ...table, lines: kept.map((line, i) => ({ ...line, planCode: codes[i] })) };
}

/** A running total sub-column (`Lũy kế từ đầu giai đoạn`) of a results sheet, and the plan line of the done column beside it. */
export interface RunningColumn {
  readonly code: string;
  readonly line: LineEntry;
}

/**
 * The running total sub-columns `doneSubColumns` leaves out, each with the plan
 * line of the done column under the same group header (`Tổ truyền thông / Thực
 * hiện trong năm` beside `Tổ truyền thông / Lũy kế`): what the sheet says the
 * line reached by the end of its period, to be checked against the periods.
 * `done`: the table `doneSubColumns` gave.
 */
export function runningSubColumns(detected: AllocationTable, done: AllocationTable): RunningColumn[] {
  return subColumnsBesideDone(detected.lines, done, (last) => RUNNING.test(wordKey(last)));
}

/** A sub-column copying a line's target (`Kế hoạch`) beside its done column: the plan line, and the column (row) it sits in. */
export interface CopiedTargetColumn {
  readonly code: string;
  readonly index: number;
  readonly header: string;
}

/**
 * The planned sub-columns the reading leaves out (`doneSubColumns`, or the
 * layout as a target given), labelled as the target copied for the whole
 * plan (`Kế hoạch`, `KH giao`, `Kế hoạch giai đoạn …`; not one year's, `KH
 * năm 2024`), each with the plan line of the done column under the same
 * group header.
 */
export function plannedSubColumns(detected: AllocationTable, done: AllocationTable): CopiedTargetColumn[] {
  const oneYear = (key: string) => / \d{4}$/.test(key) && !key.includes("giai doan");
  const test = (last: string) => isPlanCopyLabel(last) && !oneYear(wordKey(last));
  const given = (detected.notes?.ignoredLines ?? []).filter((entry) => entry.why === TARGET_COPY).map((entry) => ({ index: entry.index, header: entry.header }));
  return subColumnsBesideDone([...detected.lines, ...given], done, test).map(({ code, line }) => ({ code, index: line.index, header: line.header }));
}

/** The sub-columns of `detected` whose last header part passes `test`, each with the plan line of the done column beside it. */
function subColumnsBesideDone<L extends { readonly header: string }>(detected: readonly L[], done: AllocationTable, test: (last: string) => boolean): { readonly code: string; readonly line: L }[] {
  const codeOfGroup = new Map<string, string>();
  for (const line of done.lines) {
    const parts = line.header.split(PART_SEPARATOR);
    if (parts.length < 2 || line.planCode === null) continue;
    const group = parts.slice(0, -1).join(PART_SEPARATOR);
    // A group with two plan lines under it says nothing of which one the sub-column is.
    codeOfGroup.set(group, codeOfGroup.has(group) && codeOfGroup.get(group) !== line.planCode ? "" : line.planCode);
  }
  const running: { readonly code: string; readonly line: L }[] = [];
  for (const line of detected) {
    const parts = line.header.split(PART_SEPARATOR);
    if (parts.length < 2 || !test(parts[parts.length - 1])) continue;
    const code = codeOfGroup.get(parts.slice(0, -1).join(PART_SEPARATOR));
    if (code !== undefined && code !== "") running.push({ code, line });
  }
  return running;
}
