/**
 * Tells V8's optimising compiler to inline less into each function it
 * optimises (200 bytes of inlined bytecode at most instead of 920) for the
 * rest of the process. `allocheck summary` runs a great deal of code once —
 * the reader, the engine, the summary's builder and writer, each optimised
 * in the background as it warms up — and on the 100 000-row summary the
 * compiler's work, not the code it makes, is what the smaller budget saves
 * (BENCHMARKS.md). Set at run time, like `releaseGarbage`'s flag: a flag on
 * the command line would make V8 refuse the bundle's code cache. Only the
 * compiler's choices change, never what the code computes.
 */
import { setFlagsFromString } from "node:v8";

export const INLINE_BUDGET_FLAG = "--max-inlined-bytecode-size-cumulative=200";

export function inlineLess(): void {
  setFlagsFromString(INLINE_BUDGET_FLAG);
}
