/**
 * `summary -o` where the output cannot be replaced now: a copy Excel has open
 * (its lock file `~$name` beside it), a copy marked read-only, a folder that
 * is not there. Exit 2, one line naming the file and the fix, nothing written.
 */
import { chmodSync, copyFileSync, readFileSync, unlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli, writeCleanWorkbook } from "./runCli";

const COPY = "Phân bổ - tổng hợp.xlsx";
let dir: string;
let copy: Buffer;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-output-in-use-");
  await writeCleanWorkbook(dir, "Phân bổ.xlsx");
  expect((await runCli(["summary", "Phân bổ.xlsx", "-o", COPY], dir)).code).toBe(0);
  copy = readFileSync(join(dir, COPY));
});

test.each([
  ["Excel", "vi", `~$${COPY}`, /^allocheck: Phân bổ - tổng hợp\.xlsx đang mở trong Excel \(có tệp khóa ~\$Phân bổ - tổng hợp\.xlsx bên cạnh\) — không ghi đè; hãy đóng tệp trong Excel rồi chạy lại/],
  ["Excel", "en", `~$${COPY}`, /^allocheck: Phân bổ - tổng hợp\.xlsx is open in Excel \(its lock file ~\$Phân bổ - tổng hợp\.xlsx is beside it\) — not overwritten; close it in Excel/],
  ["LibreOffice", "vi", `.~lock.${COPY}#`, /^allocheck: Phân bổ - tổng hợp\.xlsx đang mở trong LibreOffice \(có tệp khóa \.~lock\.Phân bổ - tổng hợp\.xlsx# bên cạnh\) — không ghi đè; hãy đóng tệp trong LibreOffice rồi chạy lại/],
  ["LibreOffice", "en", `.~lock.${COPY}#`, /^allocheck: Phân bổ - tổng hợp\.xlsx is open in LibreOffice \(its lock file \.~lock\.Phân bổ - tổng hợp\.xlsx# is beside it\) — not overwritten; close it in LibreOffice/],
])("allocheck's own copy open in %s is not replaced (%s)", async (_, lang, lockName, message) => {
  const lock = join(dir, lockName);
  writeFileSync(lock, Buffer.alloc(165));
  try {
    const before = filesIn(dir);
    expectUnusable(await runCli(["summary", "Phân bổ.xlsx", "-o", COPY, "--lang", lang], dir), message);
    expect(filesIn(dir)).toEqual(before);
    expect(readFileSync(join(dir, COPY))).toEqual(copy);
  } finally {
    unlinkSync(lock);
  }
});

test("a copy marked read-only is not replaced", async () => {
  const readOnly = "chỉ đọc.xlsx";
  copyFileSync(join(dir, COPY), join(dir, readOnly));
  chmodSync(join(dir, readOnly), 0o444);
  const before = filesIn(dir);
  expectUnusable(await runCli(["summary", "Phân bổ.xlsx", "-o", readOnly], dir), /^allocheck: chỉ đọc\.xlsx là tệp chỉ đọc — không ghi đè; hãy bỏ thuộc tính chỉ đọc/);
  expect(filesIn(dir)).toEqual(before);
  expect(readFileSync(join(dir, readOnly))).toEqual(copy);
});

test("a lock file beside an output that is not there yet is stale: the copy is written", async () => {
  writeFileSync(join(dir, "~$mới.xlsx"), Buffer.alloc(165));
  expect(await runCli(["summary", "Phân bổ.xlsx", "-o", "mới.xlsx"], dir)).toMatchObject({ code: 0, stderr: "" });
});

test.each([
  ["vi", /^allocheck: không có thư mục Kết quả\/2024 để ghi Kết quả\/2024\/tổng hợp\.xlsx — hãy tạo thư mục đó trước \(mkdir -p "Kết quả\/2024"\) hoặc chọn một thư mục đã có\n$/],
  ["en", /^allocheck: there is no folder Kết quả\/2024 to write Kết quả\/2024\/tổng hợp\.xlsx into — make it first/],
])("-o into a folder that is not there names the folder and how to make it (%s)", async (lang, message) => {
  const before = filesIn(dir);
  expectUnusable(await runCli(["summary", "Phân bổ.xlsx", "-o", "Kết quả/2024/tổng hợp.xlsx", "--lang", lang], dir), message);
  expect(filesIn(dir)).toEqual(before);
});

describe("an input open in Excel (its lock file beside it)", () => {
  beforeAll(() => writeFileSync(join(dir, "~$Phân bổ.xlsx"), Buffer.alloc(165)));
  afterAll(() => unlinkSync(join(dir, "~$Phân bổ.xlsx")));

  test("check reads it as saved and says so on stderr, in the user's language; stdout stays the report alone", async () => {
    const run = await runCli(["check", "Phân bổ.xlsx", "--json"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "allocheck: lưu ý: Phân bổ.xlsx đang mở trong Excel (có tệp khóa ~$Phân bổ.xlsx bên cạnh) — allocheck đọc bản đã lưu; nếu vừa sửa, hãy lưu trong Excel rồi chạy lại\n",
    );
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    const en = await runCli(["summary", "Phân bổ.xlsx", "-o", "bản sao.xlsx", "--lang", "en"], dir);
    expect(en.code).toBe(0);
    expect(en.stderr).toMatch(/^allocheck: note: Phân bổ\.xlsx is open in Excel \(its lock file ~\$Phân bổ\.xlsx is beside it\) — allocheck reads it as last saved/);
  });
});

test("an input open in LibreOffice (its .~lock file beside it) is read as saved, and said so", async () => {
  const lock = join(dir, ".~lock.Phân bổ.xlsx#");
  writeFileSync(lock, "Ke toan,ketoan,may,06.12.2026 08:15,file:///home/ketoan;");
  try {
    const run = await runCli(["check", "Phân bổ.xlsx", "--json"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("allocheck: lưu ý: Phân bổ.xlsx đang mở trong LibreOffice (có tệp khóa .~lock.Phân bổ.xlsx# bên cạnh) — allocheck đọc bản đã lưu; nếu vừa sửa, hãy lưu trong LibreOffice rồi chạy lại\n");
  } finally {
    unlinkSync(lock);
  }
});

test("an unusable run on a workbook open in Excel keeps its one line on stderr", async () => {
  writeFileSync(join(dir, "~$Phân bổ.xlsx"), Buffer.alloc(165));
  try {
    expectUnusable(await runCli(["check", "Phân bổ.xlsx", "--sheet", "Không có"], dir), /Không có trang tính "Không có"/);
  } finally {
    unlinkSync(join(dir, "~$Phân bổ.xlsx"));
  }
});
