/**
 * The numbers Word prints before its numbered paragraphs, worked out from the package as Word counts them
 * (`word/numbering.xml`: each list level's format and text such as `%1.%2.`, its start, restarts; `w:numPr` on the
 * paragraph or on its style). mammoth gives a numbered paragraph as a list item without its number, so a list nested
 * three levels (`1.1.`) would read `1.`; these labels put the document's own numbers back.
 */
import JSZip from "jszip";

/** A numbered paragraph of the body, in document order: its text (whitespace removed, to match) and its label. */
export interface NumberedParagraph {
  readonly key: string;
  /** The number as Word shows it (`1.1.`, `II.`, `a)`), or `""` for a level with no number. */
  readonly label: string;
  readonly bullet: boolean;
  /** In a cell of a table of the body (not one nested in a cell): the table's, the row's and the grid column's 0-based index. */
  readonly cell?: CellPosition;
}

export interface CellPosition {
  readonly table: number;
  readonly row: number;
  readonly column: number;
}

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly restart: number | null;
  readonly legal: boolean;
}

interface NumDefinition {
  readonly abstractId: string;
  readonly starts: ReadonlyMap<number, number>;
}

const attr = (xml: string, tag: string): string | undefined =>
  new RegExp(`<w:${tag}\\b[^>]*?\\bw:val="([^"]*)"`).exec(xml)?.[1];

function readLevels(xml: string): Map<string, Map<number, Level>> {
  const out = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2].matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const restart = attr(l[2], "lvlRestart");
      levels.set(Number(l[1]), {
        start: Number(attr(l[2], "start") ?? 1),
        format: attr(l[2], "numFmt") ?? "decimal",
        text: attr(l[2], "lvlText") ?? "",
        restart: restart === undefined ? null : Number(restart),
        legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(l[2]),
      });
    }
    out.set(m[1], levels);
  }
  return out;
}

function readNums(xml: string): Map<string, NumDefinition> {
  const out = new Map<string, NumDefinition>();
  for (const m of xml.matchAll(/<w:num\b[^>]*?w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attr(m[2], "abstractNumId");
    if (abstractId === undefined) continue;
    const starts = new Map<number, number>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2], "startOverride");
      if (start !== undefined) starts.set(Number(o[1]), Number(start));
    }
    out.set(m[1], { abstractId, starts });
  }
  return out;
}

/** Paragraph styles that carry numbering (`Heading 1` linked to a list), with their level. */
function readStyleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const m of xml.matchAll(/<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2])?.[1];
    const numId = numPr === undefined ? undefined : attr(numPr, "numId");
    if (numId !== undefined) out.set(m[1], { numId, ilvl: Number(attr(numPr ?? "", "ilvl") ?? 0) });
  }
  return out;
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** `n` in a level's number format; null for a format this reading does not know (the label is then unsure). */
function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case "decimal":
      return String(n);
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerLetter":
      return letters(n);
    case "none":
      return "";
    default:
      return null;
  }
}

/** Where the tokens of a part are among the body's tables: the table, row and grid column of the cell they are in. */
interface TableState {
  depth: number;
  table: number;
  row: number;
  column: number;
  span: number;
}

/** Follows a table token (`<w:tbl>`, `<w:tr>`, `<w:tc>`, `<w:gridSpan>`); false for any other token. */
function followTable(token: string, at: TableState): boolean {
  if (token.startsWith("<w:tbl>") || token.startsWith("<w:tbl ")) {
    if (++at.depth === 1) {
      at.table++;
      at.row = -1;
    }
  } else if (token === "</w:tbl>") at.depth--;
  else if (/^<w:tr[\s>]/.test(token)) {
    if (at.depth === 1) {
      at.row++;
      at.column = 0;
      at.span = 0;
    }
  } else if (/^<w:tc[\s>]/.test(token)) {
    if (at.depth === 1) {
      at.column += at.span;
      at.span = 1;
    }
  } else if (token.startsWith("<w:gridSpan")) {
    if (at.depth === 1) at.span = Math.max(1, Number(attr(token, "gridSpan") ?? 1));
  } else return false;
  return true;
}

/**
 * The paragraphs of a part (a paragraph holding a text box keeps only its own runs), with their properties and text,
 * and for a paragraph in a cell of one of the body's tables, that cell.
 */
