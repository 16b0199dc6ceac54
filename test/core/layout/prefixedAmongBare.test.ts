/**
 * Districts written bare but one (`Huyện Quan Sơn` beside `Mường Lát` and
 * `Lang Chánh`), each over its bare communes, with a grand total: the one
 * named by its prefix is a group, and the others are read from the
 * arithmetic as groups too (CONTRACT §2: the reading under which the typed
 * subtotals add up) — not a flat list with the total reported as twice off.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const plan = readPlanJson({ title: "t", indicators: [{ code: "1", name: "Kinh phí hỗ trợ thực hiện Dự án 8", unit: "triệu đồng", target: 1450 }], areas: [] }, "p.json");

const MUONG_LAT: CellValue[][] = [
  [null, "Mường Lát", 400],
  [1, "Tam Chung", 120],
  [2, "Pù Nhi", 130],
  [3, "Trung Lý", 150],
];
const QUAN_SON: CellValue[][] = [
  [null, "Huyện Quan Sơn", 210],
  [1, "Na Mèo", 100],
  [2, "Sơn Thủy", 110],
];
const LANG_CHANH: CellValue[][] = [
  [null, "Lang Chánh", 840],
  [1, "Yên Khương", 200],
  [2, "Giao Thiện", 180],
  [3, "Trí Nang", 160],
  [4, "Tam Văn", 300],
];
const TOTAL: CellValue[] = [null, "Tổng cộng", 1450];

/** Each district row moved after its communes (a bottom-up sheet). */
const after = (block: CellValue[][]): CellValue[][] => [...block.slice(1), block[0]];

describe("one district named by its prefix among bare ones", () => {
  test.each<[string, CellValue[][], string[]]>([
    [
      "second, top-down",
      [TOTAL, ...MUONG_LAT, ...QUAN_SON, ...LANG_CHANH],
      ["total", "group", "leaf", "leaf", "leaf", "group", "leaf", "leaf", "group", "leaf", "leaf", "leaf", "leaf"],
    ],
    [
      "first, top-down",
      [TOTAL, ...QUAN_SON, ...MUONG_LAT, ...LANG_CHANH],
      ["total", "group", "leaf", "leaf", "group", "leaf", "leaf", "leaf", "group", "leaf", "leaf", "leaf", "leaf"],
    ],
    [
      "second, bottom-up with the total last",
      [...after(MUONG_LAT), ...after(QUAN_SON), ...after(LANG_CHANH), TOTAL],
      ["leaf", "leaf", "leaf", "group", "leaf", "leaf", "group", "leaf", "leaf", "leaf", "leaf", "group", "total"],
    ],
  ])("%s: every district a group", (_name, body, roles) => {
    const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Kinh phí hỗ trợ thực hiện Dự án 8"], ...body]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
    const areas = report.reading!.areas;
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
    expect(areas.map((a) => a.role)).toEqual(roles);
    expect(areas.find((a) => a.name === "Huyện Quan Sơn")!.how).toBe("prefix");
    expect(report.reading!.confidence.level).toBe("high");
  });

  test("a district's subtotal mistyped: one finding at it", () => {
    const body = [TOTAL, ...MUONG_LAT, [null, "Huyện Quan Sơn", 230], ...QUAN_SON.slice(1), ...LANG_CHANH];
    const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Kinh phí hỗ trợ thực hiện Dự án 8"], ...body]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@C7"]);
  });
});
