/** A folder given where a file is read: exit 2, one line naming the folder and the files in it to type instead. */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, runCli, writeCleanWorkbook } from "./runCli";

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-folder-input-");
  mkdirSync(join(dir, "Số liệu 2024"));
  await writeCleanWorkbook(join(dir, "Số liệu 2024"), "Phân bổ.xlsx");
  writeFileSync(join(dir, "Số liệu 2024", "~$Phân bổ.xlsx"), Buffer.alloc(165));
  writeFileSync(join(dir, "Số liệu 2024", "ke-hoach.txt"), "1. Chỉ tiêu: thành lập mới 14 tổ truyền thông cộng đồng.\n");
  mkdirSync(join(dir, "trống"));
});

test.each([
  [["check", "Số liệu 2024"], /^allocheck: Số liệu 2024 là một thư mục, không phải tệp — hãy ghi tên tệp trong đó, như "Số liệu 2024\/Phân bổ\.xlsx"\n$/],
  [["check", "Số liệu 2024", "--lang", "en"], /^allocheck: Số liệu 2024 is a folder, not a file — give the name of a file in it, such as "Số liệu 2024\/Phân bổ\.xlsx"\n$/],
  [["extract-plan", "Số liệu 2024"], /như "Số liệu 2024\/ke-hoach\.txt"\n$/],
  [["check", "Số liệu 2024/Phân bổ.xlsx", "--plan", "Số liệu 2024"], /như "Số liệu 2024\/Phân bổ\.xlsx", "Số liệu 2024\/ke-hoach\.txt"\n$/],
  [["check", "trống"], /^allocheck: trống là một thư mục, không phải tệp — trong đó không có tệp \.xlsx, \.xlsm, \.xltx, \.xltm nào; hãy ghi đường dẫn đến tệp\n$/],
])("%j", async (argv, message) => {
  expectUnusable(await runCli(argv, dir), message);
});
