/**
 * V8's optimising compiler (TurboFan) made to wait longer before it compiles
 * a function while a small workbook is checked. A 1 000-row check is over in
 * ≈ 0.15 s of JavaScript, most of it run once; TurboFan still compiled ≈ 40
 * functions for it in the background (the reader's loop twice), ≈ 90 ms of
 * CPU beside the main thread that the check never got back — on a machine
 * with two cores and other work, CPU taken from the check itself. With four
 * times V8's interrupt budget only the hottest functions are compiled: the
 * other threads' CPU ≈ 30 ms instead of ≈ 90, the main thread's the same
 * (BENCHMARKS.md). A larger workbook keeps V8's defaults: there the compiled
 * code pays for its compiling.
 *
 * Set at run time, like `inlineLess`: a flag on the command line would make
 * V8 refuse the bundle's code cache. Only the compiler's choices change,
 * never what the code computes. Only bin/allocheck.js's process does this
 * (`processIo`); in-process callers (tests, the code cache's warm-up, whose
 * cache V8 takes only under the flags it was made with) never do.
 */
import { setFlagsFromString } from "node:v8";

/** ≈ 3 300 rows × 30 columns of the bench's workbooks (1 000 rows: 150 KiB; 10 000 rows: 1.5 MiB). */
export const SMALL_FILE_BYTES = 512 * 1024;

/** Four times V8's default budget in Node 20 (67 584 bytes of bytecode run per function before it is looked at for optimising). */
export const SMALL_WORK_BUDGET_FLAG = "--interrupt-budget=270336";

let set = false;

/** Sets the compiler for a workbook file of `fileBytes` bytes, before it is read (once a process). */
export function compileFor(fileBytes: number): void {
  if (set || fileBytes > SMALL_FILE_BYTES) return;
  setFlagsFromString(SMALL_WORK_BUDGET_FLAG);
  set = true;
}
