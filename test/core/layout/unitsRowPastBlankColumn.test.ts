/**
 * A units row under the header (`địa chỉ | | hội viên | đồng`), a column left
 * blank between two lines, and past it a commune's count typed with its unit
 * (`8 hội viên`): the columns past the blank one are the table's own lines,
 * not a second table beside it — a unit, and a count with its unit, are no
 * column of names.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 9 },
  { code: "2", name: "Hội viên phát triển mới", unit: "hội viên", target: 33 },
  { code: "3", name: "Kinh phí hỗ trợ hoạt động", unit: "đồng", target: 66_000_000 },
];

const rows = (typed: CellValue, units: CellValue[]): CellValue[][] => [
  ["STT", "Địa bàn", LINES[0].name, null, LINES[1].name, LINES[2].name],
  units,
  ["I", "Huyện Bắc Hà", 4, null, 15, 30_000_000],
  [1, "Xã Nghĩa Đô", 1, null, typed, 12_000_000],
  [2, "Xã Minh Lương", 3, null, 7, 18_000_000],
  ["II", "Huyện Mường Khương", 5, null, 18, 36_000_000],
  [3, "Xã Cốc Ly", 2, null, 10, 20_000_000],
  [4, "Xã Trung Thu", 3, null, 8, 16_000_000],
  [null, "Tổng cộng", 9, null, 33, 66_000_000],
];

describe("a units row, a blank column, then a count typed with its unit", () => {
  test.each<[string, CellValue, CellValue[], string[]]>([
    ["`8 hội viên` under `hội viên`", "8 hội viên", [null, null, "địa chỉ", null, "hội viên", "đồng"], ["text-number E4"]],
    ["`8 (hội viên)` under `hội viên`", "8 (hội viên)", [null, null, "địa chỉ", null, "hội viên", "đồng"], ["text-number E4"]],
    ["a figure under `hội viên`, `ĐVT` leading the units row", 8, ["ĐVT", null, "địa chỉ", null, "hội viên", "đồng"], []],
    ["`8 hội viên`, no units row", "8 hội viên", [null, null, null, null, null, null], ["text-number E4"]],
  ])("%s: one table A1:F9, every line read", (_name, typed, units, expected) => {
    const report = checkWorkbook(workbook(sheet("Phân bổ", rows(typed, units))), { workbookName: "t.xlsx", plan: planOf(LINES), sheet: "Phân bổ" }).report;
    expect(report.reading!.table).toBe("A1:F9");
    expect(report.reading!.lines.map((l) => `${l.code} ${l.at}`)).toEqual(["1 C", "2 E", "3 F"]);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(expected);
  });
});
