/**
 * File names typed in one Unicode form and saved in the other (a Mac, or a
 * zip made on one, writes `Phân bổ` decomposed, NFD; a keyboard or a copied
 * name gives NFC): the same name to the user, so the file is found.
 */
import { copyFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli, writeCleanWorkbook } from "./runCli";

const NAMES = { workbook: "Phân bổ kinh phí Quốc Oai.xlsx", plan: "Kế hoạch Đồng Tuyền.json", document: "Kế hoạch phụ nữ xã.txt" };

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-unicode-names-");
  await writeCleanWorkbook(dir, "sach.xlsx");
  copyFileSync(join(dir, "sach.xlsx"), join(dir, NAMES.workbook.normalize("NFD")));
  writeFileSync(
    join(dir, NAMES.plan.normalize("NFD")),
    JSON.stringify({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 6 }] }),
  );
  writeFileSync(join(dir, NAMES.document.normalize("NFD")), "1. Chỉ tiêu: thành lập mới 14 tổ truyền thông cộng đồng.\n");
});

test.each([
  ["check, the workbook", ["check", NAMES.workbook.normalize("NFC"), "--json"]],
  ["check, the --plan file", ["check", "sach.xlsx", "--plan", NAMES.plan.normalize("NFC"), "--json"]],
  ["extract-plan, the document", ["extract-plan", NAMES.document.normalize("NFC"), "--json"]],
])("a name typed in NFC finds the file saved in NFD: %s", async (_, argv) => {
  const run = await runCli(argv, dir);
  expect(run.stderr).toBe("");
  expect([0, 1]).toContain(run.code);
  expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
});

test("the report names the workbook as given", async () => {
  const run = await runCli(["check", NAMES.workbook.normalize("NFC"), "--json"], dir);
  expect((JSON.parse(run.stdout) as { workbook: string }).workbook).toBe(NAMES.workbook.normalize("NFC"));
});

test("a name that matches no file in either form is still not found", async () => {
  expectUnusable(await runCli(["check", "Phân bổ kinh phí Mỹ Đức.xlsx"], dir), /^allocheck: không tìm thấy tệp Phân bổ kinh phí Mỹ Đức\.xlsx\n$/);
});

/**
 * An output name typed in the other form than a file already there is that
 * file: refused when it is the input or a workbook of the user's, refreshed
 * when it is allocheck's own copy — never a second file whose name looks the
 * same. A new name is written as typed.
 */
describe("summary -o typed in NFC beside files saved in NFD", () => {
  const INPUT = "Phân bổ Quốc Oai.xlsx";
  const COPY = "Phân bổ Quốc Oai - tổng hợp.xlsx";
  let out: string;
  beforeAll(() => {
    out = makeTempDir("allocheck-cli-unicode-output-");
    copyFileSync(join(dir, "sach.xlsx"), join(out, INPUT.normalize("NFD")));
  });

  test("the input, named in NFC for -o, is refused: exit 2, nothing written", async () => {
    const before = filesIn(out);
    expectUnusable(await runCli(["summary", INPUT.normalize("NFC"), "-o", INPUT.normalize("NFC")], out), /không ghi đè lên tệp đầu vào/);
    expect(filesIn(out)).toEqual(before);
  });

  test("allocheck's own copy saved in NFD is refreshed in place, not doubled", async () => {
    expect((await runCli(["summary", INPUT.normalize("NFC"), "-o", COPY.normalize("NFD")], out)).code).toBe(0);
    const written = statSync(join(out, COPY.normalize("NFD"))).mtimeMs;
    const again = await runCli(["summary", INPUT.normalize("NFC"), "-o", COPY.normalize("NFC")], out);
    expect(again).toMatchObject({ code: 0, stderr: "" });
    expect(filesIn(out)).toEqual([COPY.normalize("NFD"), INPUT.normalize("NFD")].sort());
    expect(statSync(join(out, COPY.normalize("NFD"))).mtimeMs).toBeGreaterThanOrEqual(written);
  });

  test("a workbook of the user's saved in NFD is not written over, nor written beside", async () => {
    const mine = "Báo cáo của tôi.xlsx";
    copyFileSync(join(dir, "sach.xlsx"), join(out, mine.normalize("NFD")));
    const before = filesIn(out);
    expectUnusable(await runCli(["summary", INPUT.normalize("NFC"), "-o", mine.normalize("NFC")], out), /đã có/);
    expect(filesIn(out)).toEqual(before);
  });

  test("extract-plan -o typed in NFC beside a file saved in NFD is refused, not written beside it", async () => {
    writeFileSync(join(out, "kế hoạch.txt"), "1. Chỉ tiêu: thành lập mới 14 tổ truyền thông cộng đồng.\n");
    copyFileSync(join(dir, "sach.xlsx"), join(out, "Kế hoạch xã.xlsx".normalize("NFD")));
    const before = filesIn(out);
    expectUnusable(await runCli(["extract-plan", "kế hoạch.txt", "-o", "Kế hoạch xã.xlsx".normalize("NFC")], out), /đã có/);
    expect(filesIn(out)).toEqual(before);
  });
});
