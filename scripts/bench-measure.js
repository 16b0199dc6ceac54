"use strict";
/**
 * Preloaded (`node --require scripts/bench-measure.js …`) by the benchmarks to
 * measure a whole command in its own process: at exit, writes its CPU time
 * (user + system since the process started, ms) and peak RSS (MiB) as one JSON
 * line to the file named by ALLOCHECK_BENCH_MEASURE. (Wall time is the parent's to measure.)
 */
const fs = require("fs");

const file = process.env.ALLOCHECK_BENCH_MEASURE;
if (file) {
  process.on("exit", () => {
    const cpu = process.cpuUsage();
    fs.writeFileSync(file, JSON.stringify({ cpu: (cpu.user + cpu.system) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024 }) + "\n");
  });
}
