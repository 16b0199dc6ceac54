/**
 * The hand-written shared strings reader against saxes (`parseSharedStrings`)
 * on random serialisations: plain and rich items, phonetic runs, empty items,
 * namespace prefixes, quotes, white space, character references, CDATA,
 * comments, CR LF line ends, 2-, 3- and 4-byte UTF-8.
 */
import fc from "fast-check";
import { readSharedStrings } from "../../../src/adapters/xlsx/sharedStringsScan";
import { parseSharedStrings, XmlError } from "../../../src/adapters/xlsx/xml";

const CHARS = ["a", "Z", "0", " ", "&", "<", ">", '"', "'", "ă", "đ", "ệ", "漢", "😀", "\n", "\r\n", "\t", "_x000D_", "]]>"];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 10 }).map((a) => a.join(""));

interface Style {
  readonly prefix: string;
  readonly quote: string;
  readonly space: string;
  readonly charRefs: boolean;
  readonly cdata: boolean;
  readonly comments: boolean;
}

const style: fc.Arbitrary<Style> = fc.record({
  prefix: fc.constantFrom("", "x:"),
  quote: fc.constantFrom('"', "'"),
  space: fc.constantFrom(" ", "\n  ", "\t"),
  charRefs: fc.boolean(),
  cdata: fc.boolean(),
  comments: fc.boolean(),
});

function escapeText(s: string, st: Style): string {
  if (st.cdata && !s.includes("]]>")) return `<![CDATA[${s}]]>`;
  let out = "";
  for (const ch of s) {
    if (ch === "&") out += st.charRefs ? "&#38;" : "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += st.charRefs ? "&#x3E;" : "&gt;";
    else if (ch === "\r" && st.charRefs) out += "&#13;";
    else if (st.charRefs && ch.codePointAt(0)! > 0x7f) out += `&#${ch.codePointAt(0)!};`;
    else out += ch;
  }
  return out;
}

type Item = { kind: "plain"; text: string } | { kind: "rich"; runs: string[]; phonetic?: string } | { kind: "empty" };

const item: fc.Arbitrary<Item> = fc.oneof(
  text.map((t) => ({ kind: "plain" as const, text: t })),
  fc.tuple(fc.array(text, { minLength: 1, maxLength: 3 }), fc.option(text, { nil: undefined })).map(([runs, phonetic]) => ({ kind: "rich" as const, runs, phonetic })),
  fc.constant({ kind: "empty" as const }),
);

function writeSst(items: Item[], st: Style): string {
  const p = st.prefix;
  const el = (n: string) => `${p}${n}`;
  const ns = p === "" ? ' xmlns="m"' : ` xmlns:${p.slice(0, -1)}="m"`;
  const comment = st.comments ? "<!-- c -->" : "";
  const attr = (n: string, v: string) => `${st.space}${n}=${st.quote}${v}${st.quote}`;
  const t = (s: string, i: number) => `<${el("t")}${i % 2 ? ' xml:space="preserve"' : ""}>${escapeText(s, st)}</${el("t")}>`;
  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${comment}<${el("sst")}${ns}${attr("count", String(items.length))}${attr("uniqueCount", String(items.length))}>`;
  items.forEach((it, i) => {
    if (it.kind === "empty") out += i % 2 ? `<${el("si")}/>` : `<${el("si")}></${el("si")}>`;
    else if (it.kind === "plain") out += `<${el("si")}>${t(it.text, i)}</${el("si")}>${comment}`;
    else {
      const runs = it.runs.map((r, k) => `<${el("r")}>${k % 2 ? `<${el("rPr")}><${el("b")}/><${el("sz")}${attr("val", "11")}/></${el("rPr")}>` : ""}${t(r, k)}</${el("r")}>`).join(comment);
      const ph = it.phonetic !== undefined ? `<${el("rPh")}${attr("sb", "0")}${attr("eb", "1")}>${t(it.phonetic, 0)}</${el("rPh")}><${el("phoneticPr")}${attr("fontId", "1")}/>` : "";
      out += `<${el("si")}>${runs}${ph}</${el("si")}>`;
    }
  });
  return `${out}</${el("sst")}>${comment}\n`;
}

describe("shared strings reader against saxes", () => {
  test("random serialisations read the same strings", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), style, (items, st) => {
        const xml = writeSst(items, st);
        expect(readSharedStrings(xml)).toEqual(parseSharedStrings(xml));
      }),
      { numRuns: 400 },
    );
  });

  test("malformed parts are an XmlError for both", () => {
    for (const xml of [
      "<sst><si><t>a</t></sst>",
      "<sst><si><t>a</x></si></sst>",
      "<sst><si><t>a &nbsp;</t></si></sst>",
      "<sst><si><t>a & b</t></si></sst>",
      "<sst><si><t><![CDATA[a</t></si></sst>",
      "<sst><si><t>a</t></si>",
      "<sst><si><t>a</t></si></sst><sst/>",
      "<sst count=3><si><t>a</t></si></sst>",
    ]) {
      expect(() => readSharedStrings(xml)).toThrow(XmlError);
      expect(() => parseSharedStrings(xml)).toThrow(XmlError);
    }
  });

  // The usual items are read as they are when no text of the part holds `\r`, `&` or `_x`; one of them anywhere decodes every item.
  test.each<[string, string, string[]]>([
    ["nothing to decode", "<si><t>Xã Tân Lập</t></si><si><t xml:space=\"preserve\"> a\nb </t></si><si><t></t></si>", ["Xã Tân Lập", " a\nb ", ""]],
    ["an entity in the last item", "<si><t>a</t></si><si><t>b</t></si><si><t>A &amp; B &#7879;</t></si>", ["a", "b", "A & B ệ"]],
    ["an OOXML escape in the first item", "<si><t>x_x0041_</t></si><si><t>y</t></si>", ["xA", "y"]],
    ["a CR LF line end", "<si><t>a</t></si><si><t xml:space=\"preserve\">b\r\nc\rd</t></si>", ["a", "b\nc\nd"]],
    ["an entity only in a rich item", "<si><t>a_b</t></si><si><r><t>&lt;</t></r></si>", ["a_b", "<"]],
  ])("usual items, %s", (_name, items, expected) => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="m">${items}</sst>`;
    expect(readSharedStrings(xml)).toEqual(expected);
    expect(parseSharedStrings(xml)).toEqual(expected);
  });

  test("a part with no sst element has no strings", () => {
    expect(readSharedStrings("")).toEqual([]);
  });
});
