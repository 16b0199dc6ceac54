/**
 * Reads an .xlsx (or .xlsm) file into the engine's `WorkbookData`.
 *
 * Values are the cells' cached values (a formula's last calculated result;
 * a formula never calculated reads as empty), formulas are en-US without the
 * leading `=`, rich text and hyperlinks read as their plain text, error values
 * as `{ error: "#REF!" }`, and dates as the Excel serial numbers stored in the
 * file (the engine never needs calendar dates from a cell). Number formats
 * other than General are given in `numberFormats` (a percent format tells that
 * 0.15 means 15 %).
 *
 * It reads the package directly (the container's directory read from the
 * file's bytes and its entries inflated with Node's zlib, zip.ts, each worksheet as a stream read while it is
 * inflated, sheetStream.ts; saxes for the SpreadsheetML parts, except the
 * cells of a sheet and the shared strings, read by scanners of their own,
 * sheetDataScan.ts and sharedStringsScan.ts) instead
 * of through ExcelJS's object model: on 100 000 rows × 30 columns ExcelJS's
 * `readFile` takes ~18 s of CPU and ~1.4 GB, its streaming reader ~10 s and
 * drops merges and shared formulas; this reader takes 1.3–1.4 s of CPU and
 * ~0.2 GB RSS (streamed; 1.0–1.4 s and ~0.26 GB when it held the whole
 * part), 4–5 times the floor of inflating the parts and scanning their bytes
 * once (BENCHMARKS.md, "End to end: `allocheck check` against the floor"). The
 * summary copy is written the same way, by editing the package
 * (summaryPackage.ts).
 */
import { promises as fs } from "fs";
import { InputError } from "../../core/model/errors";
import type { SheetData, WorkbookData } from "../../core/model/workbook";
import { NotAZipError, openZipEntries, type ZipEntries } from "./zip";
import { parseRelationships, relationshipIdOf, scanXml, XmlError } from "./xml";
import { folderOf, relsPathOf, resolvePartPath } from "./packagePaths";
import { readSheetStream } from "./sheetStream";
import { readSharedStrings } from "./sharedStringsScan";
import { parseStyleFormats } from "./styles";
import { asUtf8Chunks, mayBeUtf16, utf16Order, utf16Text } from "./partEncoding";
import { cellPlace, columnLetters, sheetInText } from "../../core/model/address";
import type { LocalizedText } from "../../core/model/text";
import { xlsHasPassword } from "./xlsPassword";

// Relationship types compare without regard to case, as part names do (OPC).
const OFFICE_DOCUMENT = /\/officeDocument$/i;
const WORKSHEET = /\/worksheet$/i;
const SHARED_STRINGS = /\/sharedStrings$/i;
const STYLES = /\/styles$/i;

type NotAWorkbookReason = "legacy" | "xls" | "xls-password" | "encrypted" | "opendocument" | "empty" | "damaged" | "text" | "owner-file" | "xlsb" | "word" | "pdf" | "zip";

/** WPS Spreadsheets' own format (.et, and .ett its template), told by its name: what it holds is WPS's, not a workbook package. */
const WPS_NAME = /\.(et|ett)$/i;

