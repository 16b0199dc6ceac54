/**
 * A budget amount written only in words (`Tổng kinh phí: một tỷ hai trăm năm mươi triệu đồng, trong đó …`) is read as
 * its figure; the same words in brackets after a figure restate it and add nothing.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

const budget = (line: string) =>
  extractPlan([...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "- Thành lập mới 05 tổ truyền thông cộng đồng.", "II. KINH PHÍ", line, "III. TỔ CHỨC THỰC HIỆN", "Các xã."].join("\n"))
    .indicators.filter((i) => i.kind === "money")
    .map((i) => [i.code, i.target]);

test.each<[string, Array<[string, number]>]>([
  [
    "Tổng kinh phí thực hiện: một tỷ hai trăm năm mươi triệu đồng, trong đó ngân sách tỉnh 1.100.000.000đ, ngân sách huyện 150.000.000đ.",
    [["KP", 1_250_000_000], ["KP.1", 1_100_000_000], ["KP.2", 150_000_000]],
  ],
  ["Tổng kinh phí: hai trăm tám mươi lăm triệu đồng.", [["KP", 285_000_000]]],
  ["Tổng kinh phí: 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng).", [["KP", 1_250_000_000]]],
  ["Tổng kinh phí: 1.250.000.000 đồng (Bằng chữ: một tỷ hai trăm năm mươi triệu đồng chẵn).", [["KP", 1_250_000_000]]],
])("%s", (line, expected) => {
  expect(budget(line)).toEqual(expected);
});

/** `năm tỷ đồng`, `một tỷ đồng`: words too short to hold `5.000.000.000 đồng` are read in their own scale. */
test.each<[string, Array<[string, number]>]>([
  ["Tổng kinh phí: bảy tỷ đồng, trong đó: ngân sách tỉnh năm tỷ đồng; ngân sách xã hai tỷ đồng.", [["KP", 7_000_000_000], ["KP.1", 5_000_000_000], ["KP.2", 2_000_000_000]]],
  ["Tổng kinh phí: mười tỷ đồng.", [["KP", 10_000_000_000]]],
  ["Tổng kinh phí: một tỷ đồng.", [["KP", 1_000_000_000]]],
])("short words: %s", (line, expected) => {
  expect(budget(line)).toEqual(expected);
});
