/**
 * `Nhập kế hoạch từ văn bản` with targets read from running sentences (the
 * objectives' `Phấn đấu đến năm 2025 thành lập mới 12 tổ …`), in the preview
 * on the sample workbook at task-pane width (320 px, the narrowest): the targets the
 * extractor reads with a confidence below its threshold (as the command line
 * computes it, from lib/) come first, each with its `Cần xác nhận` badge, the
 * reason and its whole source sentence; the sheet is refused while one waits;
 * one is confirmed, one removed, and the plan sheet written in the preview
 * workbook holds exactly the extractor's rows for the lines kept, in the
 * document's order. The same screen in English; axe-core on both; the cards
 * stay inside the pane (screenshots: test-output/browser/plan-confirm-*.png).
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { seriousViolations, rulesRun } = require("./support/axe");
const { loadLib, WAIT, waitReady } = require("./support/pane");

const WIDTH = 320;

/**
 * A synthetic plan (not one of the seeds): two targets stated in the objectives'
 * running sentences, two in the list of targets, and a budget.
 */
const PLAN_TEXT = [
  "ỦY BAN NHÂN DÂN HUYỆN MẪU SƠN",
  "Số: 41/KH-UBND                     Mẫu Sơn, ngày 14 tháng 02 năm 2023",
  "KẾ HOẠCH",
  'Thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" giai đoạn 2023 - 2025',
  "I. MỤC TIÊU",
  "Phấn đấu đến năm 2025 thành lập mới 12 tổ truyền thông cộng đồng tại các xã đặc biệt khó khăn của huyện.",
  "Duy trì hoạt động của 08 địa chỉ tin cậy tại cộng đồng, bảo đảm hỗ trợ kịp thời phụ nữ và trẻ em bị bạo lực.",
  "II. CHỈ TIÊU CỤ THỂ",
  "- Thành lập 05 câu lạc bộ thủ lĩnh của sự thay đổi.",
  "- 100% cán bộ Hội cơ sở được tập huấn kiến thức về bình đẳng giới.",
  "III. KINH PHÍ",
  "Tổng kinh phí thực hiện: 1.250,5 triệu đồng.",
].join("\n");

/** What the user reads on a card to confirm (src/i18n/planConfirm.ts), per language. */
const WORDS = {
  vi: { badge: "Cần xác nhận", why: "Chỉ tiêu này được đọc từ câu văn, không từ danh mục chỉ tiêu" },
  en: { badge: "Please confirm", why: "This target was read from running text, not from a list of targets" },
};

/** The extractor's reading of the text, as `allocheck extract-plan` gives it. */
function expectedExtraction(root) {
  const { extractPlan } = loadLib(root, "extract/index.js");
  const { CONFIRM_BELOW } = loadLib(root, "extract/prose.js");
  const plan = extractPlan(PLAN_TEXT);
  const uncertain = plan.indicators.filter((i) => i.confidence !== undefined && i.confidence < CONFIRM_BELOW);
  return { plan, uncertain };
}

/** The plan sheet's rows for the plan with only the given indicators, trailing empty cells and rows left off. */
function expectedRows(root, plan, indicators) {
  const { extractedPlanToSheetRows } = loadLib(root, "extract/index.js");
  return trimRows(extractedPlanToSheetRows({ ...plan, indicators }));
}

