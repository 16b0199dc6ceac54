/**
 * A check that takes long (a large sheet read block by block in Excel; here
 * the preview workbook's read held back for a few seconds): at 320 px, in
 * Vietnamese then English, the pane names the sheet it is reading, then says
 * once that it is still going and why, the seconds ticking beside it for the
 * eye only (not read out every second), all within the pane's width; the
 * check then ends as usual. Screenshots: test-output/browser/busy-long-*.png.
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { tasksDone, WAIT, waitReady, waitTasksAfter } = require("./support/pane");

const WORDS = {
  vi: { reading: "Đang đọc và kiểm tra trang “Phân bổ”…", still: "Vẫn đang làm", seconds: /\(\d+ giây\)/ },
  en: { reading: "Reading and checking sheet “Phân bổ”…", still: "Still working", seconds: /\(\d+ s\)/ },
};

function step(lang) {
  return {
    name: `${lang}: a long check names its sheet, then says it is still going, inside 320 px`,
    async run(ctx) {
      const { page, baseUrl } = ctx;
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${baseUrl}/taskpane.html`);
      await waitReady(page);
      if ((await page.getAttribute('[data-testid="pane"]', "data-lang")) !== lang) {
        await page.click('[data-testid="lang-toggle"]');
        await page.waitForSelector(`[data-testid="pane"][data-lang="${lang}"]`, WAIT);
      }
      // The read held back 6 s, as a large sheet's read in Excel takes its time.
      await page.evaluate(() => {
        const host = window.allocheckPreview.host;
        const read = host.readWorkbook.bind(host);
        host.readWorkbook = (names) => new Promise((resolve) => setTimeout(resolve, 6000)).then(() => read(names));
      });
      const before = await tasksDone(page);
      await page.click('[data-testid="action-check"]');
      const busy = page.locator('[data-testid="busy"]');
      await busy.waitFor(WAIT);
      assert.ok((await busy.innerText()).includes(WORDS[lang].reading), `names the sheet: ${await busy.innerText()}`);
      assert.equal(await page.locator('[data-testid="busy-still"]').count(), 0, "nothing more at first");
      await page.locator('[data-testid="busy-still"]').waitFor(WAIT);
      const still = await page.locator('[data-testid="busy-still"]').innerText();
      assert.ok(still.includes(WORDS[lang].still), still);
      assert.match(still, WORDS[lang].seconds);
      assert.equal(await page.getAttribute('[data-testid="busy-seconds"]', "aria-hidden"), "true", "the seconds are not read out");
      const inside = await page.$eval('[data-testid="busy"]', (el) => {
        const box = el.getBoundingClientRect();
        return box.right <= document.documentElement.clientWidth + 0.5 && el.scrollWidth <= el.clientWidth + 1;
      });
      assert.ok(inside, "the busy texts wrap inside the pane");
      await page.screenshot({ path: path.join(ctx.root, "test-output", "browser", `busy-long-${lang}.png`), fullPage: false });
      await waitTasksAfter(page, before);
      assert.equal(await busy.count(), 0, "gone when the check ends");
      await page.waitForSelector('[data-testid="result"]', WAIT);
    },
  };
}

module.exports = {
  name: "A long check (preview)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [step("vi"), step("en")],
};
