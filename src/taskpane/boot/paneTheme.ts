/**
 * Light or dark: the pane follows the Office theme the user chose (File >
 * Account > Office Theme), so a pane in Excel's Black or Dark Gray theme is
 * not a white block beside it.
 *
 * Office.js gives the theme's colours on `Office.context.officeTheme`
 * (https://learn.microsoft.com/en-us/javascript/api/office/office.officetheme —
 * Excel on the web, Windows, Mac and iOS). Its `isDarkTheme` is a property in
 * one version of the docs and a method in another, and older hosts do not have
 * it, so the pane decides from `bodyBackgroundColor` (a hex triplet such as
 * `#FFA500`) and uses `isDarkTheme` only when no colour is given. Outside
 * Office (the preview), the browser's `prefers-color-scheme` stands in.
 */
export type PaneTheme = "light" | "dark";

/** The luminance of a middle grey (CIE L* 50): darker backgrounds are dark themes. */
const MID_GREY = 0.18;

/** The part of `Office.OfficeTheme` the pane reads. */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
  readonly isDarkTheme?: boolean | (() => boolean);
}

/** The Office theme's choice, or `null` when the host tells nothing usable. */
export function themeFromOffice(theme: OfficeThemeColours | undefined | null): PaneTheme | null {
  if (theme === undefined || theme === null) return null;
  const luminance = hexLuminance(theme.bodyBackgroundColor);
  if (luminance !== null) return luminance < MID_GREY ? "dark" : "light";
  const flag = readFlag(theme);
  return flag === null ? null : flag ? "dark" : "light";
}

/** The browser's choice (`prefers-color-scheme`); light when it cannot tell. */
export function themeFromBrowser(matchMedia: ((query: string) => { matches: boolean }) | undefined): PaneTheme {
  if (matchMedia === undefined) return "light";
  try {
    return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  } catch {
    return "light";
  }
}

function readFlag(theme: OfficeThemeColours): boolean | null {
  const flag = theme.isDarkTheme;
  if (typeof flag === "boolean") return flag;
  if (typeof flag === "function") {
    try {
      const answer = flag.call(theme);
      return typeof answer === "boolean" ? answer : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Relative luminance (WCAG 2) of `#RGB` / `#RRGGBB`, 0 (black) to 1 (white); `null` if not a colour. */
export function hexLuminance(hex: string | undefined): number | null {
  if (hex === undefined) return null;
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (match === null) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  const [r, g, b] = [0, 2, 4].map((at) => linear(parseInt(digits.slice(at, at + 2), 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function linear(channel: number): number {
  return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}
