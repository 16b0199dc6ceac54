/**
 * A figure merged down the cells of several communes on a period sheet (done
 * or disbursed for them together): Excel keeps it in the first cell only, so
 * the communes are judged together on their allocations — not the first over
 * its own allocation and the others behind with nothing.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

function check(results: SheetData) {
  return toJsonReport(checkWorkbook(workbook(planSheet("KẾ HOẠCH năm 2022"), allocationSheet(), results), { workbookName: "t.xlsx" }).report);
}

/** `Thực hiện 2022` with KP.2 of Ba Trại and Tản Lĩnh (F6:F7) merged, holding `joint`. */
function merged(joint: number): SheetData {
  const sheet = periodSheet("Thực hiện 2022", [[2, 80, 150, joint], [2, 85, 150, null], [2, 80, 150, 100], [2, 90, 150, 100]]);
  return { ...sheet, merges: [{ top: 5, left: 5, bottom: 6, right: 5 }] };
}

test.each<[string, number, string[]]>([
  ["the two communes' allocations together, spent in full: no finding", 200, []],
  ["spent over the two allocations together: one overspend at the merged cell, naming both", 250, ["overspend@F6 Xã Ba Trại, Xã Tản Lĩnh"]],
  ["behind on the two together: one area-progress at the merged cell", 100, ["area-progress@F6 Xã Ba Trại, Xã Tản Lĩnh"]],
])("%s", (_name, joint, expected) => {
  const report = check(merged(joint));
  expect(report.findings.filter((f) => f.area !== null && ["overspend", "area-progress"].includes(f.rule)).map((f) => `${f.rule}@${f.cell} ${f.area}`)).toEqual(expected);
});

test("without the merge, the first commune over and the second behind are each told", () => {
  const report = check(periodSheet("Thực hiện 2022", [[2, 80, 150, 200], [2, 85, 150, null], [2, 80, 150, 100], [2, 90, 150, 100]]));
  expect(report.findings.filter((f) => f.area !== null && ["overspend", "area-progress"].includes(f.rule)).map((f) => `${f.rule}@${f.cell}`)).toEqual(["overspend@F6", "area-progress@F7"]);
});
