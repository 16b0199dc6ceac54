/**
 * A .xls's password to open is told by the FILEPASS record after its globals' BOF, wherever the compound file keeps
 * the Workbook stream: in the mini stream (under 4096 bytes) or in sectors of its own; a WriteProtect record
 * before it is passed over, and a .xls without one is not said to have a password.
 */
import * as XLSX from "xlsx";
import { xlsHasPassword } from "../../../src/adapters/xlsx/xlsPassword";

const FILE_PASS = Buffer.concat([Buffer.from([0x2f, 0x00, 0x36, 0x00, 0x01, 0x00, 0x02, 0x00, 0x02, 0x00]), Buffer.alloc(48, 0x11)]);
const WRITE_PROTECT = Buffer.from([0x86, 0x00, 0x00, 0x00]);

function xls(rows: number, ...after: Buffer[]): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(Array.from({ length: rows }, (_, r) => [`Xã ${r}`, r * 10])), "Phân bổ");
  const container = XLSX.CFB.read(XLSX.write(book, { bookType: "biff8", type: "buffer" }) as Buffer, { type: "buffer" });
  const entry = XLSX.CFB.find(container, "Workbook")!;
  const stream = Buffer.from(entry.content as Uint8Array);
  const bofEnd = 4 + stream.readUInt16LE(2);
  entry.content = Buffer.concat([stream.subarray(0, bofEnd), ...after, stream.subarray(bofEnd)]);
  entry.size = (entry.content as Buffer).length;
  return Buffer.from(XLSX.CFB.write(container, { type: "buffer" }) as Uint8Array);
}

test.each([
  ["in the mini stream, with a password", 3, [FILE_PASS], true],
  ["in the mini stream, without", 3, [], false],
  ["in sectors of its own, with a password", 2000, [FILE_PASS], true],
  ["in sectors of its own, without", 2000, [], false],
  ["a WriteProtect record before the password", 3, [WRITE_PROTECT, FILE_PASS], true],
  ["a WriteProtect record only", 2000, [WRITE_PROTECT], false],
] as const)("%s", (_, rows, after, expected) => {
  const bytes = xls(rows, ...after);
  const stream = XLSX.CFB.find(XLSX.CFB.read(bytes, { type: "buffer" }), "Workbook")!;
  expect(stream.size >= 4096).toBe(rows > 100);
  expect(xlsHasPassword(bytes)).toBe(expected);
});

test("a compound file without a Workbook stream, or cut short, is not said to have a password", () => {
  const bytes = xls(2000, FILE_PASS);
  expect(xlsHasPassword(bytes.subarray(0, 1024))).toBe(false);
  expect(xlsHasPassword(Buffer.alloc(512))).toBe(false);
});