function notAWorkbook(source: string, reason?: NotAWorkbookReason, inside: readonly string[] = []): InputError {
  if (WPS_NAME.test(source) && (reason === undefined || reason === "xls" || reason === "legacy" || reason === "text")) {
    return new InputError("not-a-workbook", {
      vi: `Không đọc được ${source}: đây là bảng tính định dạng riêng của WPS (.et). Hãy mở trong WPS và lưu lại dạng .xlsx: Tệp → Lưu thành → .xlsx.`,
      en: `Cannot read ${source}: it is a WPS Spreadsheets file in WPS's own format (.et). Open it in WPS and save it as .xlsx: File → Save As → .xlsx.`,
    });
  }
  if (reason === "pdf") {
    return new InputError("not-a-workbook", {
      vi: `${source} là tệp PDF, không phải sổ tính Excel — bản PDF chỉ là bản in, không kiểm tra được số liệu trong đó. Hãy lấy tệp Excel (.xlsx) của biểu phân bổ.`,
      en: `${source} is a PDF file, not an Excel workbook — a PDF is a printout whose figures cannot be checked. Get the allocation's Excel file (.xlsx).`,
    });
  }
  if (reason === "zip") {
    const shown = inside.slice(0, 3).join(", ") + (inside.length > 3 ? ", …" : "");
    return new InputError("not-a-workbook", {
      vi: `${source} là tệp nén (.zip), không phải sổ tính — hãy giải nén rồi chọn tệp .xlsx trong đó${shown === "" ? "" : ` (${shown})`}.`,
      en: `${source} is a compressed (.zip) file, not a workbook — unzip it and give the .xlsx file inside${shown === "" ? "" : ` (${shown})`}.`,
    });
  }
  if (reason === "xls-password") {
    return new InputError("not-a-workbook", {
      vi: `Không đọc được ${source}: tệp Excel 97-2003 (.xls) này có mật khẩu. Hãy mở trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại dạng .xlsx: Tệp → Lưu thành → Sổ làm việc Excel (.xlsx). Excel giữ mật khẩu khi lưu thành, nên phải bỏ mật khẩu trước.`,
      en: `Cannot read ${source}: this Excel 97-2003 (.xls) file has a password. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), then save it as .xlsx: File → Save As → Excel Workbook (.xlsx). Excel keeps the password on Save As, so remove it first.`,
    });
  }
  if (reason === "xlsb") {
    return new InputError("not-a-workbook", {
      vi: `Không đọc được ${source}: đây là sổ tính nhị phân Excel (.xlsb). Hãy mở trong Excel và lưu lại dạng .xlsx: Tệp → Lưu thành → Sổ làm việc Excel (.xlsx).`,
      en: `Cannot read ${source}: it is an Excel binary workbook (.xlsb). Open it in Excel and save it as .xlsx: File → Save As → Excel Workbook (.xlsx).`,
    });
  }
  if (reason === "word") {
    return new InputError("not-a-workbook", {
      vi: `${source} là văn bản Word, không phải sổ tính Excel — sổ tính phân bổ là tệp .xlsx (văn bản kế hoạch thì dùng với --plan hoặc extract-plan).`,
      en: `${source} is a Word document, not an Excel workbook — the allocation workbook is an .xlsx file (a plan document goes with --plan or extract-plan).`,
    });
  }
  if (reason === "owner-file") {
    const workbook = source.replace(/~\$([^/\\]*)$/, "$1");
    return new InputError("not-a-workbook", {
      vi: `${source} là tệp tạm Excel tạo ra khi một người đang mở sổ tính, không phải sổ tính — hãy chọn chính sổ tính (${workbook}, hoặc tệp cùng tên không có "~$").`,
      en: `${source} is the temporary file Excel makes while someone has the workbook open, not a workbook — choose the workbook itself (${workbook}, or the file of that name without "~$").`,
    });
  }
  if (reason === "empty") {
    return new InputError("not-a-workbook", {
      vi: `${source} là tệp rỗng (0 byte), không phải sổ tính — có thể tệp chưa được tải về hay chép xong; hãy lấy lại tệp.`,
      en: `${source} is empty (0 bytes), not a workbook — it may not have finished downloading or copying; get the file again.`,
    });
  }
  if (reason === "damaged") {
    return new InputError("not-a-workbook", {
      vi: `Không đọc được ${source}: tệp .xlsx bị hỏng hoặc không đầy đủ (có thể chưa tải về hay chép xong). Hãy lấy lại tệp, hoặc mở trong Excel (Excel đề nghị sửa tệp hỏng) và lưu lại.`,
      en: `Cannot read ${source}: the .xlsx file is damaged or incomplete (it may not have finished downloading or copying). Get the file again, or open it in Excel (which offers to repair it) and save it.`,
    });
  }
  if (reason === "text") return textNotAWorkbook(source);
  if (reason === "encrypted") {
    return new InputError("not-a-workbook", {
      vi: `Không đọc được ${source}: sổ tính có mật khẩu (được mã hóa). Hãy mở trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại.`,
      en: `Cannot read ${source}: the workbook is password-protected (encrypted). Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and save it.`,
    });
  }
  if (reason === "xls") {
    return new InputError("not-a-workbook", {
      vi: `Không đọc được ${source}: đây là tệp Excel 97-2003 (.xls). Hãy mở trong Excel và lưu lại dạng .xlsx: Tệp → Lưu thành → Sổ làm việc Excel (.xlsx).`,
      en: `Cannot read ${source}: it is an Excel 97-2003 file (.xls). Open it in Excel and save it as .xlsx: File → Save As → Excel Workbook (.xlsx).`,
    });
  }
  if (reason === "opendocument") {
    return new InputError("not-a-workbook", {
      vi: `Không đọc được ${source}: đây là bảng tính OpenDocument (.ods, của LibreOffice). Hãy mở và lưu lại dạng Excel (.xlsx): Tệp → Lưu thành → Excel 2007-365 (.xlsx).`,
      en: `Cannot read ${source}: it is an OpenDocument spreadsheet (.ods, LibreOffice's). Open it and save it as an Excel workbook: File → Save As → Excel 2007-365 (.xlsx).`,
    });
  }
  if (reason === "legacy") {
    return new InputError("not-a-workbook", {
      vi: `Không đọc được ${source}: đây là tệp .xls cũ hoặc tệp có mật khẩu. Hãy mở trong Excel và lưu lại dạng .xlsx (không mật khẩu).`,
      en: `Cannot read ${source}: it is an old .xls file or a password-protected workbook. Open it in Excel and save it as .xlsx (without a password).`,
    });
  }
  return new InputError("not-a-workbook", {
    vi: `${source} không phải là sổ tính Excel (.xlsx).`,
    en: `${source} is not an Excel workbook (.xlsx).`,
  });
}

