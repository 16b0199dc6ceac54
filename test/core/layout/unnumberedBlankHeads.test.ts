/**
 * Bare names with blank figures over bare names with figures, no prefix and
 * no area list, where the STT column numbers every commune and leaves each
 * district row unnumbered: the numbering tells the districts from the
 * communes as a prefix would, so the reading is sure. Without an STT column
 * (or with the districts numbered too) only their place tells: unsure.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 24 },
];
const HEAD: CellValue[] = ["STT", "Đơn vị", ...LINES.map((l) => l.name)];
const ROWS = (n: (k: number) => CellValue, head: (k: number) => CellValue): CellValue[][] => [
  HEAD,
  [head(1), "Ba Vì", null, null],
  [n(1), "Ba Trại", 3, 4],
  [n(2), "Tản Lĩnh", 4, 4],
  [n(3), "Minh Quang", 3, 4],
  [head(2), "Thạch Thất", null, null],
  [n(4), "Yên Trung", 4, 6],
  [n(5), "Yên Bình", 6, 6],
];

describe("blank bare district rows over bare communes", () => {
  test.each<[string, CellValue[][], boolean]>([
    ["communes numbered, districts not", ROWS((k) => k, () => null), false],
    ["communes numbered again in each district", ROWS((k) => (k > 3 ? k - 3 : k), () => null), false],
    ["no numbering", ROWS(() => null, () => null), true],
  ])("%s", (_name, rows, unsure) => {
    const table = detectTable(sheet("Phân bổ", rows), planOf(LINES));
    expect(areaTree(table).filter(([, kind]) => kind === "heading").map(([label]) => label)).toEqual(["Ba Vì", "Thạch Thất"]);
    expect(table.notes?.nearTie ?? false).toBe(unsure);
  });
});
