/**
 * Districts left blank as headings over bare communes, no STT, no area list:
 * one named by its prefix (`Thành phố Sơn La`), the others bare (`Mộc Châu`,
 * `Yên Châu`), one of them over a commune of its own name. All are headings
 * over the communes after them, as when all are bare, and the reading says it
 * is unsure (bare names alone tell a district from a commune allocated
 * nothing) — before, the rows were read as one flat list with a sure reading,
 * the city an area allocated nothing and `Mộc Châu` a false duplicate. A
 * `Cộng` row closing each head's communes tells the heads are groups: the
 * reading is then sure.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 },
      { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 120 },
    ],
    areas: [],
  },
  "plan.json",
);

const DISTRICTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Thành phố Sơn La", ["Chiềng Lề", "Chiềng Ngần"]],
  ["Mộc Châu", ["Mộc Châu", "Chiềng Sơn"]],
  ["Yên Châu", ["Chiềng Đông", "Chiềng Khoi"]],
];

function data(transposed: boolean) {
  const table: CellValue[][] = [["Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"], ["Tổng cộng", 6, 120]];
  for (const [district, communes] of DISTRICTS) table.push([district, null, null], ...communes.map((c) => [c, 1, 20]));
  return transposed ? sheet("Phân bổ", [["BIỂU PHÂN BỔ NĂM 2025"], [], ...transposeSheet(sheet("x", table)).values.map((r) => r ?? [])]) : sheet("Phân bổ", [["BIỂU PHÂN BỔ NĂM 2025"], ...table]);
}

test.each([false, true])("transposed: %s — every blank name heads its communes; no finding; unsure", (transposed) => {
  const report = checkWorkbook(workbook(data(transposed)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  const areas = report.reading!.areas;
  const heads = areas.flatMap((a, i) => (a.role === "heading" ? [i] : []));
  expect(heads.map((i) => areas[i].name)).toEqual(DISTRICTS.map(([d]) => d));
  DISTRICTS.forEach(([, communes], k) => {
    const under = areas.filter((a) => a.parent === heads[k]).map((a) => a.name);
    expect(under).toEqual(communes);
  });
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(report.reading!.confidence.level).not.toBe("high");
});

test("every head named by its prefix: sure, as before", () => {
  const table: CellValue[][] = [["BIỂU PHÂN BỔ NĂM 2025"], ["Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"], ["Tổng cộng", 6, 120]];
  for (const [district, communes] of DISTRICTS) table.push([district.startsWith("Thành phố") ? district : `Huyện ${district}`, null, null], ...communes.map((c) => [c, 1, 20]));
  const report = checkWorkbook(workbook(sheet("Phân bổ", table)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
  expect(report.reading!.areas.filter((a) => a.role === "heading")).toHaveLength(3);
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(report.reading!.confidence.level).toBe("high");
});

/** The same heads, bare or the city by its prefix, each closed by a `Cộng` row after its communes (or all but the first). */
function closedRows(city: string, closeFirst: boolean): CellValue[][] {
  return [
    ["BIỂU PHÂN BỔ NĂM 2025"],
    ["Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
    [city, null, null],
    ["Chiềng Lề", 1, 20],
    ["Chiềng Ngần", 1, 20],
    ...(closeFirst ? [["Cộng", 2, 40]] : []),
    ["Mộc Châu", null, null],
    ["Mộc Châu", 1, 20],
    ["Chiềng Sơn", 1, 20],
    ["Cộng", 2, 40],
    ["Tổng cộng", 4, 80],
  ];
}

const PLAN4 = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 4 },
      { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 80 },
    ],
    areas: [],
  },
  "plan.json",
);

test.each([
  ["Sơn La", false],
  ["Sơn La", true],
  ["Thành phố Sơn La", false],
  ["Thành phố Sơn La", true],
])("each head closed by a Cộng row (%s, transposed: %s): groups, no finding, sure", (city, transposed) => {
  const rows = closedRows(city, true);
  const data = transposed ? sheet("Phân bổ", [rows[0], [], ...transposeSheet(sheet("x", rows.slice(1))).values.map((r) => r ?? [])]) : sheet("Phân bổ", rows);
  const report = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN4, sheet: "Phân bổ" }).report;
  const areas = report.reading!.areas;
  expect(areas.filter((a) => a.role === "group").map((a) => a.name)).toEqual([city, "Mộc Châu"]);
  expect(areas.filter((a) => a.role === "subtotal")).toHaveLength(2);
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(report.reading!.confidence.level).toBe("high");
});

test("a head its members not closed by a Cộng row: unsure", () => {
  const report = checkWorkbook(workbook(sheet("Phân bổ", closedRows("Sơn La", false))), { workbookName: "t.xlsx", plan: PLAN4, sheet: "Phân bổ" }).report;
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(report.reading!.confidence.level).not.toBe("high");
});
