/**
 * The JSON text of `check --json` (jsonText.ts): the same JSON value as
 * `JSON.stringify` gives — keys in the same order — for any value, laid out
 * exactly as documented (a plain reference formatting below says it again
 * without any care for speed), in pieces of text or of UTF-8 bytes that join
 * to the same text.
 */
import fc from "fast-check";
import { jsonText, writeJsonBytes, writeJsonText } from "../../src/cli/jsonText";

/** The text pieces `writeJsonText` gives. */
function jsonTextPieces(value: unknown): string[] {
  const pieces: string[] = [];
  writeJsonText(value, (piece) => pieces.push(piece));
  return pieces;
}

/** The byte pieces `writeJsonBytes` gives. */
function jsonBytePieces(value: unknown): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  writeJsonBytes(value, (bytes) => pieces.push(bytes));
  return pieces;
}

/** The value as JSON text, canonical (JSON.stringify of the parse keeps key order): equal iff the same value in the same order. */
function canonical(text: string): string {
  return JSON.stringify(JSON.parse(text));
}

/** Strings that look like the boundaries the batch writer splits at, and everything JSON must escape. */
const TRICKY = ['},{"', '},{",', '},{"a":', '"},{"name":"', "\\", '\\"', "}", "{", ",", ":", "]", "[", "\n", "\u2028", "Xã Tân Lập", "😀", ""];
const tricky = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "grapheme", maxLength: 12 }), fc.array(fc.constantFrom(...TRICKY), { maxLength: 4 }).map((a) => a.join("")));
const key = fc.oneof(fc.constantFrom("name", "at", "", '"', "},{", "a b", "Địa bàn"), fc.string({ maxLength: 5 }));
const flatObject = fc.dictionary(key, fc.oneof(tricky, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.constant(undefined)), { maxKeys: 6 });

describe("jsonText: the same JSON value as JSON.stringify", () => {
  test("any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonical(jsonText(value))).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  test("arrays of flat objects whose keys and strings look like element boundaries, across blocks of lines", () => {
    fc.assert(
      fc.property(fc.array(flatObject, { maxLength: 30 }), fc.integer({ min: 0, max: 5000 }), (objects, repeat) => {
        // Thousands of elements now and then: many blocks of lines.
        const many = repeat > 4000 && objects.length > 0 ? Array.from({ length: repeat }, (_, i) => objects[i % objects.length]) : objects;
        const value = { reading: { areas: many, lines: [...objects, [objects]] }, findings: objects };
        expect(canonical(jsonText(value))).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  test("properties JSON leaves out, undefined in arrays, toJSON", () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, { d: undefined, e: 1 }], when: new Date(Date.UTC(2026, 0, 15)), f: [{ g: new Date(0) }] };
    expect(canonical(jsonText(value))).toBe(JSON.stringify(value));
    expect(jsonText([])).toBe("[]\n");
    expect(jsonText({})).toBe("{}\n");
    expect(jsonText("Xã")).toBe('"Xã"\n');
  });
});

describe("jsonText: layout", () => {
  test("objects indented by two, array elements one per line, arrays of primitives on one line", () => {
    const value = {
      version: 1,
      indicators: [{ code: "1", name: "Tổ", target: 5, periods: [{ years: "2022-2025", achieved: 3 }] }],
      findings: [],
      counts: { error: 0, warning: 1 },
      reading: { headerRows: [4, 5], areas: [{ name: "Tổng cộng", parent: null }, { name: "Xã Một", parent: 0 }] },
    };
    expect(jsonText(value)).toBe(
      [
        "{",
        '  "version": 1,',
        '  "indicators": [',
        '    {"code":"1","name":"Tổ","target":5,"periods":[{"years":"2022-2025","achieved":3}]}',
        "  ],",
        '  "findings": [],',
        '  "counts": {',
        '    "error": 0,',
        '    "warning": 1',
        "  },",
        '  "reading": {',
        '    "headerRows": [4,5],',
        '    "areas": [',
        '      {"name":"Tổng cộng","parent":null},',
        '      {"name":"Xã Một","parent":0}',
        "    ]",
        "  }",
        "}",
        "",
      ].join("\n"),
    );
  });

  test("a large array comes in several pieces that join to the whole text", () => {
    const areas = Array.from({ length: 30_000 }, (_, i) => ({ name: `Xã Thử ${i}`, at: String(i + 7), role: "leaf", parent: 0, planArea: null, how: "prefix" }));
    const value = { version: 1, reading: { areas } };
    const pieces = [...jsonTextPieces(value)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length < 2 * (1 << 20))).toBe(true);
    expect(pieces.join("")).toBe(jsonText(value));
    expect(canonical(pieces.join(""))).toBe(JSON.stringify(value));
    // `{`, version, reading, areas, 30 000 areas, `]`, `}`, `}`, and the empty string after the last line end.
    expect(pieces.join("").split("\n")).toHaveLength(30_000 + 8);
  });
});

