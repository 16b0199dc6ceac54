/**
 * The two-district allocation sheet the units-row and note-row tests write:
 * a plan of one count line (5 in all) and one money line (500 000 000 đồng)
 * over Ba Vì (two communes) and Quốc Oai (three), and its rows — `STT |
 * Đơn vị | count | money`, the grand total, each district's row (`I`, `II`)
 * over its communes' (`1`, `2`, …), one count and one amount each, the
 * amount in the unit the sheet gives. Sheets open with a title and a blank
 * row, so the header sits in row 3.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Plan } from "../../../src/core/model/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport, type JsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

/** The plan's two lines: a count's name and unit, and the money's name. */
export interface TwoLines {
  readonly count: string;
  readonly countUnit: string;
  readonly money: string;
}

export const COMMUNICATION_LINES: TwoLines = { count: "Tổ truyền thông cộng đồng", countUnit: "tổ", money: "Kinh phí truyền thông" };

/** The plan of these lines over the two districts and their communes. */
export function twoDistrictPlan(lines: TwoLines = COMMUNICATION_LINES): Plan {
  return planOf(
    [
      { code: "1", name: lines.count, unit: lines.countUnit, target: 5 },
      { code: "2", name: lines.money, unit: "đồng", target: 500_000_000 },
    ],
    { "Ba Vì": ["Khánh Thượng", "Minh Quang"], "Quốc Oai": ["Phú Mãn", "Đông Xuân", "Sài Sơn"] },
  );
}

/** `STT | Đơn vị | count | money`. */
export function twoDistrictHeader(lines: TwoLines = COMMUNICATION_LINES): CellValue[] {
  return ["STT", "Đơn vị", lines.count, lines.money];
}

/** The communes' names as the sheet types them, in order. */
export const COMMUNES = ["Xã Khánh Thượng", "Xã Minh Quang", "Xã Phú Mãn", "Xã Đông Xuân", "Xã Sài Sơn"];

/** The districts' rows and their communes', `money` a commune's amount; Ba Vì's figures left blank when it is a heading. */
export function districtRows(money: number, baViHeading = false): CellValue[][] {
  return [
    baViHeading ? ["I", "Huyện Ba Vì", null, null] : ["I", "Huyện Ba Vì", 2, 2 * money],
    [1, "Xã Khánh Thượng", 1, money],
    [2, "Xã Minh Quang", 1, money],
    ["II", "Huyện Quốc Oai", 3, 3 * money],
    [1, "Xã Phú Mãn", 1, money],
    [2, "Xã Đông Xuân", 1, money],
    [3, "Xã Sài Sơn", 1, money],
  ];
}

/** The grand total row. */
export function totalRow(money: number): CellValue[] {
  return [null, "Tổng cộng", 5, 5 * money];
}

/** The body with the grand total first. */
export function totalFirst(money: number): CellValue[][] {
  return [totalRow(money), ...districtRows(money)];
}

/** The sheet `Phân bổ` of `rows` under a title and a blank row, checked against `plan`: its JSON report. */
export function readTwoDistrictSheet(rows: readonly CellValue[][], plan: Plan, options: { title?: string; merges?: readonly string[] } = {}): JsonReport {
  const data = workbook(sheet("Phân bổ", [[options.title ?? "BIỂU PHÂN BỔ KINH PHÍ NĂM 2024"], [], ...rows], { merges: options.merges ?? [] }));
  return toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report);
}
