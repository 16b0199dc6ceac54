/**
 * The names of the tabs whose views are loaded later (the reading view, the
 * progress tab) and the way to the reading view from the check's error: the
 * words the pane shows before those views are opened. Their own word tables
 * (`reading.ts`, `progress.ts`) take these from here, and are loaded with them.
 */
import type { Lang } from "../core/model/text";

export interface TabWords {
  readonly readingTab: string;
  /** The reading view's heading (the tab's tooltip). */
  readonly readingHeading: string;
  /** When no plan line was found: the offer on the check tab to open the reading view. */
  readonly mapLinesOffer: string;
  readonly progressTab: string;
  /** The progress tab's heading (the tab's tooltip). */
  readonly progressHeading: string;
}

export const TAB_WORDS: Readonly<Record<Lang, TabWords>> = {
  vi: {
    readingTab: "Cách đọc",
    readingHeading: "Cách allocheck đọc biểu phân bổ",
    mapLinesOffer: "Ghép cột với chỉ tiêu (thẻ Cách đọc)",
    progressTab: "Tiến độ",
    progressHeading: "Tiến độ thực hiện theo chỉ tiêu",
  },
  en: {
    readingTab: "Reading",
    readingHeading: "How allocheck read the allocation sheet",
    mapLinesOffer: "Map columns to plan lines (Reading tab)",
    progressTab: "Progress",
    progressHeading: "Progress per line",
  },
};
