/**
 * A commune's plan with its targets in a table and its year's tasks in `NHIỆM VỤ VÀ GIẢI PHÁP` after it: the tasks are
 * read, to confirm — works on roads and land (`Cứng hóa`, `Bê tông hóa`, `Nâng cấp`), places brought to a standard
 * (`Xây dựng 02 khu dân cư kiểu mẫu`). What is added (`thêm 1,8 km`) is no restatement of the table's total: no
 * conflict. Places alone after an action (`Hỗ trợ 05 thôn`) stay no target.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";

function plan(tasks: readonly string[]): string {
  return [
    "ỦY BAN NHÂN DÂN",
    "XÃ THỬ NGHIỆM",
    "Số: 7/KH-UBND",
    "Thử Nghiệm, ngày 10 tháng 01 năm 2025",
    "KẾ HOẠCH",
    "Xây dựng nông thôn mới năm 2025",
    "I. MỤC TIÊU",
    "Chỉ tiêu cụ thể:",
    "| TT | Chỉ tiêu | Đơn vị tính | Hiện trạng năm 2024 | Kế hoạch năm 2025 |",
    "| 1 | Đường trục thôn được cứng hóa | km | 6,2 | 8,0 |",
    "| 2 | Thôn có khu dân cư kiểu mẫu | thôn | 1 | 3 |",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    ...tasks,
    "III. TỔ CHỨC THỰC HIỆN",
    "Ban quản lý xã chủ trì thực hiện.",
  ].join("\n");
}

/** Value, unit, to confirm. */
type Row = [number, string, boolean];
const TABLE: Row[] = [[8, "km", false], [3, "thôn", false]];

test.each<[string[], Row[]]>([
  [["1. Cứng hóa thêm 1,8 km đường trục thôn tại thôn Nà Lầu, Khuổi Tát."], [[1.8, "km", true]]],
  [["1. Xây dựng 02 (hai) khu dân cư kiểu mẫu tại thôn Bản Vạn, Pác Rằng."], [[2, "khu dân cư", true]]],
  [["- Bê tông hóa 2,5 km đường nội đồng;", "- Nâng cấp 03 nhà văn hóa thôn."], [[2.5, "km", true], [3, "nhà", true]]],
  [["- Xây dựng 02 thôn đạt chuẩn nông thôn mới kiểu mẫu."], [[2, "thôn", true]]],
  [["- Hỗ trợ 05 thôn thực hiện tiêu chí môi trường."], []],
])("%s", (tasks, more) => {
  const read = extractPlan(plan(tasks));
  expect(read.indicators.map((i): Row => [i.target, i.unit, (i.confidence ?? 1) < CONFIRM_BELOW])).toEqual([...TABLE, ...more]);
  expect(read.issues.filter((i) => i.rule === "target-conflict")).toEqual([]);
});

test("the same work without `thêm` and another figure is a conflict, said in Vietnamese notation", () => {
  const read = extractPlan(plan(["1. Cứng hóa 1,8 km đường trục thôn được cứng hóa."]));
  const conflict = read.issues.find((i) => i.rule === "target-conflict");
  expect(conflict?.message).toContain("1,8 km");
});
