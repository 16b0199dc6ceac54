/**
 * A money line split by funding source with no total column of its own
 * (`Kinh phí | Trung ương | Địa phương`, `Kinh phí | NSTW | NSĐP | Xã hội
 * hóa`): the line's money is the sum of its sources. When the header over
 * the sources names a plan money line that has no parts in the plan, that
 * plan line is compared with the sources' sum area by area — every source
 * column is read as the line's, not one source taken for the whole and the
 * others left as lines the plan lacks. (Where the plan splits the line into
 * parts, `Ngân sách trung ương` … match those parts by name instead.)
 */
import type { PlanLine } from "../model/plan";
import type { LineEntry } from "../model/table";
import { wordKey } from "../text/fold";
import { isLineTotal } from "./lines";
import { isPeriodPart, matchLineDetails } from "./matchLines";
import type { RawLine } from "./lines";

/** Words a source label may open with: `Ngân sách`, `NS`, `Nguồn`, `Vốn`, `Kinh phí`. */
const SOURCE_PREFIX = /^(?:(?:ngan sach|ns|nguon von|nguon|von|kinh phi|kp)\s+)+/;

/** What names a funding source once its prefix is gone. */
const SOURCES = new Set([
  "trung uong",
  "tw",
  "nstw",
  "dia phuong",
  "dp",
  "nsdp",
  "tinh",
  "huyen",
  "xa",
  "thanh pho",
  "tp",
  "cap tinh",
  "cap huyen",
  "cap xa",
  "xa hoi hoa",
  "xhh",
  "huy dong",
  "huy dong khac",
  "khac",
  "hop phap khac",
  "doanh nghiep",
  "dan gop",
  "nhan dan dong gop",
  "vien tro",
  "tai tro",
  "long ghep",
  "su nghiep",
  "dau tu",
  "dau tu phat trien",
  "chuong trinh",
  "doi ung",
]);

/** Short forms of a source, by the words they stand for. */
const SAME_SOURCE = new Map([
  ["tw", "trung uong"],
  ["nstw", "trung uong"],
  ["dp", "dia phuong"],
  ["nsdp", "dia phuong"],
  ["tp", "thanh pho"],
  ["xhh", "xa hoi hoa"],
  ["cap tinh", "tinh"],
  ["cap huyen", "huyen"],
  ["cap xa", "xa"],
  ["huy dong khac", "huy dong"],
]);

/**
 * The funding source a label names, one key for its spellings (`NSTW`,
 * `Trung ương`, `Ngân sách trung ương` → `trung uong`), or null when the
 * label is no source (`Nguồn` alone, a line's name).
 */
export function sourceKey(text: string): string | null {
  const key = wordKey(text.replace(/\([^)]*\)/g, " "));
  const rest = SOURCES.has(key) ? key : key.replace(SOURCE_PREFIX, "");
  if (!SOURCES.has(rest)) return null;
  return SAME_SOURCE.get(rest) ?? rest;
}

/** `Trung ương`, `NSĐP`, `Ngân sách tỉnh`, `Nguồn xã hội hóa`, `Vốn khác`: a funding source, no line of its own. */
export function isSourceLabel(text: string): boolean {
  return sourceKey(text) !== null;
}

/** Sources that are no level of government: a row naming one (`- Vốn NSTW`, `+ Nguồn xã hội hóa`) is never an area. */
const NO_LEVEL_SOURCES = new Set(["trung uong", "dia phuong", "xa hoi hoa", "huy dong", "doanh nghiep", "dan gop", "nhan dan dong gop", "vien tro", "tai tro", "long ghep", "su nghiep", "dau tu", "dau tu phat trien", "doi ung", "hop phap khac"]);

/**
 * Whether a row's label (a bullet before it or not) names a funding source
 * that is no level of government — `- Vốn NSTW`, `+ Nguồn NSĐP`, `Ngân sách
 * trung ương`, `Vốn đối ứng địa phương` — which a breakdown of the row above
 * lists, never an area; `Cấp tỉnh`, `Ngân sách huyện` name a level, which may
 * be a share of its own.
 */
