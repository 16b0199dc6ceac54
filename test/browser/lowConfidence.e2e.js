/**
 * A reading the engine is not sure of (two plan lines found no column): the
 * check's result says so first — the same warning and reasons the command
 * line prints before its findings — not only in the reading view, and its
 * link opens that view. At 320 px, in Vietnamese then English, on a workbook
 * loaded into the preview. Screenshots: test-output/browser/low-confidence-*.png.
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { asShown, loadLib, openWithWorkbook, runAction, WAIT } = require("./support/pane");

const FILE = "thieu-cot.xlsx";
const LINES = [
  ["Tổ truyền thông cộng đồng", "tổ", 6],
  ["Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 3],
  ["Địa chỉ tin cậy", "địa chỉ", 4],
  ["Mô hình sinh kế", "mô hình", 2],
];
const WORKBOOK = {
  sheets: [
    {
      name: "Phân bổ",
      values: [
        ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi"],
        [null, "Tổng cộng", 6, 3],
        [1, "Xã Một", 2, 1],
        [2, "Xã Hai", 2, 1],
        [3, "Xã Ba", 2, 1],
      ],
      merges: [],
    },
    { name: "Kế hoạch", values: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ...LINES.map(([name, unit, target], i) => [String(i + 1), name, unit, target])], merges: [] },
  ],
};

function steps(lang) {
  return [
    {
      name: `${lang}: the check's result starts with the engine's low-confidence warning and its reasons; the link opens the reading view`,
      async run(ctx) {
        const { page, root } = ctx;
        const { checkWorkbook } = loadLib(root, "core/check.js");
        const confidence = checkWorkbook(WORKBOOK, { workbookName: FILE }).report.reading.confidence;
        assert.equal(confidence.level, "low", "the engine is not sure of this reading");
        await openWithWorkbook(ctx, { width: 320, workbook: WORKBOOK, name: FILE, tab: "Phân bổ" });
        if ((await page.getAttribute('[data-testid="pane"]', "data-lang")) !== lang) {
          await page.click('[data-testid="lang-toggle"]');
          await page.waitForSelector(`[data-testid="pane"][data-lang="${lang}"]`, WAIT);
        }
        await page.waitForFunction(() => {
          const b = document.querySelector('[data-testid="action-check"]');
          return b !== null && !b.disabled;
        }, null, WAIT);
        await runAction(page, "action-check");
        const warning = page.locator('[data-testid="result"] [data-testid="check-low-confidence"]');
        await warning.waitFor(WAIT);
        const text = (await warning.innerText()).replace(/\s+/g, " ");
        for (const reason of confidence.reasons) assert.ok(text.includes(asShown(root, reason[lang])), `the reason "${reason[lang]}" is said: ${text}`);
        // Before the counts and the findings that stand on this reading.
        const above = await page.evaluate(() => {
          const w = document.querySelector('[data-testid="check-low-confidence"]').getBoundingClientRect();
          const counts = document.querySelector('[data-testid="count-error"]').getBoundingClientRect();
          return w.bottom <= counts.top;
        });
        assert.ok(above, "the warning comes before the counts");
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1), false, "no sideways scroll");
        await page.screenshot({ path: path.join(root, "test-output", "browser", `low-confidence-${lang}.png`) });
        await page.click('[data-testid="review-reading"]');
        await page.waitForSelector('[data-testid="reading-low-confidence"]', WAIT);
        assert.equal(await page.getAttribute('[data-testid="tab-reading"]', "aria-selected"), "true");
      },
    },
  ];
}

module.exports = {
  name: "Low-confidence reading said on the check's result (preview, 320 px, both languages)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [...steps("vi"), ...steps("en")],
};
