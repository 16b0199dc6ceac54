/**
 * `--plan FILE` as Finance staff hand it over: JSON or text saved by Windows
 * tools (UTF-16, a byte-order mark), an old code page, a broken or empty file,
 * an Excel or Word file under the wrong name. Each is read, or refused in one
 * line naming the file (and the line and column of a JSON mistake), exit 2.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { CLEAN_SHEETS, expectUnusable, runCli } from "./runCli";
import { writeFixture } from "../helpers/xlsxFixture";

const PLAN = {
  title: "Kế hoạch thử",
  indicators: [
    { code: "1", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 6 },
    { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1250 },
  ],
};
const PLAN_TEXT = JSON.stringify(PLAN, null, 2);

function utf16(text: string, order: "le" | "be", mark: boolean): Buffer {
  const le = Buffer.from(text, "utf16le");
  const body = order === "le" ? le : Buffer.from(le).swap16();
  return mark ? Buffer.concat([Buffer.from(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
}

/** An OLE compound file with one directory entry named `stream` (UTF-16, as the format stores names): what Word saves as .doc, or as an encrypted .docx. */
function compoundFile(stream: string): Buffer {
  const bytes = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  Buffer.from(`${stream}\0`, "utf16le").copy(bytes, 512);
  return bytes;
}

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-plan-input-");
  await writeFixture(dir, "phan-bo.xlsx", CLEAN_SHEETS.filter((sheet) => sheet.name === "Phân bổ"));
  await writeFixture(dir, "ke-hoach.xlsx", CLEAN_SHEETS.filter((sheet) => sheet.name === "Kế hoạch"));
});

