/**
 * Rows under the areas that are no area:
 * - a reserve (`Dự phòng`) is part of what the plan gives out: inside the
 *   sheet's total it counts as any row of it; after the areas and outside the
 *   total (the total is the areas' sum) it still counts toward the plan, and
 *   the total is checked against the areas alone — no `subtotal` finding —
 *   and the reading says so;
 * - what is left of the plan (`Còn lại`, `Chưa phân bổ`) counts in no total;
 *   it is the plan less what was allocated, so where it shows another figure
 *   the reading says allocheck and the sheet disagree; where it agrees,
 *   nothing is said.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ],
  { "Quốc Oai": ["Phú Mãn", "Đông Xuân"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] },
);
const HEAD: CellValue[][] = [["BIỂU PHÂN BỔ"], ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"]];
const COMMUNES: CellValue[][] = [[1, "Xã Phú Mãn", 3, 300], [2, "Xã Đông Xuân", 3, 300], [3, "Xã An Phú", 2, 200], [4, "Xã Hợp Tiến", 2, 200]];

interface Got {
  indicators: { code: string; allocated: number | null; status: string }[];
  findings: { rule: string; severity: string; cell: string | null }[];
  reading: { areas: { at: string; role: string; parent: number | null }[]; ignored: { at: string; why: string }[]; confidence: { level: string; reasons: string[] } };
}

function report(rows: CellValue[][]): Got {
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
  return (typeof json === "string" ? JSON.parse(json) : json) as Got;
}

describe("a reserve row", () => {
  test.each<[string, CellValue[][], string]>([
    ["under the areas, the total on top of them alone", [[null, "Tổng cộng", 10, 1000], ...COMMUNES, [null, "Dự phòng", 2, 200]], "8"],
    ["after the total at the bottom", [...COMMUNES, [null, "Tổng cộng", 10, 1000], [null, "Dự phòng", 2, 200]], "8"],
    ["after the total, a blank row between", [...COMMUNES, [null, "Tổng cộng", 10, 1000], [], [null, "Kinh phí dự phòng", 2, 200]], "9"],
  ])("%s: counted toward the plan, the total checked without it, said", (_label, body, at) => {
    const got = report([...HEAD, ...body]);
    expect(got.indicators.map((i) => [i.code, i.allocated, i.status])).toEqual([["1", 12, "ok"], ["2", 1200e6, "ok"]]);
    expect(got.findings).toEqual([]);
    const reserve = got.reading.areas.find((a) => a.at === at);
    expect(reserve).toMatchObject({ role: "leaf", parent: null });
    expect(got.reading.confidence.reasons).toEqual([expect.stringContaining(`Row ${at} "`)]);
    expect(got.reading.confidence.reasons[0]).toContain("outside the sheet's total");
  });

  test("a commune's slip on one line: the reserve still outside, the total found wrong on that line alone", () => {
    const rows = [...HEAD, [null, "Tổng cộng", 10, 1000], ...COMMUNES, [null, "Dự phòng", 2, 200]];
    rows[3] = [1, "Xã Phú Mãn", 4, 300];
    const got = report(rows);
    // The slip takes line 1 past its plan too: one cause, one finding at the total, naming the plan comparison
    // (the total with the reserve beside it shows the plan).
    expect(got.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "C3"]]);
    expect(JSON.stringify(got.findings[0])).toContain("against the plan");
    expect(JSON.stringify(got.findings[0])).toContain("Dự phòng\\\" kept beside it shows the plan");
    expect(got.reading.areas.find((a) => a.at === "8")).toMatchObject({ parent: null });
  });

  test.each<[string, CellValue[][]]>([
    ["inside the total, last", [[null, "Tổng cộng", 12, 1200], ...COMMUNES, [null, "Dự phòng", 2, 200]]],
    ["inside the total, first", [[null, "Tổng cộng", 12, 1200], [null, "Dự phòng", 2, 200], ...COMMUNES]],
    ["before a bottom total", [...COMMUNES, [null, "Dự phòng", 2, 200], [null, "Tổng cộng", 12, 1200]]],
    ["no total", [...COMMUNES, [null, "Dự phòng", 2, 200]]],
  ])("%s: a row of the table, nothing said", (_label, body) => {
    const got = report([...HEAD, ...body]);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
    expect(got.findings).toEqual([]);
    expect(got.reading.confidence.reasons).toEqual([]);
  });
});

describe("a row of what is left of the plan", () => {
  test.each<[string]>([["Còn lại"], ["Chưa phân bổ"], ["Còn lại chưa phân bổ"]])("`%s` showing the plan less the allocated: left out, nothing said", (label) => {
    const got = report([...HEAD, [null, "Tổng cộng", 10, 1000], ...COMMUNES, [null, label, 2, 200]]);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 10], ["2", 1000e6]]);
    expect(got.findings.map((f) => [f.rule, f.cell])).toEqual([["ceiling", "C3"], ["ceiling", "D3"]]);
    expect(got.reading.ignored).toEqual([{ at: "8", header: label, why: "check row" }]);
    expect(got.reading.confidence.reasons).toEqual([]);
  });

  test("showing another figure: the reading says on which line, with both figures", () => {
    const got = report([...HEAD, ...COMMUNES, [null, "Tổng cộng", 10, 1000], [null, "Còn lại", 2, 150]]);
    expect(got.reading.confidence.level).toBe("low");
    expect(got.reading.confidence.reasons).toHaveLength(1);
    expect(got.reading.confidence.reasons[0]).toMatch(/^Row 8 "Còn lại" .*line 2 shows 150 .*is 200 /);
    expect(got.reading.confidence.reasons[0]).not.toContain("line 1");
  });
});
