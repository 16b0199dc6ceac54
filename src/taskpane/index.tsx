/**
 * Entry of the task pane. Inside Excel the pane works on the open workbook
 * through Office.js; anywhere else (a plain browser, the preview, the browser
 * tests) it works on the built-in sample workbook held in memory and shows it
 * beside the pane.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OfficeWorkbookHost } from "../adapters/office";
import type { MemoryWorkbookHost } from "../adapters/memory";
import { createSampleHost } from "./sampleHost";
import { App } from "./components/App";
import { PreviewShell } from "./PreviewShell";

/** Outside Office, onReady answers in well under 0.1 s; this only guards a broken load. */
const ON_READY_LIMIT_MS = 5000;

declare global {
  interface Window {
    /** The preview's in-memory workbook, for the browser tests (preview only). */
    allocheckPreview?: { host: MemoryWorkbookHost };
  }
}

type HostKind = "excel" | "other";

async function officeHost(): Promise<HostKind> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return "other";
  const limit = new Promise<null>((resolve) => setTimeout(() => resolve(null), ON_READY_LIMIT_MS));
  const info = await Promise.race([Office.onReady(), limit]);
  return info !== null && info.host === Office.HostType.Excel ? "excel" : "other";
}

function render(element: React.ReactElement): void {
  const container = document.getElementById("container");
  if (container === null) throw new Error("The page has no #container element.");
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={webLightTheme}>{element}</FluentProvider>
    </React.StrictMode>,
  );
}

async function start(): Promise<void> {
  if ((await officeHost()) === "excel") {
    render(<App host={new OfficeWorkbookHost()} />);
    return;
  }
  const host = createSampleHost();
  window.allocheckPreview = { host };
  render(<PreviewShell host={host} />);
}

void start();
