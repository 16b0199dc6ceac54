/**
 * The pane's four actions: each says on hover what it does to the workbook
 * (a two-word label such as `Tô sáng` does not), in the pane's language, while
 * its accessible name stays its visible label.
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { STRINGS } from "../../src/i18n";
import { ActionBar } from "../../src/taskpane/components/ActionBar";

function html(lang: "vi" | "en"): string {
  const noop = (): void => undefined;
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ActionBar strings={STRINGS[lang]} busy={false} canCheck hasResult onCheck={noop} onHighlight={noop} onClear={noop} onSummary={noop} />
    </FluentProvider>,
  );
}

describe("ActionBar", () => {
  test.each(["vi", "en"] as const)("each action says what it does on hover (%s)", (lang) => {
    const out = html(lang);
    const hints = STRINGS[lang].actionHints;
    for (const [testId, hint] of [
      ["action-check", hints.check],
      ["action-highlight", hints.highlight],
      ["action-clear", hints.clear],
      ["action-summary", hints.summary],
    ] as const) {
      const tag = new RegExp(`<button[^>]*data-testid="${testId}"[^>]*>`).exec(out)?.[0] ?? "";
      expect(tag).toContain(`title="${hint}"`);
      expect(tag).not.toContain("aria-label=");
    }
    expect(new Set(Object.values(hints)).size).toBe(4);
  });
});
