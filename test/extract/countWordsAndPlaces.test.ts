/**
 * Counts and names met in plans of other programmes (road safety, forests, culture, clean water, resettlement):
 * `biển báo`, `cây`, `lễ hội` count; `dứt điểm 06 điểm đen` and `dân tộc thiểu số 980 hộ` label nothing; a colon
 * inside a code (`QCVN 01-1:2018/BYT`) parts no clause; a count after another count and `tại` (`148 hộ tại 04 điểm`)
 * is where that activity takes place; a whole said before its stages in a one-year plan is the target.
 */
import { extractPlan } from "../../src/extract";
import { districtPlanHead } from "./planText";

const read = (line: string) =>
  extractPlan([...districtPlanHead("Thực hiện công tác thử nghiệm năm 2026"), "I. CHỈ TIÊU", line, "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n"))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.name, i.target, i.unit]);

test.each<[string, Array<[string, number, string]>]>([
  ["1. Lắp đặt bổ sung 45 biển báo hiệu đường bộ.", [["Lắp đặt bổ sung biển báo hiệu đường bộ", 45, "biển báo"]]],
  ["1. Trồng rừng sản xuất 320 ha; trồng cây phân tán 25.000 cây.", [["Trồng rừng sản xuất", 320, "ha"], ["Trồng cây phân tán", 25000, "cây"]]],
  ["1. Bảo tồn, phục dựng 02 lễ hội truyền thống.", [["Bảo tồn, phục dựng lễ hội truyền thống", 2, "lễ hội"]]],
  ["1. Khắc phục, xử lý dứt điểm 06 điểm đen tai nạn giao thông.", [["Khắc phục, xử lý dứt điểm điểm đen tai nạn giao thông", 6, "điểm"]]],
  ["1. Tỷ lệ dân số nông thôn dùng nước sạch đáp ứng quy chuẩn QCVN 01-1:2018/BYT đạt 42%.", [["Tỷ lệ dân số nông thôn dùng nước sạch đáp ứng quy chuẩn QCVN 01-1:2018/BYT", 42, "%"]]],
  ["1. Bố trí tập trung 148 hộ tại 04 điểm tái định cư.", [["Bố trí tập trung hộ tại 04 điểm tái định cư", 148, "hộ"]]],
  [
    "1. Đấu nối, cấp nước cho 1.150 hộ, trong đó hộ đồng bào dân tộc thiểu số 980 hộ.",
    [["Đấu nối, cấp nước cho hộ", 1150, "hộ"], ["Đấu nối, cấp nước cho hộ (trong đó: hộ đồng bào dân tộc thiểu số)", 980, "hộ"]],
  ],
  [
    "1. Di dời 64 hộ khỏi vùng sạt lở: đến 30/6/2026 hoàn thành 30 hộ; đến 30/9/2026 hoàn thành 50 hộ; đến 31/12/2026 hoàn thành 64 hộ.",
    [["Di dời hộ khỏi vùng sạt lở", 64, "hộ"]],
  ],
  [
    "1. Xử lý dứt điểm 06 điểm đen: quý II hoàn thành 02 điểm, quý III hoàn thành 04 điểm, quý IV hoàn thành 06 điểm.",
    [["Xử lý dứt điểm điểm đen", 6, "điểm"]],
  ],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});
