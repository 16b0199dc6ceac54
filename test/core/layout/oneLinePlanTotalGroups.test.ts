/**
 * A sheet of one line (the money alone), bare district names each over its
 * bare communes, no grand total row: where three districts at least add up
 * their communes exactly and the communes come to the plan's target, the
 * districts are read (evidence `arithmetic`) — not a flat list allocating
 * twice the plan; so too with one district's subtotal mistyped, where the rows
 * read flat come to about twice the target. Fewer groups, or a plan's target
 * the rows read flat come to, leave the flat list.
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

  // A mistyped district subtotal: the other districts still add up theirs, the communes meet the plan's target, and
  // the rows read flat come to about twice it — one finding at that subtotal, not a flat list over the plan.
  test.each<["districts" | "communes", "before" | "after"]>([
    ["districts", "before"],
    ["communes", "before"],
  ])("one district's subtotal mistyped, the %s numbered: the districts read, one finding at it", (numbered) => {
    const rows = body(numbered, "before");
    rows[4][2] = 220; // Bá Thước: its communes add up to 210
    const report = check(rows, 1450);
    expect(report.reading!.areas.map((a) => a.role)).toEqual(roles("before"));
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@C6"]);
    expect(report.indicators[0].allocated).toBe(1_450_000_000);
  });

  test("a small-count line, one district off: the districts read", () => {
    const counts: CellValue[][] = [
      [null, "Ba Vì", 9], [null, "Ba Trại", 2], [null, "Tản Lĩnh", 3], [null, "Minh Quang", 4],
      [null, "Thạch Thất", 8], [null, "Yên Trung", 3], [null, "Yên Bình", 4],
      [null, "Quốc Oai", 6], [null, "Phú Mãn", 1], [null, "Đông Xuân", 2], [null, "Sài Sơn", 3],
    ];
    const plan = readPlanJson({ title: "t", indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 22 }], areas: [] }, "p.json");
    const allocation = sheet("Phân bổ", [["STT", "Đơn vị", "Tổ truyền thông cộng đồng"], ...counts]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report;
    expect(report.reading!.areas.filter((a) => a.role === "group").map((a) => a.name)).toEqual(["Ba Vì", "Thạch Thất", "Quốc Oai"]);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@C6"]);
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
