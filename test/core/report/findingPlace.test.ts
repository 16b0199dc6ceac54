/**
 * Where a finding with no cell is placed (findingPlace.ts): a plan commune
 * with no row is shown on its sheet, under its district's label cell; a
 * finding with a cell, or whose area the plan does not list under a
 * district, gets no district.
 */
import { checkWorkbook } from "../../../src/core/check";
import { findingPlace } from "../../../src/core/report/findingPlace";
import { buildSampleWorkbookData } from "../../../src/sample";
import type { Finding } from "../../../src/core/model/finding";

const workbook = buildSampleWorkbookData();
const { report, plan } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
const missing = report.findings.find((f) => f.rule === "coverage" && f.cell === null)!;

describe("findingPlace", () => {
  test("the sample's missing commune (Yên Bài) is placed on the allocation sheet, under Huyện Ba Vì's label cell", () => {
    expect(missing.area).toBe("Yên Bài");
    const sheet = workbook.sheets.find((s) => s.name === report.allocationSheet)!;
    const place = findingPlace(missing, plan, report)!;
    expect(place.sheet).toBe(report.allocationSheet);
    expect(place.group?.name).toBe("Huyện Ba Vì");
    // The cell holds the district's label on the sheet.
    const match = /^([A-Z]+)(\d+)$/.exec(place.group!.cell!)!;
    const col = match[1].charCodeAt(0) - 65;
    expect(sheet.values[Number(match[2]) - 1]?.[col]).toBe("Huyện Ba Vì");
  });

  const base: Finding = { ...missing };
  test.each<[string, Finding, "none" | "sheet-only"]>([
    ["a finding with a cell", { ...base, cell: "B7", row: 6, col: 1 }, "none"],
    ["a finding with no sheet", { ...base, sheet: null }, "none"],
    ["an area the plan does not list as a commune", { ...base, area: "Hà Đông" }, "sheet-only"],
    ["no area", { ...base, area: null }, "sheet-only"],
    ["on another sheet than the one read", { ...base, sheet: "Tiến độ" }, "sheet-only"],
  ])("%s", (_label, finding, expected) => {
    const place = findingPlace(finding, plan, report);
    if (expected === "none") expect(place).toBeNull();
    else expect(place).toEqual({ sheet: finding.sheet, group: null });
  });

  test("a district the sheet has no row for is named as the plan writes it, with no cell", () => {
    const reading = { ...report.reading!, areas: report.reading!.areas.filter((a) => a.planArea !== "Ba Vì") };
    expect(findingPlace(missing, plan, { ...report, reading })).toEqual({ sheet: report.allocationSheet, group: { name: "Ba Vì", cell: null } });
  });
});
