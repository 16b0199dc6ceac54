/**
 * The task pane's `Tiến độ` tab in preview mode on the built-in sample (which
 * has results for 2022, 2023 and 2024-H1): the tab appears after a check, the
 * lines behind pace come first, every line's figures are the CLI's
 * (`allocheck check --json` on the sample the CLI writes), the drill-down
 * lists the areas behind and selects their cells, and the tab fits a 360 px
 * pane (screenshot in test-output/browser/progress-360.png).
 */
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { seriousViolations } = require("./support/axe");
const { runAction, WAIT, waitReady } = require("./support/pane");

function attr(name, value) {
  return `[${name}="${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"]`;
}

/** The sample as `allocheck demo` writes it, checked by `allocheck check --json`. */
function cliReport(root) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "allocheck-progress-"));
  try {
    const cli = path.join(root, "bin", "allocheck.js");
    const demo = spawnSync(process.execPath, [cli, "demo", "-o", dir], { encoding: "utf8" });
    assert.ok(demo.status === 0 || demo.status === 1, `allocheck demo failed: ${demo.stderr}`);
    const workbook = fs.readdirSync(dir).find((f) => f.endsWith(".xlsx") && !f.includes("tong-hop"));
    assert.ok(workbook, `allocheck demo wrote a workbook in ${dir}`);
    const check = spawnSync(process.execPath, [cli, "check", path.join(dir, workbook), "--json"], { encoding: "utf8" });
    assert.ok(check.status === 0 || check.status === 1, `allocheck check failed: ${check.stderr}`);
    return JSON.parse(check.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A number from a data attribute; "" (absent in the report) as undefined. */
function num(value) {
  return value === "" || value === null ? undefined : Number(value);
}

module.exports = {
  name: "Task pane, Tiến độ tab (preview, sample workbook)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [
    {
      name: "no progress tab before a check; after Kiểm tra the tab appears",
      async run(ctx) {
        const { page, baseUrl, root } = ctx;
        ctx.state.report = cliReport(root);
        assert.ok(ctx.state.report.progress, "the sample has results (CONTRACT §7)");
        await page.goto(`${baseUrl}/taskpane.html`);
        await waitReady(page);
        assert.equal(await page.locator('[data-testid="tab-progress"]').count(), 0);
        await runAction(page, "action-check");
        await page.waitForSelector('[data-testid="result"]', WAIT);
        await page.click('[data-testid="tab-progress"]');
        await page.waitForSelector('[data-testid="progress"]', WAIT);
      },
    },
    {
      name: "the lines behind pace come first and every figure is the CLI's",
      async run(ctx) {
        const { page } = ctx;
        const { report } = ctx.state;
        const lines = await page.$$eval('[data-testid="progress-line"]', (els) =>
          els.map((e) => ({
            code: e.getAttribute("data-code"),
            status: e.getAttribute("data-status"),
            achieved: e.getAttribute("data-achieved"),
            target: e.getAttribute("data-target"),
            expected: e.getAttribute("data-expected"),
            forecast: e.getAttribute("data-forecast"),
            percent: e.getAttribute("data-percent"),
            bar: e.querySelector('[data-testid="progress-bar"]')?.getAttribute("aria-label") ?? "",
            title: e.querySelector('[data-testid="progress-line-name"]')?.textContent ?? "",
          })),
        );
        const withResults = report.indicators.filter((i) => i.achieved !== undefined);
        assert.equal(lines.length, withResults.length);
        // The CLI's own pace finding names the line behind; it is the first one shown.
        const behind = report.findings.filter((f) => f.rule === "pace" && f.indicator !== null).map((f) => f.indicator);
        assert.ok(behind.length >= 1, "the sample has a line behind pace");
        assert.deepEqual(lines.slice(0, behind.length).map((l) => l.code).sort(), [...behind].sort());
        assert.ok(lines.slice(0, behind.length).every((l) => l.status === "behind"));
        assert.ok(lines.slice(behind.length).every((l) => l.status !== "behind"));
        for (const line of lines) {
          const i = withResults.find((x) => x.code === line.code);
          assert.ok(i, `line ${line.code} is in the CLI's report`);
          assert.equal(Number(line.achieved), i.achieved, `${line.code} achieved`);
          assert.equal(Number(line.target), i.target, `${line.code} target`);
          assert.equal(num(line.expected), i.expectedByNow, `${line.code} expected by now`);
          assert.equal(num(line.forecast), i.forecast, `${line.code} forecast`);
          assert.equal(num(line.percent), i.achievedPercent, `${line.code} percent`);
          // Named as the check tab names it: `4. Tổ nhóm sinh kế …`.
          assert.equal(line.title, `${i.code}. ${i.name}`);
          // The bar's accessible name carries the status in words, not in colour alone.
          assert.ok(line.bar.includes(i.code) && /tiến độ|Đạt|Vượt|Chưa/.test(line.bar), line.bar);
        }
        // The first line's shown figures, in the line's unit as the CLI's text report writes them.
        const first = withResults.find((x) => x.code === lines[0].code);
        const shown = await page.locator('[data-testid="progress-line"]').first().innerText();
        const vi = (n) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 }).format(n);
        for (const value of [first.achieved, first.target, first.expectedByNow, first.forecast]) {
          assert.ok(shown.includes(`${vi(value)} ${first.unit}`), `"${vi(value)} ${first.unit}" shown in: ${shown}`);
        }
      },
    },
    {
      name: "the drill-down lists the areas over their allocation and selects the cell",
      async run(ctx) {
        const { page } = ctx;
        const { report } = ctx.state;
        const area = report.findings.find((f) => (f.rule === "overspend" || f.rule === "area-progress") && f.area !== null && f.cell !== null);
        assert.ok(area, "the sample has an area over its allocation");
        const line = page.locator(`[data-testid="progress-line"]${attr("data-code", area.indicator)}`);
        await line.locator('[data-testid="progress-details"] button, button[data-testid="progress-details"]').first().click();
        const link = line.locator(`[data-testid="progress-finding"]${attr("data-rule", area.rule)}${attr("data-cell", area.cell)}`);
        await link.waitFor(WAIT);
        assert.equal(await link.getAttribute("data-area"), area.area);
        // As in the findings list: the severity by a mark with its word (not by colour alone), the link named by its own text.
        const item = await link.evaluate((el) => {
          const mark = el.closest("li").querySelector('[data-testid="severity-mark"]');
          return { glyph: mark?.textContent.trim() ?? "", word: mark?.getAttribute("aria-label") ?? null, ariaLabel: el.getAttribute("aria-label") };
        });
        assert.equal(item.word, { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" }[area.severity]);
        assert.ok(item.glyph.length > 0, "a visible severity mark");
        assert.equal(item.ariaLabel, null, "the link is named by its visible text");
        await link.click();
        await page.waitForSelector(
          `[data-testid="preview-grid"] td${attr("data-sheet", area.sheet)}${attr("data-cell", area.cell)}[data-selected="true"]`,
          WAIT,
        );
        // The behind line's drill-down holds its pace finding, selectable too.
        const pace = report.findings.find((f) => f.rule === "pace" && f.cell !== null);
        const behind = page.locator(`[data-testid="progress-line"]${attr("data-code", pace.indicator)}`);
        await behind.locator('[data-testid="progress-details"] button, button[data-testid="progress-details"]').first().click();
        await behind.locator(`[data-testid="progress-finding"][data-rule="pace"]${attr("data-cell", pace.cell)}`).waitFor(WAIT);
      },
    },
    {
      name: "at 320 px each line's figures read one to a line: a value beside a short term (Đã đạt) does not wrap",
      async run(ctx) {
        const { page } = ctx;
        await page.setViewportSize({ width: 320, height: 900 });
        await page.locator('[data-testid="progress"]').scrollIntoViewIfNeeded();
        const wrapped = await page.$$eval('[data-testid="progress-achieved"]', (values) =>
          values
            .filter((v) => v.getClientRects().length > 1 || v.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(v).lineHeight))
            .map((v) => v.textContent.trim()),
        );
        assert.ok((await page.locator('[data-testid="progress-achieved"]').count()) > 10);
        assert.deepEqual(wrapped, [], "no achieved figure wraps at 320 px");
        await page.setViewportSize({ width: 1400, height: 900 });
      },
    },
    {
      name: "the tab fits a 360 px pane",
      async run(ctx) {
        const { page, root } = ctx;
        await page.setViewportSize({ width: 360, height: 900 });
        await page.locator('[data-testid="progress"]').scrollIntoViewIfNeeded();
        const overflow = await page.$eval('[data-testid="pane"]', (el) => el.scrollWidth - el.clientWidth);
        assert.ok(overflow <= 1, `the pane scrolls sideways by ${overflow} px at 360 px`);
        // Each line's status reads whole: not wrapped inside its badge (a badge's height is fixed, wrapped words are cut).
        const statuses = await page.$$eval('[data-testid="progress-status"]', (badges) =>
          badges.map((b) => ({ text: b.textContent.trim(), cut: b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1 })),
        );
        assert.ok(statuses.length > 0);
        assert.deepEqual(
          statuses.filter((s) => s.cut),
          [],
          "no status is cut at 360 px",
        );
        // Contrast, names and roles of the tab, with a line's details open (its findings' marks and links).
        assert.deepEqual(await seriousViolations(page, '[data-testid="progress"]'), []);
        const shot = path.join(root, "test-output", "browser", "progress-360.png");
        await page.locator('[data-testid="pane"]').screenshot({ path: shot });
        assert.ok(fs.statSync(shot).size > 0);
        await page.setViewportSize({ width: 1400, height: 900 });
      },
    },
  ],
};
