/**
 * A percent line's district cells are left blank or hold the district's
 * average: percents do not add up over the areas, so they never count
 * against the reading in which the other lines' subtotals add up (CONTRACT
 * §2). Each case is read in both orientations.
 */
import { detectTable } from "../../../src/core/layout";
import type { AllocationTable } from "../../../src/core/model/table";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
      { code: "2", name: "Tỷ lệ phụ nữ được tuyên truyền", unit: "%", target: 80 },
      { code: "3", name: "Kinh phí", unit: "triệu đồng", target: 1000 },
    ],
  },
  "plan.json",
);
const HEADER: CellValue[] = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Tỷ lệ phụ nữ được tuyên truyền (%)", "Kinh phí (triệu đồng)"];

function read(rows: CellValue[][]): AllocationTable[] {
  const data = sheet("Phân bổ", [HEADER, ...rows]);
  return [detectTable(data, PLAN), detectTable(transposeSheet(data), PLAN)];
}

function shape(table: AllocationTable): string[] {
  return table.areas.map((a) => `${a.kind}:${a.label}<${a.parent === null ? "" : table.areas[a.parent].label}`);
}

/** Two groups of communes, each under a row whose percent cell is `groupPercent(k)`. */
function rows(groupLabels: readonly [string, string], groupPercent: (k: number) => CellValue, groupsFirst: boolean): CellValue[][] {
  const communes: CellValue[][][] = [
    [[1, "Bản Lầu", 1, 85, 200], [2, "Lùng Vai", 1, 90, 200]],
    [[3, "Nàn Sán", 1, 82, 200], [4, "Sán Chải", 1, 88, 200], [5, "Cán Cấu", 1, 81, 200]],
  ];
  const out: CellValue[][] = [[null, "Tổng cộng", 5, null, 1000]];
  communes.forEach((members, k) => {
    const group: CellValue[] = [null, groupLabels[k], members.length, groupPercent(k), members.length * 200];
    if (groupsFirst) out.push(group, ...members);
    else out.push(...members, group);
  });
  return out;
}

describe("percent lines leave the arithmetic of the levels alone", () => {
  test.each<[string, readonly [string, string], (k: number) => CellValue, boolean, string[]]>([
    [
      "bare district names over their communes, percent cells blank",
      ["Mường Khương", "Si Ma Cai"],
      () => null,
      true,
      ["total:Tổng cộng<", "group:Mường Khương<Tổng cộng", "leaf:Bản Lầu<Mường Khương", "leaf:Lùng Vai<Mường Khương", "group:Si Ma Cai<Tổng cộng", "leaf:Nàn Sán<Si Ma Cai", "leaf:Sán Chải<Si Ma Cai", "leaf:Cán Cấu<Si Ma Cai"],
    ],
    [
      "bare district names over their communes, percent cells an average",
      ["Mường Khương", "Si Ma Cai"],
      (k) => (k === 0 ? 87.5 : 83.7),
      true,
      ["total:Tổng cộng<", "group:Mường Khương<Tổng cộng", "leaf:Bản Lầu<Mường Khương", "leaf:Lùng Vai<Mường Khương", "group:Si Ma Cai<Tổng cộng", "leaf:Nàn Sán<Si Ma Cai", "leaf:Sán Chải<Si Ma Cai", "leaf:Cán Cấu<Si Ma Cai"],
    ],
  ])("%s", (_name, labels, percent, groupsFirst, expected) => {
    for (const table of read(rows(labels, percent, groupsFirst))) {
      expect(shape(table)).toEqual(expected);
    }
  });

  test("`Cộng cụm …` rows closing their communes, percent cells blank: subtotals, not areas", () => {
    for (const table of read(rows(["Cộng cụm 1", "Cộng cụm 2"], () => null, false))) {
      const labels = table.areas.filter((a) => a.kind === "leaf").map((a) => a.label);
      expect(labels).toEqual(["Bản Lầu", "Lùng Vai", "Nàn Sán", "Sán Chải", "Cán Cấu"]);
    }
  });
});
