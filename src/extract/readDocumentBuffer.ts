/**
 * A plan document's text from its bytes, in the browser as in Node: `.txt` as
 * UTF-8 or UTF-16 (see textBytes.ts), `.docx` through mammoth (tables kept as `| … |` rows).
 */
import mammoth from "mammoth";
import { InputError } from "../core/model/errors";
import { localized } from "../core/model/text";
import { decodeTextBytes, isPdfBytes, pdfNotRead } from "./textBytes";
import { paragraphKey, wordNumberLabels, type NumberedParagraph } from "./wordNumbering";

function entities(text: string): string {
  return text
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

function inline(html: string): string {
  return entities(html.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * A run Word sets in superscript, as a reader sees it: a figure (`tổ<sup>1</sup>`, `đồng<sup>(3)</sup>`, `m<sup>2</sup>`)
 * in superscript figures (`tổ¹`, `đồng³`, `m²`), which the text's reading takes as a note's mark or a measure's power
 * (footnotes.ts) rather than run on into the word or the number before it (`tổ1`, `m2`); anything else as it is.
 */
function superscript(inner: string): string {
  const text = inline(inner);
  const figure = /^[([]?(\d{1,2})[)\]]?$/.exec(text);
  return figure === null ? inner : [...figure[1]].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join("");
}

/**
 * mammoth's HTML as plain lines: paragraphs and headings one per line, list items as `- …`, table rows as `| a | b |`.
 * `numbers` are Word's own numbers of the numbered paragraphs (see wordNumbering.ts): a list item found among them
 * is written with its number as the document shows it; any other numbered item gets the number this reading counts.
 */
export function htmlToPlainText(html: string, numbers: readonly NumberedParagraph[] = []): string {
  const out: string[] = [];
  const headings: HeadingCount = { value: 0, numbers, next: 0 };
  // Footnotes and endnotes (mammoth lists them after the body) are no part of the plan's text: left there they would
  // run on from the last part (a budget's), their figures read as its lines. A note's mark (`320 địa chỉ[2].`) goes too.
  const unmarked = html
    .replace(/<ol>(?:<li id="(?:footnote|endnote)-[^"]*">[\s\S]*?<\/li>)+<\/ol>/g, "")
    .replace(/<a href="#(?:footnote|endnote)-(?:ref-)?\d+"[^>]*>(?:\[\d+\]|↑)<\/a>/g, "")
    .replace(/<sup>([\s\S]*?)<\/sup>/g, (_, inner: string) => superscript(inner));
  const blocks = unmarked.replace(/\n/g, " ").split(/(<table[\s\S]*?<\/table>)/i);
  // Cells numbered by Word (an `STT` column as a list): mammoth keeps no number, and an empty numbered paragraph not
  // even the item; the number Word shows goes in its cell, found by table, row and grid column.
  const cellNumbers = new Map<string, string>();
  for (const n of numbers) if (n.cell !== undefined && n.key === "" && !n.bullet && n.label) cellNumbers.set(`${n.cell.table}:${n.cell.row}:${n.cell.column}`, n.label);
  // A numbered cell that holds text (`1.1.` before `Thành lập mới tổ …` in a `Nội dung` column numbered as a list):
  // written with its number before its text, as Word shows it; the first numbered paragraph of the cell.
  const textNumbers = new Map<string, NumberedParagraph>();
  for (const n of numbers) {
    const at = n.cell === undefined ? "" : `${n.cell.table}:${n.cell.row}:${n.cell.column}`;
    if (at !== "" && n.key !== "" && !n.bullet && n.label && !textNumbers.has(at)) textNumbers.set(at, n);
  }
  const numberedText = (at: string, own: string) => {
    const n = textNumbers.get(at);
    return n !== undefined && paragraphKey(own).startsWith(n.key) ? `${n.label} ${own}` : own;
  };
  let tableIndex = -1;
  for (const block of blocks) {
    if (/^<table/i.test(block)) {
      tableIndex++;
      // Merged cells keep their columns: a cell spanning columns is followed by empty ones, and a cell
      // spanning rows leaves an empty one in each row below, so every row lines up with the header.
      const below: number[] = [];
      let rowIndex = -1;
      for (const row of block.match(/<tr[\s\S]*?<\/tr>/gi) ?? []) {
        rowIndex++;
        const cells: string[] = [];
        for (const c of row.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>/gi) ?? []) {
          while ((below[cells.length] ?? 0) > 0) {
            below[cells.length]--;
            cells.push("");
          }
          const span = Number(/colspan="?(\d+)/i.exec(c)?.[1] ?? 1);
          const rows = Number(/rowspan="?(\d+)/i.exec(c)?.[1] ?? 1);
          for (let k = 0; k < span; k++) {
            if (rows > 1) below[cells.length] = rows - 1;
            const own = k === 0 ? inline(c).replace(/\|/g, "/") : "";
            const at = `${tableIndex}:${rowIndex}:${cells.length}`;
            cells.push(own === "" && k === 0 ? (cellNumbers.get(at) ?? "") : own === "" ? own : numberedText(at, own));
          }
        }
        while ((below[cells.length] ?? 0) > 0) {
          below[cells.length]--;
          cells.push("");
        }
        if (cells.some((c) => c.length > 0)) out.push(`| ${cells.join(" | ")} |`);
      }
      continue;
    }
    out.push(...flowLines(block, headings));
  }
  return out.join("\n");
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

/** Numbering of Word's automatic headings: one count through the document, as Word keeps it across body text. */
interface HeadingCount {
  value: number;
  /** Word's numbers of the document's numbered paragraphs, and the first not yet matched to a list item. */
  readonly numbers: readonly NumberedParagraph[];
  next: number;
}

/** Word's own number of a list item with this text: the next numbered paragraph with the same text, or null. */
function wordNumber(text: string, count: HeadingCount): NumberedParagraph | null {
  const key = paragraphKey(text);
  for (let i = count.next; i < count.numbers.length; i++) {
    if (count.numbers[i].key !== key) continue;
    count.next = i + 1;
    return count.numbers[i];
  }
  return null;
}

interface Entry {
  text: string;
  readonly item?: { readonly ordered: boolean; readonly depth: number; readonly n: number };
  /** A heading (`<h1>`…): numbered by its style's list in Word (`Heading 1` → `I.`), which mammoth leaves out. */
  readonly heading?: boolean;
}

/**
 * Paragraphs, headings and list items of a stretch of HTML between tables,
 * one line each. Word's automatic numbering is written out as a reader sees
 * it: a top-level numbered item in capitals is a heading (`I.`, `II.`,
 * counted through the document), other numbered items `1.`, `2.` within their
 * list, bulleted items `- …`. An item's own text ends where a list nested in
 * it begins.
 */
function flowLines(html: string, headings: HeadingCount): string[] {
  const entries: Entry[] = [];
  const lists: Array<{ ordered: boolean; count: number }> = [];
  let current: Entry | null = null;
  const close = () => {
    if (current !== null) entries.push(current);
    current = null;
  };
  for (const m of html.matchAll(/<(\/?)(p|h[1-6]|li|ol|ul)\b[^>]*>|[^<]+|<[^>]*>/gi)) {
    const tag = m[2]?.toLowerCase();
    if (tag === undefined) {
      current ??= { text: "" };
      current.text += m[0];
      continue;
    }
    const closing = m[1] === "/";
    close();
    if (tag === "ol" || tag === "ul") {
      if (closing) lists.pop();
      else lists.push({ ordered: tag === "ol", count: 0 });
    } else if (tag === "li" && !closing) {
      const list = lists[lists.length - 1];
      if (list !== undefined) list.count++;
      current = { text: "", item: { ordered: list?.ordered ?? false, depth: lists.length, n: list?.count ?? 1 } };
    } else if (/^h[1-6]$/.test(tag) && !closing) current = { text: "", heading: true };
  }
  close();
  const out: string[] = [];
  // A nested numbered list broken by body text goes on counting under the same item (`1. Mục tiêu chung`, text, `2. Chỉ tiêu`).
  const nested: number[] = [];
  let sinceHeading: number | null = null;
  for (const e of entries) {
    // Body text or a bullet between them ends the heading's list: items after it are a list of their own.
    if (e.item === undefined || (e.item.depth === 1 && !e.item.ordered)) sinceHeading = null;
    const text = inline(e.text);
    if (!text) continue;
    if (e.item === undefined) {
      const own = e.heading === true ? wordNumber(text, headings) : null;
      out.push(own !== null && !own.bullet && own.label ? `${own.label} ${text}` : text);
      continue;
    }
    nested.length = Math.min(nested.length, e.item.depth);
    const own = e.item.ordered ? wordNumber(text, headings) : null;
    if (own !== null && !own.bullet) {
      out.push(own.label ? `${own.label} ${text}` : text);
      if (e.item.depth === 1 && isCapitals(text)) {
        headings.value++;
        sinceHeading = 0;
      } else if (e.item.depth === 1 && sinceHeading !== null) sinceHeading++;
      nested[e.item.depth - 1] = (nested[e.item.depth - 1] ?? 0) + 1;
    } else if (!e.item.ordered) out.push(`- ${text}`);
    else if (e.item.depth === 1 && isCapitals(text)) {
      out.push(`${ROMAN[headings.value++] ?? String(headings.value)}. ${text}`);
      sinceHeading = 0;
    }
    // Items of their own list under a heading (Word numbers them apart; mammoth puts them in the headings' list) count
    // from 1 after each heading.
    else if (e.item.depth === 1) out.push(`${sinceHeading === null ? e.item.n : ++sinceHeading}. ${text}`);
    else {
      nested[e.item.depth - 1] = (nested[e.item.depth - 1] ?? 0) + 1;
      out.push(`${nested[e.item.depth - 1]}. ${text}`);
    }
  }
  return out;
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toLocaleUpperCase("vi");
}

function extensionOf(fileName: string): string {
  const m = /\.([^./\\]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : "";
}

export function unsupportedDocument(fileName: string): InputError {
  if (extensionOf(fileName) === "pdf") return new InputError("bad-plan", pdfNotRead(`"${fileName}"`, false));
  return new InputError(
    "bad-plan",
    localized(
      `Không đọc được "${fileName}": chỉ nhận văn bản kế hoạch dạng .txt hoặc .docx.`,
      `Cannot read "${fileName}": plan documents must be .txt or .docx.`,
    ),
  );
}

function unreadableDocx(fileName: string, error: unknown): InputError {
  const why = error instanceof Error ? error.message : String(error);
  return new InputError(
    "bad-plan",
    localized(`Không đọc được tệp Word "${fileName}" (${why}).`, `Cannot read the Word file "${fileName}" (${why}).`),
  );
}

/** Text of `.txt` bytes: UTF-8 or UTF-16; an old code page, an empty or a binary file, or JSON is an input error. */
export function decodeText(bytes: ArrayBuffer | Uint8Array, fileName: string): string {
  const decoded = decodeTextBytes(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), `"${fileName}"`);
  if ("refused" in decoded) throw new InputError("bad-plan", decoded.refused);
  const json = jsonNotDocument(decoded.text, fileName);
  if (json !== null) throw json;
  return decoded.text;
}

/**
 * A `.txt` that holds JSON (a plan saved by allocheck or by a script, named `.txt` as Notepad offers) is no plan
 * document: read as text it would give no target and say only that. Told for what it is, or null when the text is
 * not JSON.
 */
export function jsonNotDocument(text: string, fileName: string): InputError | null {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (value === null || typeof value !== "object") return null;
  const plan = !Array.isArray(value) && Array.isArray((value as { indicators?: unknown }).indicators);
  return new InputError(
    "bad-plan",
    plan
      ? localized(
          `"${fileName}" là kế hoạch dạng JSON (có "indicators"), không phải văn bản kế hoạch để trích xuất — kế hoạch JSON được dùng trực tiếp: allocheck check <sổ tính.xlsx> --plan "${fileName}"`,
          `"${fileName}" is a plan in JSON (it has "indicators"), not a plan document to extract — a JSON plan is used as it is: allocheck check <workbook.xlsx> --plan "${fileName}"`,
        )
      : localized(
          `"${fileName}" chứa dữ liệu JSON, không phải văn bản kế hoạch — hãy chọn văn bản kế hoạch (.txt hoặc .docx)`,
          `"${fileName}" holds JSON data, not a plan document — choose the plan's text (.txt or .docx)`,
        ),
  );
}

/** The text of a plan document given as bytes (task pane file picker). */
export async function readPlanDocumentBuffer(buffer: ArrayBuffer, fileName: string): Promise<string> {
  const ext = extensionOf(fileName);
  if (ext === "txt" || ext === "md") return decodeText(buffer, fileName);
  if (ext === "docx") {
    if (isPdfBytes(new Uint8Array(buffer, 0, Math.min(8, buffer.byteLength)))) throw new InputError("bad-plan", pdfNotRead(`"${fileName}"`, true));
    try {
      // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`.
      const input = typeof Buffer !== "undefined" ? { buffer: Buffer.from(buffer) } : { arrayBuffer: buffer };
      const result = await mammoth.convertToHtml(input);
      return htmlToPlainText(result.value, await wordNumberLabels(new Uint8Array(buffer)));
    } catch (error) {
      throw unreadableDocx(fileName, error);
    }
  }
  throw unsupportedDocument(fileName);
}

/** Same as {@link readPlanDocumentBuffer} for Node buffers. */
export async function readPlanDocumentBytes(bytes: Uint8Array, fileName: string): Promise<string> {
  const ext = extensionOf(fileName);
  if (ext === "docx") {
    if (isPdfBytes(bytes)) throw new InputError("bad-plan", pdfNotRead(`"${fileName}"`, true));
    try {
      const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
      return htmlToPlainText(result.value, await wordNumberLabels(bytes));
    } catch (error) {
      throw unreadableDocx(fileName, error);
    }
  }
  if (ext === "txt" || ext === "md") return decodeText(bytes, fileName);
  throw unsupportedDocument(fileName);
}
