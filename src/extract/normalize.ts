/**
 * Plan text as copied from portals, PDF conversions or Word, made into logical
 * lines: NFC, portal banners and `|` table debris removed, Markdown marks
 * dropped, words broken across lines joined. Each logical line remembers the
 * physical lines it came from, so a value can name the line it was read on.
 */
import { foldText } from "../core/text/fold";
import { withVietnameseFigures } from "./englishNotation";
import { withoutFootnotes } from "./footnotes";
import { layoutTableRows } from "./layoutTables";
import { stackedTableRows } from "./stackedTables";
import { startsItem } from "./markers";
import { plannedAfterSlash } from "./spentOfPlanned";

export interface LineBreak {
  /** Offset in the logical text where a physical line starts. */
  readonly offset: number;
  /** 1-based physical line number. */
  readonly line: number;
}

export interface TextLine {
  readonly text: string;
  /** 1-based number of the first physical line. */
  readonly line: number;
  readonly breaks: readonly LineBreak[];
  /** Cells of a table row (`| 1 | Tổ … | tổ | 14 |`). */
  readonly cells?: readonly string[];
}

/** The physical line number of an offset in a logical line. */
export function lineAt(line: TextLine, offset: number): number {
  let result = line.line;
  for (const b of line.breaks) if (b.offset <= offset) result = b.line;
  return result;
}

const PORTAL_NOISE = [
  /dang ky goi cuoc/,
  /vui long dang nhap/,
  /dang nhap de tiep tuc/,
  /tien ich nang cao cua he thong/,
  /thuvienphapluat|luatvietnam\.vn|vanban\.chinhphu/,
  /^(tai ve|tai van ban|van ban lien quan|luu tru|theo doi hieu luc|ghi chu|in van ban)$/,
];

function isPortalNoise(text: string): boolean {
  const folded = foldText(text);
  return PORTAL_NOISE.some((re) => re.test(folded));
}

