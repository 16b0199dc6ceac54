/**
 * The files a new user gives the command after reading the README, and what
 * each gets (CONTRACT §4): a report (exit 0 or 1) with each bad cell told at
 * its sheet and cell, or exit 2 with one line on stderr — in Vietnamese, in
 * English with `--lang en`, nothing on stdout even with `--json`, nothing
 * written — and the input never written over.
 */
import { createHash } from "crypto";
import { promises as fsp, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import * as XLSX from "xlsx";
import { buildWorkbook, err, f, makeTempDir, type FixtureSheet, type FixtureValue } from "../helpers/xlsxFixture";
import { variant } from "../adapters/xlsx/packageVariants";
import { CLEAN_SHEETS, expectUnusable, filesIn, runCli, type CliRun } from "./runCli";

/** The clean workbook (Kế hoạch, Phân bổ) with `cells` of the allocation sheet set (A1 refs) and the sheet named `name`. */
function sheets(cells: Readonly<Record<string, FixtureValue>> = {}, name = "Phân bổ", plan: Readonly<Record<string, FixtureValue>> = {}): FixtureSheet[] {
  const set = (sheet: FixtureSheet, edits: Readonly<Record<string, FixtureValue>>): FixtureSheet => {
    const rows = sheet.rows.map((row) => [...row]);
    for (const [ref, value] of Object.entries(edits)) {
      const m = /^([A-Z])(\d+)$/.exec(ref)!;
      const row = Number(m[2]) - 1;
      const col = m[1].charCodeAt(0) - 65;
      while (rows.length <= row) rows.push([]);
      while (rows[row].length <= col) rows[row].push(null);
      rows[row][col] = value;
    }
    return { ...sheet, rows };
  };
  return [set(CLEAN_SHEETS[0], plan), { ...set(CLEAN_SHEETS[1], cells), name }];
}

async function xlsx(fixture: readonly FixtureSheet[]): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(fixture).xlsx.writeBuffer());
}

/** The clean workbook's package with its parts edited as text (`null` removes a part). */
async function edited(edit: Record<string, ((text: string) => string) | null>, fixture = sheets()): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await xlsx(fixture));
  for (const [part, change] of Object.entries(edit)) {
    if (change === null) zip.remove(part);
    else zip.file(part, change(await zip.file(part)!.async("string")));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A workbook Excel saved with a password to open: an OLE container holding the encrypted package. */
function encrypted(): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, "/EncryptionInfo", Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>')]));
  XLSX.CFB.utils.cfb_add(container, "/EncryptedPackage", Buffer.alloc(4096, 0x5a));
  return Buffer.from(XLSX.CFB.write(container, { type: "buffer" }) as Uint8Array);
}

/** The clean workbook as another program saves it (`biff8`: Excel 97-2003's .xls; `ods`: LibreOffice's own). */
async function savedAs(bookType: XLSX.BookType): Promise<Buffer> {
  return Buffer.from(XLSX.write(XLSX.read(await xlsx(sheets()), { type: "buffer" }), { bookType, type: "buffer" }) as Uint8Array);
}

/** One bit of the allocation sheet's deflated data flipped: the zip opens, the sheet's bytes are wrong. */
async function flippedBit(): Promise<Buffer> {
  const bytes = Buffer.from(await xlsx(sheets()));
  const header = bytes.indexOf(Buffer.from("xl/worksheets/sheet2.xml")) - 30;
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  bytes[start + Math.floor(bytes.readUInt32LE(header + 18) / 2)] ^= 0x10;
  return bytes;
}

const ALLOCATION = "xl/worksheets/sheet2.xml";

type Refused = readonly [label: string, file: string, bytes: () => Promise<Buffer>, vi: RegExp, en: RegExp];

