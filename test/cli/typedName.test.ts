/**
 * A workbook's name typed with what is not part of it (quotes pasted with it,
 * a file:// address, a space at its end, a shell's escapes inside quotes),
 * without its extension or in another case: exit 2, the name to type — and a
 * name not there in any form stays "file not found".
 */
import { copyFileSync, mkdirSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli, writeCleanWorkbook } from "./runCli";

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-typed-name-");
  const clean = await writeCleanWorkbook(dir, "phan-bo.xlsx");
  mkdirSync(join(dir, "Phòng Tài chính"));
  copyFileSync(clean, join(dir, "Phòng Tài chính", "Phân bổ 2024.xlsx"));
});

test.each<[string, (dir: string) => string, RegExp, RegExp]>([
  ["in quotes pasted with it", () => '"phan-bo.xlsx"', /^allocheck: không tìm thấy tệp "phan-bo\.xlsx": tên tệp có dấu ngoặc kép thừa — hãy ghi: phan-bo\.xlsx\n$/, /the name has quotes that are not part of it — type: phan-bo\.xlsx\n$/],
  ["a path with spaces in quotes", () => '"Phòng Tài chính/Phân bổ 2024.xlsx"', /dấu ngoặc kép thừa — hãy ghi: "Phòng Tài chính\/Phân bổ 2024\.xlsx"\n$/, /type: "Phòng Tài chính\/Phân bổ 2024\.xlsx"\n$/],
  ["in single quotes", () => "'phan-bo.xlsx'", /dấu ngoặc kép thừa — hãy ghi: phan-bo\.xlsx\n$/, /type: phan-bo\.xlsx\n$/],
  ["a file:// address", (d) => `file://${join(d, "phan-bo.xlsx")}`, /đây là địa chỉ file:\/\/, không phải đường dẫn — hãy ghi: \/.*\/phan-bo\.xlsx\n$/, /this is a file:\/\/ address, not a path — type: \/.*phan-bo\.xlsx\n$/],
  ["a space at its end", () => "phan-bo.xlsx ", /khoảng trắng thừa ở đầu hay cuối — hãy ghi: phan-bo\.xlsx\n$/, /a space at its start or end — type: phan-bo\.xlsx\n$/],
  ["a shell's escapes kept inside quotes", () => "Phòng\\ Tài\\ chính/Phân\\ bổ\\ 2024.xlsx", /dấu \\ của shell trong ngoặc kép — hãy ghi: "Phòng Tài chính\/Phân bổ 2024\.xlsx"\n$/, /a shell's \\ escapes inside quotes — type: "Phòng Tài chính\/Phân bổ 2024\.xlsx"\n$/],
  ["without its extension", () => "Phòng Tài chính/Phân bổ 2024", /thiếu đuôi \.xlsx — hãy ghi: "Phòng Tài chính\/Phân bổ 2024\.xlsx"\n$/, /lacks its extension \.xlsx — type: "Phòng Tài chính\/Phân bổ 2024\.xlsx"\n$/],
  ["in another case", () => "Phòng Tài chính/phân bổ 2024.XLSX", /khác chữ hoa, chữ thường — hãy ghi: "Phòng Tài chính\/Phân bổ 2024\.xlsx"\n$/, /differs in upper and lower case — type: "Phòng Tài chính\/Phân bổ 2024\.xlsx"\n$/],
  ["in capitals", () => "PHAN-BO.xlsx", /khác chữ hoa, chữ thường — hãy ghi: phan-bo\.xlsx\n$/, /type: phan-bo\.xlsx\n$/],
  ["quotes around a name that is not there either", () => '"khac.xlsx"', /^allocheck: không tìm thấy tệp "khac\.xlsx"\n$/, /^allocheck: file not found: "khac\.xlsx"\n$/],
])("%s", async (_, name, vi, en) => {
  const before = filesIn(dir);
  expectUnusable(await runCli(["check", name(dir)], dir), vi);
  expectUnusable(await runCli(["check", name(dir), "--lang", "en"], dir), en);
  expectUnusable(await runCli(["summary", name(dir), "-o", "tong-hop.xlsx"], dir), vi);
  expect(filesIn(dir)).toEqual(before);
});
