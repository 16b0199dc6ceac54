/** Table 3 of the summary: the findings in the report's order, each with a link to its cell. */
import type { Report } from "../model/report";
import type { Lang } from "../model/text";
import { wordsFor } from "../words";
import { typographicQuotes } from "../text/quotes";
import { formatNumber } from "../text/format";
import { FINDING_HEADERS, NO_FINDINGS, SECTIONS } from "./labels";
import type { SheetBuilder } from "./sheetBuilder";

/** Beyond this, the table says how many findings were left out. */
export const MAX_FINDING_ROWS = 5000;

/** Writes table 3 from `start`; returns the row after it. */
export function writeFindingTable(b: SheetBuilder, start: number, report: Report, lang: Lang): number {
  const words = wordsFor(lang);
  let row = start;
  b.subtitle(row, SECTIONS.findings[lang]);
  row++;
  FINDING_HEADERS.forEach((h, col) => b.put({ row, col, value: h[lang], style: "header" }));
  row++;
  report.findings.slice(0, MAX_FINDING_ROWS).forEach((f, i) => {
    b.put({ row, col: 0, value: i + 1 });
    // Read on screen and on paper: the typographic quotation marks (the JSON report keeps the engine's straight ones).
    b.put({ row, col: 1, value: typographicQuotes(f.message[lang]) });
    b.put({ row, col: 2, value: words.severity[f.severity], style: f.severity === "error" ? "status-error" : f.severity === "warning" ? "status-warning" : undefined });
    b.put({ row, col: 3, value: words.rules[f.rule] });
    b.put({ row, col: 4, value: f.sheet ?? "" });
    if (f.sheet !== null && f.cell !== null) b.put({ row, col: 5, value: f.cell, style: "link", link: { sheet: f.sheet, cell: f.cell } });
    else b.put({ row, col: 5, value: "" });
    b.put({ row, col: 6, value: f.indicator ?? "" });
    b.put({ row, col: 7, value: f.area ?? "" });
    row++;
  });
  if (report.findings.length === 0) {
    b.put({ row, col: 1, value: NO_FINDINGS[lang], style: "note" });
    row++;
  }
  if (report.findings.length > MAX_FINDING_ROWS) {
    const more = report.findings.length - MAX_FINDING_ROWS;
    b.put({ row, col: 1, value: lang === "vi" ? `… và ${formatNumber(more, "vi")} phát hiện khác` : `… and ${formatNumber(more, "en")} more findings`, style: "note" });
    row++;
  }
  return row;
}
