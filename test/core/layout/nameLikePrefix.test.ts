/**
 * A district or commune whose name starts with a word spelt like an
 * administrative prefix without its diacritics (`Quan Sơn`, `Quan Hóa` —
 * districts of Thanh Hóa — beside `Quận`) is a name, not a prefix and a
 * name, when the label carries diacritics elsewhere: bare district names
 * over bare commune names are then read from the arithmetic like their
 * neighbours, not one of them taken for a district by its first word and
 * the rest for a flat list.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const plan = readPlanJson({ title: "t", indicators: [{ code: "1", name: "Kinh phí hỗ trợ thực hiện Dự án 8", unit: "triệu đồng", target: 1450 }], areas: [] }, "p.json");

function body(second: string): CellValue[][] {
  return [
    [null, "Tổng cộng", 1450],
    [null, "Mường Lát", 400],
    [1, "Tam Chung", 120],
    [2, "Pù Nhi", 130],
    [3, "Trung Lý", 150],
    [null, second, 210],
    [1, "Na Mèo", 100],
    [2, "Sơn Thủy", 110],
    [null, "Lang Chánh", 840],
    [1, "Yên Khương", 200],
    [2, "Giao Thiện", 180],
    [3, "Trí Nang", 160],
    [4, "Tam Văn", 300],
  ];
}

const GROUPS = ["total", "group", "leaf", "leaf", "leaf", "group", "leaf", "leaf", "group", "leaf", "leaf", "leaf", "leaf"];

describe("a bare district named like a prefix without its diacritics", () => {
  test.each<[string, string]>([
    ["Quan Sơn", "arithmetic"],
    ["Quan Hóa", "arithmetic"],
    ["Quan Sơn".normalize("NFD"), "arithmetic"],
  ])("%s: read with the other districts", (name, how) => {
    const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Kinh phí hỗ trợ thực hiện Dự án 8"], ...body(name)]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
    const areas = report.reading!.areas;
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
    expect(areas.map((a) => a.role)).toEqual(GROUPS);
    expect(areas[5].how).toBe(how);
  });
});
