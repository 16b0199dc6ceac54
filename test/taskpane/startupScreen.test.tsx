/** The pane before it can work, rendered to HTML (jest runs in node): both languages, and a spinner only while waiting. */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StartupScreen } from "../../src/taskpane/boot/StartupScreen";
import { LOADING, decisionMessage, slowMessage } from "../../src/taskpane/boot/startupText";

function render(element: React.ReactElement): string {
  return renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

describe("StartupScreen", () => {
  it("a slow Excel: still waiting, with an error that says what to do in both languages", () => {
    const html = render(<StartupScreen waiting={LOADING} message={slowMessage(10)} />);
    expect(html).toContain("Đang chờ Excel…");
    expect(html).toContain('data-testid="startup-error"');
    expect(html).toContain("Excel chưa trả lời");
    expect(html).toContain("Excel has not answered");
    expect(html).toContain('lang="vi"');
    expect(html).toContain('lang="en"');
  });

  it("an old Excel: no spinner, the versions that work", () => {
    const html = render(<StartupScreen waiting={null} message={decisionMessage({ kind: "old-excel", displayLanguage: null })} />);
    expect(html).not.toContain("Đang chờ Excel");
    expect(html).toContain("Excel 2021");
    expect(html).toContain("Microsoft 365");
  });
});
