/** The summary's title, its allocheck marker and the plan's identity (what was checked against what). */
import { planYearText } from "../words/planYear";
import type { Plan } from "../model/plan";
import type { Report } from "../model/report";
import type { Lang, LocalizedText } from "../model/text";
import { IDENTITY, MARKER, TITLE, orientationLabel, planSourceLabel, resultLabel, unsureReadingText } from "./labels";
import { LAST_BASE_COLUMN, type SheetBuilder } from "./sheetBuilder";

function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && lang === "vi" ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Writes rows 0 … and returns the first row after the block. */
export function writeIdentity(b: SheetBuilder, report: Report, plan: Plan, lang: Lang): number {
  // Title and marker (see naming.ts).
  b.put({ row: 0, col: 0, value: TITLE[lang], style: "title" });
  b.merge(0, 0, 0, LAST_BASE_COLUMN);
  b.put({ row: 1, col: 0, value: MARKER[lang], style: "note" });
  b.merge(1, 0, 1, LAST_BASE_COLUMN);

  // Long texts on a row of their own, short ones two to a row (a shorter frozen block).
  let row = 3;
  const wide = (label: LocalizedText, value: string | undefined, style?: "status-warning") => {
    if (value === undefined || value === "") return;
    b.put({ row, col: 0, value: label[lang], style: "label" });
    b.merge(row, 0, row, 1);
    b.put({ row, col: 2, value, ...(style !== undefined ? { style } : {}) });
    b.merge(row, 2, row, LAST_BASE_COLUMN);
    row++;
  };
  const pair = (left: [LocalizedText, string | undefined], right: [LocalizedText, string | undefined]) => {
    const items = [left, right].filter(([, value]) => value !== undefined && value !== "") as Array<[LocalizedText, string]>;
    if (items.length === 0) return;
    items.forEach(([label, value], i) => {
      if (i === 0) {
        b.put({ row, col: 0, value: label[lang], style: "label" });
        b.merge(row, 0, row, 1);
        b.put({ row, col: 2, value });
        b.merge(row, 2, row, 3);
      } else {
        b.put({ row, col: 4, value: label[lang], style: "label" });
        b.put({ row, col: 5, value });
        b.merge(row, 5, row, LAST_BASE_COLUMN);
      }
    });
    row++;
  };
  wide(IDENTITY.planTitle, plan.title);
  pair([IDENTITY.planNumber, plan.number], [IDENTITY.planDate, plan.date === undefined ? undefined : formatDate(plan.date, lang)]);
  pair([IDENTITY.allocationSheet, report.allocationSheet], [IDENTITY.planSource, planSourceLabel(report.planSource)[lang]]);
  if (report.reading?.planYear !== undefined) wide(IDENTITY.planYear, planYearText(report.reading.planYear, report.indicators.length)[lang]);
  // The layout's longer text (`địa bàn theo hàng, chỉ tiêu theo cột`) on the right, where its value runs to the sheet's edge.
  pair([IDENTITY.result, resultLabel(report.counts)[lang]], [IDENTITY.orientation, orientationLabel(report.orientation)[lang]]);
  wide(IDENTITY.workbook, report.workbook);
  // A reading the engine is not sure of is said on the sheet too, as the command line says it before its findings.
  if (report.reading?.confidence.level === "low") wide(IDENTITY.reading, unsureReadingText(report.reading.confidence.reasons, lang), "status-warning");
  return row;
}
