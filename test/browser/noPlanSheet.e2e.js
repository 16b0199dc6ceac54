/**
 * A workbook with an allocation table and no plan sheet: Kiểm tra stops at the
 * engine's message and offers the import tab (the plan read from its text),
 * at 320 px, in Vietnamese then English, on a workbook loaded into the preview.
 * Screenshots: test-output/browser/no-plan-sheet-*.png.
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { asShown, engineRefusal, tasksDone, WAIT, waitReady, waitTasksAfter } = require("./support/pane");

const FILE = "chua-co-ke-hoach.xlsx";
const WORKBOOK = {
  sheets: [
    {
      name: "Phân bổ",
      values: [
        ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"],
        [null, "Tổng cộng", 3, 2],
        [1, "Xã Một", 2, 1],
        [2, "Xã Hai", 1, 1],
      ],
      merges: [],
    },
  ],
};

/** The engine's refusal (the command line's exit 2). */
const refusal = (root) => engineRefusal(root, WORKBOOK, FILE, "no-plan");

function steps(lang) {
  return [
    {
      name: `${lang}: no plan sheet: the engine's message, and the import tab offered`,
      async run(ctx) {
        const { page, baseUrl, root } = ctx;
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(`${baseUrl}/taskpane.html`);
        await waitReady(page);
        await page.evaluate(({ workbook, name }) => window.allocheckPreview.load(workbook, name), { workbook: WORKBOOK, name: FILE });
        await page.waitForFunction(() => document.querySelector('[data-sheet-tab="Phân bổ"]') !== null, null, WAIT);
        await waitReady(page);
        if ((await page.getAttribute('[data-testid="pane"]', "data-lang")) !== lang) {
          await page.click('[data-testid="lang-toggle"]');
          await page.waitForSelector(`[data-testid="pane"][data-lang="${lang}"]`, WAIT);
        }
        // The allocation table is found against the plan: with no plan sheet it waits for one, it is not "not found".
        const allocationHint = await page.$eval('[data-testid="pick-allocation"]', (el) => el.closest(".fui-Field").querySelector(".fui-Field__hint")?.textContent ?? "");
        assert.equal(allocationHint, { vi: "sẽ tìm khi có kế hoạch", en: "looked for once there is a plan" }[lang]);
        const before = await tasksDone(page);
        await page.click('[data-testid="action-check"]');
        await waitTasksAfter(page, before);
        const error = page.locator('[data-testid="notice-error"]');
        await error.waitFor(WAIT);
        const text = refusal(root);
        assert.ok((await error.innerText()).replace(/\s+/g, " ").includes(asShown(root, text[lang]).replace(/\s+/g, " ")), "the engine's words");
        const offer = page.locator('[data-testid="import-plan-offer"]');
        await offer.waitFor(WAIT);
        assert.equal(await page.locator('[data-testid="map-lines-offer"]').count(), 0, "no plan lines to map columns to");
        const box = await offer.boundingBox();
        assert.ok(box !== null && box.x + box.width <= 320 && box.height >= 24, `the offer fits the pane: ${JSON.stringify(box)}`);
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1), false);
        await page.screenshot({ path: path.join(root, "test-output", "browser", `no-plan-sheet-${lang}.png`) });
        await offer.click();
        await page.waitForSelector('[data-testid="import-panel"]', WAIT);
        assert.equal(await page.getAttribute('[data-testid="tab-import"]', "aria-selected"), "true");
      },
    },
  ];
}

module.exports = {
  name: "No plan sheet: the message, then the import tab offered (preview, 320 px, both languages)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [...steps("vi"), ...steps("en")],
};
