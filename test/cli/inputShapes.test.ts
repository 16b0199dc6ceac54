/**
 * Workbooks as finance staff really hand them over. Each is either read as the
 * plain workbook is read (the same findings at the same cells, the summary
 * written) or refused with one line naming the file (exit 2, nothing written)
 * — by `check` and `summary` alike, never a stack trace, never an
 * "unexpected error".
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import * as XLSX from "xlsx";
import { buildWorkbook, makeTempDir, nfd, type FixtureSheet } from "../helpers/xlsxFixture";
import { CLEAN_SHEETS, expectUnusable, filesIn, runCli } from "./runCli";

/** The clean workbook with one planted mistake: Xã Phú Mãn's money 500 over the district's typed 800. */
const SHEETS: readonly FixtureSheet[] = [CLEAN_SHEETS[0], { ...CLEAN_SHEETS[1], rows: CLEAN_SHEETS[1].rows.map((row, r) => (r === 4 ? [row[0], row[1], row[2], 500] : row)) }];

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function plain(): ExcelJS.Workbook {
  return buildWorkbook(SHEETS);
}

/** `edit` applied to the allocation sheet of the plain workbook. */
function withAllocation(edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void | Promise<void>): () => Promise<Buffer> {
  return async () => {
    const workbook = plain();
    await edit(workbook.getWorksheet("Phân bổ")!, workbook);
    return bytesOf(workbook);
  };
}

/** The plain workbook with a table object (ListObject) over its allocation table, as Excel's Insert → Table writes it. */
async function withTableObject(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await bytesOf(plain()));
  const sheetPath = "xl/worksheets/sheet2.xml";
  const sheet = (await zip.file(sheetPath)!.async("string")).replace("</worksheet>", '<tableParts count="1"><tablePart r:id="rIdT1"/></tableParts></worksheet>');
  zip.file(sheetPath, sheet);
  const relsPath = "xl/worksheets/_rels/sheet2.xml.rels";
  const rels = (await zip.file(relsPath)?.async("string")) ?? '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(relsPath, rels.replace("</Relationships>", '<Relationship Id="rIdT1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>'));
  const columns = ["STT", "Địa bàn", "Địa chỉ tin cậy tại cộng đồng", "Kinh phí hỗ trợ&#10;(triệu đồng)"];
  zip.file(
    "xl/tables/table1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="BangPhanBo" displayName="BangPhanBo" ref="A2:D8"><autoFilter ref="A2:D8"/><tableColumns count="4">${columns.map((name, i) => `<tableColumn id="${i + 1}" name="${name}"/>`).join("")}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>'));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A workbook Excel saved with a password to open: an OLE container holding the encrypted package. */
function encryptedPackage(): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, "/EncryptionInfo", Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>')]));
  XLSX.CFB.utils.cfb_add(container, "/EncryptedPackage", Buffer.alloc(8192, 0x5a));
  return Buffer.from(XLSX.CFB.write(container, { type: "buffer" }) as Uint8Array);
}

/** The plain workbook as another program writes it (`biff8` is Excel 97-2003's .xls). */
function savedAs(bookType: XLSX.BookType): () => Promise<Buffer> {
  return async () => Buffer.from(XLSX.write(XLSX.read(await bytesOf(plain()), { type: "buffer" }), { bookType, type: "buffer" }) as Uint8Array);
}

/**
 * `xls` with a password to open, as Excel 97-2003 saves it: a FILEPASS record (type 0x2F, RC4 CryptoAPI, [MS-XLS]
 * §2.4.117) right after the globals' BOF record; the rest of the stream is left as it is (only the first records are read).
 */
async function withFilePass(xls: () => Promise<Buffer>): Promise<Buffer> {
  const container = XLSX.CFB.read(await xls(), { type: "buffer" });
  const entry = XLSX.CFB.find(container, "Workbook")!;
  const stream = Buffer.from(entry.content as Uint8Array);
  const bofEnd = 4 + stream.readUInt16LE(2);
  const filePass = Buffer.concat([Buffer.from([0x2f, 0x00, 0x36, 0x00, 0x01, 0x00, 0x02, 0x00, 0x02, 0x00]), Buffer.alloc(48, 0x11)]);
  entry.content = Buffer.concat([stream.subarray(0, bofEnd), filePass, stream.subarray(bofEnd)]);
  entry.size = (entry.content as Buffer).length;
  return Buffer.from(XLSX.CFB.write(container, { type: "buffer" }) as Uint8Array);
}

/** The first page of a PDF as "Print → Microsoft Print to PDF" begins it; `cut` keeps only its header line. */
function pdf(cut = false): Buffer {
  const head = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1");
  return cut ? head.subarray(0, 9) : Buffer.concat([head, Buffer.from("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", "latin1"), Buffer.alloc(2000, 0x20), Buffer.from([0x80, 0x00, 0x9f])]);
}

