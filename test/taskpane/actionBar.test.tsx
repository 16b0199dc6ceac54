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

function html(lang: "vi" | "en", state: { busy?: boolean; canClear?: boolean } = {}): string {
  const noop = (): void => undefined;
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ActionBar strings={STRINGS[lang]} busy={state.busy ?? false} canCheck hasResult {...(state.canClear !== undefined ? { canClear: state.canClear } : {})} onCheck={noop} onHighlight={noop} onClear={noop} onSummary={noop} />
    </FluentProvider>,
  );
}

function buttonTag(out: string, testId: string): string {
  return new RegExp(`<button[^>]*data-testid="${testId}"[^>]*>`).exec(out)?.[0] ?? "";
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

  test("while a task runs every action is off but keeps the focus it has (aria-disabled, not disabled: a disabled button drops the focus to the page's start)", () => {
    const out = html("vi", { busy: true });
    for (const testId of ["action-check", "action-highlight", "action-clear", "action-summary"]) {
      const tag = buttonTag(out, testId);
      expect(tag).toContain('aria-disabled="true"');
      expect(tag).not.toMatch(/\sdisabled(="")?[\s>]/);
    }
  });

  test("Xoá tô sáng with nothing left to clear is off but keeps the focus of the key that cleared them", () => {
    const tag = buttonTag(html("vi", { canClear: false }), "action-clear");
    expect(tag).toContain('aria-disabled="true"');
    expect(tag).not.toMatch(/\sdisabled(="")?[\s>]/);
  });
});