/**
 * Text given as a workbook, told by what its name says it is: a plan's text
 * (`.txt`) is pointed to `--plan` and `extract-plan`, a `.csv` or `.html` is
 * named as such, and text under a workbook's name is said to be named so.
 */
function textNotAWorkbook(source: string): InputError {
  const extension = /\.([^./\\]+)$/.exec(source)?.[1]?.toLowerCase() ?? "";
  const saveAs = { vi: "Hãy mở trong Excel và lưu lại: Tệp → Lưu thành → Sổ làm việc Excel (.xlsx).", en: "Open it in Excel and save it: File → Save As → Excel Workbook (.xlsx)." };
  if (extension === "txt" || extension === "text") {
    return new InputError("not-a-workbook", {
      vi: `${source} là tệp văn bản, không phải sổ tính Excel (.xlsx) — văn bản kế hoạch thì dùng với --plan hoặc extract-plan; bảng số liệu thì mở trong Excel và lưu lại: Tệp → Lưu thành → Sổ làm việc Excel (.xlsx).`,
      en: `${source} is a text file, not an Excel workbook (.xlsx) — for a plan's text use --plan or extract-plan; for a table of figures, open it in Excel and save it: File → Save As → Excel Workbook (.xlsx).`,
    });
  }
  if (extension === "csv" || extension === "tsv" || extension === "htm" || extension === "html") {
    const kind = extension.startsWith("htm") ? "HTML" : extension.toUpperCase();
    return new InputError("not-a-workbook", {
      vi: `${source} là tệp ${kind}, không phải sổ tính Excel (.xlsx). ${saveAs.vi}`,
      en: `${source} is ${kind === "HTML" ? "an" : "a"} ${kind} file, not an Excel workbook (.xlsx). ${saveAs.en}`,
    });
  }
  const named = /^xl[st][xmb]?$/.test(extension) ? { vi: " đặt tên như sổ tính", en: " named as a workbook" } : { vi: "", en: "" };
  return new InputError("not-a-workbook", {
    vi: `${source} là tệp văn bản (CSV, HTML hay văn bản thường)${named.vi}, không phải sổ tính Excel (.xlsx). ${saveAs.vi}`,
    en: `${source} is a text file (CSV, HTML or plain text)${named.en}, not an Excel workbook (.xlsx). ${saveAs.en}`,
  });
}

