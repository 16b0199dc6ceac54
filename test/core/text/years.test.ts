import { yearOfHeader, yearsInName, yearsInTitle } from "../../../src/core/text/years";
import { foldText } from "../../../src/core/text/fold";

describe("a single year in a title", () => {
  test.each<[string, number[]]>([
    ["BIỂU PHÂN BỔ CHỈ TIÊU, KINH PHÍ DỰ ÁN 8 NĂM 2024", [2024]],
    ["Phân bổ kinh phí thực hiện năm 2025 (Kèm theo Quyết định số 12/QĐ-UBND)", [2025]],
    ["Hà Nội, ngày 03 tháng 10 năm 2022", []],
    ["(Kèm theo Kế hoạch số 257/KH-UBND ngày 03/10/2022)", []],
    ["giai đoạn 2022 - 2025", []],
    ["thực hiện từ năm 2022 đến năm 2025", []],
    ["năm 2022-2025", []],
    ["định hướng đến năm 2030", []],
    ["Chương trình MTQG giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến năm 2025", []],
    ["năm 2023 và năm 2024", [2023, 2024]],
    ["PHÂN BỔ THEO QUYẾT ĐỊNH SỐ 12/QĐ-UBND NĂM 2024 THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2022-2025", []],
    ["Kèm theo Kế hoạch 257/KH-UBND năm 2022", []],
    ["Nghị quyết số 05/NQ-HĐND năm 2023", []],
    // After a comma the year starts a clause of its own: the sheet's.
    ["Phân bổ theo Quyết định số 12/QĐ-UBND, năm 2024", [2024]],
    ["Phân bổ năm 2024 theo Quyết định số 12/QĐ-UBND năm 2023", [2024]],
    ["Phân bổ năm 2024 (số 12/QĐ-UBND)", [2024]],
  ])("%s → %j", (text, years) => {
    expect(yearsInTitle(foldText(text))).toEqual(years);
  });
});

describe("a year in a sheet name", () => {
  test.each<[string, number[]]>([
    ["Phân bổ 2024", [2024]],
    ["PB năm 2025", [2025]],
    ["Phân bổ", []],
    ["PB 2022-2025", []],
    ["Sheet12345", []],
  ])("%s → %j", (name, years) => {
    expect(yearsInName(foldText(name))).toEqual(years);
  });
});

describe("a year column's header", () => {
  test.each<[string, number | null]>([
    ["nam 2024", 2024],
    ["2025", 2025],
    ["kh nam 2023", 2023],
    ["ke hoach 2022", 2022],
    ["ke hoach giai doan 2022 2025", null],
    ["tong so", null],
    ["1234", null],
  ])("%s → %s", (key, year) => {
    expect(yearOfHeader(key)).toBe(year);
  });
});
