/** A plan's text or a CSV given where the workbook goes: exit 2, one line saying what the file is and what to do with it, nothing written. */
import { writeFileSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli } from "./runCli";

let dir: string;
beforeAll(() => {
  dir = makeTempDir("allocheck-cli-text-as-workbook-");
  writeFileSync(join(dir, "Kế hoạch 257.txt"), "KẾ HOẠCH\nII. CHỈ TIÊU\n- Thành lập mới 14 tổ truyền thông cộng đồng.\n");
  writeFileSync(join(dir, "phan-bo.csv"), "STT;Địa bàn;Kinh phí\r\n1;Xã Phú Mãn;400\r\n");
});

test.each([
  [["check", "Kế hoạch 257.txt"], /^allocheck: Kế hoạch 257\.txt là tệp văn bản, không phải sổ tính Excel \(\.xlsx\) — văn bản kế hoạch thì dùng với --plan hoặc extract-plan;/],
  [["check", "Kế hoạch 257.txt", "--lang", "en"], /^allocheck: Kế hoạch 257\.txt is a text file, not an Excel workbook \(\.xlsx\) — for a plan's text use --plan or extract-plan;/],
  [["check", "phan-bo.csv"], /^allocheck: phan-bo\.csv là tệp CSV, không phải sổ tính Excel \(\.xlsx\)\. Hãy mở trong Excel và lưu lại: Tệp → Lưu thành → Sổ làm việc Excel \(\.xlsx\)\.\n$/],
  [["summary", "phan-bo.csv", "-o", "tong-hop.xlsx"], /^allocheck: phan-bo\.csv là tệp CSV, không phải sổ tính Excel/],
])("%j", async (argv, message) => {
  const before = filesIn(dir);
  const run = await runCli(argv, dir);
  expectUnusable(run, message);
  expect(run.stderr).not.toMatch(/đặt tên như sổ tính|named as a workbook/);
  expect(filesIn(dir)).toEqual(before);
});