/**
 * A part's text (part names compare without regard to case or percent-encoding,
 * zip.ts `partKey`); a part in UTF-16 read as such (partEncoding.ts).
 */
async function entryText(zip: ZipEntries, path: string): Promise<string | undefined> {
  const text = await zip.text(path);
  if (text === undefined || !mayBeUtf16(text)) return text;
  const chunks: Buffer[] = [];
  for await (const chunk of zip.chunks(path)!) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  const order = utf16Order(bytes);
  return order === null ? text : utf16Text(bytes, order);
}

/** The same, as chunks of UTF-8 bytes inflated as they are read (a big sheet is never held whole). */
function entryChunks(zip: ZipEntries, path: string): AsyncIterable<Buffer> | undefined {
  const chunks = zip.chunks(path);
  return chunks === undefined ? undefined : asUtf8Chunks(chunks);
}

interface SheetEntry {
  readonly name: string;
  readonly relId: string | undefined;
  readonly hidden: boolean;
}

/** The `<sheet>` entries of the workbook part, and whether it counts dates from 1904; null when its root is not a workbook. */
function workbookSheets(xml: string): { readonly sheets: SheetEntry[]; readonly date1904: boolean } | null {
  let isWorkbook = false;
  let date1904 = false;
  const sheets: SheetEntry[] = [];
  scanXml(xml, {
    open: (tag) => {
      if (tag.depth === 0) isWorkbook = tag.local === "workbook";
      else if (isWorkbook && tag.depth === 1 && tag.local === "workbookPr") {
        const value = tag.attributes.date1904?.toLowerCase();
        date1904 = value === "1" || value === "true";
      } else if (isWorkbook && tag.depth === 2 && tag.local === "sheet") {
        const a = tag.attributes;
        sheets.push({ name: a.name ?? "", relId: relationshipIdOf(a), hidden: a.state === "hidden" || a.state === "veryHidden" });
      }
    },
  });
  return isWorkbook ? { sheets, date1904 } : null;
}

/** The first two sheets of one name as Excel compares names (without regard to case or Unicode form); null when every name is its own. */
function sameNamedSheets(entries: readonly SheetEntry[]): readonly [string, string] | null {
  const seen = new Map<string, string>();
  for (const { name } of entries) {
    const key = name.normalize("NFC").toLowerCase();
    const before = seen.get(key);
    if (before !== undefined) return [before, name];
    seen.set(key, name);
  }
  return null;
}

/** What a package that holds no workbook part is: an OpenDocument spreadsheet, a Word document, or neither. */
async function packageKind(zip: ZipEntries): Promise<NotAWorkbookReason | undefined> {
  // An OpenDocument package names its kind in a first entry `mimetype` (OASIS OpenDocument 1.2, part 3, §3.3).
  if ((await entryText(zip, "mimetype"))?.trim() === "application/vnd.oasis.opendocument.spreadsheet") return "opendocument";
  if (zip.names.some((name) => name.toLowerCase() === "word/document.xml")) return "word";
  if (workbooksInside(zip.names).length > 0) return "zip";
  return undefined;
}

/** The workbooks a plain .zip holds (the .xlsx first), leaving out a Mac's `__MACOSX/` copies and Excel's `~$` owner files. */
function workbooksInside(names: readonly string[]): string[] {
  const workbooks = names.filter((name) => /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|et)$/i.test(name) && !/(^|\/)(__MACOSX\/|~\$)/i.test(name));
  return [...workbooks.filter((name) => /\.xlsx$/i.test(name)), ...workbooks.filter((name) => !/\.xlsx$/i.test(name))];
}