const REFUSED: readonly Refused[] = [
  ["an Excel 97-2003 file", "cu.xls", () => savedAs("biff8"), /cu\.xls: đây là tệp Excel 97-2003 \(\.xls\)\. Hãy mở trong Excel và lưu lại dạng \.xlsx/, /cu\.xls: it is an Excel 97-2003 file \(\.xls\)\. Open it in Excel and save it as \.xlsx/],
  ["a LibreOffice .ods", "bang tinh.ods", () => savedAs("ods"), /bang tinh\.ods: đây là bảng tính OpenDocument/, /bang tinh\.ods: it is an OpenDocument spreadsheet/],
  ["a .csv", "phan-bo.csv", async () => Buffer.from("STT,Địa bàn,Kinh phí\n1,Xã Phú Mãn,400\n"), /phan-bo\.csv là tệp CSV, không phải sổ tính Excel \(\.xlsx\)\. Hãy mở trong Excel và lưu lại/, /phan-bo\.csv is a CSV file, not an Excel workbook/],
  ["a password to open", "mat-khau.xlsx", async () => encrypted(), /mat-khau\.xlsx: sổ tính có mật khẩu \(được mã hóa\)/, /mat-khau\.xlsx: the workbook is password-protected \(encrypted\)/],
  ["a zip cut short", "tai-do.xlsx", async () => (await xlsx(sheets())).subarray(0, 4000), /tai-do\.xlsx: tệp \.xlsx bị hỏng hoặc không đầy đủ/, /tai-do\.xlsx: the \.xlsx file is damaged or incomplete/],
  ["a flipped bit in the allocation sheet's data", "hong.xlsx", flippedBit, /hong\.xlsx: tệp \.xlsx bị hỏng ở trang "Phân bổ"/, /hong\.xlsx: the \.xlsx file is damaged at sheet "Phân bổ"/],
  ["sheets with no cell of data", "trong.xlsx", () => xlsx([{ name: "Sheet1", rows: [] }, { name: "Sheet2", rows: [] }]), /trong\.xlsx là sổ tính trống: không trang nào có ô có dữ liệu \(các trang: "Sheet1", "Sheet2"\)/, /trong\.xlsx is an empty workbook/],
  ["a workbook listing no sheet", "khong-trang.xlsx", () => edited({ "xl/workbook.xml": (xml) => xml.replace(/<sheets>.*<\/sheets>/, "<sheets/>") }), /Sổ tính khong-trang\.xlsx không có trang tính nào\./, /The workbook khong-trang\.xlsx has no sheet\./],
  ["the allocation sheet's part missing", "thieu-trang.xlsx", () => edited({ [ALLOCATION]: null }), /thieu-trang\.xlsx: tệp \.xlsx bị hỏng ở trang "Phân bổ" — thiếu phần dữ liệu của trang/, /damaged at sheet "Phân bổ" — the sheet's part \(xl\/worksheets\/sheet2\.xml\) is missing/],
  [
    "a cell naming a shared string the file lacks",
    "chuoi.xlsx",
    () => edited({ [ALLOCATION]: (xml) => xml.replace(/(<c r="B6"[^>]*t="s"[^>]*><v>)\d+/, "$1777") }),
    /chuoi\.xlsx: tệp \.xlsx bị hỏng ở ô 'Phân bổ'!B6 — ô trỏ tới chuỗi số 777/,
    /damaged at cell 'Phân bổ'!B6 — the cell points to shared string 777/,
  ],
  ["a plan target that is #N/A", "ke-hoach-na.xlsx", () => xlsx(sheets({}, "Phân bổ", { D2: err("#N/A") })), /ke-hoach-na\.xlsx: 'Kế hoạch'!D2: ô có giá trị lỗi #N\/A, không phải số kế hoạch — hãy sửa công thức/, /'Kế hoạch'!D2: the cell holds the error #N\/A, not a target/],
  [
    "a plan target typed into a date-formatted cell",
    "ke-hoach-ngay.xlsx",
    () => xlsx(sheets({}, "Phân bổ", { D2: { value: 45444, numFmt: "dd/mm/yyyy" } })),
    /'Kế hoạch'!D2: ô hiện ngày giờ 01\/06\/2024, không phải số kế hoạch — hãy định dạng ô là Số/,
    /'Kế hoạch'!D2: the cell shows the date or time 01\/06\/2024, not a target/,
  ],
];

let dir: string;
/** The rule and cell of every finding of the clean workbook with Xã Phú Mãn's money 500 (over its district's typed 800). */
let plainFindings: string[];

function findingsOf(run: CliRun): string[] {
  return (JSON.parse(run.stdout) as { findings: Array<{ rule: string; cell: string | null }> }).findings.map((x) => `${x.rule}@${x.cell ?? ""}`);
}

function hashOf(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-new-user-");
  for (const [, file, bytes] of REFUSED) writeFileSync(join(dir, file), await bytes());
  writeFileSync(join(dir, "mot-loi.xlsx"), await xlsx(sheets({ D5: 500 })));
  const run = await runCli(["check", "mot-loi.xlsx", "--json"], dir);
  expect(run.code).toBe(1);
  plainFindings = findingsOf(run);
  expect(plainFindings).toEqual(["subtotal@D4"]);
});

describe.each(REFUSED)("%s (%s)", (_, file, __, vi, en) => {
  test.each([
    ["check", [] as string[], vi],
    ["check --json", ["--json"], vi],
    ["check --json --lang en", ["--json", "--lang", "en"], en],
    ["summary --lang en", ["-o", "ra.xlsx", "--lang", "en"], en],
  ])("%s: exit 2, one line naming the file and where, nothing on stdout, nothing written", async (command, args, message) => {
    const before = filesIn(dir);
    const input = hashOf(join(dir, file));
    const run = await runCli([command.split(" ")[0], file, ...args], dir);
    expectUnusable(run, message);
    expect(run.stderr).not.toMatch(/lỗi không mong đợi|unexpected error|Error:/);
    expect(filesIn(dir)).toEqual(before);
    expect(hashOf(join(dir, file))).toBe(input);
  });
});

describe("shapes other programs write: read as Excel's, summarised, the copy read the same", () => {
  /** check --json of `file`, its summary copy, and check --json of that copy. */
  async function checkSummaryRecheck(file: string, cwd = dir): Promise<{ check: CliRun; copy: CliRun }> {
    const check = await runCli(["check", file, "--json"], cwd);
    const out = file.replace(/\.xlsx$/, " - tổng hợp.xlsx");
    const summary = await runCli(["summary", file, "-o", out], cwd);
    expect({ code: summary.code, stderr: summary.stderr }).toEqual({ code: check.code, stderr: "" });
    return { check, copy: await runCli(["check", out, "--json"], cwd) };
  }

  test("inline strings and no shared strings part, absolute /xl/ part paths and x: prefixes (generators, Google Sheets-like): the findings of the plain package", async () => {
    writeFileSync(join(dir, "plain-variant.xlsx"), await variant({}));
    writeFileSync(join(dir, "google-shape.xlsx"), await variant({ inline: true, absolute: true, prefix: true }));
    const plain = await runCli(["check", "plain-variant.xlsx", "--json"], dir);
    expect(plain.code).toBe(1);
    const { check, copy } = await checkSummaryRecheck("google-shape.xlsx");
    expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 1, stderr: "" });
    expect(findingsOf(check)).toEqual(findingsOf(plain));
    expect(findingsOf(copy)).toEqual(findingsOf(plain));
  });

  test("a 31-letter allocation sheet name with an apostrophe: found, its cells told as Excel quotes them, the summary's formulas live", async () => {
    const name = "Phân bổ (Hội LHPN's) năm 2024 ";
    expect(name.trim().length).toBeLessThanOrEqual(31);
    writeFileSync(join(dir, "ten-dai.xlsx"), await xlsx(sheets({ D5: 500 }, name.trim())));
    const { check, copy } = await checkSummaryRecheck("ten-dai.xlsx");
    expect(findingsOf(check)).toEqual(plainFindings);
    expect(findingsOf(copy)).toEqual(plainFindings);
    const text = await runCli(["check", "ten-dai.xlsx"], dir);
    expect(text.stdout).toContain("'Phân bổ (Hội LHPN''s) năm 2024'!D4");
    const sheet = await runCli(["check", "ten-dai.xlsx", "--sheet", name.trim(), "--json"], dir);
    expect(findingsOf(sheet)).toEqual(plainFindings);
  });

  test("a sheet whose dimension says 1 048 576 rows and 16 384 columns, formatted to its last row, holding 8: read as its 8 rows, quickly", async () => {
    const bytes = await edited({
      [ALLOCATION]: (xml) =>
        xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>').replace("</sheetData>", '<row r="1048576" s="0" customFormat="1"><c r="A1048576" s="0"/><c r="XFD1048576" s="0"/></row></sheetData>'),
    }, sheets({ D5: 500 }));
    writeFileSync(join(dir, "dai.xlsx"), bytes);
    const started = process.hrtime.bigint();
    const { check, copy } = await checkSummaryRecheck("dai.xlsx");
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(20);
    expect(findingsOf(check)).toEqual(plainFindings);
    expect(findingsOf(copy)).toEqual(plainFindings);
  });

  test("a folder and file named with spaces and Vietnamese letters", async () => {
    const folder = join(dir, "Phòng Tài chính – Kế hoạch");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "Phân bổ kinh phí 2024.xlsx"), await xlsx(sheets({ D5: 500 })));
    const { check, copy } = await checkSummaryRecheck("Phòng Tài chính – Kế hoạch/Phân bổ kinh phí 2024.xlsx");
    expect(findingsOf(check)).toEqual(plainFindings);
    expect(findingsOf(copy)).toEqual(plainFindings);
    expect(filesIn(folder)).toEqual(["Phân bổ kinh phí 2024 - tổng hợp.xlsx", "Phân bổ kinh phí 2024.xlsx"]);
  });
});

