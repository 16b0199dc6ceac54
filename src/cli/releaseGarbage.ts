/**
 * Collects the garbage a finished phase left (the checked workbook's cells)
 * before the next phase grows the heap again, so that the process's peak
 * memory is the larger phase's, not both added. V8 exposes its collector to
 * scripts only under `--expose-gc`; the flag is set here, at run time, and
 * the collector reached from a fresh context (Node's docs for
 * `v8.setFlagsFromString` and `vm.runInNewContext`; jest-leak-detector does
 * the same). Where that yields no collector, nothing is done. Measured on
 * the 100 000-row summary: peak RSS 303–306 → 260–279 MiB, CPU unchanged
 * (BENCHMARKS.md).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function releaseGarbage(): void {
  try {
    setFlagsFromString("--expose-gc");
  } catch {
    // A V8 that refuses flags once it runs (`--freeze-flags-after-init`): no collector, nothing done.
  }
  // Asked for with `typeof`: where the flag did not take, `gc` is not defined in the new context (a ReferenceError).
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
  if (typeof gc === "function") (gc as () => void)();
}
