/**
 * The pane's language: the one the user last chose (kept in localStorage),
 * else Office's display language (`Office.context.displayLanguage`, e.g.
 * `vi-VN`, `en-US`): Vietnamese for `vi`, English for any other language
 * (someone whose Office is not in Vietnamese reads English more likely),
 * Vietnamese when nothing is known.
 */
import type { Lang } from "../core/model/text";

export const LANGUAGE_KEY = "allocheck.lang";

/** The storage the choice is kept in (window.localStorage in the pane; it may be missing or refuse). */
export type LanguageStore = Pick<Storage, "getItem" | "setItem"> | null;

export function languageFromDisplay(displayLanguage: string | null | undefined): Lang | null {
  if (displayLanguage === null || displayLanguage === undefined || displayLanguage.trim() === "") return null;
  return /^vi\b/i.test(displayLanguage.trim()) ? "vi" : "en";
}

export function storedLanguage(store: LanguageStore): Lang | null {
  try {
    const value = store?.getItem(LANGUAGE_KEY);
    return value === "vi" || value === "en" ? value : null;
  } catch {
    return null;
  }
}

export function initialLanguage(store: LanguageStore, displayLanguage: string | null | undefined): Lang {
  return storedLanguage(store) ?? languageFromDisplay(displayLanguage) ?? "vi";
}

export function rememberLanguage(store: LanguageStore, lang: Lang): void {
  try {
    store?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage refused (private mode, a locked-down webview): the choice lasts this session only.
  }
}

/** window.localStorage, or null where reading it throws. */
export function browserStore(): LanguageStore {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}