describe("bad values in the allocation: each told at its cell, in both languages", () => {
  test.each<[string, Readonly<Record<string, FixtureValue>>, string, RegExp, RegExp]>([
    ["#N/A in a commune's figure", { C5: err("#N/A") }, "C5", /Ô có giá trị lỗi #N\/A, không đọc được số/, /The cell holds the error #N\/A; no figure can be read/],
    ["#SPILL! of a dynamic array", { D6: f("_xlfn.SORT(X1:X2)", { error: "#SPILL!" }) }, "D6", /giá trị lỗi #SPILL!/, /the error #SPILL!/],
    ["#GETTING_DATA of a cube formula", { D8: err("#GETTING_DATA") }, "D8", /giá trị lỗi #GETTING_DATA/, /the error #GETTING_DATA/],
    ["#DIV/0! in a district's subtotal", { D4: f("SUM(D5:D6)/0", { error: "#DIV/0!" }) }, "D4", /giá trị lỗi #DIV\/0!/, /the error #DIV\/0!/],
    ["a date in a commune's figure", { C5: { value: 45293, numFmt: "dd/mm/yyyy" } }, "C5", /Ô chứa ngày\/giờ, không phải số liệu phân bổ/, /date|time/i],
    ["a date as the grand total", { D3: { value: 45293, numFmt: "d/m/yyyy" } }, "D3", /Ô chứa ngày\/giờ/, /date|time/i],
  ])("%s", async (label, cells, cell, vi, en) => {
    const file = `gia-tri-${createHash("md5").update(label).digest("hex").slice(0, 8)}.xlsx`;
    writeFileSync(join(dir, file), await xlsx(sheets(cells)));
    for (const [lang, message] of [["vi", vi], ["en", en]] as const) {
      const run = await runCli(["check", file, "--json", "--lang", lang], dir);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: "" });
      const findings = (JSON.parse(run.stdout) as { findings: Array<{ rule: string; sheet: string; cell: string | null; severity: string; message: string }> }).findings;
      const at = findings.filter((x) => x.cell === cell && x.sheet === "Phân bổ");
      expect(at.map((x) => [x.rule, x.severity])).toContainEqual(["invalid-value", "error"]);
      expect(at.find((x) => x.rule === "invalid-value")!.message).toMatch(message);
    }
  });
});

describe("summary never writes over its input, nor leaves anything where it cannot write", () => {
  let input: string;
  beforeAll(async () => {
    input = join(dir, "Phân bổ 2024.xlsx");
    writeFileSync(input, await xlsx(sheets({ D5: 500 })));
  });
  afterEach(() => jest.restoreAllMocks());

  test.each([["Phân bổ 2024.xlsx"], ["./Phân bổ 2024.xlsx"], ["Đường dẫn/../Phân bổ 2024.xlsx"], ["Phân bổ 2024.xlsx".normalize("NFD")]])("-o %j names the input: exit 2, the input's bytes unchanged", async (out) => {
    mkdirSync(join(dir, "Đường dẫn"), { recursive: true });
    const before = hashOf(input);
    const files = filesIn(dir);
    const run = await runCli(["summary", "Phân bổ 2024.xlsx", "-o", out], dir);
    expectUnusable(run, /không ghi đè lên tệp đầu vào .* — hãy chọn tên khác cho -o/);
    expect(hashOf(input)).toBe(before);
    expect(filesIn(dir)).toEqual(files);
  });

  test.each([
    ["EACCES", "vi", /^allocheck: không ghi được chi-doc\/ra\.xlsx: không có quyền ghi vào đó/],
    ["EROFS", "vi", /^allocheck: không ghi được chi-doc\/ra\.xlsx: ổ đĩa hay thư mục chỉ cho đọc/],
    ["EACCES", "en", /^allocheck: cannot write chi-doc\/ra\.xlsx: no permission to write there/],
  ])("-o into a folder the system will not write (%s, %s): one line naming the copy, nothing left there, the input unchanged", async (code, lang, message) => {
    const folder = join(dir, "chi-doc");
    mkdirSync(folder, { recursive: true });
    const open = fsp.open.bind(fsp);
    // The folder refuses any new file, as a read-only folder does for a user who is not its owner.
    jest.spyOn(fsp, "open").mockImplementation(async (path, ...rest) => {
      if (String(path).startsWith(folder)) throw Object.assign(new Error(`${code}: refused, open '${String(path)}'`), { code, path: String(path) });
      return open(path, ...rest);
    });
    const before = hashOf(input);
    const run = await runCli(["summary", "Phân bổ 2024.xlsx", "-o", "chi-doc/ra.xlsx", "--lang", lang], dir);
    expectUnusable(run, message);
    expect(run.stderr).not.toMatch(/\.tmp|lỗi không mong đợi|unexpected error/);
    expect(filesIn(folder)).toEqual([]);
    expect(hashOf(input)).toBe(before);
  });
});
