/**
 * A one-year plan's stages of one target on one line (`đến 30/6/2026 đạt 40%; …; đến 31/12/2026 đạt 100%`) are one
 * target, the last, named by the line's label, whether they climb or come down; figures with no stage before them,
 * or that go both ways, are no stages.
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
])("one year: %s", (line, expected) => {
  expect(read(plan("Thực hiện Chương trình MTQG giảm nghèo bền vững năm 2026", [line]))).toEqual(expected);
});
