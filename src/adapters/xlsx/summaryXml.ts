/** The summary sheet as a SpreadsheetML worksheet part, its formats added to the workbook's styles. */
import { a1, columnLetters, quoteSheetName } from "../../core/model/address";
import { SUMMARY_BOX_COLOR, SUMMARY_LOOK, type SummaryCell, type SummaryLook, type SummaryPrint, type SummarySheetModel, type SummaryStyle } from "../../core/model/summary";
import type { StylesPatch } from "./stylesPatch";
import { TRANSITIONAL, type Conformance } from "./conformance";
import { escapeXml } from "./xml";

/** Functions newer than Excel 2007 (AGGREGATE: 2010; NUMBERVALUE…: 2013 and later) are stored with Excel's `_xlfn.` prefix, or Excel shows #NAME?. */
const FUTURE_FUNCTIONS = /\b(AGGREGATE|NUMBERVALUE|UNICHAR|UNICODE|IFNA|IFS|SWITCH|CONCAT|TEXTJOIN|MAXIFS|MINIFS|XLOOKUP|XOR)\(/g;

/** The same names, to tell at once that a formula calls none of them (nearly every formula). */
const FUTURE_NAMES = ["AGGREGATE", "NUMBERVALUE", "UNICHAR", "UNICODE", "IFNA", "IFS", "SWITCH", "CONCAT", "TEXTJOIN", "MAXIFS", "MINIFS", "XLOOKUP", "XOR"];
const LONGEST_FUTURE_NAME = Math.max(...FUTURE_NAMES.map((n) => n.length));
const FUTURE_LAST_LETTERS = new Set(FUTURE_NAMES.map((n) => n.charCodeAt(n.length - 1)));

/** Whether some `(` of the formula follows one of the names (a word ending in one, too: the edit itself looks at word bounds). */
function mayCallFutureFunction(formula: string): boolean {
  for (let at = formula.indexOf("("); at >= 0; at = formula.indexOf("(", at + 1)) {
    // Most calls (SUM, SUBTOTAL, IF, MIN) are told apart by their last letter.
    if (!FUTURE_LAST_LETTERS.has(formula.charCodeAt(at - 1))) continue;
    const before = formula.slice(Math.max(0, at - LONGEST_FUTURE_NAME), at);
    for (const name of FUTURE_NAMES) if (before.endsWith(name)) return true;
  }
  return false;
}

/** The formula as stored in the file (outside string literals, newer functions get `_xlfn.`). */
export function toFileFormula(formula: string): string {
  if (!mayCallFutureFunction(formula)) return formula;
  return formula
    .split('"')
    .map((piece, i) => (i % 2 === 0 ? piece.replace(FUTURE_FUNCTIONS, "_xlfn.$1(") : piece))
    .join('"');
}

/** Cell text for XML: escaped, control characters and literal `_xHHHH_` written the OOXML way. */
export function cellTextXml(text: string): string {
  const ooxml = text
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeXml(ooxml);
}

function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A cell's formula and display value as stored (links are HYPERLINK formulas, followed by Excel and LibreOffice). */
function formulaOf(cell: SummaryCell): { formula: string; value: string | number | null } | null {
  if (cell.link !== undefined) {
    const label = cell.value === null || cell.value === undefined ? cell.link.cell : String(cell.value);
    const location = `#${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`;
    return { formula: `HYPERLINK(${quoteText(location)},${quoteText(label)})`, value: label };
  }
  if (cell.formula !== undefined) return { formula: toFileFormula(cell.formula), value: cell.value ?? null };
  return null;
}

/** A table's lines in ARGB, from the summary's one box colour (the Office.js writer draws the same). */
export const BORDER_COLOR = `FF${SUMMARY_BOX_COLOR.slice(1).toUpperCase()}`;

/** A look's `#RRGGBB` as the styles part's ARGB. */
function argb(color: string | undefined): string | undefined {
  return color === undefined ? undefined : `FF${color.slice(1).toUpperCase()}`;
}

/** A look's alignment as the attributes of `<alignment>`. */
function alignmentOf(look: SummaryLook): string {
  const parts: string[] = [];
  if (look.horizontal !== undefined) parts.push(`horizontal="${look.horizontal}"`);
  if (look.vertical !== undefined) parts.push(`vertical="${look.vertical}"`);
  if (look.wrap === true) parts.push(`wrapText="1"`);
  return parts.join(" ");
}

/** Styles whose cells carry the table's lines in the .xlsx on their own. */
const BOXED_STYLES: ReadonlySet<SummaryStyle> = new Set(["header", "number", "percent", "status-ok", "status-warning", "status-error"]);

/**
 * Unicode fonts a workbook's default may be that the summary is written in
 * too, lower-cased, with their family (1 roman, 2 swiss). A column's width is
 * counted in the default font's digits: where that font is not Calibri
 * (Vietnamese offices' Times New Roman), LibreOffice, lacking Calibri, draws
 * Calibri text wider than the columns sized for it and cuts it (`Cảnh báo`
 * read `Cảnh bá`); in the default font the text keeps to its columns. Any other
 * default (a legacy TCVN3 or VNI font such as `.VnTime`, which would garble
 * Unicode text) leaves the summary in Calibri.
 */
const SUMMARY_FONTS: ReadonlyMap<string, { readonly name: string; readonly family: number }> = new Map([
  ["times new roman", { name: "Times New Roman", family: 1 }],
  ["arial", { name: "Arial", family: 2 }],
  ["tahoma", { name: "Tahoma", family: 2 }],
]);

/** The font the summary's cells are written in: the workbook's default when it is one of `SUMMARY_FONTS`, else Calibri. */
export function summaryFontName(defaultFont: string | undefined): string {
  return SUMMARY_FONTS.get((defaultFont ?? "").trim().toLowerCase())?.name ?? "Calibri";
}

/** Cell format index per style and number format, created in the workbook's styles on first use. */
class SummaryFormats {
  private readonly cache = new Map<string, number>();
  /** `<name>`, `<family>` (and `<scheme>` for Calibri, the theme's body font) of every font the summary adds. */
  private readonly fontFace: string;

  constructor(private readonly styles: StylesPatch) {
    const t = (n: string) => this.styles.tag(n);
    const chosen = SUMMARY_FONTS.get(summaryFontName(styles.defaultFontName()).toLowerCase());
    this.fontFace = chosen === undefined
      ? `<${t("name")} val="Calibri"/><${t("family")} val="2"/><${t("scheme")} val="minor"/>`
      : `<${t("name")} val="${chosen.name}"/><${t("family")} val="${chosen.family}"/>`;
  }

  private font(opts: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; color?: string }): number {
    const t = (n: string) => this.styles.tag(n);
    let inner = "";
    if (opts.bold) inner += `<${t("b")}/>`;
    if (opts.italic) inner += `<${t("i")}/>`;
    if (opts.underline) inner += `<${t("u")}/>`;
    inner += `<${t("sz")} val="${opts.size ?? 11}"/>`;
    inner += opts.color ? `<${t("color")} rgb="${opts.color}"/>` : `<${t("color")} theme="1"/>`;
    inner += this.fontFace;
    return this.styles.addFont(inner);
  }

  fill(rgb: string): number {
    const t = (n: string) => this.styles.tag(n);
    return this.styles.addFill(`<${t("patternFill")} patternType="solid"><${t("fgColor")} rgb="${rgb}"/><${t("bgColor")} indexed="64"/></${t("patternFill")}>`);
  }

  private box(): number {
    const t = (n: string) => this.styles.tag(n);
    const side = (n: string) => `<${t(n)} style="thin"><${t("color")} rgb="${BORDER_COLOR}"/></${t(n)}>`;
    return this.styles.addBorder(`${side("left")}${side("right")}${side("top")}${side("bottom")}<${t("diagonal")}/>`);
  }

  index(style: SummaryStyle | undefined, numFmt: string | undefined, wrap: boolean, boxed = false): number {
    const key = `${style ?? ""}\u0000${numFmt ?? ""}\u0000${wrap}\u0000${boxed}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const look = style === undefined ? undefined : SUMMARY_LOOK[style];
    const font = this.font({ bold: look?.bold, italic: look?.italic, underline: look?.underline, size: look?.size, color: argb(look?.fontColor) });
    const fill = look?.fill === undefined ? 0 : this.fill(argb(look.fill)!);
    // Headers and figures boxed whatever the layout says (their tables' lines).
    let border = style !== undefined && BOXED_STYLES.has(style) ? this.box() : 0;
    let alignment = look === undefined ? (wrap ? `wrapText="1" vertical="top"` : "") : alignmentOf(look);
    // Every cell of a table boxed, its text as its figures (core/summary/tableBoxes.ts).
    if (boxed && border === 0) border = this.box();
    // Table cells read from the top of their row, beside a neighbour's wrapped text.
    if (style !== "title" && style !== "header" && !alignment.includes("vertical=")) alignment = `${alignment} vertical="top"`.trim();
    if (wrap && !alignment.includes("wrapText")) alignment = `${alignment} wrapText="1"${alignment.includes("vertical=") ? "" : ` vertical="top"`}`.trim();
    const numFmtId = this.styles.numFmtId(numFmt);
    const attributes: Record<string, number | string> = { numFmtId, fontId: font, fillId: fill, borderId: border, xfId: 0, applyFont: 1 };
    if (numFmtId !== 0) attributes.applyNumberFormat = 1;
    if (fill !== 0) attributes.applyFill = 1;
    if (border !== 0) attributes.applyBorder = 1;
    if (alignment !== "") attributes.applyAlignment = 1;
    const index = this.styles.addXf(attributes, alignment === "" ? "" : `<${this.styles.tag("alignment")} ${alignment}/>`);
    this.cache.set(key, index);
    return index;
  }
}

function pageMarginsXml(print: SummaryPrint): string {
  const m = print.margins ?? { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  return `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
}

/** The footer centred on every page (the page's number: `Trang 2 / 5`), else the page numbers alone. */
export function headerFooterXml(print: SummaryPrint): string {
  return `<headerFooter><oddFooter>${escapeXml(`&C${print.footer ?? "&P / &N"}`)}</oddFooter></headerFooter>`;
}

/** A4 (paperSize 9) landscape; one page wide, or at a scale with the pages ordered across then down. */
function pageSetupXml(print: SummaryPrint): string {
  const fit = print.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : ` scale="${print.scale ?? 100}" pageOrder="overThenDown"`;
  return `<pageSetup paperSize="9" orientation="${print.orientation}"${fit}/>`;
}

/** Manual page breaks: `id` is the 0-based row that starts the new page (the 1-based row the old one ends on). */
function rowBreaksXml(print: SummaryPrint): string {
  const rows = print.rowBreaks ?? [];
  if (rows.length === 0) return "";
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${rows.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
}

/** The worksheet XML of the summary; its formats are added to `styles`. */
export function summarySheetXml(model: SummarySheetModel, styles: StylesPatch): string {
  const rows: string[] = [];
  const { head, tail } = summarySheetText(model, styles, TRANSITIONAL, (row) => rows.push(row));
  return head + rows.join("") + tail;
}

/** Rows are encoded in batches of about this many characters. */
const PIECE_CHARACTERS = 1 << 18;

/**
 * The same part as bytes in pieces, up to and with its rows (`body`), and the
 * rest as text (`tail`, where the chart's drawing goes): a large summary is
 * never one long string.
 */
export function summarySheetPieces(model: SummarySheetModel, styles: StylesPatch, ns: Conformance = TRANSITIONAL): { readonly body: Buffer[]; readonly tail: string } {
  const body: Buffer[] = [];
  let batch: string[] = [];
  let length = 0;
  let scratch = Buffer.alloc(0);
  const flush = () => {
    if (batch.length > 0) {
      // Each row encoded into one scratch buffer (at most 3 bytes a UTF-16 unit), the batch's bytes then copied out:
      // no joined string made and flattened first.
      if (scratch.length < length * 3) scratch = Buffer.allocUnsafeSlow(length * 3);
      let at = 0;
      for (const row of batch) at += scratch.write(row, at, "utf8");
      body.push(Buffer.from(scratch.subarray(0, at)));
    }
    batch = [];
    length = 0;
  };
  const { head, tail } = summarySheetText(model, styles, ns, (row) => {
    batch.push(row);
    length += row.length;
    if (length >= PIECE_CHARACTERS) flush();
  });
  flush();
  return { body: [Buffer.from(head, "utf8"), ...body], tail };
}

/** The cells in sheet order, row by row (each row's cells by column, ties in the model's order); the model's own list when it is in that order already. */
function cellsInOrder(cells: readonly SummaryCell[]): readonly SummaryCell[] {
  let ordered = true;
  for (let i = 1; i < cells.length && ordered; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    ordered = a.row < b.row || (a.row === b.row && a.col <= b.col);
  }
  if (ordered) return cells;
  const rows = new Map<number, SummaryCell[]>();
  for (const cell of cells) {
    const list = rows.get(cell.row);
    if (list) list.push(cell);
    else rows.set(cell.row, [cell]);
  }
  const out: SummaryCell[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) out.push(...rows.get(r)!.sort((a, b) => a.col - b.col));
  return out;
}

/** Column letters, each computed once. */
function columnLetterCache(): (col: number) => string {
  const known: string[] = [];
  return (col) => known[col] ?? (known[col] = columnLetters(col));
}

/** Format indexes by style, number format, wrap and box, without building a key per cell. */
function formatIndexCache(formats: SummaryFormats): (style: SummaryStyle | undefined, numFmt: string | undefined, wrap: boolean, boxed: boolean) => number {
  const byStyle = new Map<SummaryStyle | undefined, Map<string | undefined, Array<number | undefined>>>();
  return (style, numFmt, wrap, boxed) => {
    let byFormat = byStyle.get(style);
    if (byFormat === undefined) byStyle.set(style, (byFormat = new Map()));
    let four = byFormat.get(numFmt);
    if (four === undefined) byFormat.set(numFmt, (four = [undefined, undefined, undefined, undefined]));
    const k = (wrap ? 1 : 0) + (boxed ? 2 : 0);
    return four[k] ?? (four[k] = formats.index(style, numFmt, wrap, boxed));
  };
}

const XML_SPECIAL = /[&<>"]/;

/** The part's text: what comes before the rows and after them; each row, in order, to `onRow`. */
function summarySheetText(model: SummarySheetModel, styles: StylesPatch, ns: Conformance, onRow: (row: string) => void): { head: string; tail: string } {
  const formatIndex = formatIndexCache(new SummaryFormats(styles));
  const letters = columnLetterCache();
  const cells = cellsInOrder(model.cells);
  const heights = model.rowHeights;
  // The chart's rows hold no cells, yet carry their heights (a chart on a page of its own is drawn on taller rows).
  const blank: number[] = [];
  const anchor = model.chart?.anchor;
  if (anchor !== undefined && heights !== undefined) {
    const filled = new Set(cells.filter((c) => c.row >= anchor.row && c.row < anchor.row + anchor.rows).map((c) => c.row));
    for (let r = anchor.row; r < anchor.row + anchor.rows; r++) if (!filled.has(r) && heights[r] !== undefined) blank.push(r);
  }
  let nextBlank = 0;
  const blankRowsBefore = (row: number) => {
    for (; nextBlank < blank.length && blank[nextBlank] < row; nextBlank++) onRow(`<row r="${blank[nextBlank] + 1}" ht="${heights![blank[nextBlank]]}" customHeight="1"/>`);
  };
  for (let i = 0; i < cells.length; ) {
    const r = cells[i].row;
    blankRowsBefore(r);
    let out = "";
    for (; i < cells.length && cells[i].row === r; i++) {
      const cell = cells[i];
      const ref = letters(cell.col) + (r + 1);
      const wrap = cell.wrap ?? (cell.style === undefined && typeof cell.value === "string" && cell.value.length > 40);
      const s = formatIndex(cell.style, cell.numFmt, wrap, cell.boxed === true);
      const f = formulaOf(cell);
      if (f !== null) {
        const fx = "<f>" + (XML_SPECIAL.test(f.formula) ? escapeXml(f.formula) : f.formula) + "</f>";
        if (typeof f.value === "number" && Number.isFinite(f.value)) out += `<c r="${ref}" s="${s}">${fx}<v>${f.value}</v></c>`;
        else if (typeof f.value === "string") out += `<c r="${ref}" s="${s}" t="str">${fx}<v>${cellTextXml(f.value)}</v></c>`;
        else out += `<c r="${ref}" s="${s}">${fx}</c>`;
      } else if (typeof cell.value === "number" && Number.isFinite(cell.value)) {
        out += `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`;
      } else if (typeof cell.value === "string" && cell.value !== "") {
        // Text is always an inline string: never a formula, whatever its first character.
        out += `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${cellTextXml(cell.value)}</t></is></c>`;
      } else {
        out += `<c r="${ref}" s="${s}"/>`;
      }
    }
    const height = heights?.[r];
    onRow(`<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>${out}</row>`);
  }
  blankRowsBefore(Infinity);
  const lastCol = columnLetters(Math.max(0, model.columnCount - 1));
  const cols = model.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const frozen = model.frozenRows;
  const print = model.print;
  const pane = frozen > 0 ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>` : "";
  const merges = model.merges.length
    ? `<mergeCells count="${model.merges.length}">${model.merges.map((m) => `<mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`).join("")}</mergeCells>`
    : "";
  const head =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}">` +
    (print.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    `<dimension ref="A1:${lastCol}${Math.max(1, model.rowCount)}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>`;
  const tail =
    `</sheetData>` +
    merges +
    `<printOptions gridLines="0" headings="0"/>` +
    pageMarginsXml(print) +
    pageSetupXml(print) +
    headerFooterXml(print) +
    rowBreaksXml(print) +
    `</worksheet>`;
  return { head, tail };
}
