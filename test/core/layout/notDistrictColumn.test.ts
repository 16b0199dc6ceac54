/**
 * Districts across the top, lines down the side, and one number column
 * between the last district and `Tổng số` that is no district: a hidden
 * `Năm 2024 (cũ)`, `Số xã`, `Thực hiện năm 2024`. The total's formulas leave
 * it out and its header names no area: it is left out and listed, the last
 * district stays a leaf, and no subtotal or ceiling is found.
 */
import { checkWorkbook } from "../../../src/core/check";
import { OUTSIDE_TOTAL } from "../../../src/core/layout/detectTable";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 20 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 24 },
  { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 400 },
];
const DISTRICTS = ["Nậm Nhùn", "Sìn Hồ", "Phong Thổ", "Mường Tè"];
const FIGURES = [
  [5, 5, 5, 5],
  [6, 6, 6, 6],
  [100, 100, 100, 100],
];

interface Shape {
  readonly header: string;
  readonly extra: readonly number[];
  readonly hidden: boolean;
}

const shapes: [string, Shape][] = [
  ["a hidden `Năm 2024 (cũ)`", { header: "Năm 2024 (cũ)", extra: [18, 20, 350], hidden: true }],
  ["`Số xã`", { header: "Số xã", extra: [12, 9, 15], hidden: false }],
  ["`Thực hiện năm 2024`", { header: "Thực hiện năm 2024", extra: [19, 22, 380], hidden: false }],
];

function allocation(shape: Shape, withFormulas = true) {
  // A STT | B Nội dung | C ĐVT | D:G districts | H the extra column | I Tổng số.
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"],
    [],
    ["STT", "Nội dung", "ĐVT", ...DISTRICTS, shape.header, "Tổng số"],
    ...LINES.map((line, i) => [line.code, line.name, line.unit, ...FIGURES[i], shape.extra[i], line.target]),
  ];
  const formulas: Record<string, string> = {};
  LINES.forEach((_, i) => (formulas[`I${i + 4}`] = `SUM(D${i + 4}:G${i + 4})`));
  return { ...sheet("Phân bổ", rows, withFormulas ? { formulas } : {}), ...(shape.hidden ? { hiddenColumns: [7] } : {}) };
}

describe("a number column between the districts and `Tổng số` that is no district", () => {
  const plans: [string, ReturnType<typeof planOf>][] = [
    ["no area list", planOf(LINES)],
    ["the plan's area list", planOf(LINES, Object.fromEntries(DISTRICTS.map((d) => [d, []])))],
  ];
  for (const [planName, plan] of plans) for (const withFormulas of [true, false]) {
    test.each(shapes)(`%s (${planName}, ${withFormulas ? "the total a formula" : "figures alone"})`, (_name, shape) => {
      const { report } = checkWorkbook(workbook(allocation(shape, withFormulas)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
      const reading = report.reading!;
      expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
      expect(reading.areas.map((a) => `${a.name}:${a.role}`)).toEqual([...DISTRICTS.map((d) => `${d}:leaf`), "Tổng số:total"]);
      expect(reading.ignored.filter((i) => i.at === "H")).toEqual([{ at: "H", header: shape.header, why: OUTSIDE_TOTAL }]);
      expect(reading.confidence.level).toBe("high");
    });
  }

  test("a district the total's formulas skip by mistake stays a district, the total told", () => {
    const plan = planOf(LINES.map((line, i) => ({ ...line, target: line.target + [5, 6, 100][i] })));
    const { report } = checkWorkbook(workbook(allocation({ header: "Lai Châu", extra: [5, 6, 100], hidden: false })), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    expect(report.reading!.areas.map((a) => a.name)).toContain("Lai Châu");
    expect(report.reading!.ignored.filter((i) => i.why === OUTSIDE_TOTAL)).toEqual([]);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@I4"]);
  });
});

/**
 * The same with figures alone (no formula to tell), where one line's districts
 * do not add up to its total exactly (a district's figure mistyped), or a
 * line's districts are blank: the column still comes out of the total on the
 * other lines and only moves that line further from it, so it is left out,
 * and the one line off is told once, at its total.
 */
describe("no formulas, a line that does not add up exactly or whose districts are blank", () => {
  const plan = planOf(LINES);
  test.each(shapes)("%s", (_name, shape) => {
    const off = allocation(shape, false);
    const values = off.values.map((row) => [...(row ?? [])]);
    values[4][4] = 5; // Sìn Hồ's CLB: 6 + 5 + 6 + 6 = 23 against the 24 typed
    values[5] = [values[5][0], values[5][1], values[5][2], null, null, null, null, values[5][7], 400];
    const { report } = checkWorkbook(workbook({ ...off, values }), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    expect(report.reading!.areas.map((a) => `${a.name}:${a.role}`)).toEqual([...DISTRICTS.map((d) => `${d}:leaf`), "Tổng số:total"]);
    expect(report.reading!.ignored.filter((i) => i.at === "H")).toEqual([{ at: "H", header: shape.header, why: OUTSIDE_TOTAL }]);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@I5", "subtotal@I6"]);
  });
});
