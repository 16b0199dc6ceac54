/**
 * A sheet on which no plan line is found (its columns named otherwise than the
 * plan's lines): Kiểm tra stops at the engine's message — the command line's
 * exit 2, the same words — and offers the reading view, where the columns are
 * mapped to plan lines; each correction is saved in the workbook and the check
 * runs again, until the result is the engine's under the same corrections.
 * At task-pane width (350 px), in Vietnamese then in English, on a workbook
 * loaded into the preview (`window.allocheckPreview.load`).
 * Screenshots: test-output/browser/no-plan-line-*.png.
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { seriousViolations } = require("./support/axe");
const { asShown, counts, loadLib, savedCorrections, tasksDone, WAIT, waitReady, waitTasksAfter } = require("./support/pane");

const SHEET = "Số liệu xã";
const FILE = "so-lieu-xa.xlsx";

/** Areas as rows; the columns of figures are named as the commune's own record, not as the plan's lines. */
const WORKBOOK = {
  sheets: [
    {
      name: SHEET,
      values: [
        ["STT", "Địa bàn", "Nhóm nòng cốt", "Sinh hoạt chuyên đề"],
        [null, "Tổng cộng", 7, 5],
        [1, "Xã Một", 4, 2],
        [2, "Xã Hai", 3, 3],
      ],
      merges: [],
    },
    {
      name: "Kế hoạch",
      values: [
        ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
        ["1", "Tổ truyền thông cộng đồng", "tổ", 7],
        ["2", "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 4],
      ],
      merges: [],
    },
  ],
};

function engine(root, corrections) {
  const { checkWorkbook } = loadLib(root, "core/check.js");
  const sets = corrections.length === 0 ? [] : [{ sheet: SHEET, corrections }];
  return checkWorkbook(WORKBOOK, { workbookName: FILE, corrections: sets });
}

/** The engine's refusal of the uncorrected sheet (the command line's exit 2 and its one line). */
function refusal(root) {
  const { InputError } = loadLib(root, "core/model/errors.js");
  try {
    engine(root, []);
  } catch (error) {
    assert.ok(error instanceof InputError, "an input error");
    return error.text;
  }
  throw new Error("the engine found a plan line on the sheet");
}

/** The view, brought to `selector` first when given (the pane scrolls on its own). */
async function shot(ctx, name, selector) {
  if (selector !== undefined) await ctx.page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: "start" }));
  await ctx.page.screenshot({ path: path.join(ctx.root, "test-output", "browser", `no-plan-line-${name}.png`), fullPage: false });
}

/** Loads the workbook afresh, in `lang`, at 350 px, and runs Kiểm tra. */
async function loadAndCheck(ctx, lang) {
  const { page, baseUrl } = ctx;
  await page.setViewportSize({ width: 350, height: 900 });
  await page.goto(`${baseUrl}/taskpane.html`);
  await waitReady(page);
  await page.evaluate(({ workbook, name }) => window.allocheckPreview.load(workbook, name), { workbook: WORKBOOK, name: FILE });
  await page.waitForFunction((sheet) => document.querySelector(`[data-sheet-tab="${sheet}"]`) !== null, SHEET, WAIT);
  await waitReady(page);
  if ((await page.getAttribute('[data-testid="pane"]', "data-lang")) !== lang) {
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForSelector(`[data-testid="pane"][data-lang="${lang}"]`, WAIT);
  }
  // The loaded workbook is called by its name, never "the sample".
  const notice = (await page.locator('[data-testid="preview-notice"]').innerText()).trim();
  const grid = (await page.locator('[data-testid="preview"] h2').innerText()).trim();
  for (const text of [notice, grid]) {
    assert.ok(text.includes(`“${FILE}”`), `the workbook's name: ${text}`);
    assert.doesNotMatch(text, lang === "vi" ? /mẫu/ : /sample/i);
  }
  const before = await tasksDone(page);
  await page.click('[data-testid="action-check"]');
  await waitTasksAfter(page, before);
}

/** Maps the ignored column `at` to plan line `code`, waits for the check that follows. */
async function mapColumn(page, at, code) {
  const choice = page.locator(`[data-testid="ignored-choice-${at}"]`);
  assert.equal(await choice.count(), 1, `a plan-line choice for column ${at}`);
  const before = await tasksDone(page);
  await choice.selectOption(code);
  await waitTasksAfter(page, before);
  await page.waitForSelector('[data-testid="correction-saved"]', WAIT);
}

