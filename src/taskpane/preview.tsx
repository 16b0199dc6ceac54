/**
 * Entry of the task pane in preview builds (`npm run preview`, the browser
 * tests): the same start as in production — inside Excel the pane works on
 * the open workbook and never on the sample — but in a plain browser (Office.js
 * answers with no host, or is missing) it runs on the built-in sample workbook
 * held in memory and shows it beside the pane.
 *
 * `window.allocheckPreview.load(workbook, name)` puts another workbook (plain
 * `WorkbookData`) in the preview in place of the sample, with a fresh pane:
 * the browser tests use it for tables the sample does not have. Preview only:
 * the production entry (index.tsx) has neither the hook nor the sample.
 */
import * as React from "react";
import { MemoryWorkbookHost } from "../adapters/memory";
import type { WorkbookData } from "../core/model/workbook";
import { bootPane } from "./boot/bootPane";
import { browserStore, initialLanguage, rememberLanguage } from "./language";
import { PreviewShell } from "./PreviewShell";
import { createSampleHost } from "./sampleHost";

declare global {
  interface Window {
    /** The preview's in-memory workbook, for the browser tests (preview only). */
    allocheckPreview?: {
      host: MemoryWorkbookHost;
      /** Replaces the workbook shown (and the pane's state) with this one. */
      load: (workbook: WorkbookData, name?: string) => void;
    };
  }
}

void bootPane({
  outsideOffice: (render) => {
    const store = browserStore();
    let shown = 0;
    /** `name`: a workbook loaded in place of the sample (the preview then calls it by its name). */
    const show = (host: MemoryWorkbookHost, name?: string): void => {
      shown += 1;
      window.allocheckPreview = { host, load };
      // No Office display language outside Office: the browser's stands in for it.
      const lang = initialLanguage(store, typeof navigator === "undefined" ? null : navigator.language);
      render(
        <PreviewShell
          key={shown}
          host={host}
          initialLang={lang}
          onLanguageChange={(next) => rememberLanguage(store, next)}
          {...(name !== undefined ? { workbookName: name } : {})}
        />,
      );
    };
    const load = (workbook: WorkbookData, name = "Workbook.xlsx"): void =>
      show(new MemoryWorkbookHost(structuredClone(workbook), name), name);
    show(createSampleHost());
  },
});
