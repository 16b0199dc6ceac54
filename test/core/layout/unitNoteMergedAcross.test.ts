/**
 * A unit note typed in the row under the header and merged across it
 * (`(Đơn vị: triệu đồng)` over every column, or over the names and the
 * figures): the table's note, for its money lines — not the unit of each
 * column it spans. The count line keeps its own unit (was read in triệu đồng:
 * no plan line matched, the line's figures unchecked).
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { readTwoDistrictSheet, totalFirst, twoDistrictHeader, twoDistrictPlan } from "./twoDistrictSheet";

const PLAN = twoDistrictPlan();
const HEADER = twoDistrictHeader();

/** The note, where it is typed (column) and merged (A1 range, row 4 under the header in row 3), and the money in its unit. */
const CASES: readonly [string, number, string, number][] = [
  ["(Đơn vị: triệu đồng)", 0, "A4:D4", 100],
  ["ĐVT: triệu đồng", 0, "A4:D4", 100],
  ["ĐVT: triệu đồng", 1, "B4:D4", 100],
  ["Đơn vị tính: nghìn đồng", 2, "C4:D4", 100_000],
  ["(ĐVT: tỷ đồng)", 0, "A4:D4", 0.1],
];

describe("a unit note merged across the row under the header", () => {
  test.each(CASES)("`%s` typed in column %i, merged over %s: the money in its unit, the counts in theirs", (note, col, merged, money) => {
    const units: CellValue[] = [null, null, null, null];
    units[col] = note;
    const report = readTwoDistrictSheet([HEADER, units, ...totalFirst(money)], PLAN, { title: "BIỂU PHÂN BỔ NĂM 2024", merges: [merged] });
    expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([
      ["1", 5],
      ["2", 500_000_000],
    ]);
    expect(report.reading!.ignored).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.reading!.areas.filter((a) => a.role === "leaf")).toHaveLength(5);
  });
});
