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
import { wordKey } from "../text/fold";
import { isLineTotal } from "./lines";
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
    const source = line.parts.length >= 2 && isSourceLabel(own(line)) && !isLineTotal(own(line));
    if (!source) return close();
    const last = run.length > 0 ? raw[run[run.length - 1]] : undefined;
    if (last !== undefined && (upper(last) !== upper(line) || line.position !== last.position + 1)) close();
    run.push(i);
  });
  close();
  return out;
}

/**
 * The runs of lines (indexes into `raw`) that are one plan line's funding
 * sources with no total column: adjacent lines under one upper header, each
 * a source label, exactly one of them matched (to a money plan line without
 * parts in the plan) and the others matched to nothing. By the matched
 * line's index, the indexes of the whole run.
 */
export function sourceRuns(raw: readonly RawLine[], codes: readonly (string | null)[], plan: readonly PlanLine[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const byCode = new Map(plan.map((line) => [line.code, line]));
  const parents = new Set(plan.map((line) => line.parentCode).filter((code) => code !== undefined));
  for (const run of sourceGroups(raw)) {
    const matched = run.filter((k) => codes[k] !== null);
    if (matched.length !== 1) continue;
    const code = codes[matched[0]]!;
    const planLine = byCode.get(code);
    if (planLine === undefined || planLine.kind !== "money" || parents.has(code)) continue;
    if (run.every((k) => raw[k].kind === undefined || raw[k].kind === "money")) out.set(matched[0], run);
  }
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
