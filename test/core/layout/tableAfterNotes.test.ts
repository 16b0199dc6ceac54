/**
 * A note typed right under the allocation table (`Ghi chú: …`), then past a
 * blank row a second table with its own title and header: the second table
 * is left out and named (one `second-table` note). After the note, signatures
 * or more notes are no table — nor, past a gap, the signers' names under
 * signatures typed right under the note.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 24 },
];
const TABLE: CellValue[][] = [
  ["BIỂU PHÂN BỔ"],
  [],
  ["STT", "Đơn vị", ...LINES.map((l) => l.name)],
  [null, "Tổng cộng", 20, 24],
  ["I", "Huyện Ba Vì", 10, 12],
  [1, "Xã Ba Trại", 4, 6],
  [2, "Xã Tản Lĩnh", 6, 6],
  ["II", "Huyện Thạch Thất", 10, 12],
  [1, "Xã Yên Trung", 4, 6],
  [2, "Xã Yên Bình", 6, 6],
  [null, "Ghi chú: số liệu đã được thống nhất với các xã."],
];

describe("a note under the table, then", () => {
  test.each<[string, CellValue[][], string[]]>([
    ["a second table with its title and header", [[], ["BIỂU 02: KINH PHÍ THEO XÃ"], ["STT", "Xã", "Kinh phí (triệu đồng)"], [1, "Xã Ba Trại", 100], [2, "Xã Tản Lĩnh", 120]], ["second-table A13"]],
    ["signatures", [[], [null, null, "NGƯỜI LẬP BIỂU", "TRƯỞNG PHÒNG"], [], [null, null, "Nguyễn Văn An", "Trần Thị Bình"]], []],
    // The signers' names past the gap sit under the two value columns: they name them as a header would.
    [
      "a place and date and signatures right under it, the signers' names past a gap",
      [[null, null, null, "Lào Cai, ngày 20 tháng 01 năm 2025"], [null, "Người lập biểu", null, "Thủ trưởng đơn vị"], [null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)"], [], [], [], [null, null, "Nguyễn Thị Hoa", "Hoàng Thị Lan"]],
      [],
    ],
    ["signatures right under it, the signers' names past a gap", [[null, null, "NGƯỜI LẬP BIỂU", "TM. BAN THƯỜNG VỤ"], [], [], [null, null, "Nguyễn Văn An", "Trần Thị Bình"]], []],
    ["another note line", [[null, "- Các xã khu vực III được ưu tiên."], [], [null, "Nơi nhận:"], [null, "- Như trên;"]], []],
  ])("%s", (_name, after, expected) => {
    const report = checkWorkbook(workbook(sheet("Phân bổ", [...TABLE, ...after])), { workbookName: "t.xlsx", plan: planOf(LINES), sheet: "Phân bổ" }).report;
    expect(report.reading!.table).toBe("A3:D10");
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(expected);
  });
});
