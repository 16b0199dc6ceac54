/**
 * A budget column in an activity table with no budget part in the text
 * (`Nội dung hoạt động | Số lượng | Kinh phí (triệu đồng)`): its amounts are the
 * budget; a rate column, two budget columns or two such tables are not read.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function planWithTable(header: string, rows: readonly string[], extra: readonly string[] = []): string {
  return [
    ...DISTRICT_PLAN_HEAD,
    "I. MỤC TIÊU",
    "1. Chỉ tiêu cụ thể",
    "- Thành lập mới 05 tổ truyền thông cộng đồng.",
    "II. NỘI DUNG HOẠT ĐỘNG",
    header,
    ...rows,
    ...extra,
    "III. TỔ CHỨC THỰC HIỆN",
    "Các xã báo cáo.",
  ].join("\n");
}

const ROWS = ["| 1 | Thành lập tổ truyền thông cộng đồng | 05 tổ | 150 |", "| 2 | Tập huấn cho cán bộ Hội | 02 lớp | 60 |"];

function budgetOf(text: string): Array<[string, number]> {
  return extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]);
}

describe("a budget column in an activity table", () => {
  test.each<[string, string, readonly string[], Array<[string, number]>]>([
    ["with a total row", "| TT | Nội dung hoạt động | Số lượng | Kinh phí (triệu đồng) |", [...ROWS, "| | Tổng cộng | | 210 |"], [["KP", 210_000_000], ["KP.1", 150_000_000], ["KP.2", 60_000_000]]],
    ["without a total row", "| TT | Nội dung hoạt động | Số lượng | Kinh phí (triệu đồng) |", ROWS, [["KP.1", 150_000_000], ["KP.2", 60_000_000]]],
    ["`Dự toán (tr.đ)`", "| TT | Nội dung hoạt động | Số lượng | Dự toán (tr.đ) |", [...ROWS, "| | Tổng cộng | | 210 |"], [["KP", 210_000_000], ["KP.1", 150_000_000], ["KP.2", 60_000_000]]],
    ["a rate column is no budget", "| TT | Nội dung hoạt động | Số lượng | Kinh phí/lớp (triệu đồng) |", ROWS, []],
    ["two budget columns are not guessed", "| TT | Nội dung hoạt động | Kinh phí năm 2024 (triệu đồng) | Kinh phí năm 2025 (triệu đồng) |", ROWS, []],
  ])("%s", (_label, header, rows, expected) => {
    expect(budgetOf(planWithTable(header, rows))).toEqual(expected);
  });

  test("two tables with a budget column are not added together", () => {
    const header = "| TT | Nội dung hoạt động | Số lượng | Kinh phí (triệu đồng) |";
    expect(budgetOf(planWithTable(header, ROWS, ["Hoạt động của các xã:", header, ...ROWS]))).toEqual([]);
  });

  test("the text's own budget is kept over the table's column", () => {
    const text = planWithTable("| TT | Nội dung hoạt động | Số lượng | Kinh phí (triệu đồng) |", ROWS).replace("III. TỔ CHỨC THỰC HIỆN", "III. KINH PHÍ\nTổng kinh phí: 500 triệu đồng.\nIV. TỔ CHỨC THỰC HIỆN");
    expect(budgetOf(text)).toEqual([["KP", 500_000_000]]);
  });
});

/** A bare `Kinh phí` column under a money unit note on the line above the table (`(ĐVT: 1.000 đồng)`) is the budget, in that unit. */
describe("a bare budget column under a unit note", () => {
  const rows = ["| 1 | Thành lập tổ truyền thông cộng đồng | 05 tổ | 150.000 |", "| 2 | Tập huấn cho cán bộ Hội | 02 lớp | 60.000 |", "| | Tổng cộng | | 210.000 |"];
  test.each<[string, string, Array<[string, number]>]>([
    ["`(ĐVT: 1.000 đồng)`", "(ĐVT: 1.000 đồng)", [["KP", 210_000_000], ["KP.1", 150_000_000], ["KP.2", 60_000_000]]],
    ["`Đơn vị tính: đồng`", "Đơn vị tính: đồng", [["KP", 210_000], ["KP.1", 150_000], ["KP.2", 60_000]]],
    ["a note of no money unit", "(ĐVT: người)", []],
  ])("%s", (_label, note, expected) => {
    const text = planWithTable(note, ["| TT | Nội dung hoạt động | Số lượng | Kinh phí |", ...rows]);
    expect(budgetOf(text)).toEqual(expected);
  });
});
