import { cellPlace, quoteSheetName } from "../../../src/core/model/address";

describe("a place as Excel's Name Box and Go To take it", () => {
  test.each<[string, string, string]>([
    ["PhanBo", "C8", "PhanBo!C8"],
    ["Phân bổ 2024", "C8", "'Phân bổ 2024'!C8"],
    ["Phân bổ 'năm 2024' Hà Nội", "C8", "'Phân bổ ''năm 2024'' Hà Nội'!C8"],
    ["PhânBổ", "B2", "'PhânBổ'!B2"],
    ["2024", "A1", "'2024'!A1"],
    // A name Excel would read as a cell or an R1C1 reference is quoted too.
    ["KH2024", "D4", "'KH2024'!D4"],
    ["A1", "B2", "'A1'!B2"],
    ["R1C1", "B2", "'R1C1'!B2"],
    ["R", "B2", "'R'!B2"],
    ["c3", "B2", "'c3'!B2"],
    ["Sheet1", "B2", "Sheet1!B2"],
  ])("%s + %s → %s", (sheet, cell, place) => {
    expect(cellPlace(sheet, cell)).toBe(place);
    expect(`${quoteSheetName(sheet)}!${cell}`).toBe(place);
  });
});
