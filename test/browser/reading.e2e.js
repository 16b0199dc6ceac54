/**
 * The pane's "Cách đọc biểu" view in preview mode, on the built-in sample:
 * the reading the engine returned (as the CLI computes it from lib/), shown
 * in the pane and drawn on the grid with a legend; a correction made in the
 * pane (ignore a row), saved in the workbook's document settings, checked
 * again with the count of findings the engine gives under that correction;
 * and saved corrections listed and removed.
 *
 * The reading view projects `report.reading`: while the engine returns none
 * the pane must say so, and the steps that need rows to correct check the
 * saved-corrections list instead, through the preview host's settings.
 */
"use strict";

const assert = require("node:assert/strict");
const { expectedForSample } = require("./support/expected");
const { counts, loadLib, savedCorrections, tasksDone, WAIT, waitReady, waitTasksAfter } = require("./support/pane");

/** The engine's report for the sample under some corrections, as the CLI computes it. */
function reportWith(root, workbook, corrections) {
  const { checkWorkbook } = loadLib(root, "core/check.js");
  return checkWorkbook(workbook, { workbookName: "allocheck-mau.xlsx", corrections }).report;
}

/** Controls of the reading view with no accessible name (a screen reader would say only "button"). */
async function unnamedControls(page) {
  return page.$$eval('[data-testid="reading-tab"] :is(button, input, select, [role="combobox"], a[href])', (els) =>
    els
      .filter((el) => {
        const labels = Array.from(el.labels || []).map((l) => l.textContent.trim()).join("");
        const name = (el.getAttribute("aria-label") || "").trim() || labels || el.textContent.trim() || el.getAttribute("title") || "";
        return name === "";
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

module.exports = {
  name: "Reading view and corrections (preview, sample workbook)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [
    {
      name: "before a check the reading view asks for one",
      async run(ctx) {
        const { page, baseUrl, root } = ctx;
        ctx.state.expected = expectedForSample(root);
        await page.goto(`${baseUrl}/taskpane.html`);
        await waitReady(page);
        await page.click('[data-testid="tab-reading"]');
        await page.waitForSelector('[data-testid="reading-tab"]', WAIT);
        assert.ok((await page.locator('[data-testid="reading-tab"]').innerText()).includes("Hãy bấm Kiểm tra trước."));
      },
    },
    {
      name: "after Kiểm tra it shows the engine's reading of the sheet, and draws it on the grid with a legend",
      async run(ctx) {
        const { page } = ctx;
        const { report } = ctx.state.expected;
        await page.click('[data-testid="tab-check"]');
        const before = await tasksDone(page);
        await page.click('[data-testid="action-check"]');
        await waitTasksAfter(page, before);
        await page.click('[data-testid="tab-reading"]');
        await page.waitForSelector('[data-testid="reading-tab"]', WAIT);
        const reading = report.reading;
        assert.deepEqual(await unnamedControls(page), []);
        if (reading === undefined) {
          await page.waitForSelector('[data-testid="reading-unavailable"]', WAIT);
          return;
        }
        const table = (await page.locator('[data-testid="reading-table"]').innerText()).trim();
        // As Excel's Go To takes it: a sheet name with a space quoted.
        assert.equal(table, loadLib(ctx.root, "core/model/address.js").cellPlace(report.allocationSheet, reading.table));
        const lines = await page.$$eval("[data-reading-line]", (rows) => rows.map((r) => [r.getAttribute("data-reading-line"), r.getAttribute("data-at")]));
        assert.deepEqual(lines, reading.lines.map((l) => [l.code, l.at]));
        const areas = await page.$$eval("[data-reading-area]", (rows) => rows.map((r) => [r.getAttribute("data-reading-area"), r.getAttribute("data-role")]));
        assert.deepEqual(areas, reading.areas.map((a) => [a.at, a.role]));
        await page.click('[data-testid="reading-show"]');
        await page.waitForSelector('[data-testid="preview-grid"] td[data-reading]', WAIT);
        const total = reading.areas.find((a) => a.role === "total");
        if (total !== undefined && /^\d+$/.test(total.at)) {
          const cell = `${reading.labelColumn}${total.at}`;
          assert.equal(await page.getAttribute(`[data-testid="preview-grid"] td[data-cell="${cell}"]`, "data-reading"), "total");
        }
        // The legend says in words what each band is.
        const legend = await page.locator('[data-testid="preview"] [data-testid="reading-legend"]').innerText();
        for (const word of ["Tổng cộng", "Cột chỉ tiêu", "Dòng tiêu đề"]) assert.ok(legend.includes(word), `${word} in ${legend}`);
        await page.click('[data-testid="reading-hide"]');
        await page.waitForFunction(() => document.querySelector('[data-testid="preview-grid"] td[data-reading]') === null, null, WAIT);
      },
    },
    {
      name: "ignoring a row saves the correction in the workbook, checks again, and the findings follow the engine",
      async run(ctx) {
        const { page, root } = ctx;
        const { report, workbook } = ctx.state.expected;
        const reading = report.reading;
        if (reading === undefined) {
          // No rows to correct without a reading: a correction saved in the workbook (as another
          // session of the pane would have left it) is listed after a check, and can be removed.
          const correction = { kind: "ignore", at: "9", label: "x" };
          await page.evaluate(
            ({ sheet, correction }) => window.allocheckPreview.host.saveCorrections({ version: 1, sheets: [{ sheet, corrections: [correction] }] }),
            { sheet: report.allocationSheet, correction },
          );
          await page.click('[data-testid="tab-check"]');
          const before = await tasksDone(page);
          await page.click('[data-testid="action-check"]');
          await waitTasksAfter(page, before);
          await page.click('[data-testid="tab-reading"]');
          await page.waitForSelector('[data-testid="corrections"] [data-correction-at="9"]', WAIT);
          ctx.state.removeAt = "9";
          return;
        }
        const errorRows = new Set(report.findings.filter((f) => f.cell !== null).map((f) => f.cell.replace(/^[A-Z]+/, "")));
        const leaf = reading.areas.find((a) => a.role === "leaf" && /^\d+$/.test(a.at) && errorRows.has(a.at)) ??
          reading.areas.find((a) => a.role === "leaf");
        assert.ok(leaf, "the sample has a leaf area");
        const corrected = reportWith(root, workbook, [{ sheet: report.allocationSheet, corrections: [{ kind: "ignore", at: leaf.at, label: leaf.name }] }]);
        const before = await tasksDone(page);
        await page.selectOption(`[data-testid="role-choice-${leaf.at}"]`, "ignore");
        await waitTasksAfter(page, before);
        await page.waitForSelector('[data-testid="correction-saved"]', WAIT);
        assert.deepEqual(await savedCorrections(page), {
          version: 1,
          sheets: [{ sheet: report.allocationSheet, corrections: [{ kind: "ignore", at: leaf.at, label: leaf.name }] }],
        });
        assert.deepEqual(await counts(page), { error: corrected.counts.error, warning: corrected.counts.warning });
        assert.notDeepEqual(corrected.counts, report.counts, "ignoring a row with findings changes them");
        await page.click('[data-testid="tab-reading"]');
        ctx.state.removeAt = leaf.at;
      },
    },
    {
      name: "removing the correction empties the saved settings and the check is as before",
      async run(ctx) {
        const { page } = ctx;
        const { report } = ctx.state.expected;
        const at = ctx.state.removeAt;
        const before = await tasksDone(page);
        await page.click(`[data-testid="corrections"] [data-correction-at="${at}"] button`);
        await waitTasksAfter(page, before);
        await page.waitForSelector('[data-testid="no-corrections"]', WAIT);
        assert.equal(await savedCorrections(page), null);
        assert.deepEqual(await counts(page), { error: report.counts.error, warning: report.counts.warning });
      },
    },
    {
      name: "at 350 px each row is ruled off from the next, and the column headers have room beside the plan-line choices",
      async run(ctx) {
        const { page } = ctx;
        await page.setViewportSize({ width: 350, height: 900 });
        await page.click('[data-testid="tab-reading"]');
        await page.waitForSelector('[data-testid="reading-tab"]', WAIT);
        if (ctx.state.expected.report.reading === undefined) return;
        await page.waitForSelector('[data-testid="reading-lines"]', WAIT);
        const layout = await page.evaluate(() => {
          const rows = [...document.querySelectorAll("[data-reading-line], [data-reading-area], [data-reading-ignored]")];
          return {
            rows: rows.length,
            unruled: rows.filter((r) => getComputedStyle(r).borderBottomStyle === "none").map((r) => r.outerHTML.slice(0, 80)),
            headerWidth: Math.min(...[...document.querySelectorAll("[data-reading-line] td:nth-child(2)")].map((c) => c.getBoundingClientRect().width)),
            scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
          };
        });
        assert.ok(layout.rows > 0);
        assert.deepEqual(layout.unruled, [], "every row of the reading has a rule under it");
        // A header such as `Chỉ tiêu đến năm 2025 / Tổ truyền thông …` is read a few words a line, not one or two.
        assert.ok(layout.headerWidth >= 100, `the header column is ${layout.headerWidth} px wide`);
        assert.equal(layout.scrolls, false, "no sideways scroll of the page");
        await page.setViewportSize({ width: 1400, height: 900 });
      },
    },
    {
      name: "at 320 px each plan line's box is under its header, within the pane, its text whole in it",
      async run(ctx) {
        const { page } = ctx;
        await page.setViewportSize({ width: 320, height: 900 });
        await page.waitForSelector('[data-testid="reading-tab"]', WAIT);
        if (ctx.state.expected.report.reading === undefined) return;
        await page.waitForSelector('[data-testid="reading-lines"]', WAIT);
        await page.waitForFunction(() => document.querySelector('[data-narrow="true"]') !== null, null, WAIT);
        const boxes = await page.evaluate(() => {
          const canvas = document.createElement("canvas").getContext("2d");
          return [...document.querySelectorAll('[data-testid^="line-choice-"]')].map((select) => {
            const style = getComputedStyle(select);
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const text = select.options[select.selectedIndex]?.text ?? "";
            const rect = select.getBoundingClientRect();
            // Inside the box the table scrolls in (its edge is the pane's, less its padding).
            const edge = select.closest('[data-testid="reading-lines"]').parentElement.getBoundingClientRect().right;
            return {
              at: select.getAttribute("data-testid"),
              text,
              textWidth: Math.ceil(canvas.measureText(text).width),
              room: Math.floor(select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)),
              right: rect.right,
              edge,
            };
          });
        });
        assert.ok(boxes.length > 0);
        const cut = boxes.filter((b) => b.textWidth > b.room || b.right > b.edge + 0.5);
        assert.deepEqual(cut, [], "every plan line's box shows its text whole, inside the pane");
        const scrolls = await page.evaluate(() => {
          const wrap = document.querySelector('[data-testid="reading-lines"]').parentElement;
          return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1 || wrap.scrollWidth > wrap.clientWidth + 1;
        });
        assert.equal(scrolls, false, "no sideways scroll of the page or of the table");
      },
    },
  ],
};