/** A workbook with no sheet of cells: none at all, or only chart sheets. */
function noWorksheet(source: string, entries: readonly SheetEntry[]): InputError {
  if (entries.length === 0) {
    return new InputError("no-table", {
      vi: `Sổ tính ${source} không có trang tính nào.`,
      en: `The workbook ${source} has no sheet.`,
    });
  }
  const names = entries.map((e) => sheetInText(e.name)).join(", ");
  return new InputError("no-table", {
    vi: `Sổ tính ${source} không có trang tính nào có ô để kiểm tra: chỉ có trang biểu đồ (${names}).`,
    en: `The workbook ${source} has no sheet of cells to check: only chart sheets (${names}).`,
  });
}

async function readPackage(zip: ZipEntries, source: string): Promise<WorkbookData> {
  const rootRels = await entryText(zip, "_rels/.rels");
  const officeDocument = rootRels ? parseRelationships(rootRels).find((r) => OFFICE_DOCUMENT.test(r.type)) : undefined;
  const workbookPath = officeDocument ? resolvePartPath("", officeDocument.target) : "xl/workbook.xml";
  // A binary workbook's part is not XML: told before it is read as XML.
  if (/\.bin$/i.test(workbookPath)) throw notAWorkbook(source, "xlsb");
  const workbookXml = await entryText(zip, workbookPath);
  const listed = workbookXml === undefined ? null : workbookSheets(workbookXml);
  if (listed === null) {
    const kind = await packageKind(zip);
    throw notAWorkbook(source, kind, kind === "zip" ? workbooksInside(zip.names) : []);
  }

  const workbookFolder = folderOf(workbookPath);
  const rels = parseRelationships((await entryText(zip, relsPathOf(workbookPath))) ?? "");
  const sharedStringsRel = rels.find((r) => SHARED_STRINGS.test(r.type));
  const sharedStringsXml = sharedStringsRel ? await entryText(zip, resolvePartPath(workbookFolder, sharedStringsRel.target)) : undefined;
  const sharedStrings = sharedStringsXml ? readSharedStrings(sharedStringsXml) : [];
  const stylesRel = rels.find((r) => STYLES.test(r.type));
  const stylesXml = stylesRel ? await entryText(zip, resolvePartPath(workbookFolder, stylesRel.target)) : undefined;
  const styleFormats = stylesXml ? parseStyleFormats(stylesXml) : [];

  const sheets: SheetData[] = [];
  const entries = listed.sheets;
  const twice = sameNamedSheets(entries);
  if (twice !== null) {
    throw damagedSheet(source, twice[1], {
      vi: `sổ tính có hai trang cùng tên (${sheetInText(twice[0])} và ${sheetInText(twice[1])}), điều Excel không cho phép, kể cả khi chỉ khác chữ hoa, chữ thường`,
      en: `the workbook has two sheets of one name (${sheetInText(twice[0])} and ${sheetInText(twice[1])}), which Excel does not allow, even when they differ in case alone`,
    });
  }
  for (const entry of entries) {
    const rel = entry.relId !== undefined ? rels.find((r) => r.id === entry.relId) : undefined;
    // A sheet the workbook lists with no part to it: the package is damaged (Excel offers to repair it), not a sheet to leave out unsaid.
    if (rel === undefined) throw damagedSheet(source, entry.name, { vi: "sổ tính ghi tên trang này nhưng không có phần dữ liệu của nó", en: "the workbook lists this sheet but holds no part for it" });
    if (!WORKSHEET.test(rel.type) || rel.external) continue; // chart sheets, dialog sheets
    const partPath = resolvePartPath(workbookFolder, rel.target);
    const chunks = entryChunks(zip, partPath);
    if (chunks === undefined) throw damagedSheet(source, entry.name, { vi: `thiếu phần dữ liệu của trang (${partPath})`, en: `the sheet's part (${partPath}) is missing` });
    const missingString = (row: number, col: number, index: string) => {
      throw new MissingSharedStringError(row, col, index);
    };
    const options = { missingString, date1904: listed.date1904 };
    sheets.push(await readSheet(source, entry.name, () => readSheetStream(entry.name, chunks, sharedStrings, entry.hidden, styleFormats, options), sharedStringsXml !== undefined ? sharedStrings.length : null));
  }
  if (sheets.length === 0) throw noWorksheet(source, entries);
  return { sheets };
}

