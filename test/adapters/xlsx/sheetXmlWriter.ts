/**
 * Random serialisations of random worksheet parts: the same cells written in
 * many ways (namespace prefixes, attribute order and quotes, white space,
 * entities and character references, CDATA, comments, CR LF line ends). Used
 * by the scanner's tests against saxes and by the streamed reader's tests.
 */
import fc from "fast-check";
import { columnLetters } from "../../../src/core/model/address";

// Text with XML specials, Vietnamese (2- and 3-byte UTF-8), CJK, emoji (4 bytes), spaces and new lines.
export const CHARS = ["a", "Z", "0", " ", "&", "<", ">", '"', "'", "ă", "đ", "ệ", "Ữ", "ế", "\u0301", "漢", "😀", "\n", "\t", ";", "#", "]]>"];
export const text = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 }).map((a) => a.join(""));
export const ERRORS = ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];
export const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)));

/** Ways of writing the same XML. */
export interface Style {
  readonly prefix: string;
  readonly quote: string;
  readonly space: string;
  readonly charRefs: boolean;
  readonly cdata: boolean;
  readonly comments: boolean;
  readonly crlf: boolean;
  readonly refs: boolean;
}

export const style: fc.Arbitrary<Style> = fc.record({
  prefix: fc.constantFrom("", "x:", "ss:"),
  quote: fc.constantFrom('"', "'"),
  space: fc.constantFrom(" ", "  ", "\n ", "\t"),
  charRefs: fc.boolean(),
  cdata: fc.boolean(),
  comments: fc.boolean(),
  crlf: fc.boolean(),
  refs: fc.boolean(),
});

function escapeText(s: string, st: Style): string {
  if (st.cdata && !s.includes("]]>")) return `<![CDATA[${st.crlf ? s.replace(/\n/g, "\r\n") : s}]]>`;
  let out = "";
  for (const ch of s) {
    if (ch === "&") out += st.charRefs ? "&#38;" : "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += st.charRefs ? "&#x3E;" : "&gt;";
    else if (st.charRefs && ch.codePointAt(0)! > 0x7f) out += `&#x${ch.codePointAt(0)!.toString(16)};`;
    else out += ch;
  }
  return st.crlf ? out.replace(/\n/g, "\r\n") : out;
}

function attr(name: string, value: string, st: Style): string {
  const v = value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(st.quote === '"' ? /"/g : /'/g, st.quote === '"' ? "&quot;" : "&apos;");
  return `${st.space}${name}=${st.quote}${v}${st.quote}`;
}

export type XmlCell = { kind: "n"; v: string } | { kind: "s"; v: string } | { kind: "str"; v: string; f?: string } | { kind: "inline"; runs: string[]; phonetic?: string } | { kind: "b"; v: string } | { kind: "e"; v: string } | { kind: "empty" } | { kind: "shared"; f: string; si: string; v?: string };

export const xmlCell: fc.Arbitrary<XmlCell> = fc.oneof(
  number.map((n) => ({ kind: "n" as const, v: String(n) })),
  fc.nat(50).map((n) => ({ kind: "s" as const, v: String(n) })),
  fc.tuple(text, fc.option(text, { nil: undefined })).map(([v, f]) => ({ kind: "str" as const, v, f })),
  fc.tuple(fc.array(text, { minLength: 1, maxLength: 3 }), fc.option(text, { nil: undefined })).map(([runs, phonetic]) => ({ kind: "inline" as const, runs, phonetic })),
  fc.constantFrom("0", "1").map((v) => ({ kind: "b" as const, v })),
  fc.constantFrom(...ERRORS).map((v) => ({ kind: "e" as const, v })),
  fc.constant({ kind: "empty" as const }),
  fc.tuple(fc.constantFrom("", "A1+1"), fc.nat(3), fc.option(number, { nil: undefined })).map(([f, si, v]) => ({ kind: "shared" as const, f, si: String(si), v: v === undefined ? undefined : String(v) })),
);

export function writeSheet(rows: XmlCell[][], st: Style): string {
  const p = st.prefix;
  const ns = p === "" ? ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' : ` xmlns:${p.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  const el = (name: string) => `${p}${name}`;
  const comment = st.comments ? "<!-- a comment -->" : "";
  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${el("worksheet")}${ns}><${el("dimension")} ref="A1"/><${el("sheetData")}>`;
  rows.forEach((cells, r) => {
    out += `<${el("row")}${st.refs ? attr("r", String(r + 1), st) : ""}${attr("spans", "1:9", st)}>${comment}`;
    cells.forEach((c, ci) => {
      const ref = st.refs ? attr("r", `${columnLetters(ci)}${r + 1}`, st) : "";
      const styleAttr = ci % 3 === 0 ? attr("s", String(ci), st) : "";
      // Attribute order varies with the column.
      const open = (t?: string) => `<${el("c")}${ci % 2 ? `${ref}${styleAttr}${t ? attr("t", t, st) : ""}` : `${t ? attr("t", t, st) : ""}${styleAttr}${ref}`}${st.space === "\t" ? " " : ""}>`;
      const v = (s: string) => `<${el("v")}>${escapeText(s, st)}</${el("v")}>`;
      switch (c.kind) {
        case "n":
          out += `${open()}${v(c.v)}</${el("c")}>`;
          break;
        case "s":
          out += `${open("s")}${v(c.v)}</${el("c")}>`;
          break;
        case "str":
          out += `${open("str")}${c.f !== undefined ? `<${el("f")}>${escapeText(c.f, st)}</${el("f")}>` : ""}${v(c.v)}</${el("c")}>`;
          break;
        case "inline": {
          const runs = c.runs.map((t, i) => (i % 2 ? `<${el("r")}><${el("rPr")}><${el("b")}/></${el("rPr")}><${el("t")} xml:space="preserve">${escapeText(t, st)}</${el("t")}></${el("r")}>` : `<${el("r")}><${el("t")}>${escapeText(t, st)}</${el("t")}></${el("r")}>`));
          const phonetic = c.phonetic !== undefined ? `<${el("rPh")}${attr("sb", "0", st)}${attr("eb", "1", st)}><${el("t")}>${escapeText(c.phonetic, st)}</${el("t")}></${el("rPh")}>` : "";
          out += `${open("inlineStr")}<${el("is")}>${runs.join(comment)}${phonetic}</${el("is")}></${el("c")}>`;
          break;
        }
        case "b":
          out += `${open("b")}${v(c.v)}</${el("c")}>`;
          break;
        case "e":
          out += `${open("e")}${v(c.v)}</${el("c")}>`;
          break;
        case "empty":
          out += `<${el("c")}${ref}${attr("s", "1", st)}/>`;
          break;
        case "shared": {
          const f = c.f === "" ? `<${el("f")}${attr("t", "shared", st)}${attr("si", c.si, st)}/>` : `<${el("f")}${attr("t", "shared", st)}${attr("ref", "A1:A9", st)}${attr("si", c.si, st)}>${escapeText(c.f, st)}</${el("f")}>`;
          out += `${open()}${f}${c.v !== undefined ? v(c.v) : `<${el("v")}/>`}</${el("c")}>`;
          break;
        }
      }
    });
    out += `</${el("row")}>`;
  });
  out += `</${el("sheetData")}><${el("mergeCells")}${attr("count", "1", st)}><${el("mergeCell")}${attr("ref", "A1:B2", st)}/></${el("mergeCells")}></${el("worksheet")}>`;
  return out;
}
