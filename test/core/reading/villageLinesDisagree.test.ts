/**
 * Three levels numbered (`1 | Phong Thổ`, `1.1 | Nghĩa Đô`, `1.1.1 | Bản
 * Mới`) on two lines: on one every commune's figure is its villages' sum, on
 * the other none is. The lines tell the villages as the commune's breakdown
 * from the villages as the areas allocated no better than one line does, so
 * the reading says it is unsure — and stays sure where one commune alone is
 * off on one line (a mistyped figure, told at its cell).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "../layout/sheetBuilder";

/**
 * `addUp`: on the second line each commune is its villages' sum (2 of 1 + 1), else each commune 1 and its villages
 * 1 each; the districts and total always add up the communes. `slip`: Bản Mới's figure on the first line.
 */
function rows(addUp: boolean, slip = 1): CellValue[][] {
  const c = addUp ? 2 : 1;
  return [
    ["BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 NĂM 2026"],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)"],
    [null, "Tổng cộng", 6, 3 * c],
    ["1", "Phong Thổ", 4, 2 * c],
    ["1.1", "Nghĩa Đô", 2, c],
    ["1.1.1", "Bản Mới", slip, 1],
    ["1.1.2", "Bản Cuông", 1, 1],
    ["1.2", "Trung Thu", 2, c],
    ["1.2.1", "Bản Sáng", 1, 1],
    ["1.2.2", "Bản Tủa", 1, 1],
    ["2", "Sìn Hồ", 2, c],
    ["2.1", "Tả Phìn", 2, c],
    ["2.1.1", "Bản Pho", 1, 1],
    ["2.1.2", "Bản Hồng", 1, 1],
  ];
}

function check(addUp: boolean, slip?: number, transposed = false) {
  const plan = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 },
        { code: "2", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: addUp ? 6 : 3 },
      ],
      areas: [],
    },
    "plan.json",
  );
  const table = rows(addUp, slip);
  // Across: the numbering a row over the names (`1`, `1.1`, `1.1.1`, no Roman numeral), the title above.
  const data = transposed ? sheet("Phân bổ", [table[0], [], ...transposeSheet(sheet("x", table.slice(1))).values.map((r) => r ?? [])]) : sheet("Phân bổ", table);
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
}

test.each([false, true])("both lines add up over the villages (transposed: %s): the villages read as the communes' parts, sure, no finding", (transposed) => {
  const report = check(true, undefined, transposed);
  expect(report.reading!.confidence.level).toBe("high");
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(report.reading!.areas.filter((a) => a.role === "leaf").map((a) => a.name)).toEqual(["Nghĩa Đô", "Trung Thu", "Tả Phìn"]);
});

test.each([
  [false, 'Rows 5 "Nghĩa Đô", 8 "Trung Thu", 12 "Tả Phìn"'],
  [true, 'Columns D "Nghĩa Đô", G "Trung Thu", K "Tả Phìn"'],
])("one line adds up over the villages, the other at no commune (transposed: %s): the reading is said to be unsure", (transposed, named) => {
  const report = check(false, undefined, transposed);
  const reasons = report.reading!.confidence.reasons.map((r) => r.en);
  expect(reasons.filter((r) => r.startsWith(`${named}: the commune's figure differs`) && r.includes("on another line it equals their sum"))).toHaveLength(1);
  expect(report.reading!.confidence.level).not.toBe("high");
  expect(report.reading!.confidence.reasons.map((r) => r.vi).join("\n")).toContain("ở chỉ tiêu khác thì số của xã lại bằng đúng tổng các thôn");
});

test("one commune off on one line, the others adding up on both: a mistyped figure told at its cell, sure", () => {
  const report = check(true, 2);
  expect(report.reading!.confidence.level).toBe("high");
  expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@C5"]);
});