function steps(lang) {
  const other = lang === "vi" ? "en" : "vi";
  return [
    {
      name: `${lang}: Kiểm tra stops at the command line's message, and offers to map the columns`,
      async run(ctx) {
        const { page, root } = ctx;
        await loadAndCheck(ctx, lang);
        const text = refusal(root);
        const error = page.locator('[data-testid="notice-error"]');
        await error.waitFor(WAIT);
        const shown = (await error.innerText()).replace(/\s+/g, " ");
        assert.ok(shown.includes(asShown(root, text[lang]).replace(/\s+/g, " ")), `the engine's words in the pane: ${shown}`);
        assert.ok(!shown.includes(text[other].slice(0, 40)), "in the pane's language only");
        // The message uses the bar's width (not a narrow column beside a wide close button), and its close button is a real target.
        const widths = await error.evaluate((bar) => {
          const body = bar.querySelector(".fui-MessageBarBody").getBoundingClientRect();
          const close = bar.querySelector('[data-testid="notice-dismiss"]').getBoundingClientRect();
          return { bar: bar.getBoundingClientRect().width, body: body.width, closeW: close.width, closeH: close.height };
        });
        assert.ok(widths.body >= 0.7 * widths.bar, `the message takes most of the bar: ${JSON.stringify(widths)}`);
        assert.ok(widths.closeW >= 24 && widths.closeH >= 24, `the close button is at least 24 px square: ${JSON.stringify(widths)}`);
        assert.equal(await page.locator('[data-testid="result"]').count(), 0, "no result: nothing was compared");
        const offer = page.locator('[data-testid="map-lines-offer"]');
        await offer.waitFor(WAIT);
        const box = await offer.boundingBox();
        assert.ok(box !== null && box.x + box.width <= 350, "the offer fits the pane");
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1), false, "no sideways scroll");
        await shot(ctx, `${lang}-refused`);
        await offer.click();
        await page.waitForSelector('[data-testid="reading-no-plan-line"]', WAIT);
        const problem = (await page.locator('[data-testid="reading-no-plan-line"]').innerText()).replace(/\s+/g, " ");
        assert.ok(problem.includes(asShown(root, text[lang]).replace(/\s+/g, " ")), "the reading view says why, in the same words");
        const ignored = await page.$$eval("[data-reading-ignored]", (rows) => rows.map((r) => r.getAttribute("data-reading-ignored")));
        assert.deepEqual(ignored, ["C", "D"], "both columns of figures are offered for mapping");
        assert.deepEqual(await seriousViolations(page, '[data-testid="reading-tab"]'), []);
        await shot(ctx, `${lang}-reading`);
        await shot(ctx, `${lang}-reading-ignored`, '[data-testid="reading-ignored"]');
      },
    },
    {
      name: `${lang}: mapping the columns saves each correction and checks again, as the engine under the same corrections`,
      async run(ctx) {
        const { page, root } = ctx;
        await mapColumn(page, "C", "1");
        const first = [{ kind: "line", at: "C", header: "Nhóm nòng cốt", code: "1" }];
        assert.deepEqual(await savedCorrections(page), { version: 1, sheets: [{ sheet: SHEET, corrections: first }] });
        // A plan line is found now: the check ran, the reading is the real one, the other column still to map.
        assert.equal(await page.locator('[data-testid="reading-no-plan-line"]').count(), 0);
        await page.waitForSelector('[data-reading-line="1"]', WAIT);
        await shot(ctx, `${lang}-first-mapped`, '[data-testid="reading-lines"]');
        await mapColumn(page, "D", "2");
        const both = [...first, { kind: "line", at: "D", header: "Sinh hoạt chuyên đề", code: "2" }];
        assert.deepEqual(await savedCorrections(page), { version: 1, sheets: [{ sheet: SHEET, corrections: both }] });
        const expected = engine(root, both).report;
        assert.deepEqual(
          await page.$$eval("[data-reading-line]", (rows) => rows.map((r) => [r.getAttribute("data-reading-line"), r.getAttribute("data-at")])),
          expected.reading.lines.map((l) => [l.code, l.at]),
        );
        await shot(ctx, `${lang}-mapped`, '[data-testid="reading-lines"]');
        // A long plan line's name is read whole at 350 px: on hover and wrapped under the choice; in the box, cut between words.
        const plan = engine(root, both).plan;
        for (const line of plan.lines) {
          const full = `${line.code} ${line.name}`;
          const choice = page.locator(`[data-reading-line="${line.code}"] select`);
          assert.equal(await choice.getAttribute("title"), full);
          // The box: the code and the name whole, or its first words within 22 characters and `…` (test/taskpane/reading/shortName.test.ts).
          const boxed = (await choice.locator("option:checked").innerText()).trim();
          const name = line.name.trim().replace(/\s+/g, " ");
          assert.ok(boxed.startsWith(`${line.code} `), boxed);
          const words = boxed.slice(line.code.length + 1);
          if (words !== name) {
            const head = words.replace(/…[”"]?$/, "");
            assert.ok(head !== words && name.startsWith(`${head} `) && (head.length <= 22 || !head.includes(" ")), `${line.code}: ${words}`);
          }
          const under = page.locator(`[data-line-name="${line.code}"]`);
          assert.equal((await under.innerText()).trim(), line.name);
          const clipped = await under.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth);
          assert.equal(clipped, false, `the name of ${line.code} is not cut`);
        }
        assert.deepEqual(await counts(page), { error: expected.counts.error, warning: expected.counts.warning });
        assert.ok(expected.counts.warning > 0 || expected.counts.error > 0, "the check compares now (line 2 is over its ceiling)");
        await shot(ctx, `${lang}-checked`);
      },
    },
  ];
}

module.exports = {
  name: "No plan line on the sheet: the message, then the columns mapped in the reading view (preview, 350 px, both languages)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [...steps("vi"), ...steps("en")],
};
