/**
 * A row with figures but no name that a district's subtotal counts is told
 * once, at its name cell: the plan comparisons that come right with the row
 * counted and the plan's commune that has no row are that one cause, not
 * findings of their own. A gap the row does not explain is still told.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "../layout/sheetBuilder";

const AREAS = [
  { district: "Ba Vì", commune: "Khánh Thượng" },
  { district: "Ba Vì", commune: "Minh Quang" },
  { district: "Ba Vì", commune: "Ba Trại" },
  { district: "Mỹ Đức", commune: "An Phú" },
  { district: "Mỹ Đức", commune: "Hùng Tiến" },
];

function check(targets: readonly number[], edit: (rows: CellValue[][]) => void = () => undefined, areas = AREAS, transposed = false) {
  const plan = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: targets[0] },
        { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: targets[1] },
        { code: "3", name: "Câu lạc bộ", unit: "CLB", target: targets[2] },
      ],
      areas,
    },
    "plan.json",
  );
  const rows: CellValue[][] = [
    ["BIỂU PHÂN BỔ CHỈ TIÊU"],
    [],
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy", "Câu lạc bộ"],
    [null, "Tổng cộng", 14, 10, 7],
    ["I", "Huyện Ba Vì", 9, 6, 4],
    [1, "Xã Khánh Thượng", 3, 2, 1],
    [2, "Xã Minh Quang", 3, 2, 2],
    [3, null, 3, 2, 1],
    ["II", "Huyện Mỹ Đức", 5, 4, 3],
    [1, "Xã An Phú", 2, 2, 1],
    [2, "Xã Hùng Tiến", 3, 2, 2],
  ];
  edit(rows);
  const data = transposed ? transposeSheet(sheet("Phân bổ", rows)) : sheet("Phân bổ", rows);
  const result = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
  return result.report.findings;
}

const told = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.rule}/${f.severity}@${f.cell ?? f.area ?? ""}`).sort();

describe("a row with figures but no name under a typed district subtotal", () => {
  test.each<[string, number[], ((rows: CellValue[][]) => void) | undefined, string[]]>([
    ["the plan's targets are the sheet's totals: one finding, at the name", [14, 10, 7], undefined, ["subtotal/error@B8"]],
    ["a line over its ceiling with the row counted too: that ceiling is kept", [14, 10, 5], undefined, ["ceiling/error@E4", "subtotal/error@B8"]],
    ["a line whose sheet total is above the plan: that ceiling is kept", [14, 9, 7], undefined, ["ceiling/warning@D4", "subtotal/error@B8"]],
    ["a commune elsewhere typed over (its district and the total following): its ceiling is kept", [14, 10, 7], (rows) => ((rows[9][4] = 3), (rows[8][4] = 5), (rows[3][4] = 9)), ["ceiling/error@E4", "subtotal/error@B8"]],
  ])("%s", (_name, targets, edit, expected) => {
    const findings = check(targets, edit);
    expect(told(findings)).toEqual(expected);
    const at = findings.find((f) => f.cell === "B8");
    expect(at?.message.vi).toContain("không có tên địa bàn");
  });

  test("the joined ceilings and the plan's commune without a row are named at the row", () => {
    const [finding] = check([14, 10, 7]);
    expect(finding.message.vi).toContain("Tổ truyền thông cộng đồng");
    expect(finding.message.vi).toContain("Câu lạc bộ");
    expect(finding.message.vi).toContain('"Ba Trại"');
    expect(finding.message.en).toContain("probably this row's name");
  });

  test("two plan communes without a row for one nameless row: both coverage warnings stay", () => {
    const areas = [...AREAS, { district: "Ba Vì", commune: "Tản Lĩnh" }];
    expect(told(check([14, 10, 7], undefined, areas))).toEqual(["coverage/warning@Ba Trại", "coverage/warning@Tản Lĩnh", "subtotal/error@B8"]);
  });

  test.each<[string, number[], string[]]>([
    ["the plan's targets are the sheet's totals", [14, 10, 7], ["subtotal/error@H2"]],
    ["a line over its ceiling with the column counted too", [14, 10, 5], ["ceiling/error@D5", "subtotal/error@H2"]],
  ])("indicators as rows, a column with figures but no name: %s", (_name, targets, expected) => {
    const findings = check(targets, undefined, AREAS, true);
    expect(told(findings)).toEqual(expected);
    const at = findings.find((f) => f.cell === "H2");
    expect(at?.message.vi).toEqual(expect.stringContaining("Cột H có số liệu nhưng không có tên địa bàn"));
    expect(at?.message.en).toEqual(expect.stringContaining("probably this column's name"));
  });

  test("a kept ceiling says what the line comes to with the row counted", () => {
    const ceiling = check([14, 10, 5]).find((f) => f.rule === "ceiling");
    expect(ceiling?.message.en).toContain("With the nameless row 8 counted, the allocation is 7");
  });
});

describe("a row with figures but no name that no subtotal counts", () => {
  const plan = (targets: readonly number[], rule?: string) =>
    readPlanJson(
      {
        title: "Kế hoạch thử",
        indicators: [
          { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: targets[0], ...(rule !== undefined ? { rule } : {}) },
          { code: "2", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: targets[1] },
        ],
        areas: ["Khánh Thượng", "Minh Quang", "Ba Trại", "An Phú", "Hùng Tiến"].map((district) => ({ district })),
      },
      "plan.json",
    );
  const rows = (blank: number): CellValue[][] => {
    const out: CellValue[][] = [
      ["BIỂU PHÂN BỔ"],
      [],
      ["STT", "Xã", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy"],
      [1, "Khánh Thượng", 3, 2],
      [2, "Minh Quang", 3, 2],
      [3, "Ba Trại", 3, 2],
      [4, "An Phú", 2, 2],
      [5, "Hùng Tiến", 3, 2],
    ];
    out[blank][1] = null;
    return out;
  };
  const run = (targets: readonly number[], blank: number, rule?: string) =>
    checkWorkbook(workbook(sheet("Phân bổ", rows(blank))), { workbookName: "t.xlsx", plan: plan(targets, rule), sheet: "Phân bổ" }).report.findings;

  test.each<[string, number[], number, string | undefined, string[]]>([
    ["a table without totals, a middle row: told at its name, the ceilings and the plan's area without a row joined", [14, 10], 5, undefined, ["coverage/warning@B6"]],
    ["the last row", [14, 10], 7, undefined, ["coverage/warning@B8"]],
    ["a gap of its own on one line: that ceiling stays", [14, 12], 5, undefined, ["ceiling/warning@D3", "coverage/warning@B6"]],
    ["a line that must equal its target (an error) is not let go for a warning", [14, 10], 5, "=", ["ceiling/error@C3", "coverage/warning@B6"]],
  ])("%s", (_name, targets, blank, rule, expected) => {
    const findings = run(targets, blank, rule);
    expect(told(findings)).toEqual(expected);
    const at = findings.find((f) => f.rule === "coverage");
    expect(at?.message.vi).toEqual(expect.stringContaining("không có tên địa bàn"));
    expect(at?.message.en).toEqual(expect.stringContaining("probably this row's name"));
  });
});
