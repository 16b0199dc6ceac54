/**
 * Paths typed the Windows way (`C:\Users\lan\…`, `Thư mục\tệp.xlsx`) on a
 * system that is not Windows: an input is not found with the path to type
 * instead, an output is refused (exit 2) — never a file named `C:\Users\…`
 * written in the working folder.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import { windowsPathHint } from "../../src/cli/windowsPath";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli, writeCleanWorkbook } from "./runCli";

describe("windowsPathHint", () => {
  const none = (): boolean => false;
  test.each<[string, "read" | "write", RegExp | undefined]>([
    ["C:\\Users\\lan\\Desktop\\Phân bổ.xlsx", "read", /^đây là đường dẫn Windows \(ổ C:, dấu \\\) mà máy này không có — hãy chép tệp sang máy này/],
    ["d:/So lieu/tong-hop.xlsx", "write", /ổ D:.* như -o tong-hop\.xlsx$/],
    ["C:\\Users\\lan\\Tổng hợp 2024.xlsx", "write", /như -o "Tổng hợp 2024\.xlsx"$/],
    ["Thư mục\\Phân bổ.xlsx", "read", /^đây là đường dẫn kiểu Windows \(dấu \\\) — trên máy này thư mục ngăn bằng dấu \/: "Thư mục\/Phân bổ\.xlsx"$/],
    ["Thư-mục/Phân bổ.xlsx", "read", undefined],
    ["./phan-bo.xlsx", "write", undefined],
  ])("%s (%s)", (path, action, expected) => {
    const hint = windowsPathHint(path, action, "linux", none);
    if (expected === undefined) expect(hint).toBeUndefined();
    else expect(hint?.vi).toMatch(expected);
  });

  test("where Windows' drives are mounted (WSL), the path under /mnt", () => {
    expect(windowsPathHint("C:\\Users\\lan\\phan-bo.xlsx", "read", "linux", (folder) => folder === "/mnt/c")?.en).toMatch(/separated by \/: \/mnt\/c\/Users\/lan\/phan-bo\.xlsx$/);
  });

  test("on Windows a Windows path is just a path", () => {
    expect(windowsPathHint("C:\\Users\\lan\\phan-bo.xlsx", "read", "win32", none)).toBeUndefined();
  });
});

describe("the command line on a system that is not Windows", () => {
  let dir: string;
  beforeAll(async () => {
    dir = makeTempDir("allocheck-cli-windows-path-");
    mkdirSync(join(dir, "Thư mục"));
    await writeCleanWorkbook(join(dir, "Thư mục"), "Phân bổ.xlsx");
  });
  test.each([
    [["summary", "Thư mục/Phân bổ.xlsx", "-o", "C:\\Users\\lan\\Desktop\\tong-hop.xlsx"], /^allocheck: không ghi C:\\Users\\lan\\Desktop\\tong-hop\.xlsx: đây là đường dẫn (kiểu )?Windows/],
    [["summary", "Thư mục/Phân bổ.xlsx", "-o", "Thư mục\\tong-hop.xlsx", "--lang", "en"], /^allocheck: not writing Thư mục\\tong-hop\.xlsx: this is a Windows-style path .* "Thư mục\/tong-hop\.xlsx"\n$/],
    [["extract-plan", "khong-co.txt", "-o", "C:\\ke-hoach.xlsx"], /^allocheck: không ghi C:\\ke-hoach\.xlsx: /],
    [["demo", "-o", "C:\\Users\\lan\\mau"], /^allocheck: không ghi C:\\Users\\lan\\mau: /],
  ])("an output typed the Windows way is refused, nothing written: %j", async (argv, message) => {
    const before = filesIn(dir);
    expectUnusable(await runCli(argv, dir), message);
    expect(filesIn(dir)).toEqual(before);
  });

  test.each([
    [["check", "C:\\Users\\lan\\Desktop\\Phân bổ.xlsx"], /^allocheck: không tìm thấy tệp C:\\Users\\lan\\Desktop\\Phân bổ\.xlsx: đây là đường dẫn (kiểu )?Windows/],
    [["check", "Thư mục\\Phân bổ.xlsx"], /^allocheck: không tìm thấy tệp Thư mục\\Phân bổ\.xlsx: .*dấu \/: "Thư mục\/Phân bổ\.xlsx"\n$/],
    [["check", "Thư mục/Phân bổ.xlsx", "--plan", "Thư mục\\ke-hoach.json", "--lang", "en"], /^allocheck: file not found: Thư mục\\ke-hoach\.json: this is a Windows-style path/],
  ])("an input typed the Windows way is not found, with the path to type: %j", async (argv, message) => {
    expectUnusable(await runCli(argv, dir), message);
  });
});
