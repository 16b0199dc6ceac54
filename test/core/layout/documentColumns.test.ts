/**
 * A column past the lines giving a document's number or a contact (`Số QĐ`,
 * `Số quyết định`, `Số văn bản`, `Điện thoại`), a date (`Thời gian hoàn
 * thành` holding dates) or the year of the work (`Năm thực hiện`) holds
 * numbers that are no figures: a note column, left out and said, never a
 * line the plan lacks nor subtotals to check.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "./sheetBuilder";
import { NUMBERED_BODY, NUMBERED_PLAN } from "./twoLineSheets";
import { planOf } from "../../helpers/allocationFixture";

test.each<[string, (k: number) => CellValue]>([
  ["Số QĐ", (k) => 120 + k],
  ["Số quyết định", (k) => 1500 + k],
  ["Quyết định số", (k) => 37 * k],
  ["Số văn bản", (k) => 200 + k],
  ["Số điện thoại", (k) => 912345670 + k],
  ["Năm thực hiện", () => 2024],
  ["Thời gian hoàn thành", () => 45473],
  ["Hạn hoàn thành", () => 45473],
])("`%s` beside the lines: a note column, nothing told", (header, value) => {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", header],
    ...NUMBERED_BODY.map(([stt, name, teams, money], k) => [stt, name, teams, money, k === 0 ? null : value(k)]),
  ];
  const dates = value(1) === 45473 ? Object.fromEntries(NUMBERED_BODY.slice(1).map((_, k) => [`E${k + 3}`, "dd/mm/yyyy"])) : undefined;
  const data = sheet("Phân bổ", rows, dates !== undefined ? { formats: dates } : {});
  const { report } = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: NUMBERED_PLAN, sheet: "Phân bổ" });
  expect(report.findings).toEqual([]);
  expect(report.reading!.ignored).toEqual([{ at: "E", header, why: "text column" }]);
});

test("a column of dates with no telling header (`Tiến độ`): a note column too, nothing told", () => {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", "Tiến độ"],
    ...NUMBERED_BODY.map(([stt, name, teams, money], k) => [stt, name, teams, money, k === 0 ? null : 45400 + k]),
  ];
  const formats = Object.fromEntries(NUMBERED_BODY.slice(1).map((_, k) => [`E${k + 3}`, "d/m/yyyy"]));
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows, { formats })), { workbookName: "t.xlsx", plan: NUMBERED_PLAN, sheet: "Phân bổ" });
  expect(report.findings).toEqual([]);
  expect(report.reading!.ignored).toEqual([{ at: "E", header: "Tiến độ", why: "text column" }]);
});

const ROWS_PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 600 },
]);

test.each<[string, CellValue, string | undefined]>([
  ["Năm thực hiện", 2024, undefined],
  ["Số QĐ", 125, undefined],
  ["Thời gian hoàn thành", 45473, "dd/mm/yyyy"],
  ["Hạn hoàn thành", 45473, "dd/mm/yyyy"],
  ["Tiến độ", 45473, "d/m/yyyy"],
])("lines as rows, a `%s` row under the lines: a note row, nothing told", (label, value, format) => {
  const rows: CellValue[][] = [
    ["TT", "Nội dung", "ĐVT", "Tổng số", "Huyện Ba Vì", "Huyện Thạch Thất"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 12, 6, 6],
    [2, "Kinh phí hỗ trợ", "triệu đồng", 600, 300, 300],
    [3, label, null, null, value, value],
  ];
  const formats = format !== undefined ? { E4: format, F4: format } : undefined;
  const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows, formats !== undefined ? { formats } : {})), { workbookName: "t.xlsx", plan: ROWS_PLAN, sheet: "Phân bổ" });
  expect(report.findings).toEqual([]);
  expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["KP", 600_000_000]]);
  expect(report.reading!.ignored).toEqual([{ at: "4", header: label, why: "note row" }]);
});
