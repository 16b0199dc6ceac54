/**
 * The shared strings part (`xl/sharedStrings.xml`) read by hand, with the
 * helpers of the sheet-data scanner (sheetDataScan.ts): on the 100 000-row
 * benchmark its 102 000 items took saxes about a tenth of the whole load.
 * Each `<si>` gives its plain text as `StringItemText` collects it (runs
 * joined, phonetic runs left out, OOXML escapes decoded), exactly as
 * `parseSharedStrings` (xml.ts, saxes) does; what lies around the `<sst>`
 * element (the prolog) is still checked by saxes. Tested against
 * `parseSharedStrings` on random serialisations (sharedStringsScan.test.ts).
 */
import { decodeText, isNameEnd, isSpace, localIs, localStartOf, malformed, normalizeLineEnds, sameText, tagEnd } from "./sheetDataScan";
import { decodeOoxmlEscapes, parseSharedStrings, scanXml, StringItemText } from "./xml";

const T_PRESERVE = '<t xml:space="preserve">';

const ITEM_END_LENGTH = "</t></si>".length;

const SI_START = "<si>";

/**
 * The items from `at` on that are in the form nearly every producer writes,
 * `<si><t>text</t></si>` (or `<t xml:space="preserve">`), one after another,
 * each item's text (what `StringItemText` gives for it, decoded unless
 * `asIs`) pushed to `strings`; returns where the first other thing begins
 * (`at` when it is there). One small loop with no call of its own, which the
 * compiler optimises once (an item read by a function of its own had that
 * function compiled on its own first, then again inlined here); its tags
 * compared by character codes rather than by `startsWith`.
 * (A sticky regular expression was faster per item, but its match arrays
 * brought V8 to a full collection early in the read, costing more.)
 */
function plainItems(xml: string, at: number, asIs: boolean, strings: string[]): number {
  let i = at;
  // `<si><t`, then `>` or ` xml:space="preserve">`; the tags compared by character codes, written in (no call).
  while (xml.charCodeAt(i) === 60 && xml.charCodeAt(i + 1) === 115 && xml.charCodeAt(i + 2) === 105 && xml.charCodeAt(i + 3) === 62 && xml.charCodeAt(i + 4) === 60 && xml.charCodeAt(i + 5) === 116) {
    let start: number;
    const c = xml.charCodeAt(i + 6);
    if (c === 62) start = i + 7; // `<t>`
    else if (c === 32 && xml.startsWith(T_PRESERVE, i + 4)) start = i + 4 + T_PRESERVE.length;
    else break;
    const lt = xml.indexOf("<", start);
    // `</t></si>` (the `<` found).
    if (lt < 0 || xml.charCodeAt(lt + 1) !== 47 || xml.charCodeAt(lt + 2) !== 116 || xml.charCodeAt(lt + 3) !== 62 || xml.charCodeAt(lt + 4) !== 60) break;
    if (xml.charCodeAt(lt + 5) !== 47 || xml.charCodeAt(lt + 6) !== 115 || xml.charCodeAt(lt + 7) !== 105 || xml.charCodeAt(lt + 8) !== 62) break;
    const raw = xml.slice(start, lt);
    strings.push(asIs ? raw : decodeOoxmlEscapes(decodeText(raw)));
    i = lt + ITEM_END_LENGTH;
  }
  return i;
}

/**
 * Whether no text of the part needs decoding: it holds no `\r` (a line end
 * to normalise), no `&` (an entity) and no `_x` (an OOXML escape), so that
 * every item's text is its characters as they are. Three searches of the
 * whole part instead of three of each item.
 */
function textsAsTheyAre(xml: string): boolean {
  return xml.indexOf("\r") < 0 && xml.indexOf("&") < 0 && xml.indexOf("_x") < 0;
}

const SST = /<((?:[A-Za-z_][\w.-]*:)?sst)(?=[\s/>])/;

export function readSharedStrings(xml: string): string[] {
  const m = SST.exec(xml);
  if (!m) return parseSharedStrings(xml);
  const name = m[1];
  const root = tagEnd(xml, m.index + 1 + name.length);
  const strings: string[] = [];
  let after = root.next;
  if (!root.selfClosing) after = scanItems(xml, root.next, name, strings);
  // The prolog and anything after the root, through saxes (well-formedness, a single root).
  scanXml(xml.slice(0, m.index) + `<${name}/>` + xml.slice(after), {});
  return strings;
}

/** Reads the children of `<sst>` from `i` to its end tag; returns the index after it. */
function scanItems(xml: string, i: number, rootName: string, strings: string[]): number {
  const openAt: number[] = [];
  const openLen: number[] = [];
  const item = new StringItemText();
  const asIs = textsAsTheyAre(xml);
  let inItem = false;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) throw malformed(xml, i, `no end tag for ${rootName}`);
    if (inItem && lt > i) item.add(decodeText(xml.slice(i, lt)));
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 47) {
      // An end tag.
      const nameStart = lt + 2;
      let nameEnd = nameStart;
      while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
      let gt = nameEnd;
      while (isSpace(xml.charCodeAt(gt))) gt++;
      if (xml.charCodeAt(gt) !== 62) throw malformed(xml, lt, "unterminated end tag");
      const depth = openAt.length;
      if (depth === 0) {
        if (!localIs(xml, nameStart, nameEnd, rootName)) throw malformed(xml, lt, `end tag ${xml.slice(nameStart, nameEnd)} does not match ${rootName}`);
        return gt + 1;
      }
      const at = openAt[depth - 1];
      const len = openLen[depth - 1];
      if (nameEnd - nameStart !== len || !sameText(xml, at, nameStart, len)) {
        throw malformed(xml, lt, `end tag ${xml.slice(nameStart, nameEnd)} does not match ${xml.slice(at, at + len)}`);
      }
      openAt.pop();
      openLen.pop();
      i = gt + 1;
      if (!inItem) continue;
      const localStart = localStartOf(xml, nameStart, nameEnd);
      if (depth === 1 && localIs(xml, localStart, nameEnd, "si")) {
        strings.push(item.take());
        inItem = false;
      } else item.close(xml.slice(localStart, nameEnd));
      continue;
    }
    if (c1 === 33) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw malformed(xml, lt, "unterminated comment");
        i = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw malformed(xml, lt, "unterminated CDATA section");
        if (inItem) item.add(normalizeLineEnds(xml.slice(lt + 9, end)));
        i = end + 3;
      } else throw malformed(xml, lt, "unexpected '<!'");
      continue;
    }
    if (c1 === 63) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw malformed(xml, lt, "unterminated processing instruction");
      i = end + 2;
      continue;
    }
    // A start tag: first the usual items, whole, as many as follow one another.
    if (!inItem && openAt.length === 0 && xml.startsWith(SI_START, lt)) {
      const after = plainItems(xml, lt, asIs, strings);
      if (after > lt) {
        i = after;
        continue;
      }
    }
    const nameStart = lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === nameStart || nameEnd >= xml.length) throw malformed(xml, lt, "a '<' that starts no tag");
    const end = tagEnd(xml, nameEnd);
    i = end.next;
    const localStart = localStartOf(xml, nameStart, nameEnd);
    const depth = openAt.length;
    if (!end.selfClosing) {
      openAt.push(nameStart);
      openLen.push(nameEnd - nameStart);
    }
    if (depth === 0 && localIs(xml, localStart, nameEnd, "si")) {
      if (end.selfClosing) strings.push("");
      else inItem = true;
    } else if (inItem) item.open(xml.slice(localStart, nameEnd), end.selfClosing);
  }
}
