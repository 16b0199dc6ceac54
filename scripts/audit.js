#!/usr/bin/env node
/**
 * `npm audit --omit=dev --audit-level=high`: no high or critical advisory in
 * what users install. Fails on such an advisory. When the registry's advisory
 * service cannot be reached (no network, or a registry mirror that answers the
 * audit endpoints with 405 Method Not Allowed), no check is possible: that is
 * said loudly on stderr and the run goes on, since no code change could make
 * the check pass there.
 */
const { spawnSync } = require("child_process");

const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high"], { encoding: "utf8" });
process.stdout.write(run.stdout ?? "");
const stderr = run.stderr ?? "";
const unreachable = /audit endpoint returned an error|405 Method Not Allowed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(stderr);
if (run.status === 0) {
  console.log("audit: no high or critical advisory in the production dependencies");
} else if (unreachable) {
  process.stderr.write(stderr);
  console.error("audit: NOT CHECKED — the registry's advisory service could not be reached from this machine (see above); run `npm run audit` where it can be.");
} else {
  process.stderr.write(stderr);
  console.error("audit: high or critical advisory in the production dependencies (see above)");
  process.exit(1);
}
