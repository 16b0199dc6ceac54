/**
 * A budget table's cell that says its amount with its own money unit (`1,25 tỷ` in a `Tổng kinh phí (đồng)` column,
 * `750 triệu`, `1.250 trđ`) is that amount in the column's unit — not a cell of words that names the row, nor a reason to
 * take the amount from another column (`Số hộ`).
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function plan(header: string, rows: readonly string[], total: string): string {
  return [
    ...DISTRICT_PLAN_HEAD,
    "I. MỤC TIÊU",
    "- Hỗ trợ 06 mô hình giảm nghèo.",
    "II. KINH PHÍ",
    `Tổng kinh phí: ${total}.`,
    header,
    ...rows,
    "III. TỔ CHỨC THỰC HIỆN",
    "Các xã thực hiện.",
  ].join("\n");
}

const lines = (text: string) => extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.name, i.target]);

test.each<[string, string[], string, Array<[string, string, number]>]>([
  [
    "| STT | Xã | Số hộ | Kinh phí (đồng) |",
    ["| 1 | Quản Bạ | 50 | 1,25 tỷ |", "| 2 | Yên Minh | 60 | 750.000.000 |"],
    "2.000.000.000 đồng",
    [["KP", "Tổng kinh phí", 2e9], ["KP.1", "Quản Bạ", 1.25e9], ["KP.2", "Yên Minh", 7.5e8]],
  ],
  [
    "| STT | Nội dung | Số lớp | Kinh phí (triệu đồng) |",
    ["| 1 | Tập huấn | 4 | 0,12 tỷ |", "| 2 | Truyền thông | 6 | 80 triệu |", "| 3 | Mô hình | 2 | 1.250 trđ |"],
    "1.450 triệu đồng",
    [["KP", "Tổng kinh phí", 1.45e9], ["KP.1", "Tập huấn", 1.2e8], ["KP.2", "Truyền thông", 8e7], ["KP.3", "Mô hình", 1.25e9]],
  ],
])("%s", (header, rows, total, expected) => {
  const read = lines(plan(header, rows, total));
  expect(read).toEqual(expected);
});
