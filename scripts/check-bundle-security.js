#!/usr/bin/env node
/**
 * Security checks of the production build (dist/, `npm run build`), run by
 * `npm test` after the build:
 *
 * - every page carries the Content-Security-Policy of scripts/csp.js (only the
 *   pane's own scripts and Office.js; never 'unsafe-eval' or an inline script);
 * - no script is inline, no source map and no `eval` source map ships;
 * - code from strings: every `eval(`, `Function(` (with or without `new`) and
 *   string-taking `setTimeout`/`setInterval` in the bundle is one of the
 *   known third-party occurrences below, each unreachable or guarded — and
 *   under the policy (no 'unsafe-eval') any that ran would throw, not run.
 *   A new occurrence fails the check until someone reads it and lists it.
 *
 *   node scripts/check-bundle-security.js [dist]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { contentSecurityPolicy } = require("./csp");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Known occurrences: a snippet around the call, and why it never runs as eval in the pane. */
const KNOWN = [
  {
    snippet: 'return this||new Function("return this")()',
    why: "webpack's runtime `__webpack_require__.g`: `this` first, the Function call inside try/catch (falls back to window)",
  },
  {
    snippet: '"function"!=typeof e&&(e=new Function(""+e))',
    why: "the setImmediate polyfill bundled with JSZip: a string callback only; JSZip passes functions",
  },
  {
    snippet: '||Function("return this")()',
    why: "underscore's (mammoth's) global lookup: reached only when neither self nor global exists",
  },
  {
    snippet: 'a=new Function(s,"_",o)',
    why: "underscore's `_.template`, bundled whole by mammoth, never called (mammoth's lib has no .template call)",
  },
];

const CODE_FROM_STRING = /\beval\s*\(|\bFunction\s*\(|\bset(?:Timeout|Interval)\s*\(\s*["'`]/g;

function main() {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  const problems = [];
  const policy = contentSecurityPolicy(OFFICE_JS_CDN);
  if (/unsafe-eval/.test(policy)) problems.push("the policy grants 'unsafe-eval'");
  if (!/script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/.test(policy)) problems.push(`script-src is not exactly 'self' and Office.js: ${policy}`);

  const files = fs.readdirSync(dist);
  for (const page of files.filter((f) => f.endsWith(".html"))) {
    const html = fs.readFileSync(path.join(dist, page), "utf8");
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html);
    if (meta === null) problems.push(`${page}: no Content-Security-Policy meta tag`);
    else if (meta[1] !== policy) problems.push(`${page}: the policy differs from scripts/csp.js:\n  ${meta[1]}\n  ${policy}`);
    else if (html.indexOf(meta[0]) > html.search(/<script\b/)) problems.push(`${page}: the policy comes after a script`);
    for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) || []) {
      if (!/\bsrc=/.test(script) || />\s*\S[\s\S]*<\/script>$/.test(script)) problems.push(`${page}: an inline script: ${script.slice(0, 80)}`);
    }
  }

  let scanned = 0;
  const seen = new Set();
  for (const file of files) {
    if (file.endsWith(".map")) problems.push(`${file}: a source map in the production build`);
    if (!file.endsWith(".js")) continue;
    scanned++;
    const code = fs.readFileSync(path.join(dist, file), "utf8");
    if (/sourceMappingURL=data:/.test(code)) problems.push(`${file}: an inline source map`);
    for (const match of code.matchAll(CODE_FROM_STRING)) {
      const around = code.slice(Math.max(0, match.index - 60), match.index + 60);
      const known = KNOWN.find((k) => around.includes(k.snippet));
      if (known === undefined) problems.push(`${file}: code from a string at ${match.index}: …${around}…`);
      else seen.add(known.snippet);
    }
  }
  if (scanned === 0) problems.push(`no scripts in ${dist}: run \`npm run build\` first`);

  if (problems.length > 0) {
    console.error(`Bundle security: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log(`Bundle security: ${scanned} scripts scanned; the pages carry the policy (${policy.length} chars, no 'unsafe-eval');`);
  console.log(`  ${seen.size} known third-party Function occurrence(s), none reachable as eval: ${KNOWN.filter((k) => seen.has(k.snippet)).map((k) => k.why.split(":")[0]).join("; ") || "none"}`);
}

main();
