/**
 * How the pane starts: wait for `Office.onReady` and decide what to show.
 *
 * - No Office.js, or `onReady` answers with no host (a plain browser): outside
 *   Office. Only then may the preview run on the sample workbook.
 * - `onReady` answers Excel with the add-in's requirement set: the pane.
 * - Excel without it, or another Office application: an error saying what to do.
 * - `onReady` slow to answer: inside Office a cold start can take seconds, so
 *   the pane never gives up on Excel for the sample; after `slowAfterMs` it
 *   says Excel has not answered (`onSlow`) and keeps waiting.
 */
import { EXCEL_API_SET, MIN_EXCEL_API } from "../requirements";
import type { OfficeThemeColours } from "./paneTheme";

/** The part of the Office.js global the start uses (a test passes its own). */
export interface OfficeGlobal {
  readonly onReady?: () => Promise<{ readonly host: string | null }>;
  readonly context?: {
    readonly displayLanguage?: string;
    readonly officeTheme?: OfficeThemeColours;
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export type StartDecision =
  | { readonly kind: "excel"; readonly displayLanguage: string | null }
  | { readonly kind: "outside-office" }
  | { readonly kind: "old-excel"; readonly displayLanguage: string | null }
  | { readonly kind: "other-host"; readonly host: string; readonly displayLanguage: string | null }
  | { readonly kind: "failed"; readonly message: string };

/** `Office.HostType.Excel`. */
const EXCEL_HOST = "Excel";

export interface StartOptions {
  /** After this long without an answer from `onReady`, `onSlow` is called (once). */
  readonly slowAfterMs: number;
  readonly onSlow: () => void;
}

export async function decideStart(office: OfficeGlobal | undefined, options: StartOptions): Promise<StartDecision> {
  if (office === undefined || typeof office.onReady !== "function") return { kind: "outside-office" };
  const timer = setTimeout(options.onSlow, options.slowAfterMs);
  let info: { readonly host: string | null };
  try {
    info = await office.onReady();
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
  if (info === null || info === undefined || info.host === null || info.host === undefined) return { kind: "outside-office" };
  const displayLanguage = office.context?.displayLanguage ?? null;
  if (info.host !== EXCEL_HOST) return { kind: "other-host", host: String(info.host), displayLanguage };
  if (!supportsMinimum(office)) return { kind: "old-excel", displayLanguage };
  return { kind: "excel", displayLanguage };
}

function supportsMinimum(office: OfficeGlobal): boolean {
  const requirements = office.context?.requirements;
  if (requirements === undefined) return false;
  try {
    return requirements.isSetSupported(EXCEL_API_SET, MIN_EXCEL_API);
  } catch {
    return false;
  }
}
