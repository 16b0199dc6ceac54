/** `summary -o FILE` with FILE already there: a copy allocheck wrote is refreshed; any other file is never written over. */
import { createHash } from "crypto";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { makeTempDir, writeFixture } from "../helpers/xlsxFixture";
import { expectUnusable, runCli, writeCleanWorkbook } from "./runCli";

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-existing-output-");
  await writeCleanWorkbook(dir, "sach.xlsx");
  await writeFixture(dir, "bao-cao-khac.xlsx", [{ name: "Báo cáo quý", rows: [["Số liệu của phòng"]] }]);
  await writeFixture(dir, "tong-hop-tay.xlsx", [{ name: "Tổng hợp chung", rows: [["Không phải của allocheck"]] }]);
  // A report of the user's own whose sheet is named as allocheck names its summary.
  await writeFixture(dir, "bao-cao-quy.xlsx", [{ name: "Tổng hợp", rows: [["BÁO CÁO TỔNG HỢP QUÝ III"], ["Số liệu của phòng Tài chính"], ["Phú Mãn", 120]] }]);
  writeFileSync(join(dir, "ghi-chu.xlsx"), "ghi chú quan trọng");
});

test.each([["bao-cao-khac.xlsx"], ["tong-hop-tay.xlsx"], ["bao-cao-quy.xlsx"], ["ghi-chu.xlsx"]])("another file of the user's (%s) is not written over: exit 2, its bytes kept", async (name) => {
  const before = sha(join(dir, name));
  const run = await runCli(["summary", "sach.xlsx", "-o", name], dir);
  expectUnusable(run, new RegExp(`^allocheck: tệp ${name.replace(/\./g, "\\.")} đã có và không phải bản sao có trang Tổng hợp mà allocheck đã ghi — không ghi đè`));
  expect(sha(join(dir, name))).toBe(before);
});

test("a copy allocheck wrote before is refreshed when the summary runs again", async () => {
  const first = await runCli(["summary", "sach.xlsx", "-o", "sach-tong-hop.xlsx"], dir);
  expect(first.stderr).toBe("");
  const again = await runCli(["summary", "sach.xlsx", "-o", "sach-tong-hop.xlsx", "--lang", "en"], dir);
  expect(again.stderr).toBe("");
  expect(again.code).toBe(first.code);
  expect(again.stdout).toContain("sach-tong-hop.xlsx");
});
