/**
 * scripts/ascii-bundle.js: the command-line bundle written in ASCII only is
 * the same program — every escaped text evaluates to what the original does.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { asciiOnly } = require("../../scripts/ascii-bundle.js") as { asciiOnly: (text: string) => string };

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/u;

/** Texts a regular expression is tried on. */
const TRIED = ["Tổng cộng", "tổng", "Cộng", "×", "–", "≈", "é", "ồ", "Đ", "😀", "a", "3 × 4", "3 – 4", "12", "Xã", "ấp ≈"];

/**
 * What a JavaScript expression evaluates to, made comparable: a regular
 * expression by its flags and what it matches (its `source` is the text
 * written, escapes and all).
 */
function evaluate(expression: string): unknown {
  const value: unknown = new Function(`return (${expression}\n);`)();
  return value instanceof RegExp ? { flags: value.flags, matches: TRIED.map((s) => value.exec(s)?.[0] ?? null) } : value;
}

describe("asciiOnly", () => {
  test.each([
    ["a string", '"Tổng cộng — Xã Đông"'],
    ["a single-quoted string", "'ấp, bản, thôn'"],
    ["an escaped backslash before a letter", '"\\\\ồ"'],
    ["an identity escape of a letter", '"\\ồ"'],
    ["a letter past U+FFFF", '"😀 x"'],
    ["a template's cooked text", "`Cộng ${1 + 1} xã`"],
    ["a regular expression", "/^Tổng|cộng$/"],
    ["a character class", "/[à-ỹĐđ×]/"],
    ["a regular expression with u", "/^[😀é]$/u"],
    ["an identity escape in a regular expression", "/\\é/"],
    ["a RegExp from String.raw", "new RegExp(String.raw`^\\d+\\s*[x×–]\\s*\\d+$`)"],
    ["a RegExp from String.raw, u", 'new RegExp(String.raw`^[\\p{L}≈]+$`, "u")'],
    ["an identifier", "(() => { const tổng = 3; return tổng * 2; })()"],
    ["a comment", "/* Tổng cộng */ 1 // hết"],
  ])("%s: ASCII, and the same value", (_, source) => {
    const escaped = asciiOnly(source);
    expect(escaped).not.toMatch(NON_ASCII);
    expect(evaluate(escaped)).toEqual(evaluate(source));
  });

  test("ASCII text is left as it is", () => {
    const text = 'const a = "x\\u00e9"; // plain\n/\\d+/.test(`${a}`);\n';
    expect(asciiOnly(text)).toBe(text);
  });

  test("a String.raw template with such a character, not a RegExp source, is refused", () => {
    expect(() => asciiOnly("const shown = String.raw`Tổng`;")).toThrow(/String\.raw/);
    expect(() => asciiOnly("const shown = String.raw`Tong`;")).not.toThrow();
  });
});
