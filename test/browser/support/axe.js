/**
 * An axe-core scan of the pane (axe-core from node_modules, injected into the
 * page as a script of the page's own origin, answered by the test: no network). Returns the violations of impact serious or critical,
 * each with the rule, its help text and the first nodes' selectors. The rule
 * label-content-name-mismatch (a visible label that is not in the accessible
 * name) is experimental in axe and enabled here explicitly.
 *
 * Left out of the scan: Fluent UI's focus-management sentinels, the empty
 * `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` elements Tabster
 * inserts around focus groups (they pass focus on and are meant to be hidden
 * from assistive technology). They are Fluent's, not the pane's components;
 * axe reports them under aria-hidden-focus.
 */
"use strict";

const AXE = require.resolve("axe-core/axe.min.js");

async function seriousViolations(page, selector = '[data-testid="pane"]') {
  const loaded = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!loaded) {
    // Served from the page's own origin (the pane's Content-Security-Policy allows no inline script).
    const url = `${new URL(page.url()).origin}/__test__/axe.min.js`;
    await page.route(url, (route) => route.fulfill({ path: AXE, contentType: "text/javascript; charset=utf-8" }));
    await page.addScriptTag({ url });
  }
  const result = await page.evaluate(async (selector) => {
    if (document.querySelector(selector) === null) throw new Error(`axe: nothing matches ${selector}`);
    const context = { include: [[selector]], exclude: [["[data-tabster-dummy]"]] };
    const run = await window.axe.run(context, {
      resultTypes: ["violations"],
      rules: { "label-content-name-mismatch": { enabled: true } },
    });
    return run.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
    }));
  }, selector);
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The rules axe ran, to make sure a rule asked for was part of the scan. */
async function rulesRun(page) {
  return page.evaluate(() => window.axe.getRules().map((r) => r.ruleId));
}

module.exports = { seriousViolations, rulesRun };
