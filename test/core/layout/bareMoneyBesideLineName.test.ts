/**
 * A bare `Kinh phí` column beside one written as the plan line's very name
 * (`Kinh phí thực hiện (triệu đồng)`): both score alike by their words (the
 * words `thực hiện` say nothing of which line), yet the one written as the
 * plan line's name is that line's, whichever comes first, and the bare one is
 * no rival to it — before, the first column was taken and the reading said
 * to be unsure.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { matchLineDetails } from "../../../src/core/layout/matchLines";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 4 },
      { code: "2", name: "Kinh phí thực hiện", unit: "triệu đồng", target: 100 },
    ],
    areas: [],
  },
  "plan.json",
);

const NAMED = "Kinh phí thực hiện (triệu đồng)";

function rows(namedFirst: boolean): CellValue[][] {
  const order = <T>(named: T, bare: T): T[] => (namedFirst ? [named, bare] : [bare, named]);
  return [
    ["BIỂU PHÂN BỔ NĂM 2025"],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", ...order(NAMED, "Kinh phí")],
    [null, "Tổng cộng", 4, ...order(100, 2)],
    ["I", "Huyện Ba Vì", 2, ...order(50, 1)],
    [1, "Xã Ba Trại", 1, ...order(25, 0.5)],
    [2, "Xã Tản Lĩnh", 1, ...order(25, 0.5)],
    ["II", "Huyện Mỹ Đức", 2, ...order(50, 1)],
    [1, "Xã An Phú", 1, ...order(25, 0.5)],
    [2, "Xã Hợp Tiến", 1, ...order(25, 0.5)],
  ];
}

test.each([
  [true, false],
  [false, false],
  [true, true],
  [false, true],
])("named column first: %s, transposed: %s — the named column is the line's, the reading sure", (namedFirst, transposed) => {
  const data = sheet("Phân bổ", rows(namedFirst));
  const report = checkWorkbook(workbook(transposed ? transposeSheet(data) : data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  const line = report.reading!.lines.find((l) => l.code === "2")!;
  expect(line.header).toBe(NAMED);
  expect(report.reading!.confidence.level).toBe("high");
  // The bare column is told as matching no plan line; nothing else is reported.
  expect(report.findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual(["unmapped"]);
});

test("the matcher: the exact name wins the tie, with no rival; two exact names stay rivals", () => {
  const plan = PLAN.lines;
  const [a, b] = matchLineDetails([{ parts: ["Kinh phí"], kind: "money" }, { parts: [NAMED], kind: "money" }], plan);
  expect(a).toBeNull();
  expect(b).toEqual({ code: "2", how: "name", score: 1 });
  const twice = matchLineDetails([{ parts: [NAMED], kind: "money" }, { parts: [NAMED], kind: "money" }], plan);
  expect(twice[0]?.rival).toBe(1);
});
