/**
 * A whole split by year after it (`Tổ chức 12 lớp …, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp`):
 * each year is a part of the stated whole (`yearPart`), not a figure per year whose period total is left open, and the
 * years come in time order right after their whole. After a pace per year (`Hằng năm … từ 3-5 lớp`) every year, the
 * first one too, is that year's figure (`yearly`).
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
    [[CLASSES, 12, null], [`${CLASSES} (năm 2023)`, 3, "yearPart"], [`${CLASSES} (năm 2024)`, 4, "yearPart"], [`${CLASSES} (năm 2025)`, 5, "yearPart"], GROUPS],
  ],
  [
    "- Đào tạo nghề cho ít nhất 450 lao động, trong đó năm 2023: 120 người; năm 2024: 150 người; năm 2025: 180 người;",
    [[WORKERS, 450, null], [`${WORKERS} (năm 2023)`, 120, "yearPart"], [`${WORKERS} (năm 2024)`, 150, "yearPart"], [`${WORKERS} (năm 2025)`, 180, "yearPart"], GROUPS],
  ],
  [
    "- Hằng năm tổ chức từ 3-5 lớp tập huấn cho cán bộ Hội cơ sở, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp;",
    [[`${CLASSES} (mỗi năm)`, 3, "yearly"], [`${CLASSES} (năm 2023)`, 3, "yearly"], [`${CLASSES} (năm 2024)`, 4, "yearly"], [`${CLASSES} (năm 2025)`, 5, "yearly"], GROUPS],
  ],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});

test("the years' own reason is told in words, not as a figure per year with no period total", () => {
  const plan = extractPlan(planWith(["- Tổ chức 12 lớp tập huấn cho cán bộ Hội cơ sở, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp;"]));
  const reasons = new Set(plan.indicators.filter((i) => / \(năm \d{4}\)$/u.test(i.name)).map((i) => i.confirmReason));
  expect([...reasons]).toEqual(["yearPart"]);
});
