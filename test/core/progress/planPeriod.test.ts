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
    // The plan's phase of a longer programme, however the title words it.
    ["KẾ HOẠCH TRIỂN KHAI DỰ ÁN 8 THUỘC CHƯƠNG TRÌNH MTQG GIAI ĐOẠN 2021 - 2030 TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI GIAI ĐOẠN I: CUỐI NĂM 2022 - 2025", [2022, 2025]],
    ["Chương trình MTQG giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến năm 2025", [2021, 2025]],
    ["Chương trình MTQG giai đoạn 2021-2030, giai đoạn I: 2021-2025 trên địa bàn tỉnh", [2021, 2025]],
    ["Kế hoạch giai đoạn 2022-2025, định hướng đến năm 2030", [2022, 2025]],
    ["Kế hoạch giai đoạn 2016 - 2020 thực hiện Chiến lược giai đoạn 2011 - 2020", [2016, 2020]],
    ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 GĐ 2022-2025", [2022, 2025]],
    ["Giai đoạn thực hiện: 2022 - 2025", [2022, 2025]],
    ["Thời gian thực hiện: 2022-2025", [2022, 2025]],
    // A range of years without `giai đoạn`.
    ["Kế hoạch thực hiện năm 2022 - 2025", [2022, 2025]],
    ["Kế hoạch thực hiện từ năm 2022 đến năm 2025", [2022, 2025]],
    // An end without a start is no period: not the one year 2025.
    ["KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH QUỐC GIA VỀ BÌNH ĐẲNG GIỚI ĐẾN NĂM 2025", null],
    ["Kế hoạch bình đẳng giới, định hướng đến năm 2030", null],
    // A plan for one year of a longer period names that year alone: its period is that year.
    ["Thực hiện Dự án 8 thuộc Chương trình MTQG vùng đồng bào DTTS và miền núi giai đoạn 2021 - 2030, năm 2024", [2024, 2024]],
    ["Thực hiện Chương trình MTQG giảm nghèo bền vững giai đoạn 2021 - 2025 trên địa bàn huyện năm 2023", [2023, 2023]],
    ["Chương trình MTQG giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến năm 2025 trên địa bàn tỉnh năm 2022", [2022, 2022]],
    ["Thực hiện Dự án 8 giai đoạn 2026 - 2030 (năm 2026)", [2026, 2026]],
    ["thực hiện Dự án 10 năm 2025 thuộc Chương trình mục tiêu quốc gia giai đoạn 2021 - 2030", [2025, 2025]],
    // Not an end to reach, a decision's year, a year outside the range, nor two years.
    ["Kế hoạch giai đoạn 2021 - 2025, phấn đấu đến hết năm 2025", [2021, 2025]],
    ["Kế hoạch giai đoạn 2022 - 2025 theo Kế hoạch 257/KH-UBND năm 2022", [2022, 2025]],
    ["Kế hoạch giai đoạn 2022 - 2025 tiếp nối năm 2021", [2022, 2025]],
    ["Kế hoạch giai đoạn 2022 - 2025, năm 2022 và năm 2023 ưu tiên", [2022, 2025]],
    // The year the plan was issued or approved in is not its one year; a year of its own beside it still is.
    ["Kế hoạch thực hiện Dự án 8 giai đoạn 2022-2025 (ban hành năm 2022)", [2022, 2025]],
    ["KẾ HOẠCH GIAI ĐOẠN 2021 - 2025 ĐƯỢC PHÊ DUYỆT NĂM 2021", [2021, 2025]],
    ["Kế hoạch giai đoạn 2022 - 2025, năm 2024 (ban hành năm 2022)", [2024, 2024]],
  ])("%s", (text, expected) => {
    const period = periodInText(text);
    expect(period === null ? null : [period.start, period.end]).toEqual(expected);
  });

  test("--period forms, and a bad one is an input error", () => {
    expect(parsePeriodRange("2022-2025")).toEqual({ start: 2022, end: 2025 });
    expect(parsePeriodRange("2024")).toEqual({ start: 2024, end: 2024 });
    expect(parsePeriodRange("2022–2025")).toEqual({ start: 2022, end: 2025 });
    expect(parsePeriodRange("giai đoạn 2022-2025")).toEqual({ start: 2022, end: 2025 });
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
    // A title wrapped over two rows: the phase on the second row is the plan's.
    const wrapped = sheet("Kế hoạch", [["KẾ HOẠCH TRIỂN KHAI DỰ ÁN 8 … GIAI ĐOẠN 2021 - 2030"], ["TRÊN ĐỊA BÀN THÀNH PHỐ GIAI ĐOẠN I: CUỐI NĂM 2022 - 2025"], ["Mã", "Chỉ tiêu"]]);
    expect(findPlanPeriod(plan, wrapped)).toMatchObject({ start: 2022, end: 2025, source: { cell: "A2" } });
    // A range further down the sheet (a note) does not narrow the title's.
    const note = sheet("Kế hoạch", [["KẾ HOẠCH giai đoạn 2022 - 2025"], [], [], [], ["Ghi chú: kinh phí giai đoạn 2023-2024 bổ sung"], ["Mã", "Chỉ tiêu"]]);
    expect(findPlanPeriod(plan, note)).toMatchObject({ start: 2022, end: 2025, source: { cell: "A1" } });
    // A title block for one year of the period: that year.
    const oneYear = sheet("Kế hoạch", [["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2021 - 2025 NĂM 2024"], ["Mã", "Chỉ tiêu"]]);
    expect(findPlanPeriod(plan, oneYear)).toMatchObject({ start: 2024, end: 2024, source: { cell: "A1" } });
    const bare = readPlanJson({ indicators: [{ code: "1", name: "Tổ", unit: "tổ", target: 1 }] }, "plan.json");
    expect(findPlanPeriod(bare, null)).toBeNull();
  });

  test.each<[string, (string | number | null)[][], [number, number] | null]>([
    ["year columns' headers are not the plan's one year: their span is the period", [["KẾ HOẠCH SỐ 12/KH-UBND NĂM 2022 THỰC HIỆN DỰ ÁN 8"], ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"]], [2022, 2025]],
    ["a title naming its one year keeps it beside the year columns", [["KẾ HOẠCH NĂM 2024"], ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025"]], [2024, 2024]],
    ["a title wrapped over rows with its year alone on the second", [["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8"], ["Năm 2024"], ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"]], [2024, 2024]],
  ])("%s", (_name, rows, expected) => {
    const years = { "2022": 2, "2023": 2, "2024": 2, "2025": 2 };
    const plan = readPlanJson({ indicators: [{ code: "1", name: "Tổ", unit: "tổ", target: 8, ...(rows[1].length > 4 ? { years } : {}) }] }, "plan.json");
    const period = findPlanPeriod(plan, sheet("Kế hoạch", rows));
    expect(period === null ? null : [period.start, period.end]).toEqual(expected);
  });
});
