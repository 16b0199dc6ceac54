/** The command line itself: help, bad options and commands → exit 2 with one line, in Vietnamese or English. */
import { writeFileSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli } from "./runCli";

const dir = makeTempDir("allocheck-cli-usage-");

describe("allocheck command line", () => {
  test("--help lists the four commands, in Vietnamese with English", async () => {
    const run = await runCli(["--help"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Cách dùng / Usage:");
    for (const command of ["check", "summary", "extract-plan", "demo"]) expect(run.stdout).toContain(command);
    // The descriptions wrap within 80 columns (see below): compared with their lines joined.
    const joined = run.stdout.replace(/\s+/g, " ");
    expect(joined).toContain("kiểm tra biểu phân bổ theo kế hoạch / check an allocation workbook against its plan");
    expect(run.stdout).toMatch(/Mã thoát: 0/);
    expect(run.stdout).toMatch(/Exit status: 0/);
  });

  // A terminal's 80 columns: the list of commands wraps its descriptions (no `[options]` in it, each command's
  // help lists them), and the exit status is told in lines that fit, Vietnamese then English.
  test.each([[["--help"]], [["check", "--help"]], [["summary", "--help"]], [["extract-plan", "--help"]], [["demo", "--help"]]])(
    "%j fits in 80 columns",
    async (argv) => {
      const run = await runCli(argv, dir);
      expect(run.code).toBe(0);
      const wide = run.stdout.split("\n").filter((line) => [...line].length > 80);
      expect(wide).toEqual([]);
    },
  );

  test("the list of commands names each with its argument, not commander's [options]", async () => {
    const run = await runCli(["--help"], dir);
    expect(run.stdout).toMatch(/^ {2}check <workbook\.xlsx> +kiểm tra biểu phân bổ/m);
    expect(run.stdout).toMatch(/^ {2}extract-plan <plan\.txt\|\.docx> +đọc văn bản kế hoạch/m);
    expect(run.stdout).not.toContain("[options]  ");
  });

  test("check --help shows its options", async () => {
    const run = await runCli(["check", "--help"], dir);
    expect(run.code).toBe(0);
    for (const option of ["--sheet", "--plan <file>", "--plan-sheet", "--json", "--lang"]) expect(run.stdout).toContain(option);
    expect(run.stdout).toContain(".txt/.docx");
  });

  test.each([["check"], ["summary"]])("%s --help tells the exit status, as the program's help does", async (command) => {
    const run = await runCli([command, "--help"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Mã thoát: 0 không có lỗi; 1 có ít nhất một lỗi; 2 /);
    expect(run.stdout).toMatch(/Exit status: 0 no error; 1 at least one error; 2 /);
  });

  test("no command: exit 2 with one line", async () => {
    expectUnusable(await runCli([], dir), /thiếu lệnh: check \(kiểm tra\), summary .*, extract-plan .* hoặc demo .*allocheck --help/);
  });

  test("unknown command: exit 2 with one line naming it", async () => {
    expectUnusable(await runCli(["chek", "a.xlsx"], dir), /không có lệnh chek/);
  });

  test("unknown option: exit 2 with one line, English with --lang en", async () => {
    expectUnusable(await runCli(["check", "a.xlsx", "--frobnicate"], dir), /tùy chọn không hợp lệ: --frobnicate/);
    expectUnusable(await runCli(["check", "a.xlsx", "--frobnicate", "--lang", "en"], dir), /unknown option: --frobnicate/);
  });

  test("missing argument, missing option value, missing -o, extra argument, bad --lang: exit 2", async () => {
    expectUnusable(await runCli(["check"], dir), /thiếu tham số/);
    expectUnusable(await runCli(["check", "a.xlsx", "--sheet"], dir), /--sheet/);
    expectUnusable(await runCli(["summary", "a.xlsx"], dir), /-o/);
    expectUnusable(await runCli(["check", "a.xlsx", "b.xlsx"], dir), /thừa tham số/);
    expectUnusable(await runCli(["check", "a.xlsx", "--lang", "fr"], dir), /--lang: fr \(chỉ nhận vi hoặc en\)/);
    expect(filesIn(dir)).toEqual([]);
  });

  test.each([
    [["check", "a.xlsx", "b.xlsx"], /^allocheck: thừa tham số: b\.xlsx — xem --help\n$/],
    [["check", "Phân", "bổ", "2024.xlsx", "--json"], /^allocheck: thừa tham số: bổ 2024\.xlsx — tên tệp có dấu cách phải đặt trong ngoặc kép: "Phân bổ 2024\.xlsx"\n$/],
    [["summary", "Phân", "bổ.xlsx", "-o", "tong-hop.xlsx", "--lang", "en"], /^allocheck: too many arguments: bổ\.xlsx — a file name with spaces must be put in quotes: "Phân bổ\.xlsx"\n$/],
    [["extract-plan", "Kế", "hoạch", "257.docx"], /"Kế hoạch 257\.docx"/],
  ])("extra arguments are named, and a file name cut at its spaces is shown quoted: %j", async (argv, message) => {
    expectUnusable(await runCli(argv, dir), message);
  });

  test.each([
    [["check", "a.xlsx", "--plan", ""], /^allocheck: tùy chọn --plan cần một giá trị\n$/],
    [["check", "a.xlsx", "--plan-sheet", " ", "--lang", "en"], /^allocheck: option --plan-sheet needs a value\n$/],
    [["summary", "a.xlsx", "-o", ""], /^allocheck: tùy chọn -o, --out cần một giá trị\n$/],
    [["extract-plan", "kh.txt", "-o", ""], /^allocheck: tùy chọn -o, --out cần một giá trị\n$/],
    [["demo", "-o", ""], /^allocheck: tùy chọn -o, --out cần một giá trị\n$/],
    [["check", ""], /^allocheck: tên tệp trống — hãy ghi tên tệp cần đọc\n$/],
    [["extract-plan", " ", "--lang", "en"], /^allocheck: the file name is empty — give the file to read\n$/],
  ])("an empty name (a shell variable left unset) is told as a missing value, not as a file: %j", async (argv, message) => {
    expectUnusable(await runCli(argv, dir), message);
    expect(filesIn(dir)).toEqual([]);
  });

  test("--version prints the package version", async () => {
    const run = await runCli(["--version"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("an option's value with spaces typed without quotes", () => {
  test.each([
    [["check", "a.xlsx", "--sheet", "Phân", "bổ"], /^allocheck: thừa tham số: bổ — giá trị có dấu cách phải đặt trong ngoặc kép: --sheet "Phân bổ"\n$/],
    [["check", "a.xlsx", "--sheet", "Kế", "hoạch", "--json"], /ngoặc kép: --sheet "Kế hoạch"\n$/],
    [["summary", "a.xlsx", "-o", "Phân", "bổ", "tổng", "hợp.xlsx", "--lang", "en"], /^allocheck: too many arguments: bổ tổng hợp\.xlsx — a value with spaces must be put in quotes: -o "Phân bổ tổng hợp\.xlsx"\n$/],
    [["check", "a.xlsx", "--plan-sheet", "Kế", "hoạch", "2024"], /--plan-sheet "Kế hoạch 2024"\n$/],
    [["check", "a.xlsx", "--period", "2022", "-", "2025", "--json"], /^allocheck: thừa tham số: - 2025 — giá trị có dấu cách phải đặt trong ngoặc kép: --period "2022 - 2025"\n$/],
  ])("%j", async (argv, message) => {
    expectUnusable(await runCli(argv, makeTempDir("allocheck-cli-spaced-value-")), message);
  });
});

describe("an output name without .xlsx is answered with the name meant", () => {
  test.each([
    [["summary", "a.xlsx", "-o", "tong-hop"], /^allocheck: tệp ghi ra phải có đuôi \.xlsx .*: tong-hop — hãy dùng -o tong-hop\.xlsx\n$/],
    [["summary", "a.xlsx", "-o", "Tổng hợp 2024.xls", "--lang", "en"], /^allocheck: the output file must end in \.xlsx .*: Tổng hợp 2024\.xls — use -o "Tổng hợp 2024\.xlsx"\n$/],
    [["extract-plan", "kh.txt", "-o", "ke-hoach.csv"], /^allocheck: tệp ghi ra phải có đuôi \.xlsx: ke-hoach\.csv — hãy dùng -o ke-hoach\.xlsx\n$/],
    [["summary", "a.xlsx", "-o", "."], /: \.\n$/],
    [["summary", "a.xlsx", "-o", '"tong hop.xlsx"'], /: "tong hop\.xlsx" — hãy dùng -o "tong hop\.xlsx"\n$/],
    [["summary", "a.xlsx", "-o", "'Kết quả/tong-hop.xls'"], / — hãy dùng -o "Kết quả\/tong-hop\.xlsx"\n$/],
  ])("%j", async (argv, message) => {
    const dir = makeTempDir("allocheck-cli-output-name-");
    writeFileSync(join(dir, "kh.txt"), "1. Chỉ tiêu: thành lập mới 14 tổ truyền thông cộng đồng.\n");
    expectUnusable(await runCli(argv, dir), message);
    expect(filesIn(dir)).toEqual(["kh.txt"]);
  });
});
