/**
 * Corrections in the "Cách đọc biểu" view on a table with two label columns
 * (district | commune, the district merged down beside its communes), a
 * workbook the built-in sample does not have: loaded into the preview through
 * its test hook (`window.allocheckPreview.load`, preview builds only). A row
 * the engine misreads as a commune is set as the district's subtotal, a
 * scratch row is ignored, and on a row holding a district beside its commune
 * the district alone is left out; after each the correction saved in the
 * workbook's settings, the reading shown and the check's counts are those the
 * engine gives (lib/, as the command line runs it) under the same corrections.
 * Screenshots: test-output/browser/two-labels-*.png.
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { seriousViolations } = require("./support/axe");
const { counts, loadLib, savedCorrections, tasksDone, WAIT, waitReady, waitTasksAfter } = require("./support/pane");

const SHEET = "Phân bổ 2024";
const FILE = "phan-bo-hai-cot.xlsx";

/**
 * A synthetic allocation (not one of the fixtures): districts merged down column B
 * beside their communes in column C; `Số liệu chung huyện` (row 5) is Sìn Hồ's
 * subtotal written as if it were a commune, `Dòng nháp` (row 8) a scratch row,
 * `Nhóm bổ sung` (row 9) no district at all.
 */
function twoLabelWorkbook(root) {
  const { parseA1 } = loadLib(root, "core/model/address.js");
  const range = (text) => {
    const [from, to = from] = text.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  };
  return {
    sheets: [
      {
        name: SHEET,
        values: [
          ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi"],
          [null, "Tổng cộng", null, 10, 6],
          [1, "Sìn Hồ", "Xã Pa Tần", 3, 2],
          [2, null, "Xã Nậm Cha", 2, 1],
          [null, null, "Số liệu chung huyện", 5, 3],
          [3, "Phong Thổ", "Xã Sì Lở Lầu", 3, 2],
          [4, null, "Xã Mồ Sì San", 2, 1],
          [null, null, "Dòng nháp", 50, 50],
          [5, "Nhóm bổ sung", "Xã Dào San", 0, 0],
        ],
        merges: ["B2:C2", "B3:B5", "B6:B8"].map(range),
      },
      {
        name: "Kế hoạch",
        values: [
          ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
          ["1", "Tổ truyền thông cộng đồng", "tổ", 10],
          ["2", "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 6],
          [],
          ["Huyện", "Xã"],
          ["Sìn Hồ", "Pa Tần"],
          ["Sìn Hồ", "Nậm Cha"],
          ["Phong Thổ", "Sì Lở Lầu"],
          ["Phong Thổ", "Mồ Sì San"],
          ["Phong Thổ", "Dào San"],
        ],
        merges: [],
      },
    ],
  };
}

/** The engine's report on the workbook under these corrections, as the command line computes it. */
function reportWith(root, workbook, corrections) {
  const { checkWorkbook } = loadLib(root, "core/check.js");
  const sets = corrections.length === 0 ? [] : [{ sheet: SHEET, corrections }];
  return checkWorkbook(workbook, { workbookName: FILE, corrections: sets }).report;
}

async function shownAreas(page) {
  return page.$$eval("[data-reading-area]", (rows) =>
    rows.map((r) => {
      // The area's cell without its band symbol (aria-hidden), the line under it in a narrow pane, and the plan's name after it.
      const cell = r.querySelector("td:nth-child(2)").cloneNode(true);
      cell.querySelectorAll('[aria-hidden="true"], [data-under]').forEach((el) => el.remove());
      return [r.getAttribute("data-reading-area"), r.getAttribute("data-role"), cell.textContent.trim().replace(/ \(.*\)$/, "")];
    }),
  );
}

function areasOf(report) {
  return report.reading.areas.map((a) => [a.at, a.role, a.name.replace(/ \(.*\)$/, "")]);
}

/** The page, and the table of areas alone (where the corrections are made). */
async function shot(ctx, name) {
  const dir = path.join(ctx.root, "test-output", "browser");
  await ctx.page.screenshot({ path: path.join(dir, `two-labels-${name}.png`), fullPage: false });
  const areas = ctx.page.locator('[data-testid="reading-areas"]');
  if ((await areas.count()) === 0) return;
  // The pane scrolls on its own (the page does not): bring the table into view, then take the view.
  await areas.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await ctx.page.screenshot({ path: path.join(dir, `two-labels-${name}-areas.png`), fullPage: false });
}

/**
 * Chooses `value` for the area named `name` (its own choice: a district and its first
 * commune share a row), waits for the check that follows, and compares everything
 * with the engine under `corrections`.
 */
async function correctAndCompare(ctx, name, value, corrections) {
  const { page, root } = ctx;
  const choice = page.locator(`[data-testid="reading-areas"] select[aria-label="Vai trò của ${name}"]`);
  assert.equal(await choice.count(), 1, `one role choice for ${name}`);
  const before = await tasksDone(page);
  await choice.selectOption(value);
  await waitTasksAfter(page, before);
  await page.waitForSelector('[data-testid="correction-saved"]', WAIT);
  assert.deepEqual(await savedCorrections(page), { version: 1, sheets: [{ sheet: SHEET, corrections }] });
  const expected = reportWith(root, ctx.state.workbook, corrections);
  assert.equal(expected.reading.corrections, corrections.length, "the engine applies every correction made");
  assert.deepEqual(await counts(page), { error: expected.counts.error, warning: expected.counts.warning });
  await page.click('[data-testid="tab-reading"]');
  await page.waitForSelector('[data-testid="reading-areas"]', WAIT);
  assert.deepEqual(await shownAreas(page), areasOf(expected));
  return expected;
}

module.exports = {
  name: "Reading view corrections on a district | commune table (preview, workbook loaded by the test)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [
    {
      name: "the preview takes another workbook: its sheets are shown and picked, the pane starts afresh",
      async run(ctx) {
        const { page, baseUrl, root } = ctx;
        ctx.state.workbook = twoLabelWorkbook(root);
        await page.setViewportSize({ width: 1200, height: 900 });
        await page.goto(`${baseUrl}/taskpane.html`);
        await waitReady(page);
        await page.evaluate(({ workbook, name }) => window.allocheckPreview.load(workbook, name), { workbook: ctx.state.workbook, name: FILE });
        await page.waitForFunction((sheet) => document.querySelector(`[data-sheet-tab="${sheet}"]`) !== null, SHEET, WAIT);
        await waitReady(page);
        const tabs = await page.$$eval("[data-sheet-tab]", (els) => els.map((e) => e.getAttribute("data-sheet-tab")));
        assert.deepEqual(tabs, [SHEET, "Kế hoạch"], "only the loaded workbook's sheets");
        // The sheets are picked once the new workbook is read: waited for, as a slow machine may be still at it.
        await page.waitForFunction(() => document.querySelector('[data-testid="pick-plan"]')?.value.trim() !== "", undefined, WAIT).catch(() => undefined);
        assert.equal((await page.inputValue('[data-testid="pick-plan"]')).trim(), "Kế hoạch");
        assert.equal(await page.evaluate(() => window.allocheckPreview.host.workbookName()), FILE);
        assert.equal(await page.locator('[data-testid="result"]').count(), 0, "no result left from the sample");
      },
    },
    {
      name: "Kiểm tra reads two label columns as the engine does: the district beside its first commune, the misread rows",
      async run(ctx) {
        const { page, root } = ctx;
        const report = reportWith(root, ctx.state.workbook, []);
        ctx.state.report = report;
        assert.ok(report.reading, "the engine reads the table");
        // Two areas on one row: the district written beside its first commune.
        const rows = report.reading.areas.map((a) => a.at);
        assert.ok(rows.some((at, i) => rows.indexOf(at) !== i), "a district and a commune share a row");
        const before = await tasksDone(page);
        await page.click('[data-testid="action-check"]');
        await waitTasksAfter(page, before);
        assert.deepEqual(await counts(page), { error: report.counts.error, warning: report.counts.warning });
        assert.ok(report.counts.error > 0, "uncorrected, the scratch row and the subtotal read as a commune break the totals");
        await page.click('[data-testid="tab-reading"]');
        await page.waitForSelector('[data-testid="reading-areas"]', WAIT);
        assert.equal((await page.locator('[data-testid="reading-table"]').innerText()).trim(), `'${SHEET}'!${report.reading.table}`);
        assert.deepEqual(await shownAreas(page), areasOf(report));
        assert.deepEqual(await seriousViolations(page, '[data-testid="reading-tab"]'), []);
        await shot(ctx, "read");
      },
    },
    {
      name: "the district's subtotal written in the commune column is set as a subtotal: saved, checked again, as the engine",
      async run(ctx) {
        const corrections = [{ kind: "role", at: "5", label: "Số liệu chung huyện", role: "subtotal" }];
        const after = await correctAndCompare(ctx, "Số liệu chung huyện", "subtotal", corrections);
        assert.equal(after.reading.areas.find((a) => a.at === "5").role, "subtotal");
        assert.notDeepEqual(after.counts, ctx.state.report.counts, "the check changed");
        ctx.state.corrections = corrections;
        ctx.state.report = after;
        await shot(ctx, "subtotal");
      },
    },
    {
      name: "the scratch row is ignored: listed as left out, and the check now adds up",
      async run(ctx) {
        const { page } = ctx;
        const corrections = [...ctx.state.corrections, { kind: "ignore", at: "8", label: "Dòng nháp" }];
        const after = await correctAndCompare(ctx, "Dòng nháp", "ignore", corrections);
        assert.notDeepEqual(after.counts, ctx.state.report.counts, "the check changed");
        await page.waitForSelector('[data-testid="reading-ignored"] [data-reading-ignored="8"]', WAIT);
        // Why it is left out, in the pane's language (the reading's own word is English: `corrected`).
        const why = (await page.locator('[data-testid="reading-ignored"] [data-reading-ignored="8"] td:nth-child(3)').innerText()).trim();
        assert.equal(why, "người dùng bỏ qua");
        ctx.state.corrections = corrections;
        ctx.state.report = after;
        await shot(ctx, "ignored");
      },
    },
    {
      name: "on a row with a district beside its commune, leaving out the district keeps the commune",
      async run(ctx) {
        const { page } = ctx;
        const corrections = [...ctx.state.corrections, { kind: "ignore", at: "9", label: "Nhóm bổ sung" }];
        const after = await correctAndCompare(ctx, "Nhóm bổ sung", "ignore", corrections);
        const row9 = after.reading.areas.filter((a) => a.at === "9").map((a) => a.name);
        assert.deepEqual(row9, ["Xã Dào San"], "the commune stays on its row");
        await page.waitForSelector('[data-testid="corrections"] [data-correction-at="9"]', WAIT);
        await shot(ctx, "district-left-out");
      },
    },
    {
      name: "at task-pane width in English: the same reading, its reasons in English, the areas table within the pane, axe clean",
      async run(ctx) {
        const { page } = ctx;
        await page.setViewportSize({ width: 350, height: 900 });
        await page.click('[data-testid="lang-toggle"]');
        await page.waitForSelector('[data-testid="pane"][data-lang="en"]', WAIT);
        await page.waitForSelector('[data-testid="reading-areas"]', WAIT);
        assert.equal(await page.locator('[data-testid="reading-areas"] select[aria-label="Role of Nhóm bổ sung"]').count(), 0, "the district left out has no role choice");
        assert.equal(await page.locator('[data-testid="reading-areas"] select[aria-label="Role of Xã Dào San"]').count(), 1);
        const why = (await page.locator('[data-testid="reading-ignored"] [data-reading-ignored="8"] td:nth-child(3)').innerText()).trim();
        assert.equal(why, "left out by the user");
        // Each area's name has room for a word of it: no column squeezed to a letter a line.
        const narrowest = await page.$$eval('[data-testid="reading-areas"] tbody td:nth-child(2)', (cells) => Math.min(...cells.map((c) => c.getBoundingClientRect().width)));
        assert.ok(narrowest >= 60, `the area names' column is ${narrowest} px wide`);
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1), false, "no sideways scroll of the page");
        assert.deepEqual(await seriousViolations(page, '[data-testid="reading-tab"]'), []);
        await shot(ctx, "350-en");
        await page.click('[data-testid="lang-toggle"]');
        await page.waitForSelector('[data-testid="pane"][data-lang="vi"]', WAIT);
      },
    },
  ],
};
