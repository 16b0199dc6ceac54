/**
 * A period sheet copied from the previous period's with its name (and title)
 * updated but not one figure changed: one warning at the copied sheet. Sheets
 * whose figures happen to agree (a few small counts, every commune the same
 * figure) are not taken for copies.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, periodSheet, planSheet, workbook } from "./fixtures";

function check(...sheets: SheetData[]) {
  return toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), ...sheets), { workbookName: "t.xlsx" }).report);
}

/** Per commune: [teams, rate, KP.1, KP.2]. */
const Y2022: CellValue[][] = [
  [1, 40, 35, 20],
  [0, 45, 42.5, 18],
  [1, 38, 30, 25],
  [0, 50, 27, 12],
];
const Y2023: CellValue[][] = [
  [1, 60, 40, 22],
  [1, 62, 37, 30],
  [0, 55, 41, 19],
  [1, 70, 28, 16],
];
const EVEN: CellValue[][] = [
  [1, null, 20, 20],
  [1, null, 20, 20],
  [1, null, 20, 20],
  [1, null, 20, 20],
];

const copies = (report: ReturnType<typeof check>) => report.findings.filter((f) => /giống hệt/.test(f.message)).map((f) => `${f.severity} ${f.sheet}`);

describe("a period sheet copied from the previous period's", () => {
  test.each<[string, SheetData[], string[]]>([
    ["2023 holds 2022's figures in every cell, its title updated", [periodSheet("Thực hiện 2022", Y2022, "KẾT QUẢ THỰC HIỆN NĂM 2022"), periodSheet("Thực hiện 2023", Y2022, "KẾT QUẢ THỰC HIỆN NĂM 2023")], ["warning Thực hiện 2023"]],
    ["the same titles (no year in them)", [periodSheet("Thực hiện 2022", Y2022), periodSheet("Thực hiện 2023", Y2022)], ["warning Thực hiện 2023"]],
    ["2024 a copy of 2023, 2023 filled in", [periodSheet("Thực hiện 2022", Y2022), periodSheet("Thực hiện 2023", Y2023), periodSheet("Thực hiện 2024", Y2023)], ["warning Thực hiện 2024"]],
    // The title still names 2022: the warning that name and title disagree tells it.
    ["the title not updated", [periodSheet("Thực hiện 2022", Y2022, "KẾT QUẢ THỰC HIỆN NĂM 2022"), periodSheet("Thực hiện 2023", Y2022, "KẾT QUẢ THỰC HIỆN NĂM 2022")], []],
    ["each year its own figures", [periodSheet("Thực hiện 2022", Y2022), periodSheet("Thực hiện 2023", Y2023)], []],
    ["one cell changed", [periodSheet("Thực hiện 2022", Y2022), periodSheet("Thực hiện 2023", [[1, 40, 35, 20], [0, 45, 42.5, 18], [1, 38, 30, 25], [0, 50, 27, 13]])], []],
    ["every commune the same few figures each year: plausibly done so", [periodSheet("Thực hiện 2022", EVEN), periodSheet("Thực hiện 2023", EVEN)], []],
  ])("%s", (_name, sheets, expected) => {
    expect(copies(check(...sheets))).toEqual(expected);
  });

  test("the title not updated: only the warning that name and title disagree", () => {
    const report = check(periodSheet("Thực hiện 2022", Y2022, "KẾT QUẢ THỰC HIỆN NĂM 2022"), periodSheet("Thực hiện 2023", Y2022, "KẾT QUẢ THỰC HIỆN NĂM 2022"));
    expect(report.findings.filter((f) => f.sheet === "Thực hiện 2023" && f.indicator === null && f.area === null).map((f) => `${f.rule}/${f.severity}`)).toEqual(["unmapped/warning"]);
  });

  test("the warning names the sheet it repeats and the figures", () => {
    const report = check(periodSheet("Thực hiện 2022", Y2022), periodSheet("Thực hiện 2023", Y2022));
    const [finding] = report.findings.filter((f) => /giống hệt/.test(f.message));
    expect(finding.message).toMatch(/"Thực hiện 2022"/);
    expect(finding.cell).toBeNull();
  });
});

describe("pace is not judged on a copied period's figures (one cause, one finding)", () => {
  const paced = (report: ReturnType<typeof check>) => report.findings.filter((f) => f.rule === "area-progress" || (f.rule === "pace" && f.indicator !== null)).length;
  test.each<[string, SheetData[], boolean]>([
    ["2023 a copy of 2022: only the copy is told", [periodSheet("Thực hiện 2022", Y2022), periodSheet("Thực hiện 2023", Y2022)], false],
    ["2024 a copy of 2023: only the copy is told", [periodSheet("Thực hiện 2022", Y2022), periodSheet("Thực hiện 2023", Y2023), periodSheet("Thực hiện 2024", Y2023)], false],
    ["each year its own figures: pace judged", [periodSheet("Thực hiện 2022", Y2022), periodSheet("Thực hiện 2023", Y2023)], true],
  ])("%s", (_name, sheets, judged) => {
    const report = check(...sheets);
    expect(paced(report) > 0).toBe(judged);
    if (!judged) expect(copies(report)).toHaveLength(1);
  });
});
