/** A mistyped command or option: exit 2, one line naming it and, where one is near, the command or option meant. */
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli } from "./runCli";

let dir: string;
beforeAll(() => {
  dir = makeTempDir("allocheck-cli-suggestions-");
});

test.each([
  [["chek", "a.xlsx"], /^allocheck: không có lệnh chek — có phải ý bạn là check\? — các lệnh:/],
  [["summry", "a.xlsx", "-o", "b.xlsx"], /không có lệnh summry — có phải ý bạn là summary\?/],
  [["Check", "a.xlsx"], /có phải ý bạn là check\?/],
  [["extract", "kh.txt"], /có phải ý bạn là extract-plan\?/],
  [["kiểm-tra", "a.xlsx"], /không có lệnh kiểm-tra — có phải ý bạn là check\?/],
  [["tong-hop", "a.xlsx"], /có phải ý bạn là summary\?/],
  [["check", "a.xlsx", "--jsn"], /^allocheck: tùy chọn không hợp lệ: --jsn — có phải ý bạn là --json\? — xem --help/],
  [["check", "a.xlsx", "--plansheet", "KH"], /có phải ý bạn là --plan-sheet\?/],
  [["check", "a.xlsx", "-json"], /tùy chọn không hợp lệ: -json — có phải ý bạn là --json\?/],
  [["summary", "a.xlsx", "-o", "b.xlsx", "--no-highlights"], /có phải ý bạn là --no-highlight\?/],
  [["check", "a.xlsx", "--frobnicate"], /^allocheck: tùy chọn không hợp lệ: --frobnicate — xem --help\n$/],
  [["frobnicate"], /^allocheck: không có lệnh frobnicate — các lệnh: check, summary, extract-plan, demo\n$/],
])("%j", async (argv, message) => {
  expectUnusable(await runCli(argv, dir), message);
});

test("in English with --lang en", async () => {
  expectUnusable(await runCli(["chek", "a.xlsx", "--lang", "en"], dir), /^allocheck: unknown command chek — did you mean check\? — commands:/);
  expectUnusable(await runCli(["check", "a.xlsx", "--jsn", "--lang", "en"], dir), /^allocheck: unknown option: --jsn — did you mean --json\? — see --help/);
});

/** The output typed without `-o`: the line meant, ready to type again. */
test.each([
  [["demo", "thu-muc"], /^allocheck: thừa tham số: thu-muc — có phải ý bạn là: allocheck demo -o thu-muc \? \(thư mục ghi ra đặt sau -o\)\n$/],
  [["demo", "Thư", "mục", "mới"], /có phải ý bạn là: allocheck demo -o "Thư mục mới" \?/],
  [["summary", "phan-bo.xlsx", "tong-hop.xlsx"], /^allocheck: thiếu tùy chọn bắt buộc -o, --out <out.xlsx> — có phải ý bạn là: allocheck summary phan-bo.xlsx -o tong-hop.xlsx \? \(tệp ghi ra đặt sau -o\)\n$/],
  [["extract-plan", "ke-hoach.txt", "ke-hoach.xlsx"], /^allocheck: thừa tham số: ke-hoach.xlsx — có phải ý bạn là: allocheck extract-plan ke-hoach.txt -o ke-hoach.xlsx \?/],
  [["demo", "thu-muc", "--lang", "en"], /^allocheck: too many arguments: thu-muc — did you mean: allocheck demo -o thu-muc \? \(the output folder goes after -o\)\n$/],
])("output without -o: %j", async (argv, message) => {
  const before = filesIn(dir);
  expectUnusable(await runCli(argv, dir), message);
  expect(filesIn(dir)).toEqual(before);
});

/** `summary <workbook>` with no -o at all: the copy's name to type, beside the workbook, in the user's language. */
test.each([
  [["summary", "Phân bổ kinh phí 2024.xlsx"], /^allocheck: thiếu -o: summary ghi một bản sao \(không ghi vào sổ tính của bạn\) — hãy đặt tên bản sao, như: allocheck summary "Phân bổ kinh phí 2024\.xlsx" -o "Phân bổ kinh phí 2024 - tổng hợp\.xlsx"\n$/],
  [["summary", "so-lieu/phan-bo.xlsm", "--lang", "en"], /^allocheck: missing -o: summary writes a copy \(never into your workbook\) — name the copy, such as: allocheck summary so-lieu\/phan-bo\.xlsm -o "so-lieu\/phan-bo - summary\.xlsm"\n$/],
  [["summary", "mau.xltx"], /-o "mau - tổng hợp\.xlsx"\n$/],
  [["summary", "phan-bo.xls"], /-o "phan-bo - tổng hợp\.xlsx"\n$/],
  [["summary"], /^allocheck: thiếu tham số workbook\.xlsx — xem --help\n$/],
  [["summary", "--lang", "en"], /^allocheck: missing argument workbook\.xlsx — see --help\n$/],
])("summary without -o: %j", async (argv, message) => {
  const before = filesIn(dir);
  expectUnusable(await runCli(argv, dir), message);
  expect(filesIn(dir)).toEqual(before);
});

test("a word after -o's value is read as the value cut at its space, not as a second output", async () => {
  expectUnusable(await runCli(["demo", "-o", "a", "b"], dir), /^allocheck: thừa tham số: b — giá trị có dấu cách phải đặt trong ngoặc kép: -o "a b"\n$/);
});

/** An option of another command: which commands have it, and what the command given reads instead. */
test.each([
  [["extract-plan", "kh.txt", "--plan", "x"], /^allocheck: lệnh extract-plan không có tùy chọn --plan — đó là tùy chọn của check, summary \(kế hoạch để đối chiếu sổ tính\); extract-plan đọc văn bản kế hoạch ghi ngay sau tên lệnh: allocheck extract-plan kh\.txt\n$/],
  [["extract-plan", "kh.txt", "--plan", "x", "--lang", "en"], /^allocheck: extract-plan has no option --plan — it is an option of check, summary \(the plan to check a workbook against\); extract-plan reads the plan document named right after it: allocheck extract-plan kh\.txt\n$/],
  [["demo", "--sheet", "Phân bổ"], /^allocheck: lệnh demo không có tùy chọn --sheet — đó là tùy chọn của check, summary — xem allocheck demo --help\n$/],
])("%j", async (argv, message) => {
  const run = await runCli(argv, dir);
  expectUnusable(run, message);
  expect(run.stderr).not.toMatch(/--lang\?/);
});
