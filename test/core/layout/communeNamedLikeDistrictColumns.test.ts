/**
 * A table with a district column (its name merged down its communes' rows)
 * and a commune column, where a commune bears its district's name written
 * bare (`Ba Vì` in `Ba Vì`, `Quốc Oai` in `Quốc Oai`): it is a commune, not
 * the district's subtotal row — unless its figures add up the communes read
 * under the district before it (the district's name repeated over its sum).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
    { code: "2", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 360 },
  ],
  { "Ba Vì": ["Khánh Thượng", "Ba Vì", "Ba Trại"], "Quốc Oai": ["Phú Mãn", "Quốc Oai"] },
);

const HEADER: CellValue[] = ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông"];

function read(rows: CellValue[][], merges: string[]) {
  const data = workbook(sheet("Phân bổ", [HEADER, ...rows], { merges }));
  return toJsonReport(checkWorkbook(data, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report);
}

describe("a commune named like its district, in the commune column", () => {
  test.each<[string, CellValue[][], string[]]>([
    [
      "in the middle of its district, and last of the other",
      [
        [null, null, "Tổng cộng", 5, 360],
        [1, "Ba Vì", "Khánh Thượng", 1, 80],
        [2, null, "Ba Vì", 1, 70],
        [3, null, "Ba Trại", 1, 60],
        [1, "Quốc Oai", "Phú Mãn", 1, 80],
        [2, null, "Quốc Oai", 1, 70],
      ],
      ["B3:B5", "B6:B7"],
    ],
    [
      "first of its district",
      [
        [null, null, "Tổng cộng", 5, 360],
        [1, "Ba Vì", "Ba Vì", 1, 70],
        [2, null, "Khánh Thượng", 1, 80],
        [3, null, "Ba Trại", 1, 60],
        [1, "Quốc Oai", "Phú Mãn", 1, 80],
        [2, null, "Quốc Oai", 1, 70],
      ],
      ["B3:B5", "B6:B7"],
    ],
  ])("%s: five communes, no subtotal", (_name, rows, merges) => {
    const report = read(rows, merges);
    const areas = report.reading!.areas;
    expect(areas.filter((a) => a.role === "leaf").map((a) => a.name).sort()).toEqual(["Ba Trại", "Ba Vì", "Khánh Thượng", "Phú Mãn", "Quốc Oai"]);
    expect(areas.filter((a) => a.role === "subtotal" || a.role === "group").map((a) => a.at)).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  test("the district's name repeated after its communes over their sum: its subtotal", () => {
    const report = read(
      [
        [null, null, "Tổng cộng", 5, 360],
        [1, "Ba Vì", "Khánh Thượng", 1, 80],
        [2, null, "Ba Trại", 2, 130],
        [null, null, "Ba Vì", 3, 210],
        [1, "Quốc Oai", "Phú Mãn", 2, 150],
        [null, null, "Quốc Oai", 2, 150],
      ],
      ["B3:B5", "B6:B7"],
    );
    // Each district where its name is written (beside its first commune), its figures on its subtotal row.
    expect(report.reading!.areas.filter((a) => a.role === "group").map((a) => a.at)).toEqual(["3", "6"]);
    expect(report.reading!.areas.filter((a) => a.role === "subtotal").map((a) => a.at)).toEqual(["5", "7"]);
    expect(report.findings.filter((f) => f.rule === "subtotal")).toEqual([]);
  });

  test("the district's name in both columns over the sum of the rows under it: the district's own row", () => {
    const report = read(
      [
        [null, null, "Tổng cộng", 5, 360],
        ["I", "Ba Vì", "Ba Vì", 3, 210],
        [1, null, "Khánh Thượng", 1, 80],
        [2, null, "Ba Trại", 2, 130],
        ["II", "Quốc Oai", "Quốc Oai", 2, 150],
        [1, null, "Phú Mãn", 2, 150],
      ],
      ["B3:B5", "B6:B7"],
    );
    expect(report.reading!.areas.filter((a) => a.role === "group").map((a) => a.at)).toEqual(["3", "6"]);
    expect(report.findings.filter((f) => f.rule === "subtotal")).toEqual([]);
  });
});

describe("a commune named like its district, the district repeated on every row", () => {
  test.each<[string, CellValue[][]]>([
    [
      "in the middle",
      [
        [null, null, "Tổng cộng", 5, 360],
        [1, "Ba Vì", "Khánh Thượng", 1, 80],
        [2, "Ba Vì", "Ba Vì", 1, 70],
        [3, "Ba Vì", "Ba Trại", 1, 60],
        [4, "Quốc Oai", "Phú Mãn", 1, 80],
        [5, "Quốc Oai", "Quốc Oai", 1, 70],
      ],
    ],
    [
      "first",
      [
        [null, null, "Tổng cộng", 5, 360],
        [1, "Ba Vì", "Ba Vì", 1, 70],
        [2, "Ba Vì", "Khánh Thượng", 1, 80],
        [3, "Ba Vì", "Ba Trại", 1, 60],
        [4, "Quốc Oai", "Quốc Oai", 1, 70],
        [5, "Quốc Oai", "Phú Mãn", 1, 80],
      ],
    ],
  ])("%s: five communes", (_name, rows) => {
    const report = read(rows, []);
    const areas = report.reading!.areas;
    expect(areas.filter((a) => a.role === "leaf").map((a) => a.name).sort()).toEqual(["Ba Trại", "Ba Vì", "Khánh Thượng", "Phú Mãn", "Quốc Oai"]);
    expect(report.findings).toEqual([]);
  });
});
