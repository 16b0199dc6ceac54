/**
 * The pane in a dark theme (the browser's prefers-color-scheme stands in for
 * Office's theme outside Office): the page and the pane dark with light text,
 * the preview's grid still Excel's light sheet, the findings readable after a
 * check (an axe-core scan, colour contrast included, finds nothing serious),
 * and a light browser still gets the light pane. Screenshots at task-pane
 * width go to test-output/browser/dark-*.png.
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { seriousViolations } = require("./support/axe");
const { runAction, waitReady } = require("./support/pane");

/** Relative luminance (WCAG 2) of a computed `rgb(…)` / `rgba(…)` colour. */
function luminanceOf(css) {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  assert.ok(m, `not a colour: ${css}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The computed background of the page and the text colour of the pane's first heading or label. */
async function colours(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="pane"]');
    const grid = document.querySelector('[data-testid="preview"]');
    return {
      body: getComputedStyle(document.body).backgroundColor,
      paneText: getComputedStyle(pane).color,
      gridBackground: grid === null ? null : getComputedStyle(grid.closest(".fui-FluentProvider") ?? grid).backgroundColor,
    };
  });
}

module.exports = {
  name: "Dark theme (preview)",
  colorScheme: "dark",
  // Office.js's own telemetry frame, refused offline (as in the other suites).
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [
    {
      name: "a dark browser gets a dark page and pane with light text; the sheet grid stays light",
      async run(ctx) {
        const { page, baseUrl } = ctx;
        await page.goto(`${baseUrl}/taskpane.html`);
        await waitReady(page);
        const seen = await colours(page);
        assert.ok(luminanceOf(seen.body) < 0.05, `page background ${seen.body}`);
        assert.ok(luminanceOf(seen.paneText) > 0.6, `pane text ${seen.paneText}`);
        assert.ok(seen.gridBackground !== null && luminanceOf(seen.gridBackground) > 0.9, `grid background ${seen.gridBackground}`);
      },
    },
    {
      name: "after a check at task-pane width the findings are readable (axe, contrast included)",
      async run(ctx) {
        const { page } = ctx;
        await page.setViewportSize({ width: 360, height: 800 });
        await runAction(page, "action-check");
        await page.screenshot({ path: path.join(ctx.root, "test-output", "browser", "dark-checked.png"), fullPage: true });
        assert.deepEqual(await seriousViolations(page), []);
      },
    },
    {
      name: "a light browser still gets the light pane",
      async run(ctx) {
        const { page } = ctx;
        await page.emulateMedia({ colorScheme: "light" });
        await page.reload();
        await waitReady(page);
        const seen = await colours(page);
        assert.ok(luminanceOf(seen.body) > 0.9, `page background ${seen.body}`);
        assert.ok(luminanceOf(seen.paneText) < 0.1, `pane text ${seen.paneText}`);
      },
    },
  ],
};
