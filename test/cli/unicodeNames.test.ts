/**
 * File names typed in one Unicode form and saved in the other (a Mac, or a
 * zip made on one, writes `Phân bổ` decomposed, NFD; a keyboard or a copied
 * name gives NFC): the same name to the user, so the file is found.
 */
import { copyFileSync, writeFileSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, runCli, writeCleanWorkbook } from "./runCli";

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
