/**
 * The task pane in preview mode, end to end, on the built-in sample workbook:
 * check, findings, select a cell from a finding, highlight, summary sheet,
 * clear highlights (original fills back), English, and a plan imported from
 * its text. Expected results come from the engine as the CLI runs it.
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { expectedForSample } = require("./support/expected");
const { asShown, loadLib, runAction, WAIT, waitReady } = require("./support/pane");

/** `[data-…="…"]` with the value escaped for CSS. */
function attr(name, value) {
  return `[${name}="${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"]`;
}

function gridCell(sheet, cell) {
  return `[data-testid="preview-grid"] td${attr("data-sheet", sheet)}${attr("data-cell", cell)}`;
}

async function showSheetTab(page, sheet) {
  const tab = page.locator(`[data-sheet-tab]${attr("data-sheet-tab", sheet)}`);
  await tab.click();
  await page.waitForSelector(`[data-testid="preview-grid"]${attr("data-grid-sheet", sheet)}`, WAIT);
}

/** Picks a sheet in one of the pane's sheet pickers (native selects). */
async function chooseSheet(page, testId, sheet) {
  await page.selectOption(`[data-testid="${testId}"]`, sheet);
  await page.waitForFunction(
    ({ testId, sheet }) => document.querySelector(`[data-testid="${testId}"]`)?.value === sheet,
    { testId, sheet },
    WAIT,
  );
}

/** Interactive elements of the pane with no accessible name (a screen reader would say only "button"). */
async function unnamedControls(page) {
  return page.$$eval(
    '[data-testid="pane"] :is(button, input, textarea, select, [role="combobox"], [role="tab"], a[href])',
    (els) =>
      els
        .filter((el) => {
          const labelledBy = (el.getAttribute("aria-labelledby") || "")
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent?.trim() || "")
            .join("");
          const labels = Array.from(el.labels || []).map((l) => l.textContent.trim()).join("");
          const name = (el.getAttribute("aria-label") || "").trim() || labelledBy || labels || el.textContent.trim() || el.getAttribute("title") || "";
          return name === "";
        })
        .map((el) => el.outerHTML.slice(0, 120)),
  );
}

async function fillsOf(page, sheet, cells) {
  return page.evaluate(
    ({ sheet, cells }) =>
      cells.map((cell) => {
        const td = document.querySelector(
          `[data-testid="preview-grid"] td[data-sheet="${CSS.escape(sheet)}"][data-cell="${CSS.escape(cell)}"]`,
        );
        return td === null ? null : td.getAttribute("data-fill");
      }),
    { sheet, cells },
  );
}

/** A small plan text in the style of the documents (synthetic; not one of the seeds). */
const PLAN_TEXT = [
  "ỦY BAN NHÂN DÂN HUYỆN MẪU",
  "Số: 12/KH-UBND                     Mẫu, ngày 05 tháng 3 năm 2024",
  "KẾ HOẠCH",
  "Thực hiện Dự án 8 năm 2024",
  "II. CHỈ TIÊU",
  "- Thành lập mới 06 tổ truyền thông cộng đồng (01 tổ/xã).",
  "- Duy trì 12 địa chỉ tin cậy tại cộng đồng.",
  "III. KINH PHÍ",
  "Tổng kinh phí thực hiện: 1.200 triệu đồng.",
].join("\n");

