/**
 * District rows numbered `I`, `II` in the STT column with blank figures, over
 * bare commune names numbered `1`, `2`: headings, each over the communes
 * after it. The reading that leaves each numbered district an empty area of
 * its own beside the communes adds up alike (blanks add nothing), but the
 * numbering tells the levels apart as a prefix would: the reading is sure,
 * with the grand total above the districts or below them. (Across the top no
 * row is read as an STT: there the bare blank names stay unsure.)
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Câu lạc bộ thành lập mới", unit: "CLB", target: 13 },
  { code: "KP", name: "Kinh phí", unit: "triệu đồng", target: 660 },
];
const HEAD: CellValue[] = ["STT", "Tên huyện, xã", "Số CLB thành lập mới", "Kinh phí"];
const BODY: CellValue[][] = [
  ["I", "Mường Khương", null, null],
  [1, "Pha Long", 2, 100],
  [2, "Lùng Vai", 3, 120],
  ["II", "Bát Xát", null, null],
  [1, "Nậm Chảy", 1, 60],
  [2, "Cao Sơn", 2, 80],
  [3, "La Pan Tẩn", 1, 50],
  ["III", "Bắc Hà", null, null],
  [1, "Lùng Phình", 2, 120],
  [2, "Tả Van Chư", 2, 130],
];
const TOTAL: CellValue[] = [null, "Cộng", 13, 660];

describe("districts numbered I, II with blank figures over bare numbered communes", () => {
  test.each<[string, CellValue[][]]>([
    ["the total below", [HEAD, ...BODY, TOTAL]],
    ["the total above", [HEAD, [null, "Tổng cộng", 13, 660], ...BODY]],
  ])("%s: headings over their communes, the reading sure", (_name, data) => {
    const table = detectTable(sheet("Phân bổ", data), planOf(LINES));
    const tree = areaTree(table);
    const named = (label: string) => tree.find((a) => a[0] === label)!;
    expect(named("Pha Long")[2]).toBe("Mường Khương");
    expect(named("La Pan Tẩn")[2]).toBe("Bát Xát");
    expect(named("Tả Van Chư")[2]).toBe("Bắc Hà");
    expect(table.notes?.nearTie ?? false).toBe(false);
  });
});
