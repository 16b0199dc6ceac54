/**
 * A whole split by year after it (`Tổ chức 12 lớp …, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp`):
 * each year is a part of the stated whole, checked against it (yearPartSums) and never listed beside it — in the
 * whole's own unit or another word for it (`450 lao động`, `năm 2023: 120 người`) alike — so the period's figure is not
 * listed twice. After a pace per year (`Hằng năm … từ 3-5 lớp`) every year, the first one too, is that year's figure
 * (`yearly`), listed in time order after it.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) =>
  extractPlan(planWith([line, "- Thành lập mới 05 tổ truyền thông cộng đồng."])).indicators.map((i) => [i.name, i.target, i.confirmReason ?? null]);

const CLASSES = "Tổ chức lớp tập huấn cho cán bộ Hội cơ sở";
const WORKERS = "Đào tạo nghề cho lao động";
const GROUPS: [string, number, null] = ["Thành lập mới tổ truyền thông cộng đồng", 5, null];

test.each<[string, Array<[string, number, string | null]>]>([
  [
    "- Tổ chức 12 lớp tập huấn cho cán bộ Hội cơ sở, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp;",
    [[CLASSES, 12, null], GROUPS],
  ],
  [
    "- Đào tạo nghề cho ít nhất 450 lao động, trong đó năm 2023: 120 người; năm 2024: 150 người; năm 2025: 180 người;",
    [[WORKERS, 450, null], GROUPS],
  ],
  ["- Thành lập mới 13 tổ hợp tác (năm 2023: 03 tổ hợp tác; năm 2024: 05 tổ hợp tác; năm 2025: 05 tổ hợp tác).", [["Thành lập mới tổ hợp tác", 13, null], GROUPS]],
  ["- Tổ chức 12 lớp cho cán bộ Hội cơ sở, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp;", [["Tổ chức lớp cho cán bộ Hội cơ sở", 12, null], GROUPS]],
  [
    "- Hằng năm tổ chức từ 3-5 lớp tập huấn cho cán bộ Hội cơ sở, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp;",
    [[`${CLASSES} (mỗi năm)`, 3, "yearly"], [`${CLASSES} (năm 2023)`, 3, "yearly"], [`${CLASSES} (năm 2024)`, 4, "yearly"], [`${CLASSES} (năm 2025)`, 5, "yearly"], GROUPS],
  ],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});

test("no year's part of a stated whole is listed, whatever word counts it", () => {
  const plan = extractPlan(planWith(["- Tổ chức 12 lớp tập huấn cho cán bộ Hội cơ sở, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp;"]));
  expect(plan.indicators.filter((i) => / \(năm \d{4}\)$/u.test(i.name))).toEqual([]);
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => i.target)).toEqual([12]);
});