/** A .zip as staff mail it: the workbook in a folder, the plan, a Mac's `__MACOSX` copy and a note. */
async function zipOfWorkbooks(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("Phong TC/phan-bo.xlsx", await bytesOf(plain()));
  zip.file("__MACOSX/Phong TC/._phan-bo.xlsx", Buffer.alloc(120, 1));
  zip.file("ke-hoach.xlsx", await bytesOf(plain()));
  zip.file("ghi-chu.txt", "Gửi phòng Tài chính");
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The plain workbook with a PDF stored (not compressed) as its first entry: its `%PDF-` is in the file's first bytes. */
async function withStoredPdfFirst(): Promise<Buffer> {
  const source = await JSZip.loadAsync(await bytesOf(plain()));
  const zip = new JSZip();
  zip.file("xl/embeddings/in.pdf", pdf(), { compression: "STORE" });
  for (const entry of Object.values(source.files)) if (!entry.dir) zip.file(entry.name, await entry.async("nodebuffer"));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

type Shape = readonly [name: string, file: string, bytes: () => Promise<Buffer>];

const READ: readonly Shape[] = [
  ["a protected sheet (no password to open)", "bao-ve.xlsx", withAllocation((sheet) => sheet.protect("123", { selectLockedCells: true }))],
  ["a table object over the allocation table", "bang.xlsx", withTableObject],
  [
    "data validation lists",
    "danh-sach.xlsx",
    withAllocation((sheet) => {
      for (let row = 5; row <= 8; row++) sheet.getCell(row, 2).dataValidation = { type: "list", allowBlank: true, formulae: ['"Xã Phú Mãn,Xã Đông Xuân,Xã An Phú"'] };
      sheet.getCell("C5").dataValidation = { type: "whole", operator: "between", formulae: [0, 100] };
    }),
  ],
  [
    "defined names",
    "ten.xlsx",
    withAllocation((_, workbook) => {
      workbook.definedNames.add("'Phân bổ'!$A$2:$D$8", "VungPhanBo");
      workbook.definedNames.add("'Kế hoạch'!$A$1:$D$3", "KeHoach");
    }),
  ],
  [
    "numbers in cells formatted as text (@) after they were typed",
    "dang-text.xlsx",
    withAllocation((sheet) => {
      for (let row = 5; row <= 8; row++) for (const col of [3, 4]) if (typeof sheet.getCell(row, col).value === "number") sheet.getCell(row, col).numFmt = "@";
    }),
  ],
  [
    "thousands of styles",
    "nhieu-kieu.xlsx",
    withAllocation((sheet) => {
      for (let i = 0; i < 3000; i++) {
        const cell = sheet.getCell(20 + Math.floor(i / 20), 10 + (i % 20));
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${((i * 2654435761) >>> 8).toString(16).padStart(6, "0").slice(-6)}` } };
        cell.font = { size: 8 + (i % 9), bold: i % 2 === 0 };
      }
    }),
  ],
  ["an .xlsx renamed .xls", "phan-bo.xls", async () => bytesOf(plain())],
  ["a PDF stored first in the package", "pdf-dinh-kem.xlsx", withStoredPdfFirst],
  ["a path with Vietnamese letters and spaces", "Phòng Tài chính/Phân bổ kinh phí 2024.xlsx", async () => bytesOf(plain())],
  ["a name saved in NFD (a Mac, a zip made on one)", nfd("Biểu phân bổ Đông Anh.xlsx"), async () => bytesOf(plain())],
];

const REFUSED: ReadonlyArray<readonly [...Shape, RegExp]> = [
  ["a zero-byte file", "rong.xlsx", async () => Buffer.alloc(0), /rong\.xlsx là tệp rỗng \(0 byte\)/],
  ["a download cut short", "tai-do.xlsx", async () => (await bytesOf(plain())).subarray(0, 2500), /tai-do\.xlsx: tệp \.xlsx bị hỏng hoặc không đầy đủ/],
  ["a password to open", "mat-khau.xlsx", async () => encryptedPackage(), /mat-khau\.xlsx: sổ tính có mật khẩu.*Tệp → Thông tin → Bảo vệ sổ làm việc/],
  ["an Excel 97-2003 file", "cu.xls", savedAs("biff8"), /cu\.xls: đây là tệp Excel 97-2003 \(\.xls\)/],
  ["an Excel 97-2003 file with a password to open", "cu-mat-khau.xls", async () => withFilePass(savedAs("biff8")), /cu-mat-khau\.xls: tệp Excel 97-2003 \(\.xls\) này có mật khẩu.*Tệp → Thông tin → Bảo vệ sổ làm việc.*\.xlsx/],
  ["the same renamed .xlsx", "mat-khau-cu.xlsx", async () => withFilePass(savedAs("biff8")), /mat-khau-cu\.xlsx: tệp Excel 97-2003 \(\.xls\) này có mật khẩu/],
  ["a PDF printout", "phan-bo.pdf", async () => pdf(), /phan-bo\.pdf là tệp PDF, không phải sổ tính Excel — bản PDF chỉ là bản in/],
  ["a PDF printout named .xlsx", "in-ra.xlsx", async () => pdf(), /in-ra\.xlsx là tệp PDF/],
  ["a PDF cut short after its header", "in-do.xlsx", async () => pdf(true), /in-do\.xlsx là tệp PDF/],
  ["a .zip holding workbooks", "gui-kem.zip", zipOfWorkbooks, /gui-kem\.zip là tệp nén \(\.zip\).*giải nén.*\(Phong TC\/phan-bo\.xlsx, ke-hoach\.xlsx\)\.\n$/],
  ["a zip of workbooks named .xlsx", "gui-kem.xlsx", zipOfWorkbooks, /gui-kem\.xlsx là tệp nén/],
  ["WPS's own format", "bang.et", savedAs("biff8"), /bang\.et: đây là bảng tính định dạng riêng của WPS \(\.et\).*Tệp → Lưu thành → \.xlsx/],
  ["WPS's own template", "mau.ett", async () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]), /mau\.ett: đây là bảng tính định dạng riêng của WPS/],
  ["an Excel binary workbook", "nhi-phan.xlsb", savedAs("xlsb"), /nhi-phan\.xlsb: đây là sổ tính nhị phân Excel \(\.xlsb\)/],
  ["an OpenDocument spreadsheet", "libre.ods", savedAs("ods"), /libre\.ods: đây là bảng tính OpenDocument/],
  ["Excel's lock file given by mistake", "~$phan-bo.xlsx", async () => Buffer.concat([Buffer.from([7]), Buffer.from("Ke toan", "latin1"), Buffer.alloc(47, 0x20), Buffer.from("K\u0000e\u0000"), Buffer.alloc(100)]), /~\$phan-bo\.xlsx là tệp tạm Excel tạo ra/],
  ["a new workbook saved empty", "moi.xlsx", async () => bytesOf(buildWorkbook([{ name: "Sheet1", rows: [] }])), /^allocheck: moi\.xlsx là sổ tính trống: không trang nào có ô có dữ liệu \(các trang: "Sheet1"\)/],
  ["a workbook of empty sheets with a blank typed", "trang-trong.xlsx", async () => bytesOf(buildWorkbook([{ name: "Kế hoạch", rows: [[" "]] }, { name: "Phân bổ", rows: [] }])), /trang-trong\.xlsx là sổ tính trống.*"Kế hoạch", "Phân bổ"/],
];

let dir: string;
let plainFindings: string[];

function findingsOf(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: Array<{ rule: string; cell: string | null }> }).findings.map((f) => `${f.rule}@${f.cell ?? ""}`);
}

beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-input-shapes-");
  mkdirSync(join(dir, "Phòng Tài chính"));
  writeFileSync(join(dir, "sach.xlsx"), await bytesOf(plain()));
  for (const [, file, bytes] of [...READ, ...REFUSED]) writeFileSync(join(dir, file), await bytes());
  const run = await runCli(["check", "sach.xlsx", "--json"], dir);
  expect(run.code).toBe(1);
  plainFindings = findingsOf(run.stdout);
  expect(plainFindings).toContain("subtotal@D4");
});

test.each(READ)("%s (%s) is read as the plain workbook", async (_, file) => {
  const check = await runCli(["check", file, "--json"], dir);
  expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 1, stderr: "" });
  expect(findingsOf(check.stdout)).toEqual(plainFindings);
  const summary = await runCli(["summary", file, "-o", "tong-hop.xlsx"], dir);
  expect({ code: summary.code, stderr: summary.stderr }).toEqual({ code: 1, stderr: "" });
  expect(filesIn(dir)).toContain("tong-hop.xlsx");
});

describe.each(REFUSED)("%s (%s)", (_, file, __, message) => {
  test.each([
    ["check", [file]],
    ["check --lang en", [file, "--lang", "en"]],
    ["summary", [file, "-o", "ra.xlsx"]],
  ])("%s: exit 2, one line naming the file, nothing written", async (command, args) => {
    const before = filesIn(dir);
    const run = await runCli([command.split(" ")[0], ...args], dir);
    expectUnusable(run, command.endsWith("en") ? undefined : message);
    expect(run.stderr).toContain(file);
    expect(run.stderr).not.toMatch(/lỗi không mong đợi|unexpected error/);
    expect(filesIn(dir)).toEqual(before);
  });
});
