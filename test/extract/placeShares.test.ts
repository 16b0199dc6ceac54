/**
 * A table of communes with one figure column and no total row in a targets part (`Bảng: số tổ truyền thông thành lập
 * mới theo xã`, `| Xã | Số tổ |`, `| Xã Chung Chải | 1 |` …), letterhead naming no district: one target given place by
 * place — the rows' sum, to be confirmed, each place's equal figure its quota — not nothing; the same table stated in
 * the text too is one target (a different figure a conflict); such a table outside the targets part stays unread.
 */
import { extractPlan } from "../../src/extract";

const HEAD = ["HỘI LHPN VIỆT NAM", "BAN CHẤP HÀNH HỘI LHPN TỈNH ĐIỆN BIÊN", "Số: 45/KH-HPN", "Điện Biên, ngày 15 tháng 3 năm 2026", "KẾ HOẠCH", "Thành lập mới tổ truyền thông cộng đồng năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của người dân về bình đẳng giới."];
const TABLE = (figures: readonly number[]) => [
  "Bảng: số tổ truyền thông thành lập mới theo xã",
  "| Xã | Số tổ |",
  ...["Chung Chải", "Leng Su Sìn", "Sen Thượng", "Pá Mỳ", "Nậm Vì"].slice(0, figures.length).map((c, k) => `| Xã ${c} | ${figures[k]} |`),
];
const BUDGET = ["III. KINH PHÍ", "Tổng kinh phí thực hiện: 150 triệu đồng."];

const targets = (lines: readonly string[]) => {
  const plan = extractPlan(lines.join("\n"));
  return { plan, counts: plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target, i.unit, i.quota ?? null, i.confirmReason ?? null]) };
};

test.each<[string, readonly string[], unknown[]]>([
  ["every commune 1: the sum, its quota 1", [...HEAD, "II. CHỈ TIÊU", ...TABLE([1, 1, 1, 1, 1]), ...BUDGET], [["Số tổ truyền thông thành lập mới", 5, "tổ", 1, "placesSum"]]],
  ["communes of different figures: the sum, no quota", [...HEAD, "II. CHỈ TIÊU", ...TABLE([2, 1, 1]), ...BUDGET], [["Số tổ truyền thông thành lập mới", 4, "tổ", null, "placesSum"]]],
  ["a header saying its unit in brackets, no caption", [...HEAD, "II. CHỈ TIÊU", "| Xã | Số lượng (tổ) |", "| Xã Pá Mỳ | 1 |", "| Xã Nậm Vì | 1 |", ...BUDGET], [["Số lượng", 2, "tổ", 1, "placesSum"]]],
  ["one figure column with its total row: the total, stated", [...HEAD, "II. CHỈ TIÊU", ...TABLE([2, 1, 1]), "| Tổng cộng | 4 |", ...BUDGET], [["Số tổ", 4, "tổ", null, null]]],
  ["the table outside the targets part (the areas' baseline)", [...HEAD, "II. ĐỊA BÀN", "Bảng: số hộ nghèo theo xã", "| Xã | Số hộ |", "| Xã Pá Mỳ | 120 |", "| Xã Nậm Vì | 95 |", "III. CHỈ TIÊU", "Thành lập mới 02 tổ truyền thông cộng đồng.", ...BUDGET], [["Thành lập mới tổ truyền thông cộng đồng", 2, "tổ", null, null]]],
])("%s", (_, lines, expected) => {
  expect(targets(lines).counts).toEqual(expected);
});

test("the text's target split by the table is one target; a table adding up to another figure is a conflict naming both", () => {
  const said = (n: string) => [...HEAD, "II. CHỈ TIÊU", `Thành lập mới ${n} tổ truyền thông cộng đồng, cụ thể như sau:`, ...TABLE([1, 1, 1, 1, 1]), ...BUDGET];
  const same = targets(said("05"));
  expect(same.counts).toEqual([["Thành lập mới tổ truyền thông cộng đồng", 5, "tổ", null, "text"]]);
  // The communes, whose district the province's letterhead does not say, are told as no areas (unplacedCommunes.test.ts).
  const besidesAreas = (plan: ReturnType<typeof extractPlan>) => plan.issues.filter((i) => i.rule !== "areas-without-district");
  expect(same.plan.issues.map((i) => i.rule)).toEqual(["areas-without-district"]);
  const other = targets(said("06"));
  expect(other.counts).toEqual([["Thành lập mới tổ truyền thông cộng đồng", 6, "tổ", null, "text"]]);
  expect(besidesAreas(other.plan).map((i) => [i.rule, i.message])).toEqual([["target-conflict", expect.stringMatching(/6 tổ \(dòng 10\).*dòng 12.*5 tổ/u)]]);
});
