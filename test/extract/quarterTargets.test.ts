/**
 * A count given by quarter is one target for the year, never one per quarter: running totals (`đến hết Quý II đạt
 * 200; đến hết Quý IV đạt 300`) give the last, even with the unit left out of some figures; figures of each quarter
 * give their sum, to confirm; rising figures that no word calls running totals give the last, to confirm. A year total
 * stated beside them is the target, and quarters that miss it are told (`share-total`) and marked for confirmation.
 * The same holds for one quarter per line under a label.
 */
import { extractPlan } from "../../src/extract";
import { districtPlanHead } from "./planText";

const plan = (lines: string[]) =>
  [...districtPlanHead("Thực hiện Chương trình MTQG giảm nghèo bền vững năm 2026"), "I. CHỈ TIÊU", ...lines, "2. Thành lập mới 05 tổ hợp tác.", "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");

type Read = [code: string, name: string, target: number, unit: string, confirm: string | null];

function read(lines: string[]): { targets: Read[]; issues: string[] } {
  const p = extractPlan(plan(lines));
  return {
    targets: p.indicators.filter((i) => i.kind === "count" && i.unit !== "tổ hợp tác").map((i) => [i.code, i.name, i.target, i.unit, i.confirmReason ?? null]),
    issues: p.issues.filter((i) => i.rule !== "no-budget").map((i) => `${i.rule} ${i.expected ?? ""}/${i.actual ?? ""}`),
  };
}

