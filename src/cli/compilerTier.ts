/**
 * V8's optimising compiler (TurboFan) made to wait four times longer before
 * it looks at a function for optimising, for the rest of the process.
 * `check` and `summary` run most of their code a few times only — the
 * reader, the layout's passes, the rules, the reports — and V8's default
 * budget has TurboFan compile many of those functions in the background
 * (≈ 40 for a 1 000-row check, the reader's loop twice; ≈ 115 at 100 000
 * rows) for code that is run little after. With the larger budget the hot
 * loops are still compiled, a little later, and the rest is not: the other
 * threads' CPU ≈ 30 ms instead of ≈ 90 at 1 000 rows, ≈ 100 instead of ≈ 230
 * at 10 000, the main thread's about the same (BENCHMARKS.md) — CPU that a
 * machine of two cores running other work took from the check itself.
 *
 * Set at run time, like `inlineLess`: a flag on the command line would make
 * V8 refuse the bundle's code cache. Only the compiler's choices change,
 * never what the code computes. Only bin/allocheck.js's process does this
 * (`processIo`); in-process callers (tests, and the code cache's warm-up,
 * whose cache V8 would take only under the flags it was made with) never do.
 */
import { setFlagsFromString } from "node:v8";

/** Four times V8's default in Node 20 (67 584 bytes of bytecode run by a function before it is looked at for optimising). */
export const COMPILE_LATER_FLAG = "--interrupt-budget=270336";

let set = false;

/** Sets the larger budget, once a process, before a workbook is read. */
export function compileLater(): void {
  if (set) return;
  set = true;
  try {
    setFlagsFromString(COMPILE_LATER_FLAG);
  } catch {
    // A V8 that refuses flags once it runs (`--freeze-flags-after-init`): its default budget, the same results.
  }
}
