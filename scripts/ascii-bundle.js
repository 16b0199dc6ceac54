"use strict";
/**
 * The command-line bundle written in ASCII only (webpack.cli.config.js): each
 * character past U+007F as a `\uXXXX` escape (two for one past U+FFFF).
 *
 * Why: bin/loadBundle.js decodes the bundle's 2.6 MB from UTF-8 on every
 * start. With the Vietnamese texts in it, that is a two-byte string of 5 MB,
 * decoded in ≈ 5.5 ms, which V8 then reads for every function it compiles;
 * in ASCII the same file decodes in ≈ 1.7 ms to a one-byte string
 * (BENCHMARKS.md, 2026-12-06).
 *
 * An escape means the same character everywhere the bundle has one: in a
 * string, a template's cooked text, a regular expression (with or without
 * the `u` flag — a surrogate pair of escapes is one code point there, as it
 * is in a string), an identifier, a comment. A character after an odd number
 * of backslashes (`\é`, an identity escape) is written as its escape in that
 * backslash's place. The one place an escape is not the same is a template's
 * raw text (`String.raw`): there the four characters `\u00d7` stay four. That
 * is the same only when the text is a regular expression's source, so a
 * `String.raw` template holding such a character must be the argument of
 * `new RegExp(`; any other is refused (`asciiOnly` throws), to be written
 * with the escape in the source.
 */

/** The `\uXXXX` escape(s) of one code point. */
function escapeOf(codePoint) {
  const hex = (unit) => `\\u${unit.toString(16).toUpperCase().padStart(4, "0")}`;
  if (codePoint <= 0xffff) return hex(codePoint);
  const offset = codePoint - 0x10000;
  return hex(0xd800 + (offset >> 10)) + hex(0xdc00 + (offset & 0x3ff));
}

const RAW_TEMPLATE = /String\.raw\s*`/g;

/** Throws when a `String.raw` template holding a character past U+007F is not a `new RegExp(` argument. */
function checkRawTemplates(text) {
  for (const m of text.matchAll(RAW_TEMPLATE)) {
    const start = m.index + m[0].length;
    let end = start;
    while (end < text.length && text[end] !== "`") end += text[end] === "\\" ? 2 : 1;
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(text.slice(start, end))) continue;
    if (!/new RegExp\(\s*$/.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      const line = text.slice(0, m.index).split("\n").length;
      throw new Error(`ascii-bundle: line ${line}: a String.raw template with a character past U+007F that is not a RegExp source; write the character as \\u escape in the source`);
    }
  }
}

/** `text` (JavaScript) with every character past U+007F escaped; the same program. */
function asciiOnly(text) {
  checkRawTemplates(text);
  // eslint-disable-next-line no-control-regex
  return text.replace(/(\\*)([^\x00-\x7f])/gu, (_, slashes, char) => {
    const escaped = escapeOf(char.codePointAt(0));
    return slashes.length % 2 === 1 ? slashes.slice(1) + escaped : slashes + escaped;
  });
}

/** The webpack plugin: every emitted .js asset in ASCII. */
class AsciiOnlyPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AsciiOnlyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "AsciiOnlyPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith(".js")) continue;
          const text = assets[name].source().toString();
          compilation.updateAsset(name, new sources.RawSource(asciiOnly(text)));
        }
      });
    });
  }
}

module.exports = { asciiOnly, AsciiOnlyPlugin };
