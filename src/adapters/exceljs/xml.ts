/** Small helpers for the SpreadsheetML parts of an .xlsx package (no DOM, no dependencies). */

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes XML character references and entities. */
export function decodeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name !== undefined) return NAMED[name];
    return String.fromCodePoint(dec !== undefined ? Number(dec) : parseInt(hex ?? "0", 16));
  });
}

/** Decodes the OOXML `_xHHHH_` escapes used in cell text (`_x000D_` is a carriage return). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Attributes of a start tag's attribute text, names with any namespace prefix kept (`r:id`). */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) attributes[m[1]] = decodeXml(m[2] ?? m[3] ?? "");
  return attributes;
}

const RUN_PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const TEXT_ELEMENT = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;

/**
 * The plain text of a string item (`<si>` of the shared strings, `<is>` of an
 * inline string): plain or rich-text runs concatenated, phonetic runs left out.
 */
export function stringItemText(inner: string): string {
  const body = inner.indexOf("rPh") >= 0 ? inner.replace(RUN_PHONETIC, "") : inner;
  let text = "";
  TEXT_ELEMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TEXT_ELEMENT.exec(body)) !== null) if (m[1] !== undefined) text += m[1];
  return decodeOoxmlEscapes(decodeXml(text));
}

/** All `<si>` items of `xl/sharedStrings.xml`, as plain text. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) strings.push(m[1] === undefined ? "" : stringItemText(m[1]));
  return strings;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolvePartPath(baseFolder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `${baseFolder}/${target}`).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function parseRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  const re = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const a = parseAttributes(m[1]);
    rels.push({ id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" });
  }
  return rels;
}
