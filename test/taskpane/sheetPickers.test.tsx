/**
 * The sheet pickers say "not found" only once the workbook's sheets are
 * listed: while the pane is still reading the workbook (no sheet listed yet)
 * they say nothing, rather than that no allocation or plan sheet exists; and
 * with no plan sheet the allocation picker says its table is looked for once
 * there is a plan.
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { STRINGS } from "../../src/i18n";
import { SheetPickers } from "../../src/taskpane/components/SheetPickers";
import type { SheetInfo } from "../../src/app/host";

function html(lang: "vi" | "en", sheets: readonly SheetInfo[], allocation: string | null, plan: string | null): string {
  const none = { allocationSheet: null, planSheet: null };
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <SheetPickers
        strings={STRINGS[lang]}
        sheets={sheets}
        selection={{ allocationSheet: allocation, planSheet: plan }}
        detected={{ ...none, allocationSheet: allocation, planSheet: plan }}
        disabled={false}
        onChange={() => undefined}
        onRefresh={() => undefined}
      />
    </FluentProvider>,
  );
}

const sheet = (name: string): SheetInfo => ({ name, visible: true });

describe("SheetPickers' hints", () => {
  test.each([
    // [language, sheets listed, allocation, plan, times "not found" shows, times "picked automatically" shows,
    //  times the allocation picker says it waits for a plan (no plan sheet: the table is looked for against one)]
    ["vi", [], null, null, 0, 0, 0],
    ["en", [], null, null, 0, 0, 0],
    ["vi", [sheet("Ghi chú"), sheet("Kế hoạch")], null, "Kế hoạch", 1, 1, 0],
    ["en", [sheet("Notes")], null, null, 1, 0, 1],
    ["vi", [sheet("Phân bổ")], null, null, 1, 0, 1],
    ["vi", [sheet("Phân bổ"), sheet("Kế hoạch")], "Phân bổ", "Kế hoạch", 0, 2, 0],
  ] as const)("%s, %j listed: allocation %s, plan %s", (lang, sheets, allocation, plan, notFound, auto, waits) => {
    const out = html(lang, sheets, allocation, plan);
    const count = (text: string) => out.split(text).length - 1;
    expect(count(STRINGS[lang].notFound)).toBe(notFound);
    expect(count(STRINGS[lang].autoPicked)).toBe(auto);
    expect(count(STRINGS[lang].allocationAfterPlan)).toBe(waits);
  });
});