/**
 * A cell that names a shared string the package does not hold (`t="s"` with an
 * index past the shared strings part, or with no such part): the file is
 * damaged, and what the cell held cannot be known. 0-based `row` and `col`;
 * `index` as the cell gives it. Thrown from the sheet reader's `MissingString`.
 */
class MissingSharedStringError extends Error {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly index: string,
  ) {
    super(`shared string ${index} is not in the shared strings part`);
    this.name = "MissingSharedStringError";
  }
}

/**
 * A sheet's cells read by `read`; a part that is not XML, whose compressed
 * data is damaged, or whose cell names a shared string the package lacks is
 * told as a damaged file naming the sheet (and the cell). `strings`: how many
 * shared strings the package holds, null when it has no such part.
 */
async function readSheet(source: string, sheet: string, read: () => Promise<SheetData>, strings: number | null): Promise<SheetData> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof MissingSharedStringError) {
      const cell = `${columnLetters(error.col)}${error.row + 1}`;
      const why: LocalizedText =
        strings === null
          ? { vi: `ô trỏ tới chuỗi số ${error.index} của bảng chuỗi dùng chung, nhưng tệp không có bảng chuỗi đó (xl/sharedStrings.xml)`, en: `the cell points to shared string ${error.index}, but the file has no shared strings part (xl/sharedStrings.xml)` }
          : { vi: `ô trỏ tới chuỗi số ${error.index} của bảng chuỗi dùng chung, nhưng bảng chỉ có ${strings} chuỗi`, en: `the cell points to shared string ${error.index}, but the shared strings part holds ${strings}` };
      throw damagedSheet(source, sheet, why, cell);
    }
    if (error instanceof XmlError || error instanceof NotAZipError) throw damagedSheet(source, sheet, { vi: "phần dữ liệu của trang không đọc được", en: "the sheet's part cannot be read" });
    throw error;
  }
}

/** A damaged package, told at the sheet (and the cell) where it was found: exit 2, what to do as for any damaged file. */
function damagedSheet(source: string, sheet: string, why: LocalizedText, cell?: string): InputError {
  const at = cell === undefined ? { vi: `trang ${sheetInText(sheet)}`, en: `sheet ${sheetInText(sheet)}` } : { vi: `ô ${cellPlace(sheet, cell)}`, en: `cell ${cellPlace(sheet, cell)}` };
  return new InputError("not-a-workbook", {
    vi: `Không đọc được ${source}: tệp .xlsx bị hỏng ở ${at.vi} — ${why.vi}. Hãy lấy lại tệp, hoặc mở trong Excel (Excel đề nghị sửa tệp hỏng) và lưu lại.`,
    en: `Cannot read ${source}: the .xlsx file is damaged at ${at.en} — ${why.en}. Get the file again, or open it in Excel (which offers to repair it) and save it.`,
  });
}

/** Reads a workbook from bytes; `source` names it in error messages. */
export async function readWorkbookBuffer(buf: Buffer | Uint8Array, source = "workbook"): Promise<WorkbookData> {
  return (await readBufferWith(buf, source, async () => undefined)).workbook;
}

