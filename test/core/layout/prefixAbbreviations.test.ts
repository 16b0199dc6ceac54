/**
 * `H. Ba Vì`, `Q. Ba Đình` (Huyện, Quận) and `X. Tản Lĩnh`, `P. Trung Hưng`
 * (Xã, Phường): a capital letter and a dot before a capitalised name
 * abbreviate the administrative prefix — they are no list numbering (`X.` is
 * no Roman ten here), and they tell the level as the full word does. A
 * Roman `X.` before a prefixed name stays a number.
 */
import { detectTable } from "../../../src/core/layout";
import { areaLevel, labelFacts } from "../../../src/core/layout/labels";
import type { AllocationTable } from "../../../src/core/model/table";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, transposeSheet } from "./sheetBuilder";

describe("abbreviated administrative prefixes", () => {
  test.each<[string, "district" | "commune" | null, string]>([
    ["H. Ba Vì", "district", "ba vi"],
    ["Q. Ba Đình", "district", "ba dinh"],
    ["X. Khánh Thượng", "commune", "khanh thuong"],
    ["P. Trung Hưng", "commune", "trung hung"],
    ["X.Tản Lĩnh", "commune", "tan linh"],
    ["X. Huyện Mỹ Đức", "district", "my duc"],
    ["h. Tản Lĩnh", null, "tan linh"],
  ])("%s → %s", (label, level, key) => {
    expect(areaLevel(label)).toBe(level);
    expect(labelFacts(label).key).toBe(key);
  });

  const PLAN = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 9 },
    { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 9 },
  ]);
  const ROWS: CellValue[][] = [
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi"],
    [null, "Tổng số", 9, 9],
    [1, "H. Ba Vì", 5, 4],
    [2, "X. Khánh Thượng", 2, 1],
    [3, "X. Minh Quang", 3, 3],
    [4, "H. Thạch Thất", 4, 5],
    [5, "X. Yên Trung", 1, 2],
    [6, "X. Yên Bình", 3, 3],
  ];
  const shape = (t: AllocationTable) => t.areas.map((a) => `${a.kind}:${a.label}<${a.parent === null ? "" : t.areas[a.parent].label}`);
  test.each([
    ["areas as rows", sheet("Phân bổ", ROWS)],
    ["indicators as rows", transposeSheet(sheet("Phân bổ", ROWS))],
  ])("districts over communes, told by the abbreviations alone: %s", (_name, data) => {
    expect(shape(detectTable(data, PLAN))).toEqual([
      "total:Tổng số<",
      "group:H. Ba Vì<Tổng số",
      "leaf:X. Khánh Thượng<H. Ba Vì",
      "leaf:X. Minh Quang<H. Ba Vì",
      "group:H. Thạch Thất<Tổng số",
      "leaf:X. Yên Trung<H. Thạch Thất",
      "leaf:X. Yên Bình<H. Thạch Thất",
    ]);
  });
});
