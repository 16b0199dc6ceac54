/** Text that the product shows, in Vietnamese (first) and English. */
export type Lang = "vi" | "en";

export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

export function localized(vi: string, en: string): LocalizedText {
  return { vi, en };
}