/** What JSON does with `v` first: its `toJSON`, if it has one. */
function afterToJson(v: unknown, key: string): unknown {
  return v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function" ? (v as { toJSON: (k: string) => unknown }).toJSON(key) : v;
}

const isPrimitiveValue = (v: unknown): boolean => v === null || (typeof v !== "object" && typeof v !== "function");

/** The documented layout, written the plain way: the expected text of any value. */
function reference(value: unknown): string {
  const write = (v: unknown, indent: string): string => {
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0 || v.every(isPrimitiveValue)) return JSON.stringify(v);
      return `[\n${Array.from(v, (e: unknown) => `${inner}${(JSON.stringify(e) as string | undefined) ?? "null"}`).join(",\n")}\n${indent}]`;
    }
    if (v !== null && typeof v === "object") {
      const props = Object.keys(v)
        .map((k) => [k, afterToJson((v as Record<string, unknown>)[k], k)] as const)
        .filter(([, x]) => x !== undefined && typeof x !== "function" && typeof x !== "symbol");
      if (props.length === 0) return "{}";
      return `{\n${props.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`).join(",\n")}\n${indent}}`;
    }
    return (JSON.stringify(v) as string | undefined) ?? "null";
  };
  return `${write(afterToJson(value, ""), "")}\n`;
}

/** The byte pieces joined. */
function bytesOf(value: unknown): Buffer {
  return Buffer.concat([...jsonBytePieces(value)]);
}

/** Strings JSON escapes or writes as they are: quotes, backslashes, controls, line separators, lone and paired surrogates, Vietnamese. */
const ODD_STRINGS = ['"', "\\", "\\u0000", "\u0000", "\u001f", "\u007f", "\n\r\t\b\f", "\u2028\u2029", "\ud800", "\udfff", "a\udc00\ud800b", "😀", "\ud83d\ude00x\ud83d", "Xã Tân Lập", "Tổng cộng", "</script>", ""];
const oddString = fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ unit: "binary", maxLength: 10 }), fc.string({ unit: "grapheme", maxLength: 10 }));
const oddKey = fc.oneof(fc.constantFrom("name", "", "},{", ",x", ":", "]", "}", "0", "10", "toJSONx", ...ODD_STRINGS), fc.string({ maxLength: 4 }));
const oddNumber = fc.oneof(fc.double(), fc.constantFrom(-0, 0, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 1e-7, -1.5), fc.integer());
/** Anything JSON takes, and what it leaves out or turns into null: undefined, functions, symbols, non-finite numbers, dates (toJSON), empty and nested arrays and objects. */
const oddPrimitive = fc.oneof(oddString, oddNumber, fc.boolean(), fc.constantFrom(null, undefined, () => 1, Symbol("s")));
const { oddValue } = fc.letrec((tie) => ({
  oddValue: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    oddPrimitive,
    fc.date({ noInvalidDate: true }),
    fc.constantFrom([], {}, [[]], [{}], { a: [] }, [[], {}], [undefined], { a: undefined }, [{ a: undefined }]),
    fc.array(tie("oddValue"), { maxLength: 5 }),
    fc.array(fc.dictionary(oddKey, oddPrimitive, { maxKeys: 5 }), { maxLength: 6 }),
    fc.dictionary(oddKey, tie("oddValue"), { maxKeys: 5 }),
  ),
}));

describe("jsonText: exactly the documented layout", () => {
  test.each<[string, unknown, string]>([
    ["a string that needs escapes", '"\\\n\u0001', '"\\"\\\\\\n\\u0001"\n'],
    ["a lone surrogate, escaped as JSON.stringify does", "a\ud800", '"a\\ud800"\n'],
    ["a surrogate pair, as it is", "😀", '"😀"\n'],
    ["-0, NaN and infinities", [-0, NaN, Infinity, -Infinity], "[0,null,null,null]\n"],
    ["undefined alone", undefined, "null\n"],
    ["a function alone", () => 1, "null\n"],
    ["a date (toJSON)", new Date(Date.UTC(2026, 0, 15)), '"2026-01-15T00:00:00.000Z"\n'],
    ["nested empty arrays and objects", { a: [[]], b: {}, c: [{}], d: [] }, '{\n  "a": [\n    []\n  ],\n  "b": {},\n  "c": [\n    {}\n  ],\n  "d": []\n}\n'],
    ["an object whose every property JSON leaves out", { a: undefined, b: () => 1, c: Symbol("c") }, "{}\n"],
    ["undefined, functions and symbols in an array of objects", [{ a: 1 }, undefined, () => 1, Symbol("s"), { b: undefined }], '[\n  {"a":1},\n  null,\n  null,\n  null,\n  {}\n]\n'],
    ["empty objects and keys like a boundary, each on a line of its own", [{ a: 1 }, {}, { "},{": 2 }, { ",": "},{" }], '[\n  {"a":1},\n  {},\n  {"},{":2},\n  {",":"},{"}\n]\n'],
    ["a boxed number after an object whose string holds a boundary", [{ a: "},{" }, new Number(1)], '[\n  {"a":"},{"},\n  1\n]\n'],
    ["boxed values, an object of no prototype, a class instance", [new String("s"), { b: "x},{" }, Object.create(null), new (class Area { name = "Xã" })()], '[\n  "s",\n  {"b":"x},{"},\n  {},\n  {"name":"Xã"}\n]\n'],
    ["a property's toJSON is given its key", { d: { toJSON: (k: string) => `key ${k}` } }, '{\n  "d": "key d"\n}\n'],
    ["an array of primitives on one line, undefined as null", { xs: [1, "a", null, true, undefined] }, '{\n  "xs": [1,"a",null,true,null]\n}\n'],
    ["an array of arrays, each inner one compact", [[1, [2]], ["x"]], '[\n  [1,[2]],\n  ["x"]\n]\n'],
  ])("%s", (_name, value, expected) => {
    expect(jsonText(value)).toBe(expected);
    expect(reference(value)).toBe(expected);
    expect(bytesOf(value).equals(Buffer.from(expected, "utf8"))).toBe(true);
  });

  test("any value, with escapes, surrogates, -0, NaN, undefined, dates and nested empties: the reference text, the same JSON value", () => {
    fc.assert(
      fc.property(oddValue, (value) => {
        const text = jsonText(value);
        expect(text).toBe(reference(value));
        expect(canonical(text)).toBe((JSON.stringify(value) as string | undefined) ?? "null");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("writeJsonBytes: the same text as UTF-8", () => {
  test("any value: the bytes are the text's UTF-8", () => {
    fc.assert(
      fc.property(oddValue, (value) => {
        expect(bytesOf(value).equals(Buffer.from(jsonText(value), "utf8"))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("a large report comes in several buffers, none splitting a character, that join to the text", () => {
    const areas = Array.from({ length: 40_000 }, (_, i) => ({ name: `Xã Thử ${i} 😀 Tổng cộng`, at: String(i + 7), role: "leaf", parent: i % 7 === 0 ? null : 0, share: i / 7, how: "prefix" }));
    const value = { version: 1, reading: { areas } };
    const pieces = [...jsonBytePieces(value)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= 1 << 20)).toBe(true);
    // Each piece is whole UTF-8 text: decoding it alone and encoding again gives it back.
    expect(pieces.every((p) => Buffer.from(Buffer.from(p).toString("utf8"), "utf8").equals(p))).toBe(true);
    expect(Buffer.concat(pieces).toString("utf8")).toBe(jsonText(value));
    expect(jsonText(value)).toBe(reference(value));
  });

  test("one line longer than a buffer is written whole", () => {
    const long = "Tổ ".repeat(700_000);
    const value = { lines: [{ name: long }, { name: "x" }], tags: [long, "y"] };
    expect(bytesOf(value).equals(Buffer.from(reference(value), "utf8"))).toBe(true);
  });
});
