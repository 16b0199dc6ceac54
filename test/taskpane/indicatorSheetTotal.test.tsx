/**
 * A plan line whose sheet shows another total than the one counted says
 * which cell shows it, and that note is a button going to the cell (as a
 * finding is); without a way to select cells it stays plain words.
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbookHost } from "../../src/adapters/memory";
import { runCheck } from "../../src/app/runCheck";
import type { Report } from "../../src/core/model/report";
import { sheetTotalWords } from "../../src/core/words";
import { buildSampleWorkbookData } from "../../src/sample";
import { STRINGS } from "../../src/i18n";
import { IndicatorTable } from "../../src/taskpane/components/IndicatorTable";

let report: Report;

beforeAll(async () => {
  const host = new MemoryWorkbookHost(buildSampleWorkbookData(), "mau.xlsx");
  report = (await runCheck(host, { allocationSheet: null, planSheet: null })).report;
});

function html(lang: "vi" | "en", withGoTo: boolean): string {
  const goTo = { sheet: report.allocationSheet, disabled: false, select: () => undefined };
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <IndicatorTable indicators={report.indicators} lang={lang} strings={STRINGS[lang]} {...(withGoTo ? { goTo } : {})} />
    </FluentProvider>,
  );
}

describe("IndicatorTable: a differing sheet total", () => {
  test.each(["vi", "en"] as const)("names its cell and goes to it (%s)", (lang) => {
    const differing = report.indicators.filter((ind) => sheetTotalWords(ind, lang) !== undefined && ind.totalCell !== null);
    expect(differing.length).toBeGreaterThan(0);
    const out = html(lang, true);
    for (const ind of differing) {
      const cell = ind.totalCell as string;
      const title = STRINGS[lang].goToCell(report.allocationSheet, cell);
      const button = new RegExp(`<button[^>]*data-testid="indicator-sheet-total"[^>]*>`).exec(
        out.slice(out.indexOf(`data-code="${ind.code}"`)),
      )?.[0];
      expect(button).toBeDefined();
      expect(button).toContain(`data-cell="${cell}"`);
      expect(button).toContain(`title="${title}"`);
      // Read as the cell, then what it shows: `D6: bảng tính ghi 158, đếm được 170`.
      const at = out.indexOf(button as string);
      const text = out.slice(at + (button as string).length, out.indexOf("</button>", at)).replace(/<[^>]+>/g, "");
      expect(text).toBe(`${cell}: ${sheetTotalWords(ind, lang)}`);
    }
    expect((out.match(/data-testid="indicator-sheet-total"/g) ?? []).length).toBe(differing.length);
  });

  test("without a way to select a cell, the words alone", () => {
    const out = html("vi", false);
    expect(out).toContain('data-testid="indicator-sheet-total"');
    expect(out).not.toMatch(/<button[^>]*data-testid="indicator-sheet-total"/);
  });
});
