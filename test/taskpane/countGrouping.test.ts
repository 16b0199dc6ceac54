/**
 * Counts in the pane and on the summary sheet are grouped by thousands as the
 * text report prints them (`4.502 lỗi`, `4,502 errors`): one formatter,
 * core/text/format.ts `formatNumber`.
 */
import { STRINGS } from "../../src/i18n";
import { READING_STRINGS } from "../../src/i18n/reading";
import { PROGRESS_STRINGS } from "../../src/i18n/progress";
import { areaRunLabel } from "../../src/core/summary/areaTable";
import { buildSummary } from "../../src/core/summary";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "../core/summary/fixture";
import type { Lang } from "../../src/core/model/text";
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ResultCounts } from "../../src/taskpane/components/ResultCounts";

const GROUPED: Record<Lang, string> = { vi: "4.502", en: "4,502" };

describe.each<Lang>(["vi", "en"])("%s", (lang) => {
  const s = STRINGS[lang];
  const r = READING_STRINGS[lang];
  test.each<[string, (n: number) => string]>([
    ["reading: areas heading", r.areasHeading],
    ["reading: lines heading", r.linesHeading],
    ["reading: ignored heading", r.ignoredHeading],
    ["reading: corrections heading", r.correctionsHeading],
    ["reading: stale corrections", r.stale],
    ["import: areas heading", s.areasHeading],
    ["import: targets found", (n) => s.extractedTitle(n, 0)],
    ["import: budget lines found", (n) => s.extractedTitle(0, n)],
    ["findings: jump", s.jumpToFindings],
    ["findings: show more", s.showMoreFindings],
    ["highlighted", s.highlighted],
    ["cleared", s.cleared],
    ["progress: details", PROGRESS_STRINGS[lang].details],
  ])("%s", (_name, say) => {
    expect(say(4502)).toContain(GROUPED[lang]);
  });

  test("the summary's run of areas names its count grouped", () => {
    expect(areaRunLabel("Xã A", "Xã B", 4502, lang)).toBe(`Xã A … Xã B (${GROUPED[lang]})`);
  });

  test("the summary's findings beyond its table are counted grouped", () => {
    const many = Array.from({ length: 9502 }, () => REPORT.findings[0]);
    const model = buildSummary({ report: { ...REPORT, findings: many }, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(), lang });
    const note = model.cells.find((c) => c.style === "note" && String(c.value).startsWith("…"));
    expect(String(note?.value)).toContain(GROUPED[lang]);
  });
});

test.each<Lang>(["vi", "en"])("the result's counts in the pane (%s) are grouped", (lang) => {
  const html = renderToStaticMarkup(
    React.createElement(FluentProvider, { theme: webLightTheme }, React.createElement(ResultCounts, { report: { ...REPORT, counts: { error: 4502, warning: 4502, info: 4502 } }, strings: STRINGS[lang] })),
  );
  expect(html.split(GROUPED[lang]).length - 1).toBeGreaterThanOrEqual(3);
  expect(html).not.toContain("4502<");
});
