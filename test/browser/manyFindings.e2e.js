/**
 * Sixty findings of one rule (a column of numbers stored as text) in a 320 px
 * pane: the group shows its first ten and a button for the other fifty, the
 * groups after it stay within a screen or two; pressing the button from the
 * keyboard shows them all and puts the focus on the first one it showed.
 * Workbook loaded into the preview through its test hook.
 * Screenshots: test-output/browser/many-findings-*.png.
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { openWithWorkbook, runAction, WAIT } = require("./support/pane");

const FILE = "nhieu-loi.xlsx";
const COMMUNES = Array.from({ length: 60 }, (_, k) => `Xã Số ${k + 1}`);

function workbook() {
  // Line 1 typed as text in every commune; line 2's total one over the plan.
  const rows = COMMUNES.map((c, k) => [k + 1, c, "2", 1]);
  return {
    sheets: [
      {
        name: "Phân bổ",
        values: [["BIỂU PHÂN BỔ NĂM 2024"], [], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi"], [null, "Tổng cộng", 120, 60], ...rows],
        merges: [],
      },
      {
        name: "Kế hoạch",
        values: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["1", "Tổ truyền thông cộng đồng", "tổ", 120], ["2", "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 59], [], ["Xã"], ...COMMUNES.map((c) => [c])],
        merges: [],
      },
    ],
  };
}

const shownIn = (page, rule) => page.$$eval(`[data-testid="finding-group"][data-rule="${rule}"] [data-testid="finding"]`, (els) => els.length);

module.exports = {
  name: "Sixty findings of one rule (preview, narrow pane)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [
    {
      name: "the long group shows ten and a button for the rest; the next group stays in reach",
      async run(ctx) {
        const { page, root } = ctx;
        await openWithWorkbook(ctx, { width: 320, workbook: workbook(), name: FILE, tab: "Phân bổ" });
        await page.waitForFunction(() => !document.querySelector('[data-testid="action-check"]')?.disabled, null, WAIT);
        await runAction(page, "action-check");
        await page.waitForSelector('[data-testid="findings"]', WAIT);
        const groups = await page.$$eval('[data-testid="finding-group"]', (els) =>
          els.map((g) => ({ rule: g.getAttribute("data-rule"), count: Number(g.querySelector('[data-testid="finding-group-count"]').textContent) })),
        );
        const long = groups.find((g) => g.count === 60);
        assert.ok(long, `a group of sixty: ${JSON.stringify(groups)}`);
        assert.ok(groups.length > 1, "another group beside it");
        assert.equal(await shownIn(page, long.rule), 10);
        const more = page.locator(`[data-testid="findings-more"][data-rule="${long.rule}"]`);
        assert.equal((await more.innerText()).trim(), "Xem thêm 50 vấn đề");
        // The groups after the long one: within two screens of its header.
        const tops = await page.$$eval('[data-testid="finding-group"]', (els) => els.map((g) => g.getBoundingClientRect().top + window.scrollY));
        const index = groups.indexOf(long);
        if (index < groups.length - 1) assert.ok(tops[index + 1] - tops[index] < 1600, `the next group is ${Math.round(tops[index + 1] - tops[index])} px below`);
        await page.locator('[data-testid="pane"]').screenshot({ path: path.join(root, "test-output", "browser", "many-findings-320.png") });
        ctx.state.rule = long.rule;
      },
    },
    {
      name: "the button from the keyboard shows the rest and focuses the first one it showed",
      async run(ctx) {
        const { page } = ctx;
        const more = page.locator(`[data-testid="findings-more"][data-rule="${ctx.state.rule}"]`);
        await more.focus();
        await page.keyboard.press("Enter");
        await page.waitForFunction((rule) => document.querySelectorAll(`[data-testid="finding-group"][data-rule="${rule}"] [data-testid="finding"]`).length === 60, ctx.state.rule, WAIT);
        assert.equal(await page.locator('[data-testid="findings-more"]').count(), 0, "the button is gone");
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          const all = [...el.closest('[data-testid="finding-group"]').querySelectorAll('[data-testid="finding"]')];
          return { testId: el.getAttribute("data-testid"), index: all.indexOf(el) };
        });
        assert.deepEqual(focused, { testId: "finding", index: 10 });
      },
    },
  ],
};
