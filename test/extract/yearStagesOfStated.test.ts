/**
 * In a plan over several years, figures by year on their own item (`Phân kỳ thực hiện: năm 2026 hoàn thành 80 nhà;
 * năm 2027 hoàn thành 60 nhà`) that add up to a target of their unit stated in the part are that target's stages, no
 * targets of their own; figures that do not add up to it are left as they are.
 */
import { extractPlan } from "../../src/extract";
import { districtPlanHead } from "./planText";

const read = (lines: string[]) =>
  extractPlan([...districtPlanHead("Vận động xây dựng nhà Đại đoàn kết giai đoạn 2026 - 2027"), "I. CHỈ TIÊU", ...lines, "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n"))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.name, i.target, i.unit]);

test("years that add up to the stated whole are its stages", () => {
  expect(read(["1. Xây dựng mới 140 nhà Đại đoàn kết cho hộ nghèo.", "2. Phân kỳ thực hiện: năm 2026 hoàn thành 80 nhà; năm 2027 hoàn thành 60 nhà."])).toEqual([
    ["Xây dựng mới nhà Đại đoàn kết cho hộ nghèo", 140, "nhà"],
  ]);
});

test("years that do not add up to it are left as they are", () => {
  expect(read(["1. Xây dựng mới 140 nhà Đại đoàn kết cho hộ nghèo.", "2. Phân kỳ thực hiện: năm 2026 hoàn thành 80 nhà; năm 2027 hoàn thành 50 nhà."]).map((r) => r[1])).toEqual([140, 80, 50]);
});
