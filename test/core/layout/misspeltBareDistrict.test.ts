/**
 * A district written bare (no `Huyện` prefix) and misspelt, so the plan's
 * area list does not name it, over the communes the plan lists under one of
 * its districts: that district, its communes under it — not a commune of the
 * district before it with the communes after it — and the reading says it
 * took the name so (low confidence, the reason given; a coverage warning at
 * the name's cell). Figures on the
 * district rows or not, numbered or not, first, middle or last.
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

const DISTRICTS: [string, string, string, number, number][] = [
  ["Ba Vì", "Ba Trại", "Tản Lĩnh", 50, 50],
  ["Quốc Oai", "Phú Mãn", "Đông Xuân", 40, 60],
  ["Mỹ Đức", "An Phú", "Hợp Tiến", 30, 70],
];

function rows(misspelt: string, position: number, figures: boolean, numbered: boolean): CellValue[][] {
  const list = DISTRICTS.map((d) => [...d] as [string, string, string, number, number]);
  list[position][0] = misspelt;
  const out: CellValue[][] = [numbered ? ["STT", "Đơn vị", "Kinh phí (triệu đồng)"] : ["Đơn vị", "Kinh phí (triệu đồng)"]];
  const add = (stt: CellValue, name: string, value: number | null) => out.push(numbered ? [stt, name, value] : [name, value]);
  add(null, "Tổng cộng", 300);
  list.forEach(([district, a, b, x, y], i) => {
    add(i + 1, district, figures ? x + y : null);
    add("-", a, x);
    add("-", b, y);
  });
  return out;
}

describe("a misspelt bare district over the plan's communes of one district", () => {
  const cases: [string, number, boolean, boolean][] = [];
  for (const [misspelt, position] of [["Quoc Ooai", 1], ["Quố Oai", 1], ["Ba Vìi", 0], ["My Duc Dc", 2]] as const) {
    for (const figures of [true, false]) for (const numbered of [true, false]) cases.push([misspelt, position, figures, numbered]);
  }
  it.each(cases)("%s (district %d), figures on district rows %s, numbered %s", (misspelt, position, figures, numbered) => {
    const { report, table } = checkWorkbook({ sheets: [sheet("Phân bổ", rows(misspelt, position, figures, numbered)), PLAN] }, { workbookName: "x.xlsx" });
    const names = DISTRICTS.map(([d, a, b], i) => [i === position ? misspelt : d, a, b]);
    expect(table.areas.map((a) => `${a.label}<${a.parent === null ? "" : table.areas[a.parent].label}`)).toEqual([
      "Tổng cộng<",
      ...names.flatMap(([d, a, b]) => [`${d}<Tổng cộng`, `${a}<${d}`, `${b}<${d}`]),
    ]);
    const json = toJsonReport(report, "vi");
    // Its name told at its cell, nothing else.
    expect(json.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([`coverage@${numbered ? "B" : "A"}${3 + 3 * position}`]);
    expect(report.reading!.confidence.level).toBe("low");
    expect(report.reading!.confidence.reasons.map((r) => r.vi).join(" ")).toContain(`"${misspelt}"`);
  });
});
