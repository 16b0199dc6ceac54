/**
 * Reading the XML parts of an .xlsx package with saxes (a streaming,
 * well-formedness-checking parser). Element names are compared by their local
 * name: files write SpreadsheetML with or without a namespace prefix
 * (`<x:c>`). Positions are plain indices into the XML string, so the writer can
 * edit a part where it stands instead of rewriting it.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";

/** A start tag as met while scanning. */
export interface XmlTag {
  /** The name as written, prefix included (`x:c`). */
  readonly name: string;
  /** The name without its namespace prefix (`c`). */
  readonly local: string;
  /** Attribute values decoded; names as written (`r:id`, `xmlns:r`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly selfClosing: boolean;
  /** Depth of the element: 0 for the root. */
  readonly depth: number;
}

export interface XmlHandlers {
  /** A start tag; `end` is the index just after its `>`. */
  open?(tag: XmlTag, end: number): void;
  /** An end tag (not called for self-closing elements); `end` is the index just after its `>`. */
  close?(local: string, end: number): void;
  /** Character data (entities decoded, CDATA included). */
  text?(text: string): void;
}

/** Malformed XML in a part of the package. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Local names by name, per scan (a part uses few names, many times). */
function localNames(): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let local = known.get(name);
    if (local === undefined) known.set(name, (local = localName(name)));
    return local;
  };
}

/**
 * Scans `xml` from start to end, calling the handlers in document order.
 * Malformed XML throws `XmlError`; an empty text (a part that is not there)
 * has no elements.
 */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  if (xml === "") return;
  const parser = new SaxesParser({ xmlns: false });
  parser.on("error", (error) => {
    throw new XmlError(error.message);
  });
  let depth = 0;
  const { open, close, text } = handlers;
  const local = localNames();
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const selfClosing = tag.isSelfClosing;
    open?.({ name: tag.name, local: local(tag.name), attributes: tag.attributes, selfClosing, depth }, parser.position);
    if (!selfClosing) depth++;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (tag.isSelfClosing) return;
    depth--;
    close?.(local(tag.name), parser.position);
  });
  if (text !== undefined) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  parser.write(xml).close();
}

/** Index of the `<` of the tag that ends just before `end`. */
export function tagStart(xml: string, end: number): number {
  return xml.lastIndexOf("<", end - 1);
}

/** An element of a part with where it stands in the text. */
export interface XmlElement extends XmlTag {
  /** Index of the start tag's `<`. */
  readonly start: number;
  /** Index just after the start tag's `>`. */
  readonly openEnd: number;
  /** Index of the end tag's `<` (`openEnd` when self-closing). */
  readonly closeStart: number;
  /** Index just after the element. */
  readonly end: number;
  /** Index of the parent in the list (-1 for the root or when the parent is not kept). */
  readonly parent: number;
}

/**
 * The elements of a part, in document order, with their places in the text.
 * `keep` (by local name and depth) limits the list; the others are still read.
 */
export function xmlElements(xml: string, keep: (local: string, depth: number) => boolean = () => true): XmlElement[] {
  const out: XmlElement[] = [];
  // Open elements: index in `out`, or -1 when not kept.
  const stack: number[] = [];
  scanXml(xml, {
    open: (tag, openEnd) => {
      let index = -1;
      if (keep(tag.local, tag.depth)) {
        index = out.length;
        const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
        out.push({ ...tag, start: tagStart(xml, openEnd), openEnd, closeStart: openEnd, end: openEnd, parent });
      }
      if (!tag.selfClosing) stack.push(index);
    },
    close: (_local, end) => {
      const index = stack.pop()!;
      if (index >= 0) out[index] = { ...out[index], closeStart: tagStart(xml, end), end };
    },
  });
  return out;
}

/** A text edit of a part: `text` replaces `[start, end)`. */
export interface XmlEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies edits that do not overlap. At one place, inserts come before a
 * replacement that starts there, and keep their order.
 */
export function applyEdits(xml: string, edits: readonly XmlEdit[]): string {
  const isInsert = (e: XmlEdit) => (e.end === e.start ? 0 : 1);
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || isInsert(a.e) - isInsert(b.e) || a.i - b.i);
  let out = "";
  let at = 0;
  for (const { e } of sorted) {
    out += xml.slice(at, e.start) + e.text;
    at = Math.max(at, e.end);
  }
  return out + xml.slice(at);
}

/** Escapes text for XML content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"));
}

/** A start tag written from its name and attributes (values escaped). */
export function startTag(name: string, attributes: Readonly<Record<string, string | number>>, selfClosing: boolean): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
  return `<${name}${attrs}${selfClosing ? "/>" : ">"}`;
}

/** `children` added at the end of `element` (a self-closing element is opened). */
export function appendToElement(element: XmlElement, children: string): XmlEdit {
  if (element.selfClosing) {
    return { start: element.start, end: element.end, text: `${startTag(element.name, element.attributes, false)}${children}</${element.name}>` };
  }
  return { start: element.closeStart, end: element.closeStart, text: children };
}

/** Decodes the OOXML `_xHHHH_` escapes used in cell text (`_x000D_` is a carriage return). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the plain text of string items (`<si>` of the shared strings, `<is>`
 * of an inline string): plain or rich-text runs concatenated, phonetic runs
 * (`<rPh>`) left out. Feed it the events inside the item.
 */
export class StringItemText {
  private text = "";
  private inText = 0;
  private inPhonetic = 0;

  open(local: string, selfClosing: boolean): void {
    if (selfClosing) return;
    if (local === "t") this.inText++;
    else if (local === "rPh") this.inPhonetic++;
  }

  close(local: string): void {
    if (local === "t" && this.inText > 0) this.inText--;
    else if (local === "rPh" && this.inPhonetic > 0) this.inPhonetic--;
  }

  add(text: string): void {
    if (this.inText > 0 && this.inPhonetic === 0) this.text += text;
  }

  /** The text so far, OOXML escapes decoded; starts the next item. */
  take(): string {
    const text = decodeOoxmlEscapes(this.text);
    this.text = "";
    this.inText = 0;
    this.inPhonetic = 0;
    return text;
  }
}

/** All `<si>` items of `xl/sharedStrings.xml`, as plain text. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const item = new StringItemText();
  let inItem = false;
  scanXml(xml, {
    open: (tag) => {
      if (tag.local === "si" && tag.depth === 1) {
        if (tag.selfClosing) strings.push("");
        else inItem = true;
      } else if (inItem) item.open(tag.local, tag.selfClosing);
    },
    close: (local) => {
      if (!inItem) return;
      if (local === "si") {
        strings.push(item.take());
        inItem = false;
      } else item.close(local);
    },
    text: (text) => {
      if (inItem) item.add(text);
    },
  });
  return strings;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

function toRelationship(a: Readonly<Record<string, string>>): Relationship {
  return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" };
}

export function parseRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  scanXml(xml, {
    open: (tag) => {
      if (tag.local === "Relationship" && tag.depth === 1) rels.push(toRelationship(tag.attributes));
    },
  });
  return rels;
}

/** The relationship an element's attributes point at (`r:id`, whatever the prefix). */
export function relationshipIdOf(attributes: Readonly<Record<string, string>>): string | undefined {
  const key = Object.keys(attributes).find((k) => /:id$/.test(k));
  return key === undefined ? undefined : attributes[key];
}
