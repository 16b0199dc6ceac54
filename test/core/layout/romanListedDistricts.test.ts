/**
 * Districts numbered `I`, `II`, `III` where one name is misspelt (no match
 * in the plan's area list, no `Huyện` prefix) and the others are the list's:
 * the Roman numerals number the districts, so the misspelt one is a district
 * beside them, not a tier over the districts after it.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  ["1", "Kinh phí hỗ trợ", "triệu đồng", 300],
  [],
  ["Huyện", "Xã"],
  ["Ba Vì", "Ba Trại"],
  [null, "Tản Lĩnh"],
  ["Quốc Oai", "Phú Mãn"],
  [null, "Đông Xuân"],
  ["Mỹ Đức", "An Phú"],
  [null, "Hợp Tiến"],
]);

function read(misspelt: string, position: number) {
  const districts: [string, string, string][] = [
    ["Ba Vì", "Ba Trại", "Tản Lĩnh"],
    ["Quốc Oai", "Phú Mãn", "Đông Xuân"],
    ["Mỹ Đức", "An Phú", "Hợp Tiến"],
  ];
  districts[position][0] = misspelt;
  const romans = ["I", "II", "III"];
  const rows: CellValue[][] = [["STT", "Đơn vị", "Kinh phí (triệu đồng)"], [null, "Tổng cộng", 300]];
  districts.forEach(([district, a, b], i) => rows.push([romans[i], district, 100], [1, a, 40], [2, b, 60]));
  const { report, table } = checkWorkbook({ sheets: [sheet("Phân bổ", rows), PLAN] }, { workbookName: "x.xlsx" });
  return {
    tree: table.areas.map((a) => `${a.label}<${a.parent === null ? "" : table.areas[a.parent].label}`),
    findings: toJsonReport(report, "vi").findings.map((f) => `${f.rule}@${f.cell}`),
  };
}

describe("a misspelt district among the plan's districts, numbered with Roman numerals", () => {
  it.each([
    ["Quoc Ooai", 1],
    ["Quố Oai", 1],
    ["Ba Vìi", 0],
    ["My Duc Dc", 2],
  ])("%s: a district beside the others", (misspelt, position) => {
    const { tree, findings } = read(misspelt, position);
    const names = [["Ba Vì", "Ba Trại", "Tản Lĩnh"], ["Quốc Oai", "Phú Mãn", "Đông Xuân"], ["Mỹ Đức", "An Phú", "Hợp Tiến"]];
    names[position][0] = misspelt;
    expect(tree).toEqual(["Tổng cộng<", ...names.flatMap(([d, a, b]) => [`${d}<Tổng cộng`, `${a}<${d}`, `${b}<${d}`])]);
    expect(findings.filter((f) => f.startsWith("subtotal") || f.startsWith("ceiling"))).toEqual([]);
  });
});
