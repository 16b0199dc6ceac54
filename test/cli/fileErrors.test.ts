/** A file the system refuses (no right, read-only, full, locked, a folder): one clear line naming the file as given, exit 2, the input untouched. */
import { createHash } from "crypto";
import { promises as fsp, mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { fileError } from "../../src/cli/fileErrors";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli, writeCleanWorkbook } from "./runCli";

function systemError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, open '${path}'`), { code, path });
}

describe("fileError", () => {
  test.each([
    ["EACCES", "write", "không ghi được ra.xlsx: không có quyền ghi vào đó, hoặc tệp đang mở trong Excel", "cannot write ra.xlsx: no permission to write there"],
    ["EPERM", "read", "không đọc được ra.xlsx: không có quyền đọc tệp", "cannot read ra.xlsx: no permission to read it"],
    ["EBUSY", "write", "không ghi được ra.xlsx: tệp đang mở trong Excel", "cannot write ra.xlsx: the file is open in Excel"],
    ["EROFS", "write", "không ghi được ra.xlsx: ổ đĩa hay thư mục chỉ cho đọc", "cannot write ra.xlsx: the drive or folder is read-only"],
    ["ENOSPC", "write", "không ghi được ra.xlsx: ổ đĩa đã đầy", "cannot write ra.xlsx: the disk is full"],
    ["ENAMETOOLONG", "read", "không đọc được ra.xlsx: đường dẫn quá dài", "cannot read ra.xlsx: the path is too long"],
    ["ENOENT", "write", "không ghi được ra.xlsx: không có thư mục đó", "cannot write ra.xlsx: the folder does not exist"],
    ["EXDEV", "use", "không dùng được ra.xlsx: lỗi hệ thống EXDEV", "cannot use ra.xlsx: system error EXDEV"],
  ] as const)("%s on %s: named by the path as given, in both languages, no system path", (code, action, vi, en) => {
    const error = fileError(systemError(code, "/tmp/.ra.xlsx.123.tmp"), "ra.xlsx", action);
    expect(error?.text.vi).toContain(vi);
    expect(error?.text.en).toContain(en);
    expect(`${error?.text.vi} ${error?.text.en}`).not.toContain(".tmp");
  });

  test("an error that is not the system's is left as it is", () => {
    expect(fileError(new Error("x"), "ra.xlsx", "read")).toBeUndefined();
    expect(fileError({ code: "commander.unknownOption" }, "ra.xlsx", "read")).toBeUndefined();
  });
});

describe("the commands on a file the system refuses", () => {
  let dir: string;
  let inputHash: string;
  beforeAll(async () => {
    dir = makeTempDir("allocheck-cli-file-errors-");
    await writeCleanWorkbook(dir, "sach.xlsx");
    mkdirSync(join(dir, "thu-muc.xlsx"));
    inputHash = createHash("sha256").update(readFileSync(join(dir, "sach.xlsx"))).digest("hex");
  });
  afterEach(() => jest.restoreAllMocks());

  test.each([
    ["EBUSY", /không ghi được ra\.xlsx: tệp đang mở trong Excel/],
    ["EACCES", /không ghi được ra\.xlsx: không có quyền ghi/],
    ["EROFS", /không ghi được ra\.xlsx: ổ đĩa hay thư mục chỉ cho đọc/],
    ["ENOSPC", /không ghi được ra\.xlsx: ổ đĩa đã đầy/],
  ])("summary whose copy the system will not write (%s): one line, exit 2, input untouched", async (code, message) => {
    const before = filesIn(dir);
    jest.spyOn(fsp, "rename").mockRejectedValue(systemError(code, join(dir, ".ra.xlsx.1.tmp")));
    const run = await runCli(["summary", "sach.xlsx", "-o", "ra.xlsx"], dir);
    expectUnusable(run, message);
    expect(run.stderr).not.toMatch(/\.tmp|lỗi không mong đợi/);
    expect(createHash("sha256").update(readFileSync(join(dir, "sach.xlsx"))).digest("hex")).toBe(inputHash);
    expect(filesIn(dir)).toEqual(before);
  });

  test("summary -o naming a folder is refused before anything is read or written", async () => {
    const run = await runCli(["summary", "sach.xlsx", "-o", "thu-muc.xlsx", "--lang", "en"], dir);
    expectUnusable(run, /^allocheck: thu-muc\.xlsx is a folder — give a file name for -o\n$/);
  });

  test("check on a workbook the system will not read (EACCES): one line naming it, exit 2", async () => {
    jest.spyOn(fsp, "readFile").mockRejectedValue(systemError("EACCES", join(dir, "sach.xlsx")));
    const run = await runCli(["check", "sach.xlsx"], dir);
    expectUnusable(run, /^allocheck: không đọc được sach\.xlsx: không có quyền đọc tệp/);
  });
});

describe("an input path the system refuses before reading", () => {
  test.each([
    [["check", `${"a".repeat(300)}.xlsx`], /^allocheck: không đọc được a+\.xlsx: đường dẫn quá dài/],
    [["extract-plan", `${"b".repeat(300)}.txt`], /^allocheck: không đọc được b+\.txt: đường dẫn quá dài/],
    [["check", "khong-co.xlsx"], /^allocheck: không tìm thấy tệp khong-co\.xlsx\n$/],
  ])("%j", async (argv, message) => {
    expectUnusable(await runCli(argv, makeTempDir("allocheck-cli-long-path-")), message);
  });
});
