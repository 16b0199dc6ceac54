/**
 * STT typed with a slash (`I/`, `II/` over `1/`, `2/`), as many
 * sheets number their rows: the same numbering as `I.`, `1.` — districts over
 * their communes even where no total nor the arithmetic tells them (one line,
 * one subtotal stale, no grand total). Capital letters (`A`, `B`) over whole
 * numbers number groups as Roman numerals do.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf([{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 }]);
const HEAD: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"];

describe("STT numbers ending in a slash", () => {
  test.each<[string, [string, string, string]]>([
    ["Roman over whole numbers", ["I/", "II/", "/"]],
    ["Roman with a dot, whole numbers with a slash", ["I.", "II.", "/"]],
    ["capital letters over whole numbers", ["A/", "B/", "/"]],
    ["capital letters with a dot over whole numbers", ["A.", "B.", "."]],
  ])("%s", (_name, [first, second, mark]) => {
    const rows: CellValue[][] = [
      HEAD,
      [first, "Bắc Hà", 3],
      [`1${mark}`, "Bản Phố", 2],
      [`2${mark}`, "Tà Chải", 1],
      [second, "Si Ma Cai", 2],
      [`1${mark}`, "Sán Chải", 1],
      [`2${mark}`, "Lùng Thẩn", 2],
    ];
    expect(areaTree(detectTable(sheet("Phân bổ", rows), PLAN))).toEqual([
      ["Bắc Hà", "group", null],
      ["Bản Phố", "leaf", "Bắc Hà"],
      ["Tà Chải", "leaf", "Bắc Hà"],
      ["Si Ma Cai", "group", null],
      ["Sán Chải", "leaf", "Si Ma Cai"],
      ["Lùng Thẩn", "leaf", "Si Ma Cai"],
    ]);
  });
});
