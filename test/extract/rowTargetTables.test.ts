/**
 * A targets table by sub-project whose rows each give their own target (`STT | Tiểu dự án, nội dung | Chỉ tiêu | ĐVT |
 * Kinh phí (triệu đồng)`): each row's figure is read from its target column (`Chỉ tiêu`, `Số lượng`, `Khối lượng`) in
 * its row's unit; the amounts column (`Kinh phí`, `Thành tiền`) is the budget's, never a count's figure.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

function read(header: string, rows: readonly string[]): { targets: [string, number, string][]; budget: [string, number][] } {
  const text = [...DISTRICT_PLAN_HEAD, "I. MỤC ĐÍCH, YÊU CẦU", "Hỗ trợ người nghèo phát triển sản xuất.", "II. MỤC TIÊU, CHỈ TIÊU", "2. Chỉ tiêu cụ thể", header, ...rows, "III. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo."].join("\n");
  const plan = extractPlan(text);
  return {
    targets: plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.name.replace(/:.*$/u, ""), i.target, i.unit]),
    budget: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target / 1e6]),
  };
}

const ROWS_TARGET_FIRST = [
  "1 | Tiểu dự án 1: Hỗ trợ phát triển sản xuất | 10 | mô hình | 1.000",
  "2 | Tiểu dự án 2: Đa dạng hóa sinh kế | 150 | hộ | 600",
  "3 | Dự án 4: Đào tạo nghề | 240 | người | 480",
  " | Tổng cộng | | | 2.080",
];
const ROWS_UNIT_FIRST = ROWS_TARGET_FIRST.map((row) => row.replace(/\| (\d+) \| ([^|]+) \|/u, "| $2 | $1 |"));

const TARGETS: [string, number, string][] = [
  ["Tiểu dự án 1", 10, "mô hình"],
  ["Tiểu dự án 2", 150, "hộ"],
  ["Dự án 4", 240, "người"],
];
const BUDGET: [string, number][] = [
  ["KP", 2080],
  ["KP.1", 1000],
  ["KP.2", 600],
  ["KP.3", 480],
];

test.each<[string, string, readonly string[]]>([
  ["`Chỉ tiêu` after the rows' name column", "STT | Tiểu dự án, nội dung | Chỉ tiêu | ĐVT | Kinh phí (triệu đồng)", ROWS_TARGET_FIRST],
  ["`Chỉ tiêu` after `Nội dung`", "STT | Nội dung | Chỉ tiêu | ĐVT | Kinh phí (triệu đồng)", ROWS_TARGET_FIRST],
  ["`Số lượng` before the money", "STT | Nội dung | ĐVT | Số lượng | Kinh phí (triệu đồng)", ROWS_UNIT_FIRST],
  ["`Khối lượng` and `Thành tiền` under `Dự án, tiểu dự án`", "TT | Dự án, tiểu dự án | Đơn vị tính | Khối lượng | Thành tiền (triệu đồng)", ROWS_UNIT_FIRST],
  ["no target column: the figure beside the amounts", "TT | Hạng mục | ĐVT | | Kinh phí (triệu đồng)", ROWS_UNIT_FIRST],
])("%s: each row's target, the amounts as the budget", (_label, header, rows) => {
  expect(read(header, rows)).toEqual({ targets: TARGETS, budget: BUDGET });
});

test("`Chỉ tiêu` naming the rows (no other name column) is still the name", () => {
  expect(read("STT | Chỉ tiêu | ĐVT | Kế hoạch", ["1 | Tổ truyền thông cộng đồng | tổ | 14", "2 | Địa chỉ tin cậy | địa chỉ | 62"]).targets).toEqual([
    ["Tổ truyền thông cộng đồng", 14, "tổ"],
    ["Địa chỉ tin cậy", 62, "địa chỉ"],
  ]);
});