describe("--plan files that are read", () => {
  test.each([
    ["UTF-8 with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN_TEXT)])],
    ["UTF-16 LE with a mark (Notepad's Unicode, PowerShell's >)", utf16(PLAN_TEXT, "le", true)],
    ["UTF-16 BE with a mark", utf16(PLAN_TEXT, "be", true)],
    ["UTF-16 LE without a mark", utf16(PLAN_TEXT, "le", false)],
  ])("a JSON plan in %s", async (_, bytes) => {
    writeFileSync(join(dir, "kh.json"), bytes);
    const run = await runCli(["check", "phan-bo.xlsx", "--plan", "kh.json", "--json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { indicators: { name: string }[] }).indicators.map((i) => i.name)).toEqual(PLAN.indicators.map((i) => i.name));
  });

  test("a plan document saved as UTF-16 is read with its Vietnamese letters", async () => {
    writeFileSync(join(dir, "kh16.txt"), utf16("Chỉ tiêu cụ thể:\n- Thành lập mới 14 tổ truyền thông cộng đồng.\n", "le", true));
    const run = await runCli(["extract-plan", "kh16.txt", "--json"], dir);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("tổ truyền thông cộng đồng");
  });
});

describe("--plan files that are refused, in one line naming them", () => {
  test.each([
    ["an empty file", "trong.json", Buffer.alloc(0), /^allocheck: trong\.json là tệp rỗng\n$/],
    ["a missing comma", "thieu-phay.json", Buffer.from('{\n  "title": "x"\n  "indicators": []\n}'), /^allocheck: thieu-phay\.json không phải là JSON hợp lệ: lỗi ở dòng 3, cột 3 /],
    ["a trailing comma", "du-phay.json", Buffer.from('{"indicators": [\n {"code": "1",}\n]}'), /lỗi ở dòng 2, cột 15 /],
    ["a file cut short", "cut.json", Buffer.from('{"indicators": [\n {"code": "1"'), /lỗi ở dòng 2, cột 14 \(tệp kết thúc khi JSON chưa đóng/],
    ["Windows-1258 text", "cp1258.json", Buffer.from([...Buffer.from('{"title": "K'), 0xea, ...Buffer.from(' ho\u0061ch"}')]), /cp1258\.json không phải văn bản Unicode \(dòng 1\): .*UTF-8/],
    ["an Excel workbook", "kh.json", Buffer.from("PK\u0003\u0004xl/workbook.xml"), /kh\.json là tệp Excel hoặc Word/],
  ])("%s (JSON)", async (_, name, bytes, message) => {
    writeFileSync(join(dir, name), bytes);
    const run = await runCli(["check", "phan-bo.xlsx", "--plan", name], dir);
    expectUnusable(run, message);
    expect(run.stderr).not.toMatch(/position|Unexpected/);
  });

  test("the English message names the line and column too", async () => {
    writeFileSync(join(dir, "du-phay-en.json"), '{"indicators": [\n {"code": "1",}\n]}');
    expectUnusable(await runCli(["check", "phan-bo.xlsx", "--plan", "du-phay-en.json", "--lang", "en"], dir), /is not valid JSON: error at line 2, column 15 \(/);
  });

  test.each([
    ["a text in Windows-1258", "cp1258.txt", Buffer.from([...Buffer.from("Ch\u1ec9 ti\u00eau:\n- Th\u00e0nh l"), 0xe2, ...Buffer.from("p 14 t\n")]), /cp1258\.txt không phải văn bản Unicode \(dòng 2\)/],
    ["a compound file of neither kind named .docx", "cu.docx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /cu\.docx: đây là tệp Word 97-2003 \(\.doc\) hoặc tệp có mật khẩu/],
    ["a Word 97-2003 file named .docx", "cu97.docx", compoundFile("WordDocument"), /cu97\.docx: đây là tệp Word 97-2003 \(\.doc\) — hãy mở trong Word và lưu lại dạng \.docx: Tệp → Lưu thành/],
    ["a password-protected .docx", "mat-khau.docx", compoundFile("EncryptedPackage"), /mat-khau\.docx: văn bản có mật khẩu \(được mã hóa\) — hãy mở trong Word, bỏ mật khẩu/],
    ["an Excel workbook named .docx", "so-tinh.docx", Buffer.from("PK\u0003\u0004....xl/workbook.xml...."), /so-tinh\.docx là sổ tính Excel, không phải văn bản Word — hãy đặt cho tệp đuôi \.xlsx/],
    ["a damaged .docx", "hong.docx", Buffer.from("PK\u0003\u0004garbage"), /không đọc được hong\.docx: tệp không phải văn bản Word \(\.docx\) hoặc đã bị hỏng/],
    ["a text file named .docx", "van-ban.docx", Buffer.from("Chỉ tiêu: 14 tổ"), /không đọc được van-ban\.docx: tệp không phải văn bản Word/],
  ])("%s (plan document)", async (_, name, bytes, message) => {
    writeFileSync(join(dir, name), bytes);
    for (const argv of [["check", "phan-bo.xlsx", "--plan", name], ["extract-plan", name]]) {
      const run = await runCli(argv, dir);
      expectUnusable(run, message);
      expect(run.stderr).not.toContain(dir); // the name as given, not the absolute path
    }
  });
});

test("a password-protected .docx is told in English too, apart from an old .doc", async () => {
  writeFileSync(join(dir, "locked.docx"), compoundFile("EncryptionInfo"));
  const run = await runCli(["extract-plan", "locked.docx", "--lang", "en"], dir);
  expectUnusable(run, /cannot read locked\.docx: the document is password-protected \(encrypted\) — open it in Word, remove the password/);
  expect(run.stderr).not.toContain("97-2003");
});

describe("a plan in a format read in another one is told what to save it as", () => {
  test.each([
    ["kh.pdf", Buffer.from("%PDF-1.4\n\u00e2\u00e3\n", "latin1"), /kh\.pdf: chưa đọc được tệp PDF — hãy mở bằng Word và lưu lại dạng \.docx/],
    ["kh.doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /kh\.doc: chỉ đọc văn bản Word dạng \.docx/],
    ["kh.rtf", Buffer.from("{\\rtf1 Chi tieu}"), /kh\.rtf: chỉ đọc văn bản Word dạng \.docx/],
    ["kh.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /kh\.xls: kế hoạch trong bảng tính được đọc từ sổ tính \.xlsx có trang "Kế hoạch"/],
    ["kh.csv", Buffer.from("Mã;Chỉ tiêu;ĐVT;Kế hoạch\n1;Tổ;tổ;14\n"), /kh\.csv: kế hoạch trong bảng tính/],
  ])("%s", async (name, bytes, message) => {
    writeFileSync(join(dir, name), bytes);
    expectUnusable(await runCli(["check", "phan-bo.xlsx", "--plan", name], dir), message);
    expectUnusable(await runCli(["extract-plan", name], dir), message);
  });
});

describe("a JSON plan saved under a text name", () => {
  test.each([["kh-json.txt"], ["kh-json.md"]])("%s is read as the JSON it is", async (name) => {
    writeFileSync(join(dir, name), PLAN_TEXT);
    const run = await runCli(["check", "phan-bo.xlsx", "--plan", name, "--json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { planSource: string; indicators: unknown[] }).indicators).toHaveLength(2);
  });

  test("a broken one is told by line and column", async () => {
    writeFileSync(join(dir, "kh-hong.txt"), '{\n  "indicators": [,]\n}');
    expectUnusable(await runCli(["check", "phan-bo.xlsx", "--plan", "kh-hong.txt"], dir), /kh-hong\.txt không phải là JSON hợp lệ: lỗi ở dòng 2, cột 18 \(/);
  });
});

describe("a JSON plan with no indicator", () => {
  // What `extract-plan --json` writes for a document that states no numeric target.
  const EXTRACTED_EMPTY = { version: 1, title: "Kế hoạch xã", number: null, date: null, indicators: [], areas: [], issues: [{ rule: "no-targets", message: "…" }] };
  test.each([
    ["vi", /^allocheck: kh-trong\.json: danh sách "indicators" \(chỉ tiêu\) trống — không có chỉ tiêu nào để đối chiếu/],
    ["en", /^allocheck: kh-trong\.json: the "indicators" list is empty — no target to check against/],
  ])("is told as an empty list, not a missing one (%s)", async (lang, message) => {
    writeFileSync(join(dir, "kh-trong.json"), JSON.stringify(EXTRACTED_EMPTY, null, 2));
    expectUnusable(await runCli(["check", "phan-bo.xlsx", "--plan", "kh-trong.json", "--lang", lang], dir), message);
  });

  test("a list that is not there is still told as missing", async () => {
    writeFileSync(join(dir, "kh-thieu.json"), JSON.stringify({ title: "Kế hoạch xã" }));
    expectUnusable(await runCli(["check", "phan-bo.xlsx", "--plan", "kh-thieu.json"], dir), /thiếu danh sách "indicators"/);
  });
});

describe("a plan document with no target", () => {
  test.each([
    ["vi", /^allocheck: không tìm thấy chỉ tiêu hay kinh phí nào trong kh không số\.txt, nên không có gì để đối chiếu — xem allocheck đọc được gì: allocheck extract-plan "kh không số\.txt" .*hoặc dùng trang Kế hoạch trong sổ tính/],
    ["en", /^allocheck: no targets or budget lines found in kh không số\.txt, so there is nothing to check against — see what allocheck reads in it: allocheck extract-plan "kh không số\.txt" .*or use a Kế hoạch sheet in the workbook/],
  ])("says there is nothing to check against and what to do (%s)", async (lang, message) => {
    writeFileSync(join(dir, "kh không số.txt"), "KẾ HOẠCH\nTriển khai các hoạt động tuyên truyền trên địa bàn xã.\n");
    expectUnusable(await runCli(["check", "phan-bo.xlsx", "--plan", "kh không số.txt", "--lang", lang], dir), message);
  });
});
