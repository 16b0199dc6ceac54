/**
 * A whole split by year after it (`Tổ chức 12 lớp …, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; …`) is listed alone,
 * named by its own words; its years are checked against it, never listed (yearPartSums). After a range per year
 * (`Hằng năm tổ chức từ 3-5 lớp …`) each year's figure is that year's, named by the whole's name and its year — not by
 * the whole's words with its figure (`Tổ chức 12 lớp … (năm 2024)`) nor as a nameless part (`(trong đó)`).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) =>
  extractPlan(planWith([line]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.name, i.target])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

const YEARS = (name: string): Array<[string, number]> => [[`${name} (năm 2023)`, 3], [`${name} (năm 2024)`, 4], [`${name} (năm 2025)`, 5]];

test.each<[string, Array<[string, number]>]>([
  ["- Tổ chức 12 lớp tập huấn cho cán bộ Hội cơ sở, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp;", [["Tổ chức lớp tập huấn cho cán bộ Hội cơ sở", 12]]],
  ["- Tổ chức 12 lớp tập huấn cho cán bộ Hội cơ sở, trong đó: năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp;", [["Tổ chức lớp tập huấn cho cán bộ Hội cơ sở", 12]]],
  ["- Hằng năm tổ chức từ 3-5 lớp tập huấn cho cán bộ Hội cơ sở, trong đó năm 2023: 3 lớp; năm 2024: 4 lớp; năm 2025: 5 lớp;", [["Tổ chức lớp tập huấn cho cán bộ Hội cơ sở (mỗi năm)", 3], ...YEARS("Tổ chức lớp tập huấn cho cán bộ Hội cơ sở")]],
  // The years counted in another word for the same people.
  ["- Đào tạo nghề cho ít nhất 450 lao động, trong đó năm 2023: 120 người; năm 2024: 150 người; năm 2025: 180 người;", [["Đào tạo nghề cho lao động", 450]]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual([...expected].sort((a, b) => a[0].localeCompare(b[0])));
});

test("a part that is no year keeps its own words", () => {
  expect(read("- Đào tạo nghề cho 500 lao động, trong đó lao động nữ 250 người;").map((r) => r[0])).toContain("Đào tạo nghề cho lao động (trong đó: lao động nữ)");
});
