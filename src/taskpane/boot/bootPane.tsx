/**
 * Starts the pane (see `startup.ts`): a spinner while Office answers, then the
 * pane on the open workbook, or a message saying why it cannot run. What
 * happens outside Office is the entry's choice: the production entry says to
 * open it from Excel; the preview entry shows the sample workbook.
 */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { OfficeWorkbookHost } from "../../adapters/office";
import { App } from "../components/App";
import { browserStore, initialLanguage, rememberLanguage } from "../language";
import { decideStart, type OfficeGlobal } from "./startup";
import { LOADING, decisionMessage, slowMessage } from "./startupText";
import { StartupScreen } from "./StartupScreen";
import { themeFromBrowser, themeFromOffice, type PaneTheme } from "./paneTheme";

/** Without an answer from Office after this long, the pane says so (and keeps waiting). */
export const SLOW_START_MS = 10_000;

export interface BootOptions {
  /** What to show when the page is not in Office (no Office.js, or `onReady` with no host). */
  readonly outsideOffice: (render: (element: React.ReactElement) => void) => void;
}

let root: Root | null = null;
/** The browser's choice until Office answers with its theme. */
let theme: PaneTheme = themeFromBrowser(typeof window === "undefined" ? undefined : window.matchMedia?.bind(window));

/** The page around the pane takes the theme's background too (the pane may be shorter than the page). */
function paintPage(fluent: typeof webLightTheme): void {
  document.documentElement.style.colorScheme = theme;
  document.body.style.backgroundColor = fluent.colorNeutralBackground1;
}

export function renderPane(element: React.ReactElement): void {
  if (root === null) {
    const container = document.getElementById("container");
    if (container === null) throw new Error("The page has no #container element.");
    root = createRoot(container);
  }
  const fluent = theme === "dark" ? webDarkTheme : webLightTheme;
  paintPage(fluent);
  root.render(
    <React.StrictMode>
      <FluentProvider theme={fluent}>{element}</FluentProvider>
    </React.StrictMode>,
  );
}

export async function bootPane(options: BootOptions): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : (Office as unknown as OfficeGlobal);
  const decision = await decideStart(office, {
    slowAfterMs: SLOW_START_MS,
    onSlow: () => renderPane(<StartupScreen waiting={LOADING} message={slowMessage(SLOW_START_MS / 1000)} />),
  });
  theme = themeFromOffice(office?.context?.officeTheme) ?? theme;
  if (decision.kind === "excel") {
    const store = browserStore();
    const lang = initialLanguage(store, decision.displayLanguage);
    // The notes on highlighted cells follow the pane's language: it is passed with each highlight.
    const host = new OfficeWorkbookHost();
    renderPane(
      <App
        host={host}
        initialLang={lang}
        onLanguageChange={(next) => rememberLanguage(store, next)}
      />,
    );
    return;
  }
  if (decision.kind === "outside-office") {
    options.outsideOffice(renderPane);
    return;
  }
  renderPane(<StartupScreen waiting={null} message={decisionMessage(decision)} />);
}
