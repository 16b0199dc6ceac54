/** Tables of places by indicators: the total row gives the targets, the rows the places. */
import { extractPlan } from "../../src/extract";

const plan = (table: string[], listed: string[] = []) =>
  extractPlan(["UBND HUYỆN YÊN CHÂU", "Số: 27/KH-VHTT", "KẾ HOẠCH", "Công tác gia đình năm 2024", "II. CHỈ TIÊU", "1. Giảm 10% số vụ bạo lực gia đình.", ...listed, "2. Chỉ tiêu giao cho các xã:", ...table, "III. KINH PHÍ", "Kinh phí: 85 triệu đồng."].join("\n"));
const targets = (p: ReturnType<typeof extractPlan>) => p.indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target, i.unit]);

const rows = ["Thị trấn Yên Châu\t90\t6\t3", "Xã Chiềng Đông\t85\t5\t2", "Xã Sặp Vạt\t80\t4\t2"];

describe("a table of places by indicators", () => {
  test.each([
    ["units in a row under the header", ["Đơn vị\tHộ được tuyên truyền\tCâu lạc bộ duy trì\tĐịa chỉ tin cậy", "\t(%)\t(CLB)\t(địa chỉ)", ...rows, "Tổng cộng\t\t15\t7"]],
    ["units in the header", ["Đơn vị\tHộ được tuyên truyền (%)\tCâu lạc bộ duy trì (CLB)\tĐịa chỉ tin cậy (địa chỉ)", ...rows, "Tổng cộng\t\t15\t7"]],
    ["a STT column", ["STT\tĐơn vị\tHộ được tuyên truyền (%)\tCâu lạc bộ duy trì (CLB)\tĐịa chỉ tin cậy (địa chỉ)", ...rows.map((r, i) => `${i + 1}\t${r}`), "\tTổng cộng\t\t15\t7"]],
  ])("%s: the column totals are the targets; a rate with no total is none", (_label, table) => {
    const read = plan(table);
    expect(targets(read)).toEqual([
      ["Giảm số vụ bạo lực gia đình", 10, "%"],
      ["Câu lạc bộ duy trì", 15, "CLB"],
      ["Địa chỉ tin cậy", 7, "địa chỉ"],
    ]);
    expect(read.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Yên Châu", "Yên Châu"],
      ["Yên Châu", "Chiềng Đông"],
      ["Yên Châu", "Sặp Vạt"],
    ]);
  });

  test("a total the text already gives is one target; a different one is a conflict", () => {
    const table = ["Đơn vị\tCâu lạc bộ duy trì (CLB)\tĐịa chỉ tin cậy (địa chỉ)", "Xã Chiềng Đông\t5\t2", "Xã Sặp Vạt\t4\t2", "Tổng cộng\t9\t4"];
    const read = plan(table, ["- Duy trì 09 câu lạc bộ phòng, chống bạo lực gia đình; xây dựng 05 địa chỉ tin cậy."]);
    expect(targets(read).map((t) => [t[1], t[2]])).toEqual([
      [10, "%"],
      [9, "CLB"],
      [5, "địa chỉ"],
    ]);
    expect(read.issues.filter((i) => i.rule === "target-conflict").map((i) => [i.expected, i.actual])).toEqual([[5, 4]]);
  });

  test("without a total row the places' figures are allocations, not targets", () => {
    const read = plan(["Đơn vị\tCâu lạc bộ duy trì (CLB)\tĐịa chỉ tin cậy (địa chỉ)", "Xã Chiềng Đông\t5\t2", "Xã Sặp Vạt\t4\t2"]);
    expect(targets(read)).toEqual([["Giảm số vụ bạo lực gia đình", 10, "%"]]);
  });
});

test("a header over two rows (merged cells): the second row names the columns", () => {
  const read = plan([
    "| TT | Đơn vị | Chỉ tiêu |  |",
    "|  |  | Câu lạc bộ gia đình | Địa chỉ tin cậy |",
    "|  |  | (CLB) | (địa chỉ) |",
    "| 1 | Xã Chiềng Đông | 3 | 2 |",
    "| 2 | Xã Sặp Vạt | 4 | 1 |",
    "|  | Tổng cộng | 7 | 3 |",
  ]);
  expect(targets(read)).toEqual([
    ["Giảm số vụ bạo lực gia đình", 10, "%"],
    ["Câu lạc bộ gia đình", 7, "CLB"],
    ["Địa chỉ tin cậy", 3, "địa chỉ"],
  ]);
});
