/**
 * English says money in English everywhere the pane does (`million VND`):
 * the summary sheet's unit columns (line and progress tables) and its area table, and the text report's
 * unit column — never the plan's `triệu đồng`. A count's unit stays the
 * plan's own words (`tổ`), as in the pane. The area table says the money
 * lines' one unit once, in its title, its headers naming the lines.
 */
import { MemoryWorkbookHost } from "../../src/adapters/memory";
import { buildSampleWorkbookData } from "../../src/sample";
import { detectSheets } from "../../src/app/detectSheets";
import { runCheck } from "../../src/app/runCheck";
import { writeSummarySheet } from "../../src/app/summary";
import { renderTextReport } from "../../src/core/report";
import { unitLabel } from "../../src/core/text/format";
import { cellValue } from "../../src/core/model/workbook";
import type { Lang } from "../../src/core/model/text";

async function checked(lang: Lang) {
  const host = new MemoryWorkbookHost(buildSampleWorkbookData(), "Book1.xlsx");
  const outcome = await runCheck(host, (await detectSheets(host)).detected);
  const name = (await writeSummarySheet(host, outcome, lang)).value;
  const [sheet] = (await host.readWorkbook([name])).sheets;
  const texts: string[] = [];
  sheet.values.forEach((row, r) => row?.forEach((_, c) => {
    const v = cellValue(sheet, r, c);
    if (typeof v === "string") texts.push(v);
  }));
  return { report: outcome.report, texts, text: renderTextReport(outcome.report, lang) };
}

test("the English summary and text report say million VND, as the pane does", async () => {
  const { report, texts, text } = await checked("en");
  const money = report.indicators.filter((r) => r.kind === "money");
  expect(money.length).toBeGreaterThan(0);
  for (const r of money) expect(unitLabel(r, "en")).toBe("million VND");
  expect(texts.filter((t) => /triệu|đồng/.test(t) && !report.indicators.some((r) => t.includes(r.name)))).toEqual([]);
  // The unit columns of the line table and of the progress table (the sample has results sheets), and the area table's title.
  expect(report.progress).toBeDefined();
  expect(texts.filter((t) => t === "million VND").length).toBe(2 * money.length);
  expect(texts.some((t) => /By area \(money in million VND\)$/.test(t))).toBe(true);
  // The text report's unit column.
  for (const r of money) expect(text).toMatch(new RegExp(`^${r.code.replace(".", "\\.")} .* million VND +<=`, "m"));
  expect(text).not.toMatch(/triệu đồng +<=/);
  // Counts keep the plan's words.
  expect(text).toMatch(/^1 .* tổ +<=/m);
});

test("the Vietnamese summary keeps the plan's triệu đồng, said once over the area table", async () => {
  const { report, texts } = await checked("vi");
  const money = report.indicators.filter((r) => r.kind === "money");
  // The line table's and the progress table's unit columns.
  expect(texts.filter((t) => t === "triệu đồng").length).toBe(2 * money.length);
  expect(texts.some((t) => /Phân bổ theo địa bàn \(kinh phí: triệu đồng\)$/.test(t))).toBe(true);
  // Each money header names its line alone.
  for (const r of money) expect(texts).toContain(`${r.code}. ${r.name}`);
});
