/**
 * Results sheets that split each line into what was planned and what was done
 * (`Kinh phí truyền thông` over `Kế hoạch vốn` | `Giải ngân` | `Tỷ lệ (%)`):
 * only the done sub-column is the period's figure. The planned, the percent
 * and the running-total sub-columns are left out of the reading, and the done
 * one is matched to a plan line by the header above it alone — so `Tỷ lệ (%)`
 * is never taken for a percent indicator, nor `Kế hoạch vốn` for the spending.
 */
import type { Plan } from "../model/plan";
import type { AllocationTable, LineEntry } from "../model/table";
import { matchLines } from "../layout";
import { lineStage } from "../layout/lineStage";
import { wordKey } from "../text/fold";

/** How layout detection joins a group header and the header under it. */
const PART_SEPARATOR = " / ";

const RATE = /^(?:ty le|rate|percent)\b/;
const RUNNING = /^(?:luy ke|cumulative)\b/;

type SubRole = "done" | "other" | null;

/** The done sub-column (the layout's achieved stage); a rate or running total is left out before its stage is asked. */
function subRole(line: LineEntry): SubRole {
  const parts = line.header.split(PART_SEPARATOR);
  if (parts.length < 2) return null;
  const key = wordKey(parts[parts.length - 1]);
  if (RATE.test(key) || RUNNING.test(key) || key.includes("%")) return "other";
  const stage = lineStage(parts);
  return stage === "achieved" ? "done" : stage === "planned" ? "other" : null;
}

export function doneSubColumns(table: AllocationTable, plan: Plan): AllocationTable {
  const roles = table.lines.map(subRole);
  if (!roles.includes("done")) return table;
  const done = table.lines.filter((_, l) => roles[l] === "done");
  const codes = matchLines(
    done.map((line) => ({ parts: line.header.split(PART_SEPARATOR).slice(0, -1), ...(line.code !== undefined ? { code: line.code } : {}), ...(line.kind !== undefined ? { kind: line.kind } : {}) })),
    plan.lines,
  );
  const byDone = new Map(done.map((line, i) => [line, codes[i]]));
  const lines: LineEntry[] = [];
  table.lines.forEach((line, l) => {
    if (roles[l] === "other") return;
    const code = byDone.get(line);
    lines.push(code === undefined ? line : { ...line, planCode: code });
  });
  return { ...table, lines };
}