/** Markdown and PDF-conversion marks that carry no text. */
function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}\s+/, "")
    .replace(/^>\s?/, "")
    .replace(/\*\*|__/g, "")
    .replace(/\\([-.*_#+()[\]|!`>])/g, "$1")
    .replace(/^\*\s+/, "- ")
    .replace(/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|$|[.,;:])/g, "$1$2")
    .replace(/`/g, "");
}

function cleanCharacters(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u00A0\u2007\u202F\u2009]/g, " ")
    .replace(/\f/g, "\n");
}

/**
 * `1 250 000 000 đồng`, `2 500 triệu đồng` (thousands grouped by spaces, as PDF and some Word documents write them, the
 * spaces often non-breaking): the groups before a money unit are joined with the dots of the Vietnamese notation, one
 * character for one, so every offset stays.
 */
const SPACED_AMOUNT = /(?<![\p{L}\p{N}.,])\d{1,3}(?: \d{3})+(?=(?:,\d+)?\s*(?:đồng|đ|VNĐ|VND|vnđ|nghìn đồng|ngàn đồng|triệu|tỷ|tỉ)(?!\p{L}))/gu;

function joinSpacedAmounts(text: string): string {
  return text.replace(SPACED_AMOUNT, (figure) => figure.replace(/ /g, "."));
}

interface Physical {
  text: string;
  line: number;
  cells?: string[];
  blankBefore: boolean;
  /** A table row written without `|` at its ends (`TT | Nội dung | …`). */
  open?: boolean;
}

const DEBRIS = /^[\s|_=*~.·•-]*$/;
/** A lone dash, star or bullet: a point's mark when it fills a row's first cell. */
const POINT_DASH = /^\s*[-–*•]\s*$/;
const LONE_NUMBER = /^[-–\s]*\d{1,6}[-–\s]*$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/** A page mark of a PDF conversion on its own line: `-- 1 of 4 --`, `Trang 2/5`, `Page 3`. */
const PAGE_MARK = /^-*\s*(?:(?:page|trang)\s*\d{1,4}(?:\s*(?:of|\/|tren)\s*\d{1,4})?|\d{1,4}\s*(?:of|\/|tren)\s*\d{1,4})\s*-*$/;
/** A running header or footer ending with its page number: `Sở … Kế hoạch số 12/KH-…   Trang 3`. */
const PAGE_FOOTER = /^(.{3,160}?)\s*\b(?:trang|page)\s*\d{1,4}(?:\s*(?:of|\/|tren)\s*\d{1,4})?$/;

/**
 * Page marks and running headers or footers of a PDF conversion: a line that is
 * only a page number, or one that ends with `Trang N` and either stands apart from
 * the text by a wide gap or comes back on other pages (the same words, another number).
 */
function pageLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const footers = new Map<string, number[]>();
  lines.forEach((raw, i) => {
    const folded = foldText(raw.replace(/\s+/g, " ").trim());
    if (PAGE_MARK.test(folded)) {
      out.add(i);
      return;
    }
    const footer = PAGE_FOOTER.exec(folded);
    if (!footer || /[.;:,]$/.test(footer[1])) return;
    if (/\S(?:\s{2,}|\t)\s*(?:trang|page)\s*\d/iu.test(raw.trim())) out.add(i);
    const key = footer[1].trim();
    footers.set(key, [...(footers.get(key) ?? []), i]);
  });
  for (const at of footers.values()) if (at.length >= 2) for (const i of at) out.add(i);
  return out;
}

/** The title (`KẾ HOẠCH`, `QUYẾT ĐỊNH …`) or a first heading (`I. …`, `1. …`) that ends the letterhead. */
const BODY_START = /^(?:(?:ke hoach|quyet dinh|chuong trinh|de an|huong dan|bao cao|thong bao|to trinh|plan|decision)\b|(?:[ivx]+|\d+)[.)]\s)/;

/** A column in capitals (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `KT. CHỦ TỊCH`). */
function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters.replace(/[^\p{Lu}]/gu, "").length / letters.length >= 0.8;
}

/** `| Hỗ trợ tổ truyền thông | 300 |`: a row of two cells between bars. */
const TWO_CELLS = /^\s*\|([^|]*)\|([^|]*)\|\s*$/;

/**
 * Rows of two-column tables (`| Nội dung | Kinh phí (triệu đồng) |` over `| Tập huấn | 120 |`): a run of two-cell
 * rows of which two or more end in a figure or start with a row number (`| 1 | Xã Chiềng Lao |`). A letterhead set in two cells (`| ỦY BAN NHÂN DÂN | CỘNG HÒA … |`) has none.
 */
function twoColumnTables(rawLines: readonly string[]): Set<number> {
  const out = new Set<number>();
  // `Huyện<TAB>Số tổ` over `Mộc Châu<TAB>12` (a two-column table pasted from Word) is read as the same two cells.
  const cellsOf = (raw: string): readonly string[] | null => {
    const m = TWO_CELLS.exec(raw);
    if (m) return [m[1], m[2]];
    const tabs = raw.includes("|") ? [] : raw.trim().split("\t");
    return tabs.length === 2 && tabs.every((c) => c.trim() !== "") ? tabs : null;
  };
  for (let i = 0; i < rawLines.length; ) {
    let end = i;
    let figures = 0;
    for (let cells = cellsOf(rawLines[end] ?? ""); end < rawLines.length && cells !== null; cells = cellsOf(rawLines[++end] ?? "")) {
      // `| 1 | Xã Chiềng Lao |` under `| STT | Xã, thị trấn |`: a numbered list of names counts as well.
      if (/^\s*[\d.,]*\d[\d.,]*\s*$/.test(cells[1]) || (/^\s*\d{1,3}\.?\s*$/.test(cells[0]) && /\p{L}/u.test(cells[1]))) figures++;
    }
    if (figures >= 2) for (let k = i; k < end; k++) out.add(k);
    i = Math.max(end, i + 1);
  }
  return out;
}

function physicalLines(text: string): Physical[] {
  const out: Physical[] = [];
  let blank = false;
  const rawLines = text.split("\n");
  const pages = pageLines(rawLines);
  const layout = layoutTableRows(rawLines);
  // A Word table pasted with each cell on a line of its own, read as rows like a layout table's.
  for (const [index, cells] of stackedTableRows(rawLines)) if (!layout.has(index)) layout.set(index, cells);
  const twoColumn = twoColumnTables(rawLines);
  // Where two columns side by side are set (the letterhead before the title or first heading, the signature block
  // from `Nơi nhận`): elsewhere a wide gap inside prose (`… thực hiện      Ban Thường vụ …`) parts nothing unless
  // one side is in capitals.
  let columnsHere = true;
  rawLines.forEach((tabbed, index) => {
    const line = index + 1;
    const head = foldText(tabbed.replace(/\s+/g, " ").trim());
    if (columnsHere && BODY_START.test(head)) columnsHere = false;
    if (!columnsHere && /^noi nhan\b/.test(head)) columnsHere = true;
    if (pages.has(index)) {
      blank = true;
      return;
    }
    const laid = layout.get(index);
    // The wrapped rest of a layout table's cell, joined to its row.
    if (laid === null) return;
    // A table pasted from Word or Excel comes tab-separated: three cells or more make a row like `| a | b | c |`;
    // a PDF converted with its layout kept parts its columns by runs of spaces.
    const tabs = tabbed.split("\t");
    // Two columns side by side kept by a PDF's layout (`HỘI LHPN TỈNH …        CỘNG HÒA …`, `Nơi nhận:      CHỦ TỊCH`):
    // one line each, as when they are parted by `|`.
    // A label and its value (`Tổng kinh phí:      1.250.000.000 đồng`) stay one line.
    const sideBySide = laid === undefined && tabs.length === 1 && !tabbed.includes("|") ? tabbed.trim().split(/ {4,}/) : [];
    const twoColumns = sideBySide.length === 2 && !/:\s*$/.test(sideBySide[0]) && /^\p{Lu}/u.test(sideBySide[1]) && (columnsHere || sideBySide.some(isCapitals));
    const rawLine = twoColumns ? `| ${sideBySide.join(" | ")} |` : laid !== undefined ? `| ${laid.join(" | ")} |` : (tabs.length >= 3 || (tabs.length === 2 && twoColumn.has(index))) && !tabbed.includes("|") ? `| ${tabs.join(" | ")} |` : tabbed.replace(/\t/g, " ");
    const trimmed = stripMarkdown(rawLine.replace(/\s+/g, " ").trim()).trim();
    if (trimmed.includes("|")) {
      if (TABLE_SEPARATOR.test(trimmed)) return;
      const raw = trimmed.split("|").map((c) => c.trim());
      const previous = out[out.length - 1];
      // ` | Tổng cộng | | | 354.000.000 |` under rows written without `|` at their ends: its end bars part empty
      // cells (the first and last columns), not a border.
      const open = !trimmed.startsWith("|") && !trimmed.endsWith("|");
      const bordersAreCells = previous?.cells !== undefined && previous.open === true && previous.line === line - 1 && raw.length === previous.cells.length;
      if (!bordersAreCells && raw.length > 0 && raw[0] === "") raw.shift();
      if (!bordersAreCells && raw.length > 0 && raw[raw.length - 1] === "") raw.pop();
      // `- | Hội nghị | 100` under `1 | Tuyên truyền | 300`: a dash in the number's cell marks a point under the row above.
      const point = POINT_DASH.test(raw[0] ?? "") && raw.some((c) => !DEBRIS.test(c));
      const cells = raw.map((c, k) => (DEBRIS.test(c) && !(k === 0 && point) ? "" : c));
      const filled = cells.filter((c) => c.length > 0);
      // A row with one cell filled under a row of as many cells (`| | | Xã B |`, merged cells above) stays in its table.
      const continued = filled.length === 1 && previous?.cells !== undefined && previous.cells.length === cells.length && previous.line === line - 1;
      if ((cells.length >= 3 || (cells.length === 2 && twoColumn.has(index))) && (filled.length >= 2 || continued)) {
        out.push({ text: filled.join(" | "), line, cells, blankBefore: blank, ...(open || bordersAreCells ? { open: true } : {}) });
        blank = false;
        return;
      }
      // Two columns side by side in a page header (`ỦY BAN NHÂN DÂN | CỘNG HÒA …`): one line each.
      for (const cell of filled) {
        if (isPortalNoise(cell)) continue;
        out.push({ text: cell, line, blankBefore: blank });
        blank = false;
      }
      if (filled.length === 0) blank = true;
      return;
    }
    if (DEBRIS.test(trimmed) || LONE_NUMBER.test(trimmed) || isPortalNoise(trimmed)) {
      blank = true;
      return;
    }
    out.push({ text: trimmed, line, blankBefore: blank });
    blank = false;
  });
  return out;
}

/** Verbs that open a sentence of a plan (`Xây dựng …`, `Tổ chức …`), never the wrapped end of a heading. */
const OPENING_VERB = /^(xay dung|to chuc|thanh lap|ho tro|duy tri|trien khai|phoi hop|tuyen truyen|nang cao|thuc hien|muc ho tro|kiem tra|tap huan|ra soat|huy dong|bo tri|phan dau)\s/;
/** A line whose last list item is a capitalised name: `…, xã Bó Mười, xã Mường`. */
const LIST_ENDS_IN_NAME = /,\s*(?:(?:xã|phường|thị trấn|thôn|bản|xóm|huyện|quận)\s+)?\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,3}$/u;
/** A line that starts with the rest of a name and then the list goes on or ends: `É, xã Phổng Lái.` */
const NAME_PIECE_STARTS = /^\p{Lu}[\p{L}'’]*(?:(?:[ -]\p{Lu}[\p{L}'’]*){0,2}\s*(?:[,;.)]|và\s)|$)/u;
const ENDS_SENTENCE = /[.;:!?]["”»)]*$/;
const STARTS_LOWER = /^["“(]?\p{Ll}/u;
const LAST_WORD_LOWER = /(^|\s)\p{Ll}[\p{L}]*$/u;

/** Whether the physical line `next` continues `current` (a line wrapped in the middle of a sentence). */
function continues(current: Physical, next: Physical): boolean {
  if (current.cells || next.cells) return false;
  if (startsItem(next.text)) return false;
  const cur = current.text;
  // The motto and the document's number each stand on their own line (`… Hạnh phúc` / `Số: 37/KH-…`).
  if (/^Số(?:\s*hiệu)?\s*[:.]/u.test(next.text) || /Hạnh phúc\s*$/iu.test(cur)) return false;
  if (STARTS_LOWER.test(next.text)) {
    return !/[.!?]["”»)]*$/.test(cur) || /\b(\d+|[Ss]ố)\.$/.test(cur);
  }
  if (next.blankBefore || ENDS_SENTENCE.test(cur)) return false;
  // A place name broken inside a list (`… gồm Long Hẹ, Bó` / `Mười, Mường É.`): the line goes on.
  if (LIST_ENDS_IN_NAME.test(cur) && NAME_PIECE_STARTS.test(next.text)) return true;
  if (!/,$/.test(cur) && !LAST_WORD_LOWER.test(cur)) return false;
  // A short numbered heading stands alone (`2. Chỉ tiêu cụ thể`), and so does a long one when the next line
  // opens a sentence with a verb (`1. Dự án 2: Đa dạng hóa sinh kế, …` / `Xây dựng 03 mô hình …`).
  if (startsItem(cur) && (cur.split(" ").length <= 10 || OPENING_VERB.test(foldText(next.text)))) return false;
  return true;
}

/** Logical lines of a plan text. */
export function normalizeText(raw: string): TextLine[] {
  const phys = physicalLines(plannedAfterSlash(withVietnameseFigures(joinSpacedAmounts(withoutFootnotes(cleanCharacters(raw))))));
  const lines: TextLine[] = [];
  let current: { text: string; line: number; breaks: LineBreak[]; cells?: string[]; last: Physical } | null = null;
  const flush = () => {
    if (current) {
      const text = current.text;
      lines.push(current.cells ? { text, line: current.line, breaks: current.breaks, cells: current.cells } : { text, line: current.line, breaks: current.breaks });
    }
    current = null;
  };
  for (const p of phys) {
    if (current !== null && continues((current as { last: Physical }).last, p)) {
      const c = current as { text: string; breaks: LineBreak[]; last: Physical };
      const joiner = /[-‐]$/.test(c.text) && /\p{L}$/u.test(c.text.slice(0, -1)) && STARTS_LOWER.test(p.text) ? "" : " ";
      if (joiner === "") c.text = c.text.slice(0, -1);
      c.text += joiner;
      c.breaks.push({ offset: c.text.length, line: p.line });
      c.text += p.text;
      c.last = p;
      continue;
    }
    flush();
    current = { text: p.text, line: p.line, breaks: [{ offset: 0, line: p.line }], cells: p.cells, last: p };
  }
  flush();
  return lines;
}
