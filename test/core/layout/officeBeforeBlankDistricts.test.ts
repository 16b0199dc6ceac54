/**
 * The total on top, the union's own office (`Văn phòng Hội LHPN tỉnh`) with
 * its figures, then districts as blank headings over communes with figures:
 * the office is the total's, the communes their district's. A reading that
 * closes the office under the first district bottom-up (each district row
 * after its members) rests on no district's figure — every district row is
 * blank — and so is no rival: the reading is sure. A blank district named by
 * its prefix among bare names stays unsure (a district allocated nothing, or
 * a heading over them).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 4 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1000 },
];
const AREAS = { "Ba Vì": ["Ba Trại", "Tản Lĩnh"], "Thạch Thất": ["Yên Bình", "Yên Trung"] };
const HEADER: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"];

function check(rows: CellValue[][], listed: boolean) {
  return checkWorkbook(workbook(sheet("Phân bổ", [HEADER, ...rows])), { workbookName: "t.xlsx", plan: planOf(LINES, listed ? AREAS : undefined), sheet: "Phân bổ" }).report;
}

/** Districts `d1`, `d2` numbered `n1`, `n2` (their communes `n.1`, `n.2` under Arabic numbers, else `1`, `2`), communes led by `prefix`. */
function rows(office: string, d1: string, d2: string, n1: string | null, n2: string | null, prefix: string): CellValue[][] {
  const item = (n: string | null, i: number): CellValue => (n !== null && /^\d+$/.test(n) ? `${n}.${i}` : i);
  return [
    [null, "Tổng cộng", 4, 1000],
    [null, office, null, 200],
    [n1, d1, null, null],
    [item(n1, 1), `${prefix}Ba Trại`, 1, 150],
    [item(n1, 2), `${prefix}Tản Lĩnh`, 1, 150],
    [n2, d2, null, null],
    [item(n2, 1), `${prefix}Yên Bình`, 1, 250],
    [item(n2, 2), `${prefix}Yên Trung`, 1, 250],
  ];
}

describe("the office before districts left blank as headings", () => {
  test.each<[string, CellValue[][], boolean]>([
    ["Roman-numbered districts by their prefix, the plan listing the areas", rows("Văn phòng Hội LHPN tỉnh", "Huyện Ba Vì", "Huyện Thạch Thất", "I", "II", "Xã "), true],
    ["Roman-numbered districts by their prefix", rows("Văn phòng Hội LHPN tỉnh", "Huyện Ba Vì", "Huyện Thạch Thất", "I", "II", "Xã "), false],
    ["unnumbered districts by their prefix", rows("Văn phòng Hội LHPN tỉnh", "Huyện Ba Vì", "Huyện Thạch Thất", null, null, "Xã "), false],
    ["unnumbered districts by their prefix over bare communes", rows("Văn phòng Hội LHPN tỉnh", "Huyện Ba Vì", "Huyện Thạch Thất", null, null, ""), false],
    ["bare districts numbered 1, 2 over communes 1.1, 1.2", rows("Văn phòng Hội LHPN tỉnh", "Ba Vì", "Thạch Thất", "1", "2", ""), false],
    ["the same, the plan listing the areas", rows("Văn phòng Hội LHPN tỉnh", "Ba Vì", "Thạch Thất", "1", "2", ""), true],
    ["`Cơ quan Hội LHPN tỉnh`", rows("Cơ quan Hội LHPN tỉnh", "Huyện Ba Vì", "Huyện Thạch Thất", "I", "II", "Xã "), false],
  ])("%s: the office the total's, the communes their district's, nothing told, the reading sure", (_name, data, listed) => {
    const report = check(data, listed);
    const areas = report.reading!.areas;
    expect(areas.map((a) => `${a.role}:${a.parent === null ? "-" : areas[a.parent].name}`)).toEqual([
      "total:-",
      "leaf:Tổng cộng",
      "heading:Tổng cộng",
      `leaf:${areas[2].name}`,
      `leaf:${areas[2].name}`,
      "heading:Tổng cộng",
      `leaf:${areas[5].name}`,
      `leaf:${areas[5].name}`,
    ]);
    expect(report.findings).toEqual([]);
    expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
  });

  test("one blank district by its prefix among districts named bare: unsure still", () => {
    const report = check(
      [
        [null, "Tổng cộng", 4, 1000],
        [null, "Văn phòng Hội LHPN tỉnh", null, 200],
        [null, "Huyện Ba Vì", null, null],
        [null, "Thạch Thất", 2, 400],
        [null, "Quốc Oai", 2, 400],
      ],
      false,
    );
    expect(report.reading!.confidence.level).toBe("low");
  });
});
