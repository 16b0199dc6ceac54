/**
 * The lock file an office program keeps beside an open document, given by
 * mistake for the document: exit 2, one line naming the document to give,
 * nothing written — for the workbook, a plan document and `--plan` alike.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli, writeCleanWorkbook } from "./runCli";

const LIBRE_LOCK = "Ke toan,ketoan,may-ke-toan,06.12.2026 08:15,file:///home/ketoan/.config/libreoffice/4;";
/** An Office owner file: the user's name in a byte-counted field, then again in UTF-16. */
const OWNER = Buffer.concat([Buffer.from([7]), Buffer.from("Ke toan", "latin1"), Buffer.alloc(47, 0x20), Buffer.from("Ke toan", "utf16le"), Buffer.alloc(94)]);

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-lock-files-");
  await writeCleanWorkbook(dir, "Phân bổ 2024.xlsx");
  writeFileSync(join(dir, ".~lock.Phân bổ 2024.xlsx#"), LIBRE_LOCK);
  writeFileSync(join(dir, ".~lock.ke-hoach.docx#"), LIBRE_LOCK);
  writeFileSync(join(dir, "~$-hoach.docx"), OWNER);
  // A big file whose name only looks like a lock file is read as what it is.
  writeFileSync(join(dir, "~$ghi-chu.txt"), `1. Chỉ tiêu: thành lập mới 14 tổ truyền thông cộng đồng.\n${" ".repeat(4096)}\n`);
});

test.each<[string, string[], RegExp, RegExp]>([
  ["LibreOffice's lock file for the workbook", ["check", ".~lock.Phân bổ 2024.xlsx#"], /^allocheck: \.~lock\.Phân bổ 2024\.xlsx# là tệp khóa LibreOffice tạo ra khi đang mở Phân bổ 2024\.xlsx, không phải tài liệu — hãy chọn chính tệp Phân bổ 2024\.xlsx\n$/, /is the lock file LibreOffice keeps while Phân bổ 2024\.xlsx is open/],
  ["the same for summary", ["summary", ".~lock.Phân bổ 2024.xlsx#", "-o", "tong-hop.xlsx"], /tệp khóa LibreOffice/, /lock file LibreOffice/],
  ["LibreOffice's lock file for a plan document", ["extract-plan", ".~lock.ke-hoach.docx#"], /tệp khóa LibreOffice tạo ra khi đang mở ke-hoach\.docx/, /while ke-hoach\.docx is open/],
  ["Word's owner file for a plan document", ["extract-plan", "~$-hoach.docx"], /^allocheck: ~\$-hoach\.docx là tệp tạm Office \(Word, Excel\) tạo ra khi đang mở tài liệu, không phải tài liệu — hãy chọn chính tài liệu: tệp bên cạnh có tên kết thúc bằng "-hoach\.docx", không có "~\$"\n$/, /temporary file Office \(Word, Excel\) keeps while a document is open/],
  ["Word's owner file given as --plan", ["check", "Phân bổ 2024.xlsx", "--plan", "~$-hoach.docx"], /~\$-hoach\.docx là tệp tạm Office \(Word, Excel\)/, /temporary file Office \(Word, Excel\)/],
])("%s", async (_, argv, vi, en) => {
  const before = filesIn(dir);
  expectUnusable(await runCli(argv, dir), vi);
  expectUnusable(await runCli([...argv, "--lang", "en"], dir), en);
  expect(filesIn(dir)).toEqual(before);
});

test("a file of plan text whose name only starts with ~$ is read", async () => {
  const run = await runCli(["extract-plan", "~$ghi-chu.txt", "--json"], dir);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
});
