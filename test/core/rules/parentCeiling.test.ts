/**
 * A plan parent with a column of its own (`Tổng kinh phí` over `KP.1` …):
 * where the plan's split holds and the column is its parts' sum, one part
 * over or under its plan is one cause, told by that part's `ceiling` alone
 * (CONTRACT §3); the parent's total follows it. Each case is read in both
 * orientations.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "../layout/sheetBuilder";

const plan = (parentTarget: number) =>
  readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "KP", name: "Tổng kinh phí", unit: "triệu đồng", target: parentTarget },
        { code: "KP.1", name: "Tuyên truyền bình đẳng giới", unit: "triệu đồng", target: 600 },
        { code: "KP.2", name: "Xây dựng nhà tạm lánh", unit: "triệu đồng", target: 900 },
        { code: "KP.3", name: "Dạy nghề cho phụ nữ", unit: "triệu đồng", target: 300 },
      ],
      areas: [{ district: "Ba Vì" }, { district: "Mỹ Đức" }, { district: "Quốc Oai" }],
    },
    "plan.json",
  );

/** Three districts' parts `[KP.1, KP.2, KP.3]`; the `Tổng kinh phí` column their sum unless `totals` gives it. */
function check(parts: number[][], parentTarget: number, transpose: boolean, totals?: number[]) {
  const rowTotal = (i: number) => totals?.[i] ?? parts[i].reduce((a, b) => a + b, 0);
  const column = (j: number) => parts.reduce((a, row) => a + row[j], 0);
  const names = ["Huyện Ba Vì", "Huyện Mỹ Đức", "Huyện Quốc Oai"];
  const rows: CellValue[][] = [
    ["PHÂN BỔ KINH PHÍ"],
    ["ĐVT: triệu đồng"],
    ["STT", "Đơn vị", "Tổng kinh phí", "Tuyên truyền bình đẳng giới", "Xây dựng nhà tạm lánh", "Dạy nghề cho phụ nữ"],
    [null, "Tổng cộng", parts.reduce((a, _, i) => a + rowTotal(i), 0), column(0), column(1), column(2)],
    ...parts.map((row, i): CellValue[] => [i + 1, names[i], rowTotal(i), ...row]),
  ];
  const data = sheet("Phân bổ", rows);
  const { report } = checkWorkbook(workbook(transpose ? transposeSheet(data) : data), { workbookName: "t.xlsx", plan: plan(parentTarget), sheet: "Phân bổ" });
  return report.findings;
}
const told = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.rule} ${f.indicator ?? ""}`).sort();
const PARTS = [
  [300, 400, 100],
  [200, 300, 100],
  [100, 200, 100],
];
const over = PARTS.map((row, i) => (i === 1 ? [row[0], row[1] + 50, row[2]] : row));
const both = PARTS.map((row, i) => (i === 1 ? [row[0] + 20, row[1] + 50, row[2]] : row));

describe.each([false, true])("a parent line's own column over its parts (transposed: %s)", (transpose) => {
  test.each<[string, number[][], number, number[] | undefined, string[]]>([
    // The plan's split broken: told by budget-split, the parent's gap stays its own.
    ["one part over, the parent's target not its parts' sum", over, 1850, undefined, ["budget-split KP", "ceiling KP.2"]],
    ["clean", PARTS, 1800, undefined, []],
    ["one part over its plan: its ceiling alone", over, 1800, undefined, ["ceiling KP.2"]],
    ["two parts over: their ceilings", both, 1800, undefined, ["ceiling KP.1", "ceiling KP.2"]],
  ])("%s", (_name, parts, parentTarget, totals, expected) => {
    expect(told(check(parts, parentTarget, transpose, totals))).toEqual(expected);
  });

  test("the part's finding names the parent's total", () => {
    const [finding] = check(over, 1800, transpose);
    expect(finding.message.vi).toContain('Tổng của dòng mẹ "Tổng kinh phí"');
  });
});