module.exports = {
  name: "Task pane (preview, sample workbook)",
  // Office.js, loaded outside Office, opens its telemetry frame once; the runner
  // refuses it (offline) without failing. Any other outside request fails.
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [
    {
      name: "loads the pane in preview mode with the sheets picked automatically",
      async run(ctx) {
        const { page, baseUrl, root } = ctx;
        ctx.state.expected = expectedForSample(root);
        const { allocationSheet, planSheet: expectedPlanSheet, report, plan } = ctx.state.expected;
        // The sample's own sheet names are what the CLI's detection finds too.
        assert.equal(report.allocationSheet, allocationSheet);
        assert.equal(plan.sheet, expectedPlanSheet);
        await page.goto(`${baseUrl}/taskpane.html`);
        await page.waitForSelector('[data-testid="pane"]', WAIT);
        await page.waitForSelector('[data-testid="preview-notice"]', WAIT);
        await page.waitForSelector('[data-testid="preview-grid"]', WAIT);
        // Detection finishes when the check button is enabled and the pickers are filled.
        await waitReady(page);
        const allocation = await page.inputValue('[data-testid="pick-allocation"]');
        const planSheet = await page.inputValue('[data-testid="pick-plan"]');
        assert.equal(allocation.trim(), allocationSheet);
        assert.equal(planSheet.trim(), expectedPlanSheet);
        assert.equal(await page.getAttribute("html", "lang"), "vi");
        // Office.js itself was loaded (from the local copy) and said: no Office host.
        assert.equal(await page.evaluate(() => typeof window.Office !== "undefined" && typeof window.Office.onReady), "function");
      },
    },
    {
      name: "a sheet that holds no plan gives a message that says what was looked for",
      async run(ctx) {
        const { page } = ctx;
        const { allocationSheet, planSheet } = ctx.state.expected;
        await chooseSheet(page, "pick-plan", allocationSheet);
        await runAction(page, "action-check");
        const notice = page.locator('[data-testid="notice-error"]');
        await notice.waitFor(WAIT);
        const text = await notice.innerText();
        assert.ok(text.includes("Chưa kiểm tra được"), text);
        assert.ok(text.includes(`“${allocationSheet}”`), `the message names the sheet, in quotation marks: ${text}`);
        // The columns it looked for: all of them, or (a sheet whose header names a code, a name and a figure) the one missing.
        assert.ok(/Mã|Chỉ tiêu|Kế hoạch|Đơn vị tính/.test(text), `the message says which columns it looked for: ${text}`);
        assert.equal(await page.locator('[data-testid="result"]').count(), 0);
        await chooseSheet(page, "pick-plan", planSheet);
      },
    },
    {
      name: "Kiểm tra shows the counts, one row per plan line and the engine's findings",
      async run(ctx) {
        const { page } = ctx;
        const { report } = ctx.state.expected;
        await runAction(page, "action-check");
        await page.waitForSelector('[data-testid="result"]', WAIT);
        assert.equal(
          Number(await page.getAttribute('[data-testid="count-error"]', "data-count")),
          report.counts.error,
        );
        assert.equal(
          Number(await page.getAttribute('[data-testid="count-warning"]', "data-count")),
          report.counts.warning,
        );
        const codes = await page.$$eval('[data-testid="indicator-row"]', (rows) =>
          rows.map((r) => [r.getAttribute("data-code"), r.getAttribute("data-status")]),
        );
        assert.deepEqual(
          codes,
          report.indicators.map((i) => [i.code, i.status]),
        );
        const shown = await page.$$eval('[data-testid="finding"]', (els) =>
          els.map((e) => `${e.getAttribute("data-rule")}|${e.getAttribute("data-cell") ?? ""}|${e.textContent}`),
        );
        // A finding with no cell names its sheet and the district it belongs under, as the engine's report and plan place it.
        const { findingPlace } = loadLib(ctx.root, "core/report/findingPlace.js");
        const placeText = (f) => {
          const place = findingPlace(f, ctx.state.expected.plan, report);
          if (place === null) return "";
          return `Trang ${place.sheet}${place.group !== null ? ` · thuộc ${place.group.name}` : ""}: `;
        };
        // Beside the cell, the plan line's code and the area, as the command line's report says them (the area only
        // when the message does not name it): `C11` alone does not say which line or commune it is in a narrow pane.
        const fold = (t) => t.normalize("NFC").toLocaleLowerCase("vi");
        const aboutText = (f) => {
          const area = f.area !== null && !fold(f.message.vi).includes(fold(f.area)) ? f.area : null;
          const parts = [f.indicator !== null ? `mã\u00a0${f.indicator}` : null, area].filter((p) => p !== null);
          return parts.length > 0 ? `(${parts.join(", ")}) ` : "";
        };
        const expected = report.findings.map(
          (f) => `${f.rule}|${f.sheet !== null && f.cell !== null ? f.cell : ""}|${f.sheet !== null && f.cell !== null && f.sheet !== report.allocationSheet ? `Trang ${f.sheet} · ` : ""}${f.sheet !== null && f.cell !== null ? `${f.cell} ` : ""}${placeText(f)}${aboutText(f)}${asShown(ctx.root, f.message.vi)}`,
        );
        assert.deepEqual([...shown].sort(), [...expected].sort());
        assert.equal(
          await page.locator('[data-testid="finding"][data-cell="D9"] [data-testid="finding-about"]').innerText(),
          "(mã\u00a02, Xã Minh Quang)",
          "the text number in D9 says its line and commune",
        );
        // The sample's missing commune (Yên Bài) is placed under Huyện Ba Vì, a link to its label.
        assert.equal(await page.locator('[data-testid="finding"][data-rule="coverage"] [data-testid="finding-place-group"]').count(), 1);
        // Every mistake planted in the sample shows, at its cell.
        const { planted } = ctx.state.expected;
        assert.ok(planted.length >= 5, "the sample documents its planted mistakes");
        for (const p of planted) {
          const selector =
            p.cell === null
              ? `[data-testid="finding"]${attr("data-rule", p.rule)}${attr("data-severity", p.severity)}`
              : `[data-testid="finding"]${attr("data-rule", p.rule)}${attr("data-severity", p.severity)}${attr("data-sheet", p.sheet)}${attr("data-cell", p.cell)}`;
          assert.ok((await page.locator(selector).count()) >= 1, `planted ${p.rule} ${p.cell ?? ""} is shown`);
        }
        // Two of them by name: the text number the Ba Vì SUM skips (one error, at the text cell), and the over-ceiling total.
        assert.equal(await page.locator('[data-testid="finding"][data-rule="text-number"][data-cell="D9"]').count(), 1);
        assert.equal(await page.locator('[data-testid="finding"][data-rule="ceiling"][data-cell="G6"]').count(), 1);
        // Every control has a name a screen reader can say.
        assert.deepEqual(await unnamedControls(page), []);
      },
    },
    {
      name: "a finding selects its cell in the sheet",
      async run(ctx) {
        const { page } = ctx;
        const { report } = ctx.state.expected;
        const target =
          report.findings.find((f) => f.severity === "error" && f.cell !== null && f.sheet === report.allocationSheet) ??
          report.findings.find((f) => f.cell !== null && f.sheet !== null);
        assert.ok(target, "the sample has a finding with a cell");
        ctx.state.target = target;
        // With the keyboard: focus the finding's link and press Enter.
        const link = page.locator(
          `[data-testid="finding"]${attr("data-rule", target.rule)}${attr("data-sheet", target.sheet)}${attr("data-cell", target.cell)}`,
        );
        await link.focus();
        await page.keyboard.press("Enter");
        const cell = gridCell(target.sheet, target.cell);
        await page.waitForSelector(`${cell}[data-selected="true"]`, WAIT);
        assert.equal(await page.locator('[data-testid="preview-grid"] td[data-selected="true"]').count(), 1);
        const visible = await page.evaluate((selector) => {
          const td = document.querySelector(selector);
          const grid = document.querySelector('[data-testid="preview-grid"]');
          if (td === null || grid === null) return false;
          // Inside the grid and not hidden under its sticky column letters or row numbers.
          const a = td.getBoundingClientRect();
          const b = grid.getBoundingClientRect();
          const top = b.top + grid.querySelector("thead").getBoundingClientRect().height;
          const left = b.left + grid.querySelector("tbody th").getBoundingClientRect().width;
          return a.top >= top - 1 && a.bottom <= b.top + grid.clientHeight + 1 && a.left >= left - 1 && a.right <= b.left + grid.clientWidth + 1;
        }, cell);
        assert.ok(visible, `cell ${target.cell} scrolled into view`);
      },
    },
    {
      name: "Tô sáng colours every offending cell and keeps the original fills",
      async run(ctx) {
        const { page } = ctx;
        const { highlights, fills, report } = ctx.state.expected;
        const sheet = report.allocationSheet;
        const mine = highlights.filter((h) => h.sheet === sheet);
        assert.ok(mine.length > 0, "the sample has highlights on the allocation sheet");
        // A user fill on one of them, to see it come back exactly.
        await page.evaluate(
          ({ sheet, cell }) => window.allocheckPreview.host.setFill(sheet, cell, "#C6EFCE"),
          { sheet, cell: mine[0].cell },
        );
        await showSheetTab(page, sheet);
        ctx.state.originalFills = await fillsOf(page, sheet, mine.map((h) => h.cell));
        assert.equal(ctx.state.originalFills[0], "#C6EFCE");
        await runAction(page, "action-highlight");
        await page.waitForSelector('[data-testid="notice-success"]', WAIT);
        const after = await fillsOf(page, sheet, mine.map((h) => h.cell));
        assert.deepEqual(after, mine.map((h) => fills[h.severity]));
        const note = await page.getAttribute(gridCell(sheet, mine[0].cell), "title");
        assert.equal(note, mine[0].note);
      },
    },
    {
      name: "Tạo bảng tổng hợp writes the summary sheet and shows it",
      async run(ctx) {
        const { page } = ctx;
        const { report } = ctx.state.expected;
        await runAction(page, "action-summary");
        await page.waitForSelector(`[data-testid="preview-grid"]${attr("data-grid-sheet", "Tổng hợp")}`, WAIT);
        await page.waitForSelector('[data-testid="notice-success"]', WAIT);
        const title = await page.locator(gridCell("Tổng hợp", "A1")).innerText();
        assert.equal(title.trim(), "TỔNG HỢP KIỂM TRA PHÂN BỔ");
        const text = await page.locator('[data-testid="preview-grid"]').innerText();
        for (const ind of report.indicators) assert.ok(text.includes(ind.name), `summary lists ${ind.name}`);
        for (const f of report.findings) assert.ok(text.includes(asShown(ctx.root, f.message.vi)), `summary lists: ${f.message.vi}`);
        const tabs = await page.$$eval("[data-sheet-tab]", (els) => els.map((e) => e.getAttribute("data-sheet-tab")));
        assert.equal(tabs.filter((t) => t === "Tổng hợp").length, 1);
        // A second click refreshes the same sheet.
        await runAction(page, "action-summary");
        await page.waitForSelector('[data-testid="notice-success"]', WAIT);
        const again = await page.$$eval("[data-sheet-tab]", (els) => els.map((e) => e.getAttribute("data-sheet-tab")));
        assert.deepEqual(again, tabs);
      },
    },
    {
      name: "Xoá tô sáng restores the original fills",
      async run(ctx) {
        const { page } = ctx;
        const { highlights, report } = ctx.state.expected;
        const sheet = report.allocationSheet;
        const mine = highlights.filter((h) => h.sheet === sheet);
        await runAction(page, "action-clear");
        await page.waitForSelector('[data-testid="notice-success"]', WAIT);
        await showSheetTab(page, sheet);
        const after = await fillsOf(page, sheet, mine.map((h) => h.cell));
        assert.deepEqual(after, ctx.state.originalFills);
      },
    },
    {
      name: "a write after the sheet changed checks again first",
      async run(ctx) {
        const { page } = ctx;
        const { report } = ctx.state.expected;
        const textNumber = report.findings.find((f) => f.rule === "text-number" && f.sheet === report.allocationSheet);
        assert.ok(textNumber, "the sample has a number stored as text");
        const selector = `[data-testid="finding"][data-rule="text-number"]${attr("data-cell", textNumber.cell)}`;
        assert.equal(await page.locator(selector).count(), 1);
        // The user retypes the text as a number in the sheet, then asks for the summary.
        await page.evaluate(
          ({ sheet, cell }) => {
            const host = window.allocheckPreview.host;
            const value = Number(String(host.getValue(sheet, cell)).replace(/\./g, "").replace(",", "."));
            host.setValue(sheet, cell, value);
          },
          { sheet: textNumber.sheet, cell: textNumber.cell },
        );
        await runAction(page, "action-summary");
        await page.waitForSelector('[data-testid="notice-info"]', WAIT);
        const info = await page.locator('[data-testid="notice-info"]').innerText();
        assert.ok(info.includes("kiểm tra lại"), info);
        await page.waitForSelector(selector, { state: "detached", ...WAIT });
        // No finding is left at the retyped cell. (The preview keeps the SUM's saved value, as a file that was not
        // recalculated would: its total may now be found stale, so the counts are not compared here.)
        assert.equal(await page.locator(`[data-testid="finding"]${attr("data-cell", textNumber.cell)}`).count(), 0);
        const summary = await page.locator('[data-testid="preview-grid"]').innerText();
        assert.ok(!summary.includes(asShown(ctx.root, textNumber.message.vi)), "the summary no longer lists the fixed cell");
        const still = report.findings.find((f) => f.rule === "subtotal");
        assert.ok(summary.includes(asShown(ctx.root, still.message.vi)), "the summary still lists the other findings");
      },
    },
    {
      name: "switches to English",
      async run(ctx) {
        const { page } = ctx;
        const { report } = ctx.state.expected;
        await page.click('[data-testid="lang-toggle"]');
        await page.waitForSelector('[data-testid="pane"][data-lang="en"]', WAIT);
        assert.equal(await page.getAttribute("html", "lang"), "en");
        assert.equal((await page.locator('[data-testid="action-check"]').innerText()).trim(), "Check");
        const f = ctx.state.target;
        const text = await page
          .locator(`[data-testid="finding"]${attr("data-rule", f.rule)}${attr("data-sheet", f.sheet)}${attr("data-cell", f.cell)}`)
          .first()
          .innerText();
        assert.ok(text.includes(asShown(ctx.root, f.message.en).split("\n")[0].slice(0, 40)), `English message shown: ${text}`);
        assert.ok(report.findings.length > 0);
        // Each line's unit as the findings say it: a count's unit in the plan's words, money in English.
        const { moneyUnitLabel } = loadLib(ctx.root, "core/text/format.js");
        const units = await page.$$eval('[data-testid="indicator-row"]', (rows) =>
          rows.map((r) => [r.getAttribute("data-code"), r.querySelector('[data-testid="indicator-unit"]').textContent.trim()]),
        );
        assert.deepEqual(
          units,
          report.indicators.map((i) => [i.code, i.kind === "money" ? moneyUnitLabel(i.scale, "en") : i.unit]),
        );
        assert.ok(units.some(([, unit]) => unit === "million VND"), "the sample's money lines are in millions");
        assert.equal(
          (await page.locator('[data-testid="preview"] h2').innerText()).trim(),
          "Sample workbook (read-only)",
        );
      },
    },
    {
      name: "switches back to Vietnamese",
      async run(ctx) {
        const { page } = ctx;
        await page.click('[data-testid="lang-toggle"]');
        await page.waitForSelector('[data-testid="pane"][data-lang="vi"]', WAIT);
        assert.equal(await page.getAttribute("html", "lang"), "vi");
        assert.equal((await page.locator('[data-testid="action-check"]').innerText()).trim(), "Kiểm tra");
      },
    },
    {
      name: "Nhập kế hoạch từ văn bản reads a .docx picked from disk, and says so when a file is not a plan document",
      async run(ctx) {
        const { page, root } = ctx;
        const fixtures = path.join(root, "test", "fixtures", "extract");
        await page.click('[data-testid="tab-import"]');
        await page.setInputFiles('[data-testid="plan-file"]', path.join(fixtures, "plan.docx"));
        await page.waitForSelector('[data-testid="extracted-lines"]', WAIT);
        const targets = await page.$$eval('[data-testid="extracted-line"] input[data-field="target"]', (els) =>
          els.map((e) => e.value),
        );
        const units = await page.$$eval('[data-testid="extracted-line"] input[data-field="unit"]', (els) =>
          els.map((e) => e.value),
        );
        // The fixture's table: 05 teams, 12 addresses, 80 %, and a 500 triệu đồng budget shown in its unit.
        assert.deepEqual(targets, ["5", "12", "80", "500"]);
        assert.deepEqual(units, ["tổ", "địa chỉ", "%", "triệu đồng"]);
        const text = await page.inputValue('[data-testid="plan-text"] textarea');
        assert.ok(text.includes("Tổng kinh phí: 500 triệu đồng."), "the document's text is shown for review");
        await page.setInputFiles('[data-testid="plan-file"]', path.join(fixtures, "not-a-plan.docx"));
        await page.waitForSelector('[data-testid="import-panel"] [data-testid="notice-error"]', WAIT);
      },
    },
    {
      name: "Nhập kế hoạch từ văn bản turns a pasted plan into a new plan sheet",
      async run(ctx) {
        const { page } = ctx;
        await page.fill('[data-testid="plan-text"] textarea', PLAN_TEXT);
        await page.click('[data-testid="extract"]');
        await page.waitForSelector('[data-testid="extracted-lines"]', WAIT);
        const targets = await page.$$eval('[data-testid="extracted-line"] input[data-field="target"]', (els) =>
          els.map((e) => e.value),
        );
        assert.ok(targets.includes("6"), `the 06 teams are a target: ${JSON.stringify(targets)}`);
        assert.ok(targets.includes("12"), `the 12 addresses are a target: ${JSON.stringify(targets)}`);
        assert.ok(!targets.includes("2024"), "a year is not a target");
        await page.waitForSelector('[data-testid="extracted-areas"]', WAIT);
        await page.waitForSelector('[data-testid="extracted-issues"]', WAIT);
        const identity = await page.locator('[data-testid="extracted-identity"]').innerText();
        // The date as people write it in Vietnamese, not ISO.
        assert.ok(identity.includes("12/KH-UBND") && identity.includes("05/03/2024"), identity);
        // Correct a value in place before writing.
        const firstName = page.locator('[data-testid="extracted-line"] [data-field="name"]').first();
        await firstName.fill("Tổ truyền thông cộng đồng (sửa)");
        await page.click('[data-testid="write-plan"]');
        await page.waitForSelector('[data-testid="tab-check"][aria-selected="true"]', WAIT);
        await page.waitForSelector('[data-testid="notice-success"]', WAIT);
        const tabs = await page.$$eval("[data-sheet-tab]", (els) => els.map((e) => e.getAttribute("data-sheet-tab")));
        const written = tabs.find((t) => /^Kế hoạch \(\d+\)$/.test(t));
        assert.ok(written, `a new plan sheet next to the sample's own: ${JSON.stringify(tabs)}`);
        assert.ok(tabs.includes("Kế hoạch"), "the existing plan sheet is kept");
        assert.equal(await page.inputValue('[data-testid="pick-plan"]'), written);
        const grid = await page.locator('[data-testid="preview-grid"]').innerText();
        assert.ok(grid.includes("Tổ truyền thông cộng đồng (sửa)"), "the corrected name was written");
      },
    },
  ],
};
