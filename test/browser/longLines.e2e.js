/**
 * A plan with long line names and money in đồng (figures of ten or more
 * digits), in a 320 and a 360 px pane: each line's name reads across the
 * pane (not one word a line in what the figures leave), every figure is
 * inside the pane with no sideways scroll, and each figure is named by its
 * header (the column's, right above it, where three fit side by side, else
 * its row's label) and by the line it belongs to (a row group headed by the
 * line). The sample's short figures stay side by side. Workbook loaded into the preview through its test hook.
 * Screenshots: test-output/browser/long-lines-*.png.
 */
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { openWithWorkbook, runAction, WAIT } = require("./support/pane");

const FILE = "phan-bo-dong.xlsx";
const LINES = [
  ["Thành lập mới và duy trì hoạt động Tổ truyền thông cộng đồng tại thôn, bản, tổ dân phố", "tổ", 2, 11],
  ["Kinh phí hỗ trợ xây dựng và nhân rộng mô hình địa chỉ tin cậy tại cộng đồng", "đồng", 1234567890, 6000000000],
  ["Kinh phí tổ chức tập huấn nâng cao năng lực cho cán bộ Hội cơ sở", "đồng", 98765432, 500000000],
];
/** The figures' headers, as the Vietnamese pane says them. */
const LABELS = ["Kế hoạch", "Đã phân bổ", "Chênh lệch"];
const COMMUNES = ["Xã Quảng Phú Cầu", "Xã Nghiêm Xuyên", "Thị trấn Phùng", "Phường Nguyễn Trung Trực", "Xã Đông Hưng Thuận"];

function workbook() {
  const rows = COMMUNES.map((c, k) => [k + 1, c, ...LINES.map(([, , each]) => each)]);
  const total = LINES.map(([, , each]) => each * COMMUNES.length);
  return {
    sheets: [
      {
        name: "Phân bổ 2024",
        values: [["BIỂU PHÂN BỔ KINH PHÍ NĂM 2024"], [], ["STT", "Đơn vị", ...LINES.map(([name]) => name)], [null, "Tổng cộng", ...total], ...rows],
        merges: [],
      },
      {
        name: "Kế hoạch",
        values: [
          ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
          ...LINES.map(([name, unit, , plan], k) => [String(k + 1), name, unit, plan]),
          [],
          ["Xã"],
          ...COMMUNES.map((c) => [c]),
        ],
        merges: [],
      },
    ],
  };
}

/** Where the table's names and figures are, and how a screen reader reaches them. */
async function layout(page) {
  return page.evaluate(() => {
    const table = document.querySelector('[data-testid="indicator-table"]');
    const tableBox = table.getBoundingClientRect();
    const heads = [...document.querySelectorAll('[data-testid="indicator-head-figure"]')].map((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      return { text: th.textContent, right: Math.max(...rects.map((r) => r.right)) };
    });
    const lines = [...document.querySelectorAll('[data-testid="indicator-row"]')].map((group) => {
      const name = group.querySelector('[data-testid="indicator-name"]');
      const nameBox = name.getBoundingClientRect();
      const figures = [...group.querySelectorAll("td")].filter((td) => /\d/.test(td.textContent)).map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const rowHead = td.parentElement.querySelector('th[scope="row"]');
        return {
          text: td.textContent,
          left: Math.min(...rects.map((r) => r.left)),
          right: Math.max(...rects.map((r) => r.right)),
          rowHead: rowHead === null ? null : rowHead.textContent,
        };
      });
      const header = name.closest("th");
      return {
        code: group.getAttribute("data-code"),
        nameShare: nameBox.width / tableBox.width,
        rowGroupHeader: header !== null && header.getAttribute("scope") === "rowgroup" && group.tagName === "TBODY",
        figures,
      };
    });
    const wrap = table.parentElement;
    return { heads, lines, left: tableBox.left, right: tableBox.right, scrolls: wrap.scrollWidth > wrap.clientWidth + 1 };
  });
}

module.exports = {
  name: "Long plan lines and money in đồng (preview, narrow pane)",
  allowRequests: [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//],
  steps: [
    {
      name: "the sample's figures at 320 px stay side by side under their headers",
      async run(ctx) {
        const { page, baseUrl } = ctx;
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(`${baseUrl}/taskpane.html`);
        await page.waitForSelector('[data-testid="pane"]', WAIT);
        await page.waitForFunction(() => !document.querySelector('[data-testid="action-check"]')?.disabled, null, WAIT);
        await runAction(page, "action-check");
        await page.waitForSelector('[data-testid="result"]', WAIT);
        assert.equal(await page.getAttribute('[data-testid="indicator-table"] >> xpath=..', "data-figures"), "columns");
        const shown = await layout(page);
        for (const line of shown.lines) {
          assert.ok(line.rowGroupHeader && line.nameShare > 0.8, `line ${line.code}: its name heads its group across the pane`);
          line.figures.forEach((figure, k) => assert.ok(Math.abs(figure.right - shown.heads[k].right) <= 2, `line ${line.code}: ${figure.text} under ${shown.heads[k].text}`));
        }
      },
    },
    ...[320, 360].map((width) => ({
    name: `at ${width} px each line's name reads across the pane and its figures sit under their headers`,
    async run(ctx) {
      const { page, root } = ctx;
      await openWithWorkbook(ctx, { width, workbook: workbook(), name: FILE, tab: "Phân bổ 2024" });
      await page.waitForFunction(() => !document.querySelector('[data-testid="action-check"]')?.disabled, null, WAIT);
      await runAction(page, "action-check");
      await page.waitForSelector('[data-testid="result"]', WAIT);
      await page.waitForTimeout(100);
      const shown = await layout(page);
      assert.equal(shown.lines.length, LINES.length, "one group per plan line");
      assert.equal(shown.scrolls, false, "no sideways scroll");
      for (const line of shown.lines) {
        assert.ok(line.nameShare > 0.8, `line ${line.code}: its name takes ${Math.round(line.nameShare * 100)} % of the table's width`);
        assert.ok(line.rowGroupHeader, `line ${line.code}: its name heads its row group`);
        assert.equal(line.figures.length, 3, `line ${line.code}: three figures`);
        line.figures.forEach((figure, k) => {
          assert.ok(figure.left >= shown.left - 0.5 && figure.right <= shown.right + 0.5, `line ${line.code}: ${figure.text} is inside the table`);
          if (figure.rowHead !== null) assert.equal(figure.rowHead, LABELS[k], `line ${line.code}: ${figure.text} follows its label`);
          else assert.ok(Math.abs(figure.right - shown.heads[k].right) <= 2, `line ${line.code}: ${figure.text} sits under ${shown.heads[k].text}'s right edge`);
        });
      }
      await page.locator('[data-testid="pane"]').screenshot({ path: path.join(root, "test-output", "browser", `long-lines-${width}.png`) });
    },
  })),
  ],
};
