/**
 * Whether there are highlights to clear, for `Xoá tô sáng`: asked of the
 * workbook when the pane opens (highlights survive saving and reopening), then
 * followed through the pane's own highlight and clear actions. `unknown` when
 * the host cannot tell: the button stays available.
 */
import * as React from "react";
import type { WorkbookHost } from "../../app/host";

export type HighlightPresence = "none" | "some" | "unknown";

export interface HighlightPresenceState {
  readonly presence: HighlightPresence;
  /** After highlighting `count` cells. */
  readonly highlighted: (count: number) => void;
  /** After the highlights were cleared. */
  readonly cleared: () => void;
}

export function useHighlightPresence(host: WorkbookHost): HighlightPresenceState {
  const [presence, setPresence] = React.useState<HighlightPresence>("unknown");
  React.useEffect(() => {
    let live = true;
    if (host.hasHighlights === undefined) return undefined;
    host.hasHighlights().then(
      (has) => {
        if (live) setPresence((now) => (now === "unknown" ? (has ? "some" : "none") : now));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);
  const highlighted = React.useCallback((count: number) => setPresence(count > 0 ? "some" : "none"), []);
  const cleared = React.useCallback(() => setPresence("none"), []);
  return { presence, highlighted, cleared };
}
