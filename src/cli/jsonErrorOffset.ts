/**
 * Where a JSON text goes wrong, as a character offset: JSON.parse does not
 * always say (Node 20: `Unexpected token ',', "…" is not valid JSON`). A small
 * recursive-descent reader, run only on a text JSON.parse refused.
 */
const WS = new Set([" ", "\t", "\n", "\r"]);

class Stop {
  constructor(readonly offset: number) {}
}

/** The offset of the first character that makes `text` not JSON (its length when it ends too early); -1 when it is JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const fail = (): never => {
    throw new Stop(i);
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = (): void => {
    i++; // the opening quote
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) fail();
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text[i] ?? "")) fail();
          }
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "") || i >= text.length) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null || match[0] === "" || match[0] === "-") fail();
    i += match![0].length;
  };
  const value = (): void => {
    skip();
    const ch = text[i];
    if (ch === "{") {
      i++;
      skip();
      if (text[i] === "}") return void i++;
      for (;;) {
        skip();
        if (text[i] !== '"') fail();
        string();
        skip();
        if (text[i] !== ":") fail();
        i++;
        value();
        skip();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail();
      }
    }
    if (ch === "[") {
      i++;
      skip();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        skip();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === "t") return literal("true");
    if (ch === "f") return literal("false");
    if (ch === "n") return literal("null");
    number();
  };
  try {
    value();
    skip();
    return i < text.length ? i : -1;
  } catch (error) {
    if (error instanceof Stop) return Math.min(error.offset, text.length);
    throw error;
  }
}