function trimRows(rows) {
  const out = rows.map((row) => {
    const r = [...(row || [])].map((v) => (v === undefined ? null : v));
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** The whole page, and the list of cards alone (the part to look at). */
async function shot(ctx, name) {
  const dir = path.join(ctx.root, "test-output", "browser");
  await ctx.page.screenshot({ path: path.join(dir, `plan-confirm-${name}.png`), fullPage: true });
  const list = ctx.page.locator('[data-testid="extracted-lines"]');
  if ((await list.count()) > 0) await list.screenshot({ path: path.join(dir, `plan-confirm-${name}-cards.png`) });
}

async function extract(page) {
  await page.click('[data-testid="tab-import"]');
  await page.waitForSelector('[data-testid="import-panel"]', WAIT);
  await page.fill('[data-testid="plan-text"] textarea', PLAN_TEXT);
  await page.click('[data-testid="extract"]');
  await page.waitForSelector('[data-testid="extracted-lines"]', WAIT);
}

/** Per card: whether it is to confirm, its texts, and whether anything in it is cut or sticks out. */
async function cards(page) {
  return page.$$eval('[data-testid="extracted-line"]', (els) =>
    els.map((card) => {
      const box = card.getBoundingClientRect();
      const outside = [...card.querySelectorAll("*")]
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => {
          const b = el.getBoundingClientRect();
          return b.width > 0 && (b.left < box.left - 0.5 || b.right > box.right + 0.5);
        })
        .map((el) => `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}`);
      const cut = (el) =>
        el !== null &&
        (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 || getComputedStyle(el).textOverflow === "ellipsis");
      const source = card.querySelector('[data-testid="extracted-source"]');
      const confirm = card.querySelector('[data-testid="confirm-line"]');
      const badge = confirm?.querySelector('[data-testid="confirm-badge"]') ?? null;
      return {
        toConfirm: card.getAttribute("data-to-confirm") === "true",
        name: card.querySelector('[data-field="name"]').value,
        nameCut: cut(card.querySelector('[data-field="name"]')),
        unit: card.querySelector('[data-field="unit"]').value,
        unitCut: cut(card.querySelector('[data-field="unit"]')),
        target: card.querySelector('input[data-field="target"]').value,
        targetCut: cut(card.querySelector('input[data-field="target"]')),
        source: source ? source.textContent : "",
        sourceCut: cut(source),
        confirmText: confirm ? confirm.textContent : "",
        badge: badge ? badge.textContent.trim() : null,
        badgeCut: cut(badge),
        outside,
      };
    }),
  );
}

async function pageScrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** The whole sentence each uncertain target came from, shown uncut on its card, first in the list. */
function assertConfirmCardsFirst(shown, uncertain, words) {
  assert.ok(uncertain.length >= 2, `the text has at least two targets from running sentences: ${uncertain.length}`);
  assert.deepEqual(
    shown.map((c) => c.toConfirm),
    shown.map((_, i) => i < uncertain.length),
    "the targets to confirm come first, and only they",
  );
  uncertain.forEach((ind, i) => {
    const card = shown[i];
    assert.equal(card.name, ind.name, `card ${i + 1} is the uncertain target ${ind.name}`);
    assert.equal(card.badge, words.badge, `card ${i + 1} carries the badge`);
    assert.ok(card.confirmText.includes(words.why), `card ${i + 1} says why: ${card.confirmText}`);
    assert.ok(ind.sourceText && card.source.includes(ind.sourceText), `card ${i + 1} shows its sentence: ${card.source}`);
    assert.equal(card.sourceCut, false, `the sentence of card ${i + 1} is not cut`);
    assert.equal(card.nameCut, false, `the name of card ${i + 1} is shown whole: ${card.name}`);
    assert.equal(card.badgeCut, false, `the badge of card ${i + 1} is not cut`);
  });
  shown.forEach((card, i) => {
    assert.deepEqual(card.outside, [], `nothing sticks out of card ${i + 1}`);
    assert.equal(card.unitCut, false, `the unit of card ${i + 1} is shown whole: ${card.unit}`);
    assert.equal(card.targetCut, false, `the target of card ${i + 1} is shown whole: ${card.target}`);
    assert.equal(card.nameCut, false, `the name of card ${i + 1} is shown whole: ${card.name}`);
  });
}

module.exports = {
  name: "Plan import: targets read from running sentences are confirmed first (preview, 320 px)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [
    {
      name: "the targets read from sentences come first, each with its badge, reason and whole sentence",
      async run(ctx) {
        const { page, baseUrl, root } = ctx;
        ctx.state.expected = expectedExtraction(root);
        await page.setViewportSize({ width: WIDTH, height: 900 });
        await page.goto(`${baseUrl}/taskpane.html`);
        await waitReady(page);
        assert.equal(await page.getAttribute('[data-testid="pane"]', "data-lang"), "vi");
        await extract(page);
        const { plan, uncertain } = ctx.state.expected;
        const shown = await cards(page);
        assert.equal(shown.length, plan.indicators.length, "one card per target");
        assertConfirmCardsFirst(shown, uncertain, WORDS.vi);
        assert.equal((await page.locator('[data-testid="to-confirm-count"]').innerText()).trim(), `${uncertain.length} chỉ tiêu cần xác nhận`);
        assert.equal(await pageScrollsSideways(page), false, `at ${WIDTH} px the pane needs no sideways scroll`);
        await shot(ctx, "vi");
      },
    },
    {
      name: "axe: no serious or critical violation (colour contrast of the badge included), Vietnamese",
      async run(ctx) {
        const { page } = ctx;
        assert.deepEqual(await seriousViolations(page), []);
        assert.ok((await rulesRun(page)).includes("color-contrast"), "axe checked colour contrast");
      },
    },
    {
      name: "the plan sheet is not written while a target waits, and the message says so next to the button",
      async run(ctx) {
        const { page } = ctx;
        const tabsBefore = await page.$$eval("[data-sheet-tab]", (els) => els.map((e) => e.getAttribute("data-sheet-tab")));
        await page.click('[data-testid="write-plan"]');
        const error = page.locator('[data-testid="write-error"] [data-testid="notice-error"]');
        await error.waitFor(WAIT);
        const text = await error.innerText();
        assert.ok(text.includes(`Còn ${ctx.state.expected.uncertain.length} chỉ tiêu`), text);
        const tabsAfter = await page.$$eval("[data-sheet-tab]", (els) => els.map((e) => e.getAttribute("data-sheet-tab")));
        assert.deepEqual(tabsAfter, tabsBefore, "no sheet written");
        await shot(ctx, "vi-refused");
      },
    },
    {
      name: "confirm the first, remove the second: the badge goes, the line goes, the count follows",
      async run(ctx) {
        const { page } = ctx;
        const { uncertain } = ctx.state.expected;
        await page.locator('[data-testid="extracted-line"]').nth(0).locator('[data-testid="confirm-button"]').click();
        let shown = await cards(page);
        assert.equal(shown[0].toConfirm, false, "the confirmed line has no badge any more");
        assert.equal(shown[0].name, uncertain[0].name, "it stays where it was");
        assert.equal(shown[1].name, uncertain[1].name);
        assert.equal(shown[1].toConfirm, true);
        // Remove the second card by its own button (named with its line number).
        await page.locator('[data-testid="extracted-line"]').nth(1).getByRole("button", { name: "Xoá dòng 2" }).click();
        shown = await cards(page);
        assert.ok(!shown.some((c) => c.name === uncertain[1].name), "the removed line is gone");
        assert.equal(shown.filter((c) => c.toConfirm).length, uncertain.length - 2);
        if (uncertain.length === 2) assert.equal(await page.locator('[data-testid="to-confirm-count"]').count(), 0);
        // Any further uncertain targets are confirmed too (the text has two; kept general).
        while ((await page.locator('[data-to-confirm="true"] [data-testid="confirm-button"]').count()) > 0) {
          await page.locator('[data-to-confirm="true"] [data-testid="confirm-button"]').first().click();
        }
        await shot(ctx, "vi-confirmed");
      },
    },
    {
      name: "Ghi trang Kế hoạch writes the lines kept, in the document's order, as the extractor's rows",
      async run(ctx) {
        const { page, root } = ctx;
        const { plan, uncertain } = ctx.state.expected;
        await page.click('[data-testid="write-plan"]');
        await page.waitForSelector('[data-testid="tab-check"][aria-selected="true"]', WAIT);
        await page.waitForSelector('[data-testid="notice-success"]', WAIT);
        const tabs = await page.$$eval("[data-sheet-tab]", (els) => els.map((e) => e.getAttribute("data-sheet-tab")));
        const written = tabs.find((t) => /^Kế hoạch \(\d+\)$/.test(t));
        assert.ok(written, `a new plan sheet beside the sample's own: ${JSON.stringify(tabs)}`);
        const values = await page.evaluate(
          async (name) => (await window.allocheckPreview.host.readWorkbook([name])).sheets[0].values,
          written,
        );
        const kept = plan.indicators.filter((i) => i !== uncertain[1]);
        assert.deepEqual(trimRows(values), expectedRows(root, plan, kept));
        const grid = await page.locator('[data-testid="preview-grid"]').innerText();
        assert.ok(grid.includes(uncertain[0].name), "the confirmed target is on the sheet shown");
        assert.ok(!grid.includes(uncertain[1].name), "the removed target is not");
      },
    },
    {
      name: "in English the same screen says Please confirm, why, and the sentence; axe finds nothing serious",
      async run(ctx) {
        const { page } = ctx;
        const { plan, uncertain } = ctx.state.expected;
        await page.click('[data-testid="lang-toggle"]');
        await page.waitForSelector('[data-testid="pane"][data-lang="en"]', WAIT);
        await extract(page);
        const shown = await cards(page);
        assert.equal(shown.length, plan.indicators.length);
        assertConfirmCardsFirst(shown, uncertain, WORDS.en);
        assert.equal((await page.locator('[data-testid="to-confirm-count"]').innerText()).trim(), `${uncertain.length} ${uncertain.length === 1 ? "target" : "targets"} to confirm`);
        assert.equal(await pageScrollsSideways(page), false, `at ${WIDTH} px the pane needs no sideways scroll`);
        await shot(ctx, "en");
        assert.deepEqual(await seriousViolations(page), []);
        // Back to Vietnamese for whoever opens the preview next in this browser profile.
        await page.click('[data-testid="lang-toggle"]');
        await page.waitForSelector('[data-testid="pane"][data-lang="vi"]', WAIT);
      },
    },
  ],
};
