/**
 * Highlights from a check: old ones are cleared first (their original fills
 * restored), so that what is coloured is what the current check found.
 */
import type { ClearReport, WorkbookHost } from "./host";
import type { CheckOutcome, Refreshed } from "./outcome";
import { ensureFresh } from "./runCheck";
import { buildHighlights } from "../core/summary/highlights";
import type { Lang } from "../core/model/text";

/** Colours the cells of the findings; their notes are written in `lang`, the pane's language. */
export async function highlightFindings(host: WorkbookHost, outcome: CheckOutcome, lang: Lang): Promise<Refreshed<number>> {
  const fresh = await ensureFresh(host, outcome);
  const highlights = buildHighlights(fresh.outcome.report, lang);
  await host.clearHighlights();
  if (highlights.length > 0) await host.applyHighlights(highlights);
  return { ...fresh, value: highlights.length };
}

/** Restores every coloured cell's original fill; returns how many. */
export async function clearFindingHighlights(host: WorkbookHost): Promise<number> {
  return host.clearHighlights();
}

/**
 * Restores the highlights and says what it could not: cells that no longer
 * hold allocheck's colour are left as they are (rows inserted or deleted, or
 * re-filled, since), notes a host without the notes API could not restore.
 */
export async function clearFindingHighlightsReport(host: WorkbookHost): Promise<ClearReport> {
  if (host.clearHighlightsReport !== undefined) return host.clearHighlightsReport();
  return { restored: await host.clearHighlights(), skipped: [], notesLeft: 0 };
}
