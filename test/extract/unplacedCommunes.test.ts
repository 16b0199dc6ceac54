/**
 * Communes of a table (`| STT | Xã | Số tổ |`) whose district the text never says — no district row above them, a
 * province's letterhead — are no areas (each area names its district) and are told (`areas-without-district`), with
 * how many and which; under a district's letterhead or a district row they are that district's areas, nothing told.
 */
import { extractPlan } from "../../src/extract";

const plan = (issuer: string, rows: readonly string[]) =>
  [
    "HỘI LHPN VIỆT NAM",
    issuer,
    "Số: 27/KH-HPN",
    "Thử Nghiệm, ngày 09 tháng 02 năm 2024",
    "KẾ HOẠCH",
    "Triển khai Dự án 8 năm 2024",
    "I. CHỈ TIÊU",
    "1. Thành lập mới 03 Tổ truyền thông cộng đồng (mỗi xã 01 tổ).",
    "Chi tiết theo xã:",
    "| STT | Xã | Số tổ |",
    ...rows,
    "II. KINH PHÍ",
    "Tổng kinh phí: 150 triệu đồng.",
  ].join("\n");

const THREE = ["| 1 | Xã Pa Vệ Sủ | 1 |", "| 2 | Xã Tà Tổng | 1 |", "| 3 | Xã Bum Tở | 1 |"];

test.each<[string, string, readonly string[], Array<[string, string | null]>, string[]]>([
  ["a province's table of communes", "BCH HỘI LHPN TỈNH LAI CHÂU", THREE, [], ["areas-without-district"]],
  ["a district's table of communes", "HỘI LHPN HUYỆN MƯỜNG TÈ", THREE, [["Mường Tè", "Pa Vệ Sủ"], ["Mường Tè", "Tà Tổng"], ["Mường Tè", "Bum Tở"]], []],
  [
    "a province's table with a district row",
    "BCH HỘI LHPN TỈNH LAI CHÂU",
    ["| I | Huyện Mường Tè | 3 |", ...THREE],
    [["Mường Tè", null], ["Mường Tè", "Pa Vệ Sủ"], ["Mường Tè", "Tà Tổng"], ["Mường Tè", "Bum Tở"]],
    [],
  ],
  ["a province's table of one commune", "BCH HỘI LHPN TỈNH LAI CHÂU", ["| 1 | Xã Pa Vệ Sủ | 3 |"], [], []],
])("%s", (_, issuer, rows, areas, rules) => {
  const read = extractPlan(plan(issuer, rows));
  expect(read.areas.map((a) => [a.district, a.commune])).toEqual(areas);
  expect(read.issues.map((i) => i.rule).filter((r) => r.startsWith("areas"))).toEqual(rules);
  if (rules.length > 0) expect(read.issues.find((i) => i.rule === "areas-without-district")?.message).toContain("3 xã (Pa Vệ Sủ, Tà Tổng, Bum Tở)");
});
