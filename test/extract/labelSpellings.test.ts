/**
 * A figure after a word that folds to a label's (`bảo dưỡng` / `Đường`, `tăng` / `tầng`, `quý` a precious crop / `Quý`
 * a quarter) is a target; after the label itself (`Đường 3`, `tầng 2`, `quý 2`) it stays a label's number. A multiple
 * (`tăng 1,5 lần`, `gấp 2 lần`) is no count of times.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const targets = (line: string) =>
  extractPlan(planWith(["- Hỗ trợ 06 dự án liên kết;", line]))
    .indicators.filter((i) => i.kind !== "money")
    .slice(1)
    .map((i) => [i.target, i.unit]);

test.each<[string, Array<[number, string]>]>([
  ["- Duy tu, bảo dưỡng 11 công trình hạ tầng;", [[11, "công trình"]]],
  ["- Tập huấn, bồi dưỡng 120 người có uy tín;", [[120, "người có uy tín"]]],
  ["- Nuôi dưỡng 30 trẻ em có hoàn cảnh đặc biệt;", [[30, "trẻ em"]]],
  ["- Tăng 200 hộ tham gia mô hình;", [[200, "hộ"]]],
  ["- Phát triển vùng trồng dược liệu quý 45 ha;", [[45, "ha"]]],
  ["- Nâng cấp Đường 3 dài 5 km;", [[5, "km"]]],
  ["- Tổ chức hội nghị sơ kết quý 2 với 40 người;", [[40, "người"]]],
  ["- Sửa chữa nhà văn hóa tầng 2 cho 3 thôn;", [[3, "thôn"]]],
  ["- Thu nhập bình quân tăng 1,5 lần so với năm 2020;", []],
  ["- Thu nhập tăng gấp 2 lần;", []],
  ["- Tổ chức sinh hoạt 12 lần;", [[12, "lần"]]],
])("%s", (line, expected) => {
  expect(targets(line)).toEqual(expected);
});
