/**
 * A two-column table pasted from Word comes tab-separated (`Huyện<TAB>Số tổ` over `Mộc Châu<TAB>12`): its rows are
 * table rows, as with three columns or more, not prose lines joined into one.
 */
import { normalizeText } from "../../src/extract/normalize";

const rowsOf = (lines: string[]) => normalizeText(lines.join("\n")).map((l) => l.cells ?? l.text);

test("a run of two tab-separated cells, two or more ending in a figure, is a table", () => {
  expect(rowsOf(["1. Thành lập mới 40 tổ, phân bổ như sau:", "Huyện\tSố tổ", "Mộc Châu\t12", "Yên Châu\t10", "Tổng\t22", "2. Tổ chức 02 lớp tập huấn."])).toEqual([
    "1. Thành lập mới 40 tổ, phân bổ như sau:",
    ["Huyện", "Số tổ"],
    ["Mộc Châu", "12"],
    ["Yên Châu", "10"],
    ["Tổng", "22"],
    "2. Tổ chức 02 lớp tập huấn.",
  ]);
});

test("a label and its amount parted by a tab stay a line of text", () => {
  expect(rowsOf(["- Tổng kinh phí:\t1.250.000.000 đồng;", "- Ngân sách trung ương:\t1.000 triệu;", "- Ngân sách địa phương:\t250"])).toEqual(["- Tổng kinh phí: 1.250.000.000 đồng;", "- Ngân sách trung ương: 1.000 triệu;", "- Ngân sách địa phương: 250"]);
});
