/** The pane's language: the user's last choice, else Office's display language. */
import { LANGUAGE_KEY, initialLanguage, languageFromDisplay, rememberLanguage, type LanguageStore } from "../../src/taskpane/language";

function memoryStore(initial: Record<string, string> = {}): LanguageStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

const refusing: LanguageStore = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
};

describe("pane language", () => {
  it.each([
    ["vi-VN", "vi"],
    ["vi", "vi"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    ["", null],
    [null, null],
    [undefined, null],
  ])("display language %p gives %p", (display, lang) => {
    expect(languageFromDisplay(display)).toBe(lang);
  });

  it("follows Office when nothing was chosen", () => {
    expect(initialLanguage(memoryStore(), "en-US")).toBe("en");
    expect(initialLanguage(memoryStore(), "vi-VN")).toBe("vi");
    expect(initialLanguage(memoryStore(), null)).toBe("vi");
  });

  it("keeps the user's choice over Office's language", () => {
    const store = memoryStore();
    rememberLanguage(store, "en");
    expect(store.data[LANGUAGE_KEY]).toBe("en");
    expect(initialLanguage(store, "vi-VN")).toBe("en");
    rememberLanguage(store, "vi");
    expect(initialLanguage(store, "en-US")).toBe("vi");
  });

  it("ignores a stored value it does not know, and storage that refuses", () => {
    expect(initialLanguage(memoryStore({ [LANGUAGE_KEY]: "de" }), "en-US")).toBe("en");
    expect(initialLanguage(refusing, "en-US")).toBe("en");
    expect(() => rememberLanguage(refusing, "vi")).not.toThrow();
    expect(initialLanguage(null, null)).toBe("vi");
  });
});
