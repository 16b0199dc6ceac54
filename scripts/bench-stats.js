"use strict";
/** The small measures every benchmark script shares. */

/** A monotonic clock, in milliseconds. */
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The median of some numbers (the mean of the two middle ones for an even count). */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

module.exports = { nowMs, median };
