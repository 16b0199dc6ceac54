/**
 * V8's compilers told what `check` and `summary` run: each flag set at run
 * time, once a process, before the workbook is read.
 *
 * The optimising compiler (TurboFan) made to wait four times longer before
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
 * Each regular expression compiled once, to machine code, when it is first
 * run — not first to the regular-expression interpreter's bytecode, then
 * again to machine code on its second run (V8's tier-up). Compiling one
 * parses its pattern again, and a pattern's Unicode classes (`\p{L}`, in
 * most of the reading's and the plan's patterns) are built from ICU's tables
 * at each parse (≈ 30 µs a class): the check runs hundreds of patterns, most
 * of them many times, so the interpreter's tier was a third parse of each.
 *
 * Set at run time, like `inlineLess`: a flag on the command line would make
 * V8 refuse the bundle's code cache. Only the compilers' choices change,
 * never what the code computes. Only bin/allocheck.js's process does this
 * (`processIo`); in-process callers (tests, and the code cache's warm-up,
 * whose cache V8 would take only under the flags it was made with) never do.
 */
import { setFlagsFromString } from "node:v8";

/** Four times V8's default in Node 20 (67 584 bytes of bytecode run by a function before it is looked at for optimising). */
export const COMPILE_LATER_FLAG = "--interrupt-budget=270336";

/** Regular expressions compiled straight to machine code (no interpreter's tier first). */
export const REGEXP_ONCE_FLAG = "--no-regexp-tier-up";

/** The flags `compileLater` sets, in order. */
export const COMPILER_FLAGS: readonly string[] = [COMPILE_LATER_FLAG, REGEXP_ONCE_FLAG];

let set = false;

/** Sets the larger budget and the regular expressions' single tier, once a process, before a workbook is read. */
export function compileLater(): void {
  if (set) return;
  set = true;
  for (const flag of COMPILER_FLAGS) {
    try {
      setFlagsFromString(flag);
    } catch {
      // A V8 that refuses flags once it runs (`--freeze-flags-after-init`): its defaults, the same results.
    }
  }
}
