/**
 * Entry of the task pane in preview builds (`npm run preview`, the browser
 * tests): the same start as in production — inside Excel the pane works on
 * the open workbook and never on the sample — but in a plain browser (Office.js
 * answers with no host, or is missing) it runs on the built-in sample workbook
 * held in memory and shows it beside the pane.
 */
import * as React from "react";
import type { MemoryWorkbookHost } from "../adapters/memory";
import { bootPane } from "./boot/bootPane";
import { browserStore, initialLanguage, rememberLanguage } from "./language";
import { PreviewShell } from "./PreviewShell";
import { createSampleHost } from "./sampleHost";

declare global {
  interface Window {
    /** The preview's in-memory workbook, for the browser tests (preview only). */
    allocheckPreview?: { host: MemoryWorkbookHost };
  }
}

void bootPane({
  outsideOffice: (render) => {
    const host = createSampleHost();
    window.allocheckPreview = { host };
    const store = browserStore();
    // No Office display language outside Office: the browser's stands in for it.
    const lang = initialLanguage(store, typeof navigator === "undefined" ? null : navigator.language);
    render(<PreviewShell host={host} initialLang={lang} onLanguageChange={(next) => rememberLanguage(store, next)} />);
  },
});