function paragraphs(xml: string): Array<{ props: string; text: string; cell?: CellPosition }> {
  const out: Array<{ props: string; text: string; cell?: CellPosition }> = [];
  const stack: string[] = [];
  const at: TableState = { depth: 0, table: -1, row: -1, column: 0, span: 0 };
  for (const m of xml.matchAll(/<w:p(?=[\s>/])[^>]*?(\/?)>|<\/w:p>|<w:(?:t|instrText|delText)\b[^>]*>[\s\S]*?<\/w:(?:t|instrText|delText)>|<w:(?:tab|br)\b[^>]*\/>|<w:pPr>[\s\S]*?<\/w:pPr>|<\/?w:tbl>|<w:tbl\s[^>]*>|<w:t[rc](?=[\s>])[^>]*>|<w:gridSpan\b[^>]*\/>/g)) {
    const token = m[0];
    if (followTable(token, at)) continue;
    if (token.startsWith("<w:pPr>")) {
      if (stack.length > 0) stack[stack.length - 1] += token;
    } else if (token === "</w:p>" || m[1] === "/") {
      const own = token === "</w:p>" ? stack.pop() : "";
      if (own === undefined) continue;
      const props = /^<w:pPr>[\s\S]*?<\/w:pPr>/.exec(own)?.[0] ?? "";
      const text = [...own.matchAll(/<w:t\b[^>]*>([\s\S]*?)<\/w:t>/g)].map((t) => t[1]).join("");
      out.push(at.depth === 1 && stack.length === 0 ? { props, text, cell: { table: at.table, row: at.row, column: at.column } } : { props, text });
    } else if (token.startsWith("<w:p")) {
      stack.push("");
    } else if (stack.length > 0 && token.startsWith("<w:t")) {
      stack[stack.length - 1] += token.startsWith("<w:t ") || token.startsWith("<w:t>") ? token : "";
    }
  }
  return out;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/**
 * A paragraph's text as a key to find its list item in mammoth's HTML: no whitespace, NFC, a superscript figure as
 * its digit (a note's mark set in superscript reads `tổ¹` from mammoth, `tổ1` from the package).
 */
export function paragraphKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\s+/g, "")
    .replace(/[⁰¹²³⁴-⁹]/gu, (d) => String("⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(d)));
}

/** Word's numbers of the body's numbered paragraphs, in document order; empty when the package has no numbering. */
export async function wordNumberLabels(bytes: Uint8Array): Promise<NumberedParagraph[]> {
  const zip = await JSZip.loadAsync(bytes);
  const numberingXml = await zip.file("word/numbering.xml")?.async("string");
  const documentXml = await zip.file("word/document.xml")?.async("string");
  if (numberingXml === undefined || documentXml === undefined) return [];
  const stylesXml = (await zip.file("word/styles.xml")?.async("string")) ?? "";
  const levels = readLevels(numberingXml);
  const nums = readNums(numberingXml);
  const styled = readStyleNumbering(stylesXml);
  const counters = new Map<string, Array<number | undefined>>();
  const startedNums = new Set<string>();
  const out: NumberedParagraph[] = [];
  for (const p of paragraphs(documentXml)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(p.props)?.[1];
    const style = styled.get(attr(p.props, "pStyle") ?? "");
    const numId = numPr !== undefined ? attr(numPr, "numId") : style?.numId;
    const ilvl = Number((numPr !== undefined ? attr(numPr, "ilvl") : undefined) ?? style?.ilvl ?? 0);
    const num = numId === undefined ? undefined : nums.get(numId);
    const defs = num === undefined ? undefined : levels.get(num.abstractId);
    const level = defs?.get(ilvl);
    if (numId === undefined || num === undefined || defs === undefined || level === undefined) continue;
    const count = counters.get(num.abstractId) ?? [];
    counters.set(num.abstractId, count);
    // A list instance that restarts its numbering (`startOverride`) starts afresh the first time it is used.
    if (!startedNums.has(numId)) {
      startedNums.add(numId);
      for (const lvl of num.starts.keys()) count[lvl] = undefined;
    }
    const startOf = (lvl: number) => num.starts.get(lvl) ?? defs.get(lvl)?.start ?? 1;
    count[ilvl] = count[ilvl] === undefined ? startOf(ilvl) : (count[ilvl] ?? 0) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = defs.get(deeper)?.restart;
      if (restart !== 0 && (restart === null || restart === undefined || restart > ilvl)) count[deeper] = undefined;
    }
    const key = paragraphKey(decode(p.text));
    if (level.format === "bullet") {
      out.push({ key, label: "", bullet: true });
      continue;
    }
    let sure = true;
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const lvl = Number(k) - 1;
      const def = defs.get(lvl);
      const value = count[lvl] ?? startOf(lvl);
      const formatted = formatNumber(value, level.legal && lvl < ilvl ? "decimal" : (def?.format ?? "decimal"));
      if (formatted === null) sure = false;
      return formatted ?? String(value);
    });
    if (sure) out.push({ key, label: label.trim(), bullet: false, ...(p.cell !== undefined ? { cell: p.cell } : {}) });
  }
  return out;
}
