import { findPlanPeriod, parsePeriodRange, periodInText } from "../../../src/core/progress/planPeriod";
import { readPlanJson } from "../../../src/core/plan";
import { inputError } from "../../helpers/inputError";
import { sheet } from "./fixtures";

describe("the plan's period", () => {
  test.each([
    ["Kế hoạch thực hiện Dự án 8 giai đoạn 2022 - 2025", [2022, 2025]],
    ["giai đoạn I: cuối năm 2022 - 2025", [2022, 2025]],
    ["GIAI ĐOẠN 2021–2025", [2021, 2025]],
    ["giai đoạn từ năm 2022 đến năm 2025", [2022, 2025]],
    ["Kế hoạch năm 2024", [2024, 2024]],
    ["Hà Nội, ngày 03 tháng 10 năm 2022", null],
    ["Kế hoạch phân bổ", null],
  ])("%s", (text, expected) => {
    const period = periodInText(text);
    expect(period === null ? null : [period.start, period.end]).toEqual(expected);
  });

  test("--period forms, and a bad one is an input error", () => {
    expect(parsePeriodRange("2022-2025")).toEqual({ start: 2022, end: 2025 });
    expect(parsePeriodRange("2024")).toEqual({ start: 2024, end: 2024 });
    const plan = readPlanJson({ indicators: [{ code: "1", name: "Tổ", unit: "tổ", target: 1 }] }, "plan.json");
    expect(findPlanPeriod(plan, null, "2022-2025")?.source.note).toBe("option");
    expect(inputError(() => findPlanPeriod(plan, null, "2025-2022")).text.en).toContain("--period");
    expect(inputError(() => findPlanPeriod(plan, null, "soon")).text.vi).toContain("2022-2025");
  });

  test("from the title block, a Giai đoạn cell, the JSON plan's title; the option wins", () => {
    const plan = readPlanJson({ title: "Kế hoạch giai đoạn 2021 - 2023", indicators: [{ code: "1", name: "Tổ", unit: "tổ", target: 1 }] }, "plan.json");
    const title = sheet("Kế hoạch", [["UBND THÀNH PHỐ", "Ngày 03 tháng 10 năm 2022"], ["KẾ HOẠCH giai đoạn I: cuối năm 2022 - 2025"], ["Mã", "Chỉ tiêu"]]);
    expect(findPlanPeriod(plan, title)).toMatchObject({ start: 2022, end: 2025, source: { sheet: "Kế hoạch", cell: "A2" } });
    const cell = sheet("Kế hoạch", [["Giai đoạn:", null, "2023 - 2025"], ["Mã", "Chỉ tiêu"]]);
    expect(findPlanPeriod(plan, cell)).toMatchObject({ start: 2023, end: 2025, source: { cell: "C1" } });
    expect(findPlanPeriod(plan, sheet("Kế hoạch", [["Mã"]]))).toMatchObject({ start: 2021, end: 2023, source: { note: "title" } });
    expect(findPlanPeriod(plan, title, "2024")).toMatchObject({ start: 2024, end: 2024 });
    const bare = readPlanJson({ indicators: [{ code: "1", name: "Tổ", unit: "tổ", target: 1 }] }, "plan.json");
    expect(findPlanPeriod(bare, null)).toBeNull();
  });
});