test.each<[string[], Read[], string[]]>([
  // Running totals: the last is the year's target, whether its unit is written or left out.
  [["1. Mở lớp xóa mù chữ: đến hết Quý II đạt 200 lớp; đến hết Quý IV đạt 300."], [["1", "Mở lớp xóa mù chữ", 300, "lớp", null]], []],
  [["1. Số lớp xóa mù chữ đến hết Quý II đạt 200; đến hết Quý IV đạt 300 lớp."], [["1", "Số lớp xóa mù chữ", 300, "lớp", null]], []],
  [["1. Số người được khám sàng lọc (lũy kế): Quý I: 100 người; Quý II: 200 người; Quý III: 300 người; Quý IV: 400 người."], [["1", "Số người được khám sàng lọc (lũy kế)", 400, "người", null]], []],
  // Rising figures no word calls running totals: the last, to confirm (their sum is the other reading).
  [["1. Mở lớp xóa mù chữ: Quý I: 100 lớp; Quý II: 200; Quý III: 300."], [["1", "Mở lớp xóa mù chữ", 300, "lớp", "quarterStages"]], []],
  // Each quarter's own figures: their sum, to confirm.
  [["1. Kết nạp hội viên mới: Quý I: 30 hội viên; Quý II: 50 hội viên; Quý III: 40 hội viên; Quý IV: 30 hội viên."], [["1", "Kết nạp hội viên mới", 150, "hội viên", "quarterSum"]], []],
  [["1. Tổ chức truyền thông: Quý I: 3 buổi; Quý II: 3 buổi; Quý III: 3 buổi; Quý IV: 3 buổi."], [["1", "Tổ chức truyền thông", 12, "buổi", "quarterSum"]], []],
  [["1. Mở lớp xóa mù chữ đạt 100 lớp trong Quý I; 200 lớp vào Quý II; 300 lớp vào Quý III."], [["1", "Mở lớp xóa mù chữ", 600, "lớp", "quarterSum"]], []],
  // A year total stated beside them: the target; quarters that come to it say nothing more.
  [["1. Tổ chức 12 buổi truyền thông: Quý I: 3 buổi; Quý II: 3 buổi; Quý III: 3 buổi; Quý IV: 3 buổi."], [["1", "Tổ chức buổi truyền thông", 12, "buổi", null]], []],
  [["1. Mở lớp xóa mù chữ: Quý I: 100 lớp; Quý II: 200 lớp; Quý III: 300 lớp; cả năm 400 lớp."], [["1", "Mở lớp xóa mù chữ", 400, "lớp", null]], []],
  [["1. Mở 300 lớp xóa mù chữ: quý II hoàn thành 100 lớp, quý III hoàn thành 200 lớp, quý IV hoàn thành 300 lớp."], [["1", "Mở lớp xóa mù chữ", 300, "lớp", null]], []],
  // … and quarters that miss it are told, the stated total kept and marked for confirmation.
  [["1. Kết nạp 160 hội viên mới: Quý I: 30 hội viên; Quý II: 50 hội viên; Quý III: 40 hội viên; Quý IV: 30 hội viên."], [["1", "Kết nạp hội viên mới", 160, "hội viên", "quarterShares"]], ["share-total 150/160"]],
  [["1. Mở 300 lớp xóa mù chữ: đến hết Quý II đạt 200 lớp; đến hết Quý IV đạt 250 lớp."], [["1", "Mở lớp xóa mù chữ", 300, "lớp", "quarterShares"]], ["share-total 250/300"]],
  // Quarters in the head of the whole's unit (`300 hộ gia đình`, `Quý I: 50 hộ`) are its quarters all the same.
  [["1. Hỗ trợ 300 hộ gia đình xây dựng nhà tiêu hợp vệ sinh: Quý I: 50 hộ; Quý II: 100 hộ; Quý III: 100 hộ; Quý IV: 50 hộ."], [["1", "Hỗ trợ hộ gia đình xây dựng nhà tiêu hợp vệ sinh", 300, "hộ gia đình", null]], []],
  [["1. Hỗ trợ 300 hộ gia đình xây dựng nhà tiêu hợp vệ sinh, trong đó quý I: 50 hộ; quý II: 100 hộ; quý III: 100 hộ; quý IV: 80 hộ."], [["1", "Hỗ trợ hộ gia đình xây dựng nhà tiêu hợp vệ sinh", 300, "hộ gia đình", "quarterShares"]], ["share-total 330/300"]],
  [["1. Kiểm tra 150 lượt cơ sở: Quý I: 50 lượt; Quý II: 30 lượt; Quý III: 40 lượt; Quý IV: 30 lượt."], [["1", "Kiểm tra lượt cơ sở", 150, "lượt cơ sở", null]], []],
  // One quarter per line under the label.
  [["1. Mở lớp xóa mù chữ:", "- Quý I: 100 lớp;", "- Quý II: 200 lớp;", "- Quý III: 300 lớp."], [["1", "Mở lớp xóa mù chữ", 300, "lớp", "quarterStages"]], []],
  [["1. Số lớp xóa mù chữ:", "+ Đến hết quý II: 200 lớp;", "+ Đến hết quý IV: 300 lớp."], [["1", "Số lớp xóa mù chữ", 300, "lớp", null]], []],
  [["1. Kết nạp 160 hội viên mới, cụ thể:", "- Quý I: 30 hội viên;", "- Quý II: 50 hội viên;", "- Quý III: 40 hội viên;", "- Quý IV: 30 hội viên."], [["1", "Kết nạp hội viên mới", 160, "hội viên", "quarterShares"]], ["share-total 150/160"]],
])("%j", (lines, targets, issues) => {
  expect(read(lines)).toEqual({ targets, issues });
});

test("quarters of a percent are left to the stages reading: the last, as stated", () => {
  expect(read(["1. Tỷ lệ hộ được cấp nước sạch: hết quý II đạt 60%, hết quý III đạt 75%, hết năm đạt 85%."]).targets).toEqual([]);
  const p = extractPlan(plan(["1. Tỷ lệ hộ được cấp nước sạch: hết quý II đạt 60%, hết quý III đạt 75%, hết năm đạt 85%."]));
  expect(p.indicators.filter((i) => i.kind === "percent").map((i) => [i.name, i.target])).toEqual([["Tỷ lệ hộ được cấp nước sạch", 85]]);
});
