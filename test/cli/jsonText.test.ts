/**
 * The JSON text of `check --json` (jsonText.ts): the same JSON value as
 * `JSON.stringify` gives — keys in the same order — for any value, and for
 * arrays of flat objects (written in batches split at element boundaries)
 * whatever their strings hold; laid out as documented; in pieces.
 */
import fc from "fast-check";
import { jsonText, jsonTextPieces } from "../../src/cli/jsonText";

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

  test("arrays of flat objects whose keys and strings look like element boundaries, across batches", () => {
    fc.assert(
      fc.property(fc.array(flatObject, { maxLength: 30 }), fc.integer({ min: 0, max: 5000 }), (objects, repeat) => {
        // Beyond one batch (2 048 elements) now and then.
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
