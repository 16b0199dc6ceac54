/**
 * A money line split by funding source with no total column of its own
 * (`Kinh phí | Trung ương | Địa phương`): a plan line without parts is
 * compared with the sources' sum, every source column read as its own; a
 * plan that splits the line into its sources has each source column matched
 * to the part naming the same source.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

type Line = { code: string; name: string; unit: string; target: number };

function plan(money: readonly Line[]) {
  return readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 }, ...money],
      areas: [
        { district: "Ba Vì", commune: "Khánh Thượng" },
        { district: "Ba Vì", commune: "Minh Quang" },
        { district: "Thạch Thất", commune: "Yên Trung" },
      ],
    },
    "plan.json",
  );
}

const WHOLE: Line[] = [{ code: "KP", name: "Kinh phí thực hiện", unit: "triệu đồng", target: 500 }];
const SPLIT: Line[] = [
  { code: "KP", name: "Kinh phí thực hiện", unit: "triệu đồng", target: 500 },
  { code: "KP.1", name: "Ngân sách trung ương", unit: "triệu đồng", target: 300 },
  { code: "KP.2", name: "Ngân sách địa phương", unit: "triệu đồng", target: 200 },
];

function rows(central: string, local: string): CellValue[][] {
  return [
    ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2024"],
    [],
    ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí (triệu đồng)", null],
    [null, null, null, central, local],
    [null, "Tổng cộng", 5, 300, 200],
    ["I", "Huyện Ba Vì", 3, 180, 120],
    [1, "Xã Khánh Thượng", 2, 100, 70],
    [2, "Xã Minh Quang", 1, 80, 50],
    ["II", "Huyện Thạch Thất", 2, 120, 80],
    [1, "Xã Yên Trung", 2, 120, 80],
  ];
}

function check(lines: readonly Line[], central: string, local: string) {
  const allocation = sheet("Phân bổ", rows(central, local), { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3"] });
  return checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan(lines), sheet: "Phân bổ" }).report;
}

describe("a money line split by funding source without a total column", () => {
  test.each<[string, Line[], string, string, string[][], string[]]>([
    ["plan line without parts", WHOLE, "Trung ương", "Địa phương", [["1", "C"], ["KP", "D"], ["KP", "E"]], []],
    ["abbreviated sources", WHOLE, "NSTW", "NSĐP", [["1", "C"], ["KP", "D"], ["KP", "E"]], []],
    ["over the plan's ceiling", [{ ...WHOLE[0], target: 450 }], "Trung ương", "Địa phương", [["1", "C"], ["KP", "D"], ["KP", "E"]], ["ceiling@D5"]],
    ["plan split by source", SPLIT, "Trung ương", "Địa phương", [["1", "C"], ["KP.1", "D"], ["KP.2", "E"]], []],
    ["plan split by source, abbreviated", SPLIT, "Ngân sách TW", "Ngân sách ĐP", [["1", "C"], ["KP.1", "D"], ["KP.2", "E"]], []],
  ])("%s", (_name, lines, central, local, read, findings) => {
    const report = check(lines, central, local);
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual(read);
    expect(report.reading!.confidence.level).toBe("high");
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
    const kp = report.indicators.find((i) => i.code === "KP")!;
    expect(kp.allocated).toBe(500e6);
  });

  test("a commune's source mistyped is one finding, at its district's subtotal, naming the plan comparison", () => {
    const body = rows("Trung ương", "Địa phương");
    body[6][4] = 80;
    const allocation = sheet("Phân bổ", body, { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3"] });
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan(WHOLE), sheet: "Phân bổ" }).report;
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@E6"]);
    expect(report.indicators.find((i) => i.code === "KP")!.sheetTotal).toBe(500e6);
  });

  test("sources under `Nguồn kinh phí`, a header naming the plan's money line loosely", () => {
    const body = rows("NSTW", "NSĐP");
    body[2][3] = "Nguồn kinh phí (triệu đồng)";
    const allocation = sheet("Phân bổ", body, { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3"] });
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan(WHOLE), sheet: "Phân bổ" }).report;
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"], ["KP", "E"]]);
    expect(report.findings).toEqual([]);
  });

  test.each<[string, CellValue, string, string]>([
    ["bullets before the names", null, "- Trung ương", "- Địa phương"],
    ["bullets in the STT column", "-", "Trung ương", "Địa phương"],
    ["no bullets", null, "NSTW", "NSĐP"],
  ])("areas as columns: a money line without figures over its sources, %s", (_name, mark, central, local) => {
    const allocation = sheet("Phân bổ", [
      ["STT", "Chỉ tiêu", "ĐVT", "Tổng cộng", "Huyện Ba Vì", "Xã Khánh Thượng", "Xã Minh Quang", "Huyện Thạch Thất", "Xã Yên Trung"],
      [1, "Tổ truyền thông cộng đồng", "tổ", 5, 3, 2, 1, 2, 2],
      [2, "Kinh phí thực hiện", "triệu đồng", null, null, null, null, null, null],
      [mark, central, "triệu đồng", 300, 180, 100, 80, 120, 120],
      [mark, local, "triệu đồng", 200, 120, 70, 50, 80, 80],
    ]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan([{ ...WHOLE[0], target: 450 }]), sheet: "Phân bổ" }).report;
    expect(report.reading!.lines.map((l) => [l.code, l.at, l.sum])).toEqual([["1", "2", undefined], ["KP", "4", ["4", "5"]], ["KP", "5", ["4", "5"]]]);
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["ceiling@D4"]);
    expect(report.indicators.find((i) => i.code === "KP")!.allocated).toBe(500e6);
  });

  test.each<[string, string, number, string, string[]]>([
    ["areas as rows, over", "rows", 450, "D5", ["D5", "E5"]],
    ["areas as rows, under", "rows", 600, "D5", ["D5", "E5"]],
    ["areas as columns, over", "columns", 450, "D4", ["D4", "D5"]],
  ])("the ceiling of a split line names every source's total cell: %s", (_name, shape, target, cell, named) => {
    const allocation =
      shape === "rows"
        ? sheet("Phân bổ", rows("Trung ương", "Địa phương"), { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3"] })
        : sheet("Phân bổ", [
            ["STT", "Chỉ tiêu", "ĐVT", "Tổng cộng", "Huyện Ba Vì", "Xã Khánh Thượng", "Xã Minh Quang", "Huyện Thạch Thất", "Xã Yên Trung"],
            [1, "Tổ truyền thông cộng đồng", "tổ", 5, 3, 2, 1, 2, 2],
            [2, "Kinh phí thực hiện", "triệu đồng", null, null, null, null, null, null],
            [null, "- Trung ương", "triệu đồng", 300, 180, 100, 80, 120, 120],
            [null, "- Địa phương", "triệu đồng", 200, 120, 70, 50, 80, 80],
          ]);
    const report = checkWorkbook(workbook(allocation), { workbookName: "t.xlsx", plan: plan([{ ...WHOLE[0], target }]), sheet: "Phân bổ" }).report;
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([`ceiling@${cell}`]);
    const [finding] = report.findings;
    for (const at of named) {
      expect(finding.message.vi).toContain(at);
      expect(finding.message.en).toContain(at);
    }
  });

  test("the reading says the plan line is compared with the sources' sum", () => {
    const report = check(WHOLE, "Trung ương", "Địa phương");
    expect(report.reading!.lines.filter((l) => l.code === "KP").map((l) => l.sum)).toEqual([["D", "E"], ["D", "E"]]);
  });
});
