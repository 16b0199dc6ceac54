/**
 * A note line and a unit on one row under the header (`(Kèm theo Quyết định
 * số …)` in the names' column, `ĐVT: triệu đồng` over the money), right under
 * it or past a blank row: the header's units row, no header and no area (was:
 * past a blank row, the row taken as the header, "no plan line was found").
 * Its unit is the money's: the figures read in it, and a correct allocation
 * gives no finding.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import {
  COMMUNES,
  readTwoDistrictSheet,
  totalFirst,
  twoDistrictHeader,
  twoDistrictPlan,
} from "./twoDistrictSheet";

const PLAN = twoDistrictPlan();
const HEADER = twoDistrictHeader();

const NOTES = [
  "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2024 của UBND huyện)",
  "Kèm theo Kế hoạch số 45/KH-UBND",
  "Biểu số 02",
  "Ghi chú: số liệu đến 30/6",
];

/** A unit's wording and a commune's money typed in it (500 000 000 đồng over five communes). */
const UNITS: readonly [string, number][] = [
  ["ĐVT: triệu đồng", 100],
  ["Đơn vị tính: đồng", 100_000_000],
  ["(triệu đồng)", 100],
];

/** Where the note and the unit stand: the note in column A, B or C (over the counts), the unit over the money (D). */
const PLACES: readonly [number, number][] = [
  [1, 3],
  [0, 3],
  [2, 3],
];

function noteRow(
  note: string,
  noteCol: number,
  unit: string,
  unitCol: number,
): CellValue[] {
  const row: CellValue[] = [null, null, null, null];
  row[noteCol] = note;
  row[unitCol] = unit;
  return row;
}

describe("a note and a unit on one row under the header", () => {
  const cases = NOTES.flatMap((note) =>
    UNITS.flatMap(([unit, money]) =>
      PLACES.flatMap(([noteCol, unitCol]) =>
        [false, true].map(
          (blank) =>
            [
              `\`${note}\` in ${"ABCD"[noteCol]}, \`${unit}\` in ${"ABCD"[unitCol]}${blank ? ", past a blank row" : ""}`,
              note,
              noteCol,
              unit,
              unitCol,
              money,
              blank,
            ] as const,
        ),
      ),
    ),
  );
  test.each(cases)(
    "%s: the units row, the figures read in its unit",
    (_name, note, noteCol, unit, unitCol, money, blank) => {
      const rows = [
        HEADER,
        ...(blank ? [[]] : []),
        noteRow(note, noteCol, unit, unitCol),
        ...totalFirst(money),
      ];
      const report = readTwoDistrictSheet(rows, PLAN);
      const reading = report.reading!;
      expect(
        reading.areas.filter((a) => a.role === "leaf").map((a) => a.name),
      ).toEqual(COMMUNES);
      expect(
        reading.areas.filter((a) => a.role === "group").map((a) => a.name),
      ).toEqual(["Huyện Ba Vì", "Huyện Quốc Oai"]);
      expect(
        reading.areas.filter((a) => a.role === "total").map((a) => a.name),
      ).toEqual(["Tổng cộng"]);
      expect(reading.ignored).toEqual([]);
      expect(report.indicators.map((i) => i.allocated)).toEqual([
        5, 500_000_000,
      ]);
      expect(report.findings).toEqual([]);
    },
  );
});
