/**
 * A quota per area and per quarter or month in a plan over several years (`giai đoạn 2026 - 2030`): so many times a
 * year over the plan's five years, whether the pace is written `/quý` or in words (`mỗi quý`, `hằng quý`, `hằng tháng`).
 * With no list of areas the quota over the plan is kept as the floor the whole must reach (`>=`, to confirm); with the
 * places counted in the sentence it is totalled over them. A norm per unit of something else after the quota (`mỗi tổ
 * sinh hoạt 01 lần/tháng`) is no quota per area.
 */
import { extractPlan } from "../../src/extract";

function period(line: string): string {
  return [
    "ỦY BAN NHÂN DÂN",
    "TỈNH THỬ NGHIỆM",
    "Số: 12/KH-UBND",
    "Thử Nghiệm, ngày 05 tháng 3 năm 2026",
    "KẾ HOẠCH",
    "Thực hiện công tác thử nghiệm giai đoạn 2026 - 2030",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II. MỤC TIÊU",
    "1. Chỉ tiêu cụ thể",
    line,
    "- Thành lập mới 03 tổ truyền thông cộng đồng.",
    "III. TỔ CHỨC THỰC HIỆN",
  ].join("\n");
}

type Read = [string, number, string, number | null, string | null, string | null];

function read(line: string): { targets: Read[]; issues: string[] } {
  const plan = extractPlan(period(line));
  return {
    targets: plan.indicators
      .filter((i) => i.kind === "count" && i.unit !== "tổ")
      .map((i) => [i.name, i.target, i.unit, i.quota ?? null, i.rule ?? null, i.confirmReason ?? null]),
    issues: plan.issues.filter((i) => i.rule !== "no-budget").map((i) => i.rule),
  };
}

const FLOOR: Read = ["Tổ chức buổi sinh hoạt chuyên đề", 20, "buổi", 20, ">=", "quota"];

test.each<[string, { targets: Read[]; issues: string[] }]>([
  ["- Mỗi xã tổ chức 01 buổi sinh hoạt chuyên đề/quý;", { targets: [FLOOR], issues: ["quota-only"] }],
  ["- Mỗi xã tổ chức mỗi quý ít nhất 01 buổi sinh hoạt chuyên đề;", { targets: [FLOOR], issues: ["quota-only"] }],
  ["- Mỗi xã tổ chức ít nhất 01 buổi sinh hoạt chuyên đề mỗi quý;", { targets: [FLOOR], issues: ["quota-only"] }],
  ["- Hằng quý, mỗi xã tổ chức ít nhất 01 buổi sinh hoạt chuyên đề;", { targets: [FLOOR], issues: ["quota-only"] }],
  ["- Mỗi xã mỗi năm tổ chức 01 buổi sinh hoạt chuyên đề/quý;", { targets: [FLOOR], issues: ["quota-only"] }],
  ["- Mỗi xã tổ chức 01 buổi sinh hoạt chuyên đề hằng tháng;", { targets: [["Tổ chức buổi sinh hoạt chuyên đề", 60, "buổi", 60, ">=", "quota"]], issues: ["quota-only"] }],
  ["- Duy trì sinh hoạt định kỳ tại 12 xã, mỗi xã ít nhất 01 buổi mỗi quý;", { targets: [["Duy trì sinh hoạt định kỳ", 240, "buổi", 20, ">=", "quota"]], issues: [] }],
  ["- Duy trì sinh hoạt định kỳ tại 12 xã, mỗi xã 01 buổi/quý;", { targets: [["Duy trì sinh hoạt định kỳ", 240, "buổi", 20, null, "quota"]], issues: [] }],
])("a quota per commune and per quarter or month, over the plan's five years: %s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});

test.each([
  "- Mỗi xã duy trì 01 tổ truyền thông, mỗi tổ sinh hoạt 01 lần/tháng;",
  "- Mỗi xã duy trì 01 tổ truyền thông, mỗi tổ sinh hoạt 01 lần mỗi tháng;",
])("a norm per team after a quota per commune is neither a quota nor part of the name: %s", (line) => {
  const plan = extractPlan(period(line));
  expect(plan.indicators.filter((i) => i.kind === "count").map((i) => [i.name, i.target, i.unit, i.quota ?? null])).toEqual([
    ["Duy trì tổ truyền thông", 1, "tổ", 1],
    ["Thành lập mới tổ truyền thông cộng đồng", 3, "tổ", null],
  ]);
});