/** The workbook, and what `also` reads from the same opened package (after the workbook, its errors its own). */
async function readBufferWith<T>(buf: Buffer | Uint8Array, source: string, also: (zip: ZipEntries) => Promise<T>): Promise<{ workbook: WorkbookData; also: T }> {
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  // A PDF (a printout of the workbook), under any name: its header may come after a few bytes (PDF 1.7, ISO 32000-1 annex H.3).
  if (bytes.subarray(0, 1024).includes(PDF_HEADER) && !(bytes.length >= 4 && bytes.readUInt32BE(0) === ZIP_SIGNATURE)) throw notAWorkbook(source, "pdf");
  // An OLE compound file: a legacy .xls, or an encrypted (password-protected) .xlsx.
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1) {
    throw notAWorkbook(source, compoundFileKind(bytes));
  }
  // Excel's owner file `~$Book.xlsx` (a user name in 165 bytes), beside a workbook someone has open.
  if (/(^|[/\\])~\$[^/\\]*$/.test(source) && bytes.length < 1024) throw notAWorkbook(source, "owner-file");
  if (bytes.length === 0) throw notAWorkbook(source, "empty");
  let zip: ZipEntries;
  let workbook: WorkbookData;
  try {
    zip = await openZipEntries(bytes);
    workbook = await readPackage(zip, source);
  } catch (error) {
    // Not a zip, a damaged entry, or a part that is not XML.
    if (error instanceof NotAZipError || error instanceof XmlError) throw notAWorkbook(source, kindOfUnreadable(bytes));
    throw error;
  }
  return { workbook, also: await also(zip) };
}

const ZIP_SIGNATURE = 0x504b0304;
const PDF_HEADER = Buffer.from("%PDF-", "latin1");

/** Why bytes that do not open as a workbook package fail: a zip that is damaged or cut short, text under a workbook's name, or neither. */
function kindOfUnreadable(bytes: Buffer): NotAWorkbookReason | undefined {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === ZIP_SIGNATURE) return "damaged";
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return undefined;
  // No control characters besides tabs and line ends: text, in UTF-8 or a single-byte code page.
  for (const byte of head) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return undefined;
  return "text";
}

const ENCRYPTED_STREAMS = [Buffer.from("EncryptedPackage", "utf16le"), Buffer.from("EncryptionInfo", "utf16le")];
const XLS_STREAMS = [Buffer.from("Workbook", "utf16le"), Buffer.from("Book\0", "utf16le")];

/** What an OLE compound file holds, by its streams' names (UTF-16 in its directory): an encrypted .xlsx, a .xls (with a password or not), or either. */
function compoundFileKind(bytes: Buffer): "encrypted" | "xls" | "xls-password" | "legacy" {
  if (ENCRYPTED_STREAMS.some((name) => bytes.indexOf(name) >= 0)) return "encrypted";
  if (XLS_STREAMS.some((name) => bytes.indexOf(name) >= 0)) return xlsHasPassword(bytes) ? "xls-password" : "xls";
  return "legacy";
}

async function readFileBytes(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new InputError("file-missing", { vi: `Không tìm thấy tệp ${path}.`, en: `File not found: ${path}.` });
    }
    if (code === "EISDIR") throw notAWorkbook(path);
    throw error;
  }
}

/** Reads a workbook file. Missing file → InputError `file-missing`; not an .xlsx → `not-a-workbook`. */
export async function readWorkbookFile(path: string): Promise<WorkbookData> {
  return readWorkbookBuffer(await readFileBytes(path), path);
}

/**
 * Reads a workbook file and, from the same package, what `also` reads (the
 * task pane's saved settings): the file is read and its archive opened once.
 * `shown` names the file in messages (the path as the user gave it). `bytes`,
 * with `keepBytes`: the file as read (the summary copies it without reading it again).
 */
export async function readWorkbookFileWith<T>(path: string, also: (zip: ZipEntries) => Promise<T>, shown = path, keepBytes = false): Promise<{ workbook: WorkbookData; also: T; bytes?: Buffer }> {
  const bytes = await readFileBytes(path);
  const read = await readBufferWith(bytes, shown, also);
  // Kept only when asked: otherwise the file's bytes are let go before the check (16 MB of a large workbook's peak memory).
  return keepBytes ? { ...read, bytes } : read;
}
