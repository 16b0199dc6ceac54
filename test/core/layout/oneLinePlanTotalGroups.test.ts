/**
 * A sheet of one line (the money alone), bare district names each over its
 * bare communes, no grand total row: where three districts at least add up
 * their communes exactly and the communes come to the plan's target, the
 * districts are read (evidence `arithmetic`) — not a flat list allocating
 * twice the plan. Fewer groups, or a plan's target the rows read flat come
 * to, leave the flat list.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

function check(body: CellValue[][], target: number) {
  const plan = readPlanJson({ title: "t", indicators: [{ code: "1", name: "Kinh phí hỗ trợ thực hiện Dự án 8", unit: "triệu đồng", target }], areas: [] }, "p.json");
  const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Kinh phí hỗ trợ thực hiện Dự án 8"], ...body]);
  return checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
}

const DISTRICTS: [string, [string, number][]][] = [
  ["Mường Lát", [["Tam Chung", 120], ["Pù Nhi", 130], ["Trung Lý", 150]]],
  ["Bá Thước", [["Na Mèo", 100], ["Sơn Thủy", 110]]],
  ["Lang Chánh", [["Yên Khương", 200], ["Giao Thiện", 180], ["Trí Nang", 160], ["Tam Văn", 300]]],
];

function body(numbered: "districts" | "communes", order: "before" | "after"): CellValue[][] {
  return DISTRICTS.flatMap(([district, communes], k) => {
    const head: CellValue[] = [numbered === "districts" ? k + 1 : null, district, communes.reduce((sum, [, v]) => sum + v, 0)];
    const members: CellValue[][] = communes.map(([name, v], i) => [numbered === "communes" ? i + 1 : null, name, v]);
    return order === "before" ? [head, ...members] : [...members, head];
  });
}

const roles = (order: "before" | "after"): string[] =>
  DISTRICTS.flatMap(([, communes]) => (order === "before" ? ["group", ...communes.map(() => "leaf")] : [...communes.map(() => "leaf"), "group"]));

describe("one line, no grand total: districts told by the plan's target", () => {
  test.each<["districts" | "communes", "before" | "after"]>([
    ["districts", "before"],
    ["communes", "before"],
    ["communes", "after"],
  ])("the %s numbered, each district %s its communes", (numbered, order) => {
    const report = check(body(numbered, order), 1450);
    expect(report.reading!.areas.map((a) => a.role)).toEqual(roles(order));
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([]);
    expect(report.indicators[0].allocated).toBe(1_450_000_000);
  });

  test("two districts only: the flat list stands", () => {
    const rows = body("districts", "before").slice(0, 7);
    const report = check(rows, 610);
    expect(report.reading!.areas.every((a) => a.role === "leaf")).toBe(true);
  });

  test("a plan's target the rows read flat come to: the flat list stands", () => {
    const report = check(body("districts", "before"), 2900);
    expect(report.reading!.areas.every((a) => a.role === "leaf")).toBe(true);
    expect(report.findings).toEqual([]);
  });
});
