/**
 * Light or dark (src/taskpane/boot/paneTheme.ts): the Office theme's body
 * colour decides, its `isDarkTheme` (a property or a method, by host version)
 * only without a colour; outside Office the browser's preference.
 */
import { hexLuminance, themeFromBrowser, themeFromOffice, type OfficeThemeColours, type PaneTheme } from "../../src/taskpane/boot/paneTheme";

describe("themeFromOffice", () => {
  it.each([
    // Office's themes: White, Colorful, Dark Gray, Black (body background colours as Office.js gives them).
    ["#FFFFFF", "light"],
    ["#F3F2F1", "light"],
    ["#E6E6E6", "light"],
    ["#666666", "dark"],
    ["#444444", "dark"],
    ["#262626", "dark"],
    ["#000", "dark"],
    ["fff", "light"],
  ])("body %s → %s", (bodyBackgroundColor, expected) => {
    expect(themeFromOffice({ bodyBackgroundColor })).toBe(expected);
  });

  it("decides by the colour even when isDarkTheme says otherwise", () => {
    expect(themeFromOffice({ bodyBackgroundColor: "#FFFFFF", isDarkTheme: true })).toBe("light");
  });

  it.each<[OfficeThemeColours, PaneTheme]>([
    [{ isDarkTheme: true }, "dark"],
    [{ isDarkTheme: false }, "light"],
    [{ isDarkTheme: () => true }, "dark"],
    [{ bodyBackgroundColor: "not a colour", isDarkTheme: () => false }, "light"],
  ])("without a usable colour, isDarkTheme decides: %p", (theme, expected) => {
    expect(themeFromOffice(theme)).toBe(expected);
  });

  it.each<[OfficeThemeColours | undefined | null]>([
    [undefined],
    [null],
    [{}],
    [{ bodyBackgroundColor: "" }],
    [
      {
        isDarkTheme: (): boolean => {
          throw new Error("not here");
        },
      },
    ],
  ])(
    "tells nothing for %p",
    (theme) => {
      expect(themeFromOffice(theme)).toBeNull();
    },
  );
});

describe("themeFromBrowser", () => {
  it("follows prefers-color-scheme", () => {
    expect(themeFromBrowser((q) => ({ matches: q === "(prefers-color-scheme: dark)" }))).toBe("dark");
    expect(themeFromBrowser(() => ({ matches: false }))).toBe("light");
  });

  it("is light without matchMedia or when it throws", () => {
    expect(themeFromBrowser(undefined)).toBe("light");
    expect(
      themeFromBrowser(() => {
        throw new Error("no media queries");
      }),
    ).toBe("light");
  });
});

describe("hexLuminance", () => {
  it("is 0 for black, 1 for white, and rises with each channel", () => {
    expect(hexLuminance("#000000")).toBe(0);
    expect(hexLuminance("#FFFFFF")).toBeCloseTo(1, 10);
    expect(hexLuminance("#808080")!).toBeGreaterThan(hexLuminance("#7F7F7F")!);
    expect(hexLuminance("#00FF00")!).toBeGreaterThan(hexLuminance("#FF0000")!);
  });
});
