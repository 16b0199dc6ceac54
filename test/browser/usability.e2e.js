/**
 * What a person trying the pane ran into, in the preview on the sample
 * workbook, at task-pane widths (320 and 360 px): the status column readable,
 * severity not told by colour alone, each finding's accessible name its
 * visible text, `Xoá tô sáng` only with highlights to clear, a success message
 * not lingering on another tab, the import screen in Vietnamese (file picker,
 * dates, source lines) with a write error next to its button, English findings
 * that keep the commune and the unit, the language remembered, and an axe-core
 * scan with no serious or critical violation. Full-page screenshots of the
 * narrow pane go to test-output/browser/narrow-*.png.
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { expectedForSample } = require("./support/expected");
const { seriousViolations, rulesRun } = require("./support/axe");
const { asShown, runAction, WAIT, waitReady } = require("./support/pane");


/** A synthetic plan text (not one of the seeds) with a date, targets and a budget. */
const PLAN_TEXT = [
  "ỦY BAN NHÂN DÂN XÃ MẪU",
  "Số: 07/KH-UBND                     Mẫu, ngày 03 tháng 10 năm 2022",
  "KẾ HOẠCH",
  "Thực hiện Dự án 8 năm 2023",
  "II. CHỈ TIÊU",
  "- Thành lập mới 04 tổ truyền thông cộng đồng.",
  "- Duy trì 09 địa chỉ tin cậy tại cộng đồng.",
  "III. KINH PHÍ",
  "Tổng kinh phí thực hiện: 300 triệu đồng.",
].join("\n");

async function shot(ctx, name) {
  await ctx.page.screenshot({ path: path.join(ctx.root, "test-output", "browser", `narrow-${name}.png`), fullPage: true });
}

async function isDisabled(page, testId) {
  return page.$eval(`[data-testid="${testId}"]`, (b) => b.disabled || b.getAttribute("aria-disabled") === "true");
}

/** Each status badge: inside the viewport, its text not cut, the table needing no sideways scroll. */
async function statusLayout(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wrap = document.querySelector('[data-testid="indicator-table"]').parentElement;
    const rows = [...document.querySelectorAll('[data-testid="indicator-row"]')].map((row) => {
      const badge = row.querySelector('[data-testid="indicator-status"]');
      const box = badge.getBoundingClientRect();
      const style = getComputedStyle(badge);
      return {
        code: row.getAttribute("data-code"),
        text: badge.textContent.trim(),
        inside: box.left >= -0.5 && box.right <= width + 0.5,
        uncut: badge.scrollWidth <= badge.clientWidth + 1,
        fontSize: parseFloat(style.fontSize),
      };
    });
    return { rows, scrolls: wrap.scrollWidth > wrap.clientWidth + 1 };
  });
}

/**
 * The figures' headers (Kế hoạch, Đã phân bổ, Chênh lệch): over their figures'
 * right edge, two lines at most, a two-syllable word never split from its
 * pair (`phân bổ` on one line), one line where the pane has room.
 */
async function assertFigureHeaders(page, width, maxLines) {
  const heads = await page.$$eval('[data-testid="indicator-head-figure"]', (cells) =>
    cells.map((th) => {
      // The line boxes of the header's text (its words' rectangles, by their tops).
      const lineTops = new Set();
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 0) lineTops.add(Math.round(r.top));
      }
      const text = th.textContent;
      return { text, lines: lineTops.size, align: getComputedStyle(th).textAlign, joined: text.includes("phân\u00a0bổ") || !text.includes("phân") };
    }),
  );
  assert.equal(heads.length, 3, "three figure headers");
  for (const h of heads) {
    assert.ok(h.lines <= maxLines, `at ${width} px "${h.text}" takes ${h.lines} lines (at most ${maxLines})`);
    assert.equal(h.align, "right", `"${h.text}" sits over its figures' right edge`);
    assert.ok(h.joined, `"${h.text}" keeps "phân bổ" on one line`);
  }
}

