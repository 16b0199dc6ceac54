/**
 * The pane under its Content-Security-Policy, in the preview build: the
 * policy is in the page, code from strings is refused by the browser, and
 * loading the pane and running a check, the highlights and the summary
 * violate nothing (every `securitypolicyviolation` event is a failure) and
 * request nothing but the local server (the runner fails any other request;
 * Office.js's own telemetry frame, refused offline, is the one allowed).
 */
"use strict";

const assert = require("node:assert/strict");
const { runAction, WAIT } = require("./support/pane");

module.exports = {
  name: "Security (preview, Content-Security-Policy)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [
    {
      name: "the pane loads under its policy, which refuses eval",
      async run(ctx) {
        const { page, baseUrl } = ctx;
        ctx.state.requests = [];
        page.on("request", (request) => ctx.state.requests.push(request.url()));
        await page.addInitScript(() => {
          window.__cspViolations = [];
          document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        await page.goto(`${baseUrl}/taskpane.html`);
        await page.waitForSelector('[data-testid="pane"]', WAIT);
        const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
        assert.ok(policy && /script-src 'self'(;|$)/.test(policy), `policy: ${policy}`);
        assert.ok(!/unsafe-eval/.test(policy));
        // A script of the pane's own origin (answered by the test) tries eval and new Function: both refused.
        // (Code run through page.evaluate is exempt from the policy, so the probe must be a real script.)
        const probe = `${baseUrl}/__test__/eval-probe.js`;
        await page.route(probe, (route) =>
          route.fulfill({
            contentType: "text/javascript; charset=utf-8",
            body: 'window.__probe = [];for (const f of [() => eval("1 + 1"), () => new Function("return 2")()]) { try { window.__probe.push(String(f())); } catch (e) { window.__probe.push(e.name); } }',
          }),
        );
        await page.addScriptTag({ url: probe });
        assert.deepEqual(await page.evaluate(() => window.__probe), ["EvalError", "EvalError"]);
        // The probe's two refusals are the expected violations; clear them.
        await page.evaluate(() => (window.__cspViolations.length = 0));
      },
    },
    {
      name: "check, highlight, summary and clear run without a policy violation or an outside request",
      async run(ctx) {
        const { page, baseUrl } = ctx;
        await page.waitForSelector('[data-testid="action-check"]:not([disabled])', WAIT);
        await runAction(page, "action-check");
        await runAction(page, "action-highlight");
        await runAction(page, "action-summary");
        await runAction(page, "action-clear");
        const violations = await page.evaluate(() => window.__cspViolations);
        assert.deepEqual(violations, []);
        const outside = ctx.state.requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith("data:") && !url.startsWith("blob:"));
        assert.ok(outside.every((url) => /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//.test(url)), outside.join("\n"));
      },
    },
  ],
};
