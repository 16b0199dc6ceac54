/**
 * What the browser suites do with the pane alike: wait for it to be ready,
 * run an action and wait for its task, read the check's counts and the
 * corrections saved in the preview's document settings, and load the built
 * engine from lib/ to compute what the pane must show.
 */
const path = require("node:path");

const WAIT = { timeout: 15000 };
/** The document setting the pane keeps the user's corrections in. */
const CORRECTIONS_KEY = "allocheck.corrections";

/** A module of the CLI build (lib/), e.g. `core/check.js`. */
function loadLib(root, rel) {
  return require(path.join(root, "lib", rel));
}

/** The pane is up and its Kiểm tra button can be pressed. */
async function waitReady(page) {
  await page.waitForSelector('[data-testid="pane"]', WAIT);
  await page.waitForFunction(
    () => {
      const b = document.querySelector('[data-testid="action-check"]');
      return b !== null && !b.disabled;
    },
    null,
    WAIT,
  );
}

/** Waits until the pane has finished more tasks than `before` (its `data-tasks-done`). */
async function waitTasksAfter(page, before) {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="pane"]')?.getAttribute("data-tasks-done")) > n,
    before,
    WAIT,
  );
}

/** How many workbook tasks the pane has finished (its `data-tasks-done`). */
async function tasksDone(page) {
  return Number(await page.getAttribute('[data-testid="pane"]', "data-tasks-done"));
}

/** Clicks a pane action and waits until that workbook task has finished. */
async function runAction(page, testId) {
  const before = await tasksDone(page);
  await page.click(`[data-testid="${testId}"]`);
  await waitTasksAfter(page, before);
}

/** The corrections saved in the preview workbook's document settings (null when none). */
async function savedCorrections(page) {
  return page.evaluate((key) => {
    const value = window.allocheckPreview.host.getSettings().get(key);
    return value === undefined ? null : JSON.parse(value);
  }, CORRECTIONS_KEY);
}

/** The check tab's error and warning counts. */
async function counts(page) {
  await page.click('[data-testid="tab-check"]');
  await page.waitForSelector('[data-testid="result"]', WAIT);
  const error = Number(await page.getAttribute('[data-testid="count-error"]', "data-count"));
  const warning = Number(await page.getAttribute('[data-testid="count-warning"]', "data-count"));
  return { error, warning };
}

/** An engine's message as the pane and the summary sheet show it (typographic quotation marks). */
function asShown(root, text) {
  return loadLib(root, "core/text/quotes.js").typographicQuotes(text);
}

/**
 * The engine's refusal of `workbook` (the command line's exit 2) as its
 * localized text, checked to be the input error `code` (`no-table`, `no-plan`).
 */
function engineRefusal(root, workbook, workbookName, code) {
  const { InputError } = loadLib(root, "core/model/errors.js");
  const { checkWorkbook } = loadLib(root, "core/check.js");
  try {
    checkWorkbook(workbook, { workbookName });
  } catch (error) {
    if (!(error instanceof InputError) || error.code !== code) throw new Error(`expected a ${code} input error, got ${error && error.code}`);
    return error.text;
  }
  throw new Error(`the engine read the workbook (expected a ${code} input error)`);
}

/**
 * Opens the pane at `width` px and loads `workbook` (a base64 .xlsx) into the
 * preview through its test hook, as `name`; waits until the sheet `tab` is listed.
 */
async function openWithWorkbook(ctx, { width, workbook, name, tab }) {
  const { page, baseUrl } = ctx;
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.waitForSelector('[data-testid="pane"]', WAIT);
  await page.waitForFunction(() => window.allocheckPreview !== undefined, null, WAIT);
  await page.evaluate(({ wb, file }) => window.allocheckPreview.load(wb, file), { wb: workbook, file: name });
  await page.waitForFunction((sheet) => document.querySelector(`[data-sheet-tab="${sheet}"]`) !== null, tab, WAIT);
}

module.exports = { WAIT, openWithWorkbook, loadLib, engineRefusal, asShown, waitReady, waitTasksAfter, tasksDone, runAction, savedCorrections, counts };