async function assertStatusReadable(page, width) {
  const layout = await statusLayout(page);
  assert.ok(layout.rows.length > 0, "the table has rows");
  assert.equal(layout.scrolls, false, `at ${width} px the table needs no sideways scroll`);
  for (const r of layout.rows) {
    assert.ok(r.text.length > 0, `status of ${r.code} has text`);
    assert.ok(r.inside, `status of ${r.code} (${r.text}) is inside the ${width} px pane`);
    assert.ok(r.uncut, `status of ${r.code} (${r.text}) is not cut`);
    assert.ok(r.fontSize >= 11, `status of ${r.code} is at least 11 px (${r.fontSize})`);
  }
}

/** The pane's tabs: each one's row (its top), whether its label is cut, and whether it stays inside the pane. */
async function tabRow(page) {
  return page.$$eval('[data-testid="pane"] [role="tablist"] [role="tab"]', (tabs) => {
    const width = document.documentElement.clientWidth;
    return tabs.map((t) => {
      const box = t.getBoundingClientRect();
      return { text: t.textContent.trim(), top: Math.round(box.top), inside: box.left >= -0.5 && box.right <= width + 0.5, uncut: t.scrollWidth <= t.clientWidth + 1 };
    });
  });
}

/** At `width` px, in both languages: the four tabs (progress included) on one row, none cut nor outside the pane. */
async function assertTabsOneRow(page, width) {
  await page.setViewportSize({ width, height: 800 });
  for (let i = 0; i < 2; i++) {
    const lang = await page.getAttribute('[data-testid="pane"]', "data-lang");
    const tabs = await tabRow(page);
    assert.equal(tabs.length, 4, `four tabs after a check with progress results (${lang})`);
    const rows = new Set(tabs.map((t) => t.top));
    assert.equal(rows.size, 1, `at ${width} px (${lang}) the tabs are on one row: ${JSON.stringify(tabs)}`);
    for (const t of tabs) {
      assert.ok(t.inside && t.uncut, `at ${width} px (${lang}) the tab "${t.text}" is whole and inside the pane`);
      assert.ok(t.text.length > 0, "a tab has a visible label");
    }
    await page.click('[data-testid="lang-toggle"]');
  }
}

