/**
 * A Roman-numbered tier naming the districts' level (`II | Cấp huyện`,
 * `I | Các huyện, thị xã`, or `II. Cấp huyện` in the name cell) over bare
 * districts numbered `1`, `2`, their communes `1.1`, `1.2` or `-`, the plan
 * listing no areas: the tier holds the
 * districts, each a group over its communes — not (before) the tier read as
 * an area beside the districts, the grand total told short by its figures;
 * or, numbered in the name cell, the districts read as communes and their
 * communes as villages.
 * Clean sheets: no finding, a sure reading, in both orientations.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet, workbook } from "./sheetBuilder";

const DISTRICTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Ba Vì", ["Ba Trại", "Tản Lĩnh"]],
  ["Mỹ Đức", ["An Phú", "Hợp Tiến", "Phù Lưu Tế"]],
];

interface Shape {
  readonly name: string;
  /** The tier's label. */
  readonly tier: string;
  /** The tier's own figures typed (else blank, a heading). */
  readonly tierFigures: boolean;
  /** A province's own share numbered `I` before the tier (`Cấp tỉnh`). */
  readonly province: boolean;
  /** The Roman numerals written in the name cell (`II. Cấp huyện`), the STT cell blank. */
  readonly inLabel?: boolean;
  /** The communes numbered `-` (else `1.1`, `1.2`). */
  readonly bullets?: boolean;
}

const SHAPES: readonly Shape[] = [
  { name: "II | Cấp huyện after I | Cấp tỉnh", tier: "Cấp huyện", tierFigures: true, province: true },
  { name: "II | Cấp huyện blank after I | Cấp tỉnh", tier: "Cấp huyện", tierFigures: false, province: true },
  { name: "I | Cấp huyện alone", tier: "Cấp huyện", tierFigures: true, province: false },
  { name: "II | Các huyện, thị xã", tier: "Các huyện, thị xã", tierFigures: true, province: true },
  { name: "II | Cấp huyện, communes numbered -", tier: "Cấp huyện", tierFigures: true, province: true, bullets: true },
  { name: "II. Cấp huyện in the name cell, communes numbered -", tier: "Cấp huyện", tierFigures: true, province: true, inLabel: true, bullets: true },
  { name: "II. Cấp huyện in the name cell, communes 1.1", tier: "Cấp huyện", tierFigures: true, province: true, inLabel: true },
];

const PER_COMMUNE = [1, 20];
const PROVINCE = [1, 35];

function rows(shape: Shape): CellValue[][] {
  const roman = (n: string, label: string, figures: readonly CellValue[]): CellValue[] => (shape.inLabel ? [null, `${n}. ${label}`, ...figures] : [n, label, ...figures]);
  const communes = DISTRICTS.reduce((n, [, cs]) => n + cs.length, 0);
  const districts = PER_COMMUNE.map((v) => v * communes);
  const total = shape.province ? districts.map((v, i) => v + PROVINCE[i]) : districts;
  const body: CellValue[][] = [];
  DISTRICTS.forEach(([district, cs], i) => {
    body.push([i + 1, district, ...PER_COMMUNE.map((v) => v * cs.length)]);
    cs.forEach((c, j) => body.push([shape.bullets ? "-" : `${i + 1}.${j + 1}`, c, ...PER_COMMUNE]));
  });
  return [
    ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", ...total],
    ...(shape.province ? [roman("I", "Cấp tỉnh", PROVINCE)] : []),
    roman(shape.province ? "II" : "I", shape.tier, shape.tierFigures ? districts : [null, null]),
    ...body,
  ];
}

function plan(shape: Shape) {
  const total = rows(shape)[2];
  return readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: total[2] as number },
        { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: total[3] as number },
      ],
      areas: [],
    },
    "plan.json",
  );
}

describe.each(SHAPES)("$name", (shape) => {
  test.each([false, true])("transposed: %s — districts under the tier, no finding, sure", (transposed) => {
    const data = sheet("Phân bổ", rows(shape));
    const report = checkWorkbook(workbook(transposed ? transposeSheet(data) : data), { workbookName: "t.xlsx", plan: plan(shape), sheet: "Phân bổ" }).report;
    const areas = report.reading!.areas;
    const index = (name: string) => areas.findIndex((a) => a.name === name);
    const tierName = shape.inLabel ? `${shape.province ? "II" : "I"}. ${shape.tier}` : shape.tier;
    const tier = areas[index(tierName)];
    expect(tier.role).toBe(shape.tierFigures ? "group" : "heading");
    for (const [district, cs] of DISTRICTS) {
      const d = areas.find((a) => a.name === district)!;
      expect(d.role).toBe("group");
      expect(d.parent).toBe(index(tierName));
      for (const c of cs) expect(areas[index(c)].parent).toBe(index(district));
    }
    if (shape.province) expect(areas.find((a) => a.name === (shape.inLabel ? "I. Cấp tỉnh" : "Cấp tỉnh"))!.role).toBe("leaf");
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.reading!.confidence.level).toBe("high");
  });
});
