/**
 * An amended plan's budget part (`2. Điều chỉnh kinh phí`, `III. ĐIỀU CHỈNH, BỔ SUNG NGUỒN VỐN`) is the budget part:
 * its total (`điều chỉnh từ 8,25 tỷ đồng lên 9,475 tỷ đồng`) is read with the sources on the lines below it, never the
 * sources alone (a `Nguồn vốn:` line read as the only budget part, its total told missing).
 */
import { extractPlan } from "../../src/extract";

const plan = (heading: string, total: string, sources: string) =>
  [
    "ỦY BAN NHÂN DÂN",
    "TỈNH THỬ NGHIỆM",
    "Số: 21/KH-UBND",
    "Thử Nghiệm, ngày 28 tháng 8 năm 2024",
    "KẾ HOẠCH",
    "Điều chỉnh Kế hoạch thực hiện Dự án 10 giai đoạn 2024 - 2025",
    "I. NỘI DUNG ĐIỀU CHỈNH",
    "1. Điều chỉnh chỉ tiêu",
    "a) Tổ chức hội nghị: điều chỉnh từ 11 hội nghị thành 12 hội nghị.",
    heading,
    total,
    "- Năm 2024: 4,375 tỷ đồng;",
    "- Năm 2025: 5,1 tỷ đồng.",
    sources,
    "II. CÁC NỘI DUNG KHÁC",
    "Các nội dung khác giữ nguyên.",
  ].join("\n");

const SOURCES = "Nguồn vốn: vốn sự nghiệp ngân sách trung ương 8,9 tỷ đồng; ngân sách tỉnh 0,575 tỷ đồng.";

test.each<[string, string, string, Array<[string, number]>]>([
  ["2. Điều chỉnh kinh phí", "Tổng kinh phí điều chỉnh từ 8,25 tỷ đồng lên 9,475 tỷ đồng (Chín tỷ, bốn trăm bảy mươi lăm triệu đồng), trong đó:", SOURCES, [["KP", 9475e6], ["KP.1", 8900e6], ["KP.2", 575e6]]],
  ["2. Điều chỉnh, bổ sung kinh phí", "Tổng kinh phí sau điều chỉnh: 9,475 tỷ đồng, trong đó:", SOURCES, [["KP", 9475e6], ["KP.1", 8900e6], ["KP.2", 575e6]]],
  ["2. Điều chỉnh nguồn vốn", "Tổng kinh phí từ 8,25 tỷ đồng lên 9,475 tỷ đồng, trong đó:", SOURCES, [["KP", 9475e6], ["KP.1", 8900e6], ["KP.2", 575e6]]],
  ["2. Kinh phí", "Tổng kinh phí điều chỉnh từ 8,25 tỷ đồng lên 9,475 tỷ đồng, trong đó:", SOURCES, [["KP", 9475e6], ["KP.1", 8900e6], ["KP.2", 575e6]]],
])("%s", (heading, total, sources, expected) => {
  const read = extractPlan(plan(heading, total, sources));
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual(expected);
  expect(read.issues.map((i) => i.rule)).toEqual([]);
});