export function namesFundingSource(label: string): boolean {
  const key = wordKey(label.replace(/^[\s\-–+•*]+/, "").replace(/\([^)]*\)/g, " "));
  const stripped = key.replace(SOURCE_PREFIX, "");
  if (stripped === key && !SOURCES.has(key)) return false;
  const rest = SAME_SOURCE.get(stripped) ?? stripped;
  for (const source of NO_LEVEL_SOURCES) if (rest === source || rest.startsWith(`${source} `)) return true;
  return false;
}

/** Fewest sources a split has. */
const MIN_SOURCES = 2;

/** Runs of adjacent lines (indexes into `raw`) under one upper header whose own labels all name a funding source. */
function sourceGroups(raw: readonly RawLine[]): number[][] {
  const out: number[][] = [];
  const upper = (line: RawLine) => line.parts.slice(0, -1).join("\u0000");
  const own = (line: RawLine) => line.parts[line.parts.length - 1] ?? "";
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_SOURCES) out.push(run);
    run = [];
  };
  raw.forEach((line, i) => {
    // Batches or years under the line's header with no total beside them (`Kinh phí | Đợt 1 | Đợt 2`) are read as its
    // sources are, as their rows under a blank heading are.
    const source = line.parts.length >= 2 && (isSourceLabel(own(line)) || isPeriodPart(own(line))) && !isLineTotal(own(line));
    if (!source) return close();
    const last = run.length > 0 ? raw[run[run.length - 1]] : undefined;
    if (last !== undefined && (upper(last) !== upper(line) || line.position !== last.position + 1)) close();
    run.push(i);
  });
  close();
  return out;
}

/** One plan line's funding sources read as its lines. */
export interface SourceRun {
  /** The plan line's code. */
  readonly code: string;
  /** Indexes into `raw` of the sources, in sheet order. */
  readonly run: readonly number[];
  /** Index into `raw` of a heading line without figures that named the plan line over its sources (`Kinh phí` over `- Trung ương`), or null. */
  readonly heading: number | null;
}

/**
 * Sources (`- Trung ương`, `+ NSĐP`, or `NSTW` with its bullet in the STT
 * cell or none), or batches or years (`- Đợt 1`, `Năm 2025`), right after
 * line `at`: their indexes into `raw`.
 */
function sourcesAfter(raw: readonly RawLine[], at: number): number[] {
  const out: number[] = [];
  for (let k = at + 1; k < raw.length; k++) {
    const own = raw[k].parts[raw[k].parts.length - 1] ?? "";
    if (!(isSourceLabel(own) || isPeriodPart(own)) || isLineTotal(own)) break;
    out.push(k);
  }
  return out.length >= MIN_SOURCES ? out : [];
}

/**
 * The runs of lines that are one plan line's funding sources with no total
 * line: a money plan line without parts in the plan, and either
 *
 * - adjacent lines under one upper header, each a source label, one of them
 *   matched to the plan line and the others to nothing; or the upper header
 *   itself naming the plan line (`Nguồn kinh phí` over `NSTW | NSĐP`) and
 *   none of them matched; or
 * - a line without figures matched to the plan line (`Kinh phí hỗ trợ`)
 *   followed by sources (`- Trung ương`, `- Địa phương`, the bullets before
 *   the names, in the STT cells or left out) matched to nothing: the heading
 *   is no line, its sources are.
 *
 * `hasValues`: whether a line (by its `position`) holds any figure.
 */
