/**
 * Figures given only by year, with no period total beside them, are summed into the period's target, named by the
 * line's label or what they count, and marked to confirm as a sum of the years; a plan for one year, or a part that
 * states the total otherwise, keeps them as they are.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";

type Row = [number, string, string, boolean];

function plan(lines: readonly string[], title = "Thực hiện Dự án 8 giai đoạn 2023 - 2025"): string {
  return ["ỦY BAN NHÂN DÂN", "HUYỆN THỬ NGHIỆM", "Số: 9/KH-UBND", "Thử Nghiệm, ngày 05 tháng 3 năm 2023", "KẾ HOẠCH", title, "I. CHỈ TIÊU", ...lines, "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
}

const read = (text: string) =>
  extractPlan(text)
    .indicators.filter((i) => i.kind !== "money")
    .map((i): Row => [i.target, i.unit, i.name, (i.confidence ?? 1) < CONFIRM_BELOW && i.confirmReason === "yearSum"]);

test.each<[string, string[], Row[]]>([
  ["years on one line", ["- Năm 2023: 5 địa chỉ tin cậy; năm 2024: 6 địa chỉ tin cậy; năm 2025: 3 địa chỉ tin cậy."], [[14, "địa chỉ", "Địa chỉ tin cậy", true]]],
  ["years after the line's label", ["1. Địa chỉ tin cậy: năm 2023: 4 địa chỉ; năm 2024: 4 địa chỉ; năm 2025: 2 địa chỉ."], [[10, "địa chỉ", "Địa chỉ tin cậy", true]]],
  [
    "year lines under a label with no figure",
    ["1. Thành lập mới tổ truyền thông cộng đồng:", "+ Năm 2023: 05 tổ;", "+ Năm 2024: 06 tổ;", "+ Năm 2025: 03 tổ.", "2. Duy trì 20 câu lạc bộ."],
    [[14, "tổ", "Thành lập mới tổ truyền thông cộng đồng", true], [20, "CLB", "Duy trì câu lạc bộ", false]],
  ],
  ["years before what is done", ["- Năm 2023 tổ chức 02 lớp tập huấn, năm 2024 tổ chức 03 lớp tập huấn."], [[5, "lớp tập huấn", "Tổ chức lớp tập huấn", true]]],
  [
    "a total stated beside the years: the years are its shares",
    ["- Thành lập mới 14 tổ truyền thông cộng đồng, cụ thể:", "+ Năm 2023: 05 tổ;", "+ Năm 2024: 06 tổ;", "+ Năm 2025: 03 tổ."],
    [[14, "tổ", "Thành lập mới tổ truyền thông cộng đồng", false]],
  ],
])("%s", (_label, lines, expected) => {
  expect(read(plan(lines))).toEqual(expected);
});

test("a plan for one year keeps each year's figure", () => {
  const rows = read(plan(["- Năm 2024: 5 địa chỉ tin cậy; năm 2025: 6 địa chỉ tin cậy."], "Thực hiện Dự án 8 năm 2024"));
  expect(rows.map((r) => r[0])).toEqual([5, 6]);
});

test("years on one line whose names differ by a shared tail are one target, named by the fullest", () => {
  const rows = read(plan(["3. Năm 2023 tổ chức 02 lớp tập huấn, năm 2024 tổ chức 03 lớp tập huấn cho cán bộ Hội cơ sở."]));
  expect(rows).toEqual([[5, "lớp tập huấn", "Tổ chức lớp tập huấn cho cán bộ Hội cơ sở", true]]);
});

describe("a target table by year with no total column", () => {
  const table = [
    "TT | Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | Năm 2025",
    "1 | Tổ truyền thông cộng đồng thành lập mới | Tổ | 6 | 4 | 4",
    "2 | Tỷ lệ phụ nữ được tiếp cận thông tin | % | 60 | 70 | 80",
    "3 | Duy trì câu lạc bộ Thủ lĩnh của sự thay đổi | CLB | 10 | 12 | 12",
    "4 | Số xã đạt chuẩn nông thôn mới (lũy kế) | Xã | 2 | 4 | 6",
  ];
  test("in a plan for a period: a count is the sum of its years, a percent its last year's, both to confirm", () => {
    const rows = extractPlan(plan(table)).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.name, i.confirmReason]);
    expect(rows).toEqual([
      [14, "Tổ truyền thông cộng đồng thành lập mới", "yearSum"],
      [80, "Tỷ lệ phụ nữ được tiếp cận thông tin (Năm 2025)", "column"],
      [12, "Duy trì câu lạc bộ Thủ lĩnh của sự thay đổi (Năm 2025)", "column"],
      [6, "Số xã đạt chuẩn nông thôn mới (lũy kế) (Năm 2025)", "column"],
    ]);
  });
  test("in a plan for one year: that year's column", () => {
    const rows = extractPlan(plan(table, "Thực hiện Dự án 8 năm 2024")).indicators.filter((i) => i.kind !== "money").map((i) => i.target);
    expect(rows).toEqual([4, 70, 12, 4]);
  });
});

test("a count kept up each year (duy trì) is no sum of its years: each year's figure, to confirm", () => {
  const read = extractPlan(plan(["2. Duy trì câu lạc bộ: năm 2023 duy trì 10 CLB, năm 2024 duy trì 12 CLB, năm 2025 duy trì 12 CLB."])).indicators;
  expect(read.map((i) => [i.target, i.confirmReason])).toEqual([[10, "yearly"], [12, "yearly"], [12, "yearly"]]);
});

test("a breakdown by year on the line after a whole is its shares, no targets", () => {
  const rows = read(plan(["1. Thành lập mới 14 tổ truyền thông cộng đồng.", "Trong đó: năm 2023: 5 tổ; năm 2024: 6 tổ; năm 2025: 3 tổ.", "2. Duy trì 20 câu lạc bộ."]));
  expect(rows.map((r) => [r[0], r[1]])).toEqual([[14, "tổ"], [20, "CLB"]]);
});

test("percent milestones by year on one line: the last year's is the period's target, to confirm", () => {
  const read = extractPlan(plan(["4. Tỷ lệ phụ nữ được tiếp cận thông tin: năm 2023 đạt 50%, năm 2024 đạt 60%, năm 2025 đạt 70%."])).indicators;
  expect(read.map((i) => [i.target, i.name, i.confirmReason])).toEqual([[70, "Tỷ lệ phụ nữ được tiếp cận thông tin (năm 2025)", "yearly"]]);
  const oneYear = extractPlan(plan(["4. Tỷ lệ phụ nữ được tiếp cận thông tin: năm 2024 đạt 60%, năm 2025 đạt 70%."], "Thực hiện Dự án 8 năm 2024")).indicators;
  expect(oneYear.map((i) => i.target)).toEqual([60, 70]);
});

test("years' figures in running text are summed too, to confirm as a sum of the years", () => {
  const text = [
    "ỦY BAN NHÂN DÂN", "HUYỆN THỬ NGHIỆM", "Số: 9/KH-UBND", "Thử Nghiệm, ngày 05 tháng 3 năm 2023", "KẾ HOẠCH", "Thực hiện Dự án 8 giai đoạn 2023 - 2025",
    "I. NHIỆM VỤ", "1. Thành lập tổ truyền thông cộng đồng",
    "Phấn đấu năm 2023 thành lập mới 05 tổ, năm 2024 thành lập mới 06 tổ, năm 2025 thành lập mới 03 tổ.",
    "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai.",
  ].join("\n");
  const read = extractPlan(text).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.unit, i.confirmReason])).toEqual([[14, "tổ", "yearSum"]]);
});

test("a header over two rows whose second row gives the years names the year columns", () => {
  const table = [
    "| TT | Chỉ tiêu | ĐVT | Chia ra các năm | | |",
    "| | | | 2023 | 2024 | 2025 |",
    "| 1 | Tổ truyền thông cộng đồng thành lập mới | Tổ | 5 | 6 | 3 |",
    "| 2 | Tỷ lệ phụ nữ được tiếp cận thông tin | % | 60 | 70 | 80 |",
  ];
  const period = extractPlan(plan(table)).indicators.map((i) => [i.target, i.confirmReason]);
  expect(period).toEqual([[14, "yearSum"], [80, "column"]]);
  const oneYear = extractPlan(plan(table, "Thực hiện Dự án 8 năm 2024")).indicators.map((i) => i.target);
  expect(oneYear).toEqual([6, 70]);
});
