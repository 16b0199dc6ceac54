/**
 * A one-year plan's stages of one target on one line (`đến 30/6/2026 đạt 40%; …; đến 31/12/2026 đạt 100%`) are one
 * target, the last, named by the line's label, whether they climb or come down; figures with no stage before them,
 * or that go both ways, are no stages. Quarters after `trong đó` (`200 hộ, trong đó quý II: 50 hộ, …`) are stages of the
 * target too, not parts of it.
 */
import { extractPlan } from "../../src/extract";
import { districtPlanHead } from "./planText";

const plan = (title: string, lines: string[]) => [...districtPlanHead(title), "I. CHỈ TIÊU", ...lines, "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
const read = (text: string) => extractPlan(text).indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target, i.unit]);

test.each<[string, Array<[string, number, string]>]>([
  ["1. Tỷ lệ giải ngân vốn sự nghiệp: đến 30/6/2026 đạt 40%; đến 30/9/2026 đạt 70%; đến 31/12/2026 đạt 100% kế hoạch vốn được giao.", [["Tỷ lệ giải ngân vốn sự nghiệp", 100, "%"]]],
  ["2. Tỷ lệ hộ được cấp nước sạch: hết quý II đạt 60%, hết quý III đạt 75%, hết năm đạt 85%.", [["Tỷ lệ hộ được cấp nước sạch", 85, "%"]]],
  ["3. Đến tháng 6 năm 2026 hoàn thành 30% khối lượng; đến tháng 9 năm 2026 hoàn thành 70%; đến hết năm 2026 hoàn thành 100% kế hoạch.", [["Hoàn thành kế hoạch", 100, "%"]]],
  ["4. Tỷ lệ hộ nghèo: quý II còn 9%, quý III còn 11%, hết năm còn 7%.", [["Quý II", 9, "%"], ["Quý III", 11, "%"], ["Hết năm", 7, "%"]]],
  ["4. Xây mới 20 phòng học, sửa chữa 35 phòng học.", [["Xây mới phòng học", 20, "phòng"], ["Sửa chữa phòng học", 35, "phòng"]]],
  ["5. Tỷ lệ hộ nghèo: 6 tháng đầu năm còn 9%, hết năm còn 7%.", [["Tỷ lệ hộ nghèo", 7, "%"]]],
  // Quarters after `trong đó` are the target's stages, not parts of it, whether each quarter's share or the pace up to it.
  ["6. Hỗ trợ phát triển sản xuất cho 200 hộ, trong đó quý II: 50 hộ, quý III: 80 hộ, quý IV: 70 hộ.", [["Hỗ trợ phát triển sản xuất cho hộ", 200, "hộ"]]],
  ["7. Tập huấn cho 300 lượt người, trong đó đến hết quý II: 120 lượt người, đến hết quý III: 200 lượt người.", [["Tập huấn cho lượt người", 300, "lượt người"]]],
  ["8. Hỗ trợ 150 hộ, trong đó 6 tháng đầu năm 60 hộ.", [["Hỗ trợ hộ", 150, "hộ"]]],
])("one year: %s", (line, expected) => {
  expect(read(plan("Thực hiện Chương trình MTQG giảm nghèo bền vững năm 2026", [line]))).toEqual(expected);
});