export function sourceRuns(raw: readonly RawLine[], codes: readonly (string | null)[], plan: readonly PlanLine[], hasValues: (position: number) => boolean): SourceRun[] {
  const out: SourceRun[] = [];
  const byCode = new Map(plan.map((line) => [line.code, line]));
  const parents = new Set(plan.map((line) => line.parentCode).filter((code) => code !== undefined));
  const fits = (code: string) => {
    const planLine = byCode.get(code);
    return planLine !== undefined && planLine.kind === "money" && !parents.has(code);
  };
  const money = (k: number) => raw[k].kind === undefined || raw[k].kind === "money";
  const taken = new Set(codes.filter((code): code is string => code !== null));
  const used = new Set<number>();
  for (const run of sourceGroups(raw)) {
    const matched = run.filter((k) => codes[k] !== null);
    if (matched.length > 1 || !run.every(money)) continue;
    let code = matched.length === 1 ? codes[matched[0]] : null;
    if (matched.length === 0) {
      // The header over the sources names the plan line: among the money lines no other line has taken.
      const free = plan.filter((line) => !taken.has(line.code) && fits(line.code));
      const upper = raw[run[0]].parts.slice(0, -1);
      code = free.length === 0 ? null : (matchLineDetails([{ parts: upper, kind: "money" }], free, { moneyNote: true })[0]?.code ?? null);
    }
    if (code === null || !fits(code)) continue;
    taken.add(code);
    run.forEach((k) => used.add(k));
    out.push({ code, run, heading: null });
  }
  codes.forEach((code, i) => {
    if (code === null || !fits(code) || used.has(i) || hasValues(raw[i].position)) return;
    const run = sourcesAfter(raw, i);
    if (run.length === 0 || run.some((k) => codes[k] !== null || used.has(k) || !money(k))) return;
    out.push({ code, run, heading: i });
  });
  return out;
}

/**
 * Where the plan splits a line into its sources (`KP` over `KP.1 Ngân sách
 * trung ương`, `KP.2 Ngân sách địa phương`) and the sheet has the sources as
 * columns (`Kinh phí | Trung ương | Địa phương`): each source column is the
 * plan part naming the same source — not the parent its upper header names.
 * By index into `raw`, the plan code; only runs matched to nothing but that
 * parent and its parts, every source found among the parts once.
 */
export function sourcePartCodes(raw: readonly RawLine[], codes: readonly (string | null)[], plan: readonly PlanLine[]): Map<number, string> {
  const out = new Map<number, string>();
  const children = new Map<string, PlanLine[]>();
  for (const line of plan) if (line.parentCode !== undefined) children.set(line.parentCode, [...(children.get(line.parentCode) ?? []), line]);
  const parentOf = new Map(plan.map((line) => [line.code, line.parentCode]));
  for (const run of sourceGroups(raw)) {
    const named = [...new Set(run.map((k) => codes[k]).filter((code): code is string => code !== null))];
    const parent = named.find((code) => children.has(code)) ?? (named.length > 0 ? parentOf.get(named[0]) : undefined);
    if (parent === undefined) continue;
    if (named.some((code) => code !== parent && parentOf.get(code) !== parent)) continue;
    const parts = children.get(parent) ?? [];
    const byKey = new Map<string, string | null>();
    for (const part of parts) {
      const key = sourceKey(part.name);
      if (key !== null) byKey.set(key, byKey.has(key) ? null : part.code);
    }
    const picks = run.map((k) => byKey.get(sourceKey(raw[k].parts[raw[k].parts.length - 1])!) ?? null);
    if (picks.some((code) => code === null) || new Set(picks).size !== picks.length) continue;
    run.forEach((k, i) => out.set(k, picks[i]!));
  }
  return out;
}

/**
 * For the table line at `index` that a plan line is read from (its first
 * match) when the sheet splits it by funding source with no total column
 * (`LineEntry.sources`): the table lines of every source, whose sum per area
 * is the line's allocation; null for any other line.
 */
export function sourceLineIndexes(lines: readonly LineEntry[], index: number): number[] | null {
  const line = lines[index];
  if (line.sources === undefined || line.planCode === null) return null;
  const at = new Set(line.sources);
  return lines.flatMap((other, k) => (other.planCode === line.planCode && at.has(other.index) ? [k] : []));
}