module.exports = {
  name: "Task pane usability (preview, narrow pane)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [
    {
      name: "opens at 320 px with nothing to clear",
      async run(ctx) {
        const { page, baseUrl, root } = ctx;
        ctx.state.expected = expectedForSample(root);
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(`${baseUrl}/taskpane.html`);
        await waitReady(page);
        assert.equal(await page.getAttribute('[data-testid="pane"]', "data-lang"), "vi");
        // The sample holds no highlights: nothing to clear yet.
        assert.equal(await isDisabled(page, "action-clear"), true);
        // The pane's name is one line beside the language button, in both languages (not a word left alone below).
        for (let i = 0; i < 2; i++) {
          const lines = await page.$eval('[data-testid="pane"] h1', (h) => Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight)));
          assert.equal(lines, 1, `the title is on one line (${await page.getAttribute('[data-testid="pane"]', "data-lang")})`);
          await page.click('[data-testid="lang-toggle"]');
        }
        assert.equal(await page.getAttribute('[data-testid="pane"]', "data-lang"), "vi");
        await shot(ctx, "320-start");
      },
    },
    {
      name: "Kiểm tra at 320, 360 and 450 px: the status column is readable, the figures' headers two lines at most",
      async run(ctx) {
        const { page } = ctx;
        await runAction(page, "action-check");
        await page.waitForSelector('[data-testid="result"]', WAIT);
        await assertStatusReadable(page, 320);
        await assertFigureHeaders(page, 320, 2);
        await shot(ctx, "320-result");
        await page.setViewportSize({ width: 360, height: 800 });
        await assertStatusReadable(page, 360);
        await assertFigureHeaders(page, 360, 2);
        await shot(ctx, "360-result");
        await page.setViewportSize({ width: 450, height: 800 });
        await page.waitForTimeout(100);
        await assertStatusReadable(page, 450);
        await assertFigureHeaders(page, 450, 1);
        await shot(ctx, "450-result");
        await page.setViewportSize({ width: 360, height: 800 });
      },
    },
    {
      name: "at 320 and 360 px the four tabs share one row in Vietnamese and English, each with its full name as tooltip",
      async run(ctx) {
        const { page } = ctx;
        await assertTabsOneRow(page, 320);
        await shot(ctx, "320-tabs");
        await assertTabsOneRow(page, 360);
        // The short labels keep their full meaning in the tab's tooltip (the heading of what it opens).
        assert.equal(await page.getAttribute('[data-testid="tab-import"]', "title"), "Nhập kế hoạch từ văn bản");
        assert.equal(await page.getAttribute('[data-testid="tab-reading"]', "title"), "Cách allocheck đọc biểu phân bổ");
        assert.equal(await page.getAttribute('[data-testid="pane"]', "data-lang"), "vi");
      },
    },
    {
      name: "each finding shows its severity by a mark and a word, and is named by its own text",
      async run(ctx) {
        const { page } = ctx;
        const items = await page.$$eval('[data-testid="findings"] li', (lis) =>
          lis.map((li) => {
            const mark = li.querySelector('[data-testid="severity-mark"]');
            const finding = li.querySelector('[data-testid="finding"]');
            return {
              severity: finding.getAttribute("data-severity"),
              glyph: mark ? mark.textContent.trim() : "",
              word: mark ? mark.getAttribute("aria-label") : null,
              role: mark ? mark.getAttribute("role") : null,
              ariaLabel: finding.getAttribute("aria-label"),
              text: finding.textContent.trim(),
            };
          }),
        );
        assert.ok(items.length >= 5, "the sample's findings are listed");
        const glyphs = new Map();
        for (const item of items) {
          assert.equal(item.role, "img");
          assert.equal(item.word, { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" }[item.severity]);
          assert.ok(item.glyph.length > 0, "a visible mark");
          if (!glyphs.has(item.severity)) glyphs.set(item.severity, item.glyph);
          assert.equal(item.glyph, glyphs.get(item.severity), "one mark per severity");
          // The accessible name comes from the visible text itself.
          assert.equal(item.ariaLabel, null);
        }
        assert.ok(glyphs.has("error") && glyphs.has("warning"), "the sample has errors and warnings");
        assert.notEqual(glyphs.get("error"), glyphs.get("warning"), "error and warning differ in shape, not colour only");
      },
    },
    {
      name: "at 320 px one link under the counts brings the problems (below every plan line) into view, with the focus",
      async run(ctx) {
        const { page } = ctx;
        await page.setViewportSize({ width: 320, height: 800 });
        await page.evaluate(() => window.scrollTo(0, 0));
        const jump = page.locator('[data-testid="jump-to-findings"]');
        const total = await page.locator('[data-testid="findings"] [data-testid="finding"], [data-testid="findings"] li').count();
        assert.ok(total > 0);
        assert.match((await jump.innerText()).trim(), /^Xem \d+ vấn đề ↓$/);
        const heading = page.locator('[data-testid="findings-heading"]');
        const before = await heading.boundingBox();
        assert.ok(before !== null && before.y > 800, "the problems start below the first screen");
        await jump.click();
        await page.waitForTimeout(100);
        const after = await heading.boundingBox();
        assert.ok(after !== null && after.y >= -1 && after.y < 800, `the problems' heading is in view: ${JSON.stringify(after)}`);
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "findings-heading");
        await shot(ctx, "320-jumped");
        await page.setViewportSize({ width: 360, height: 800 });
      },
    },
    {
      name: "in high contrast (forced colours) the links that are buttons keep the system's link colour",
      async run(ctx) {
        const { page } = ctx;
        await page.emulateMedia({ forcedColors: "active" });
        try {
          const colours = await page.evaluate(() => {
            const a = document.createElement("a");
            a.href = "#";
            a.textContent = "link";
            document.body.appendChild(a);
            const link = getComputedStyle(a).color;
            a.remove();
            const of = (testId) => getComputedStyle(document.querySelector(`[data-testid="${testId}"]`)).color;
            return { link, text: of("pane"), finding: of("finding"), jump: of("jump-to-findings"), total: of("indicator-sheet-total") };
          });
          assert.notEqual(colours.link, colours.text, "the system's link colour differs from its text colour");
          for (const which of ["finding", "jump", "total"]) assert.equal(colours[which], colours.link, `${which}: ${JSON.stringify(colours)}`);
          await shot(ctx, "320-forced-colours");
        } finally {
          await page.emulateMedia({ forcedColors: "none" });
        }
      },
    },
    {
      name: "a line whose sheet shows another total names its cell, then what the sheet shows, and goes to it",
      async run(ctx) {
        const { page } = ctx;
        const notes = await page.locator('[data-testid="indicator-sheet-total"]').allInnerTexts();
        assert.ok(notes.length > 0, "the sample's sheet shows other totals than counted");
        // `D6: bảng tính ghi 158, đếm được 170`, not `D6 bảng tính ghi …` read as one phrase.
        for (const note of notes) assert.match(note.trim(), /^[A-Z]{1,3}\d+: bảng tính ghi \S+, đếm được \S+$/u, note);
      },
    },
    {
      name: "axe: no serious or critical violation on the checked pane",
      async run(ctx) {
        const { page } = ctx;
        const violations = await seriousViolations(page);
        assert.ok((await rulesRun(page)).includes("label-content-name-mismatch"));
        assert.deepEqual(violations, []);
      },
    },
    {
      name: "Xoá tô sáng follows the highlights, and a success message stays on its tab",
      async run(ctx) {
        const { page } = ctx;
        await runAction(page, "action-highlight");
        await page.waitForSelector('[data-testid="notice-success"]', WAIT);
        assert.equal(await isDisabled(page, "action-clear"), false);
        await page.click('[data-testid="tab-import"]');
        await page.waitForSelector('[data-testid="import-panel"]', WAIT);
        assert.equal(await page.locator('[data-testid="notice-success"]').count(), 0, "no success message on the import tab");
        await page.click('[data-testid="tab-check"]');
        await page.waitForSelector('[data-testid="action-clear"]', WAIT);
        assert.equal(await page.locator('[data-testid="notice-success"]').count(), 0);
        await runAction(page, "action-clear");
        await page.waitForSelector('[data-testid="notice-success"]', WAIT);
        assert.equal(await isDisabled(page, "action-clear"), true);
      },
    },
    {
      name: "from the keyboard each action keeps the focus through its task, Xoá tô sáng too once nothing is left to clear",
      async run(ctx) {
        const { page } = ctx;
        for (const testId of ["action-check", "action-highlight", "action-summary", "action-clear"]) {
          const before = Number(await page.getAttribute('[data-testid="pane"]', "data-tasks-done"));
          await page.focus(`[data-testid="${testId}"]`);
          await page.keyboard.press("Enter");
          await page.waitForFunction((n) => Number(document.querySelector('[data-testid="pane"]')?.getAttribute("data-tasks-done")) > n, before, WAIT);
          await page.waitForTimeout(100);
          const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName ?? null);
          assert.equal(focused, testId, `after ${testId} from the keyboard the focus stays on its button`);
        }
        assert.equal(await isDisabled(page, "action-clear"), true);
      },
    },
    {
      name: "the import screen at 360 px speaks Vietnamese: file button, dates, source lines",
      async run(ctx) {
        const { page } = ctx;
        await page.click('[data-testid="tab-import"]');
        await page.waitForSelector('[data-testid="import-panel"]', WAIT);
        assert.equal((await page.locator('[data-testid="plan-file-button"]').innerText()).trim(), "Chọn tệp…");
        assert.equal((await page.locator('[data-testid="plan-file-name"]').innerText()).trim(), "Chưa chọn tệp nào");
        assert.equal(await page.locator('input[type="file"]').isVisible(), false, "the browser's own file control is hidden");
        await page.fill('[data-testid="plan-text"] textarea', PLAN_TEXT);
        await page.click('[data-testid="extract"]');
        await page.waitForSelector('[data-testid="extracted-lines"]', WAIT);
        const text = await page.locator('[data-testid="import-panel"]').innerText();
        const inputs = await page.$$eval('[data-testid="import-panel"] input, [data-testid="import-panel"] textarea', (els) =>
          els.map((e) => e.value).join("\n"),
        );
        const shown = text.replace(inputs, "");
        assert.ok(!/\bline \d/i.test(shown), `no "line N" in Vietnamese: ${shown}`);
        assert.ok(/\bdòng \d/.test(shown), "source lines as dòng N");
        assert.ok(!/\d{4}-\d{2}-\d{2}/.test(shown), "no ISO date");
        assert.ok(shown.includes("03/10/2022"), "the plan's date as dd/mm/yyyy");
        assert.equal((await page.locator('[data-testid="write-plan"]').innerText()).trim(), "Ghi trang Kế hoạch");
        assert.ok(!/\bsheet\b/i.test(shown), "no English 'sheet'");
        await shot(ctx, "360-import");
      },
    },
    {
      name: "an invalid number shows its error next to the button pressed",
      async run(ctx) {
        const { page } = ctx;
        const target = page.locator('[data-testid="extracted-line"] input[data-field="target"]').first();
        await target.fill("abc");
        await page.click('[data-testid="write-plan"]');
        const error = page.locator('[data-testid="write-error"] [data-testid="notice-error"]');
        await error.waitFor(WAIT);
        const text = await error.innerText();
        assert.ok(/Dòng 1/.test(text) && /không phải là số/.test(text), text);
        const button = await page.locator('[data-testid="write-plan"]').boundingBox();
        const box = await error.boundingBox();
        assert.ok(box.y >= button.y + button.height - 1, "the message is under the button");
        assert.ok(box.y - (button.y + button.height) < 60, `the message is next to the button (${box.y - (button.y + button.height)} px)`);
        const viewport = page.viewportSize();
        assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, "the message is in view");
        // Only one error shown, and not at the top of the panel.
        assert.equal(await page.locator('[data-testid="import-panel"] [data-testid="notice-error"]').count(), 1);
        await shot(ctx, "360-import-error");
      },
    },
    {
      name: "axe: no serious or critical violation on the import screen",
      async run(ctx) {
        const { page } = ctx;
        assert.deepEqual(await seriousViolations(page), []);
      },
    },
    {
      name: "English findings keep the commune and the unit; the language is remembered",
      async run(ctx) {
        const { page } = ctx;
        const { report, plan } = ctx.state.expected;
        await page.click('[data-testid="tab-check"]');
        await page.click('[data-testid="lang-toggle"]');
        await page.waitForSelector('[data-testid="pane"][data-lang="en"]', WAIT);
        await runAction(page, "action-check");
        await page.waitForSelector('[data-testid="result"]', WAIT);
        const shown = await page.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.textContent));
        // Count units are the plan's own words and stay; money units are said in English (triệu đồng → million VND).
        const units = plan.lines.filter((l) => l.kind !== "money").map((l) => l.unit).filter((u) => typeof u === "string" && u !== "%" && u !== "");
        let checked = 0;
        for (const f of report.findings) {
          const words = [f.area, ...units].filter((w) => typeof w === "string" && w !== "" && f.message.vi.includes(w));
          if (words.length === 0) continue;
          const text = shown.find((t) => t.includes(asShown(ctx.root, f.message.en)));
          assert.ok(text, `the English finding is shown: ${f.message.en}`);
          for (const w of words) assert.ok(text.includes(w), `"${text}" keeps "${w}"`);
          checked++;
        }
        assert.ok(checked >= 3, `findings with an area or a unit were compared (${checked})`);
        await shot(ctx, "360-english");
        await page.reload();
        await waitReady(page);
        assert.equal(await page.getAttribute('[data-testid="pane"]', "data-lang"), "en", "English is remembered");
        await page.click('[data-testid="lang-toggle"]');
        await page.waitForSelector('[data-testid="pane"][data-lang="vi"]', WAIT);
        await page.reload();
        await waitReady(page);
        assert.equal(await page.getAttribute('[data-testid="pane"]', "data-lang"), "vi", "Vietnamese is remembered");
      },
    },
  ],
};
