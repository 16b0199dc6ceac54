/**
 * A commune whose figure is left blank beside a note (`b | Nậm Lúc | | Xã
 * ATK`), its texts a label and a note alone: a row of the data with a blank
 * (zero, no finding), never a header row that starts a table — a header
 * names every column between its first word and its last.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const plan = (target: number) =>
  readPlanJson({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target }] }, "plan.json");

const HEADER: CellValue[] = ["STT", "Tên đơn vị", "Tổ truyền thông cộng đồng", "Ghi chú"];

/** Two districts by name (no STT), their communes lettered, `blanks` the communes of Văn Bàn whose figure is blank beside a note. */
function rows(blanks: readonly string[]): CellValue[][] {
  const commune = (letter: string, name: string, figure: number): CellValue[] => (blanks.includes(name) ? [letter, name, null, "Xã ATK"] : [letter, name, figure]);
  return [
    HEADER,
    [null, "HUYỆN VĂN BÀN"],
    commune("a", "Lùng Phình", 6),
    commune("b", "Nậm Lúc", 0),
    commune("c", "Sơn Thủy", 0),
    [null, "CỘNG HUYỆN VĂN BÀN", 6],
    [null, "HUYỆN THAN UYÊN"],
    ["a", "Dần Thàng", 6],
    ["b", "Pha Mu", 6, "Xã khu vực III"],
    [null, "TỔNG HUYỆN THAN UYÊN", 12],
    [null, "TỔNG CỘNG", 18],
  ];
}

const check = (values: CellValue[][], target = 18) => checkWorkbook(workbook(sheet("Phân bổ", values)), { workbookName: "t.xlsx", plan: plan(target), sheet: "Phân bổ" }).report;
const roles = (values: CellValue[][]) => check(values).reading!.areas.map((a) => `${a.at}:${a.role}`);

test("the sheet as typed: read, the blank a commune's zero, the one finding the commune typed twice", () => {
  const report = check([
    HEADER,
    [null, "HUYỆN VĂN BÀN"],
    ["a", "Lùng Phình", 6],
    ["b", "Nậm Lúc", null, "Xã ATK"],
    [null, "CỘNG HUYỆN VĂN BÀN", 6],
    [null, "HUYỆN THAN UYÊN"],
    ["a", "Dần Thàng", 6],
    ["b", "Xã Dần Thàng", 6, "Xã khu vực III"],
    [null, "TỔNG HUYỆN THAN UYÊN", 12],
    [null, "TỔNG CỘNG", 18],
  ]);
  expect(report.reading!.areas.map((a) => `${a.at}:${a.role}:${a.name}`)).toEqual([
    "2:group:HUYỆN VĂN BÀN",
    "3:leaf:Lùng Phình",
    "4:leaf:Nậm Lúc",
    "5:subtotal:CỘNG HUYỆN VĂN BÀN",
    "6:group:HUYỆN THAN UYÊN",
    "7:leaf:Dần Thàng",
    "8:leaf:Xã Dần Thàng",
    "9:subtotal:TỔNG HUYỆN THAN UYÊN",
    "10:total:TỔNG CỘNG",
  ]);
  expect(report.reading!.ignored).toEqual([{ at: "D", header: "Ghi chú", why: "text column" }]);
  expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["duplicate@B8"]);
});

const READ = ["2:group", "3:leaf", "4:leaf", "5:leaf", "6:subtotal", "7:group", "8:leaf", "9:leaf", "10:subtotal", "11:total"];

test("two communes in a row blank beside their notes: both communes", () => {
  expect(roles(rows(["Nậm Lúc", "Sơn Thủy"]))).toEqual(READ);
  expect(check(rows(["Nậm Lúc", "Sơn Thủy"])).findings).toEqual([]);
});

test("under a title block: the header found over it, not on the commune's row", () => {
  const values = [["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"], [], ...rows(["Nậm Lúc"])];
  expect(check(values).reading!.areas.map((a) => a.at)).toEqual(READ.map((r) => String(Number(r.split(":")[0]) + 2)));
  expect(check(values).findings).toEqual([]);
});

test("over the plan: told at the grand total's cell", () => {
  expect(check(rows(["Nậm Lúc"]), 17).findings.map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["ceiling/error@C11"]);
});
