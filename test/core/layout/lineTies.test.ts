/**
 * Two columns that name one plan line about equally well: `Kế hoạch |
 * Thực hiện` sub-columns under one header (the allocation is the planned
 * one, a results sheet's value the achieved one), or an indicator typed twice.
 * The choice is never silent: the reading's confidence drops and says which
 * columns tied.
 */
import { checkWorkbook } from "../../../src/core/check";
import { matchLineDetails } from "../../../src/core/layout/matchLines";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { planLine } from "../rules/fixtures";

function sheet(name: string, values: CellValue[][], merges: string[] = []): SheetData {
  const ranges = merges.map((m) => {
    const [a, b] = m.split(":");
    const cell = (t: string) => ({ row: Number(t.slice(1)) - 1, col: t.charCodeAt(0) - 65 });
    const [s, e] = [cell(a), cell(b)];
    return { top: s.row, left: s.col, bottom: e.row, right: e.col };
  });
  return { name, values, merges: ranges };
}

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Thành lập tổ truyền thông cộng đồng", "tổ", 6],
  ["2", "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 4],
]);

function allocation(sub: [string, string], swapValues = false): SheetData {
  const planned = [6, 3, 3];
  const achieved = [4, 2, 2];
  const [c, d] = swapValues ? [achieved, planned] : [planned, achieved];
  return sheet(
    "Phân bổ",
    [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", null, "CLB thủ lĩnh của sự thay đổi"],
      [null, null, sub[0], sub[1], null],
      [null, "Tổng cộng", c[0], d[0], 4],
      [1, "Xã Khánh Thượng", c[1], d[1], 2],
      [2, "Xã Ba Trại", c[2], d[2], 2],
    ],
    ["A1:A2", "B1:B2", "C1:D1", "E1:E2"],
  );
}

function run(alloc: SheetData) {
  return checkWorkbook({ sheets: [PLAN, alloc] }, { workbookName: "x.xlsx" }).report;
}

describe("planned and achieved sub-columns of one line", () => {
  test.each([
    ["Kế hoạch | Thực hiện", ["Kế hoạch", "Thực hiện"], false, "C"],
    ["Thực hiện | Kế hoạch", ["Thực hiện", "Kế hoạch"], true, "D"],
    ["Phân bổ | Giải ngân", ["Phân bổ", "Giải ngân"], false, "C"],
    ["TH | KH", ["TH", "KH"], true, "D"],
    ["Kết quả | Giao", ["Kết quả thực hiện", "Số giao"], true, "D"],
  ])("%s: the planned column is the line, and the reading says it chose", (_name, sub, swap, at) => {
    const report = run(allocation(sub as [string, string], swap));
    expect(report.reading!.lines.find((l) => l.code === "1")?.at).toBe(at);
    expect(report.indicators.find((i) => i.code === "1")).toMatchObject({ allocated: 6, status: "ok" });
    expect(report.reading!.confidence.level).toBe("low");
    expect(report.reading!.confidence.reasons.map((r) => r.vi).join(" ")).toContain("chỉ tiêu 1");
  });

  test("a results sheet takes the achieved sub-column", () => {
    const candidates = [
      { parts: ["Tổ truyền thông cộng đồng", "Kế hoạch"] },
      { parts: ["Tổ truyền thông cộng đồng", "Thực hiện"] },
    ];
    const plan = [planLine("1", "Thành lập tổ truyền thông cộng đồng", "tổ", 6)];
    expect(matchLineDetails(candidates, plan).map((m) => m?.code ?? null)).toEqual(["1", null]);
    expect(matchLineDetails(candidates, plan, { stage: "achieved" }).map((m) => m?.code ?? null)).toEqual([null, "1"]);
    expect(matchLineDetails(candidates, plan)[0]?.rival).toBe(1);
  });
});

describe("one indicator typed in two columns", () => {
  test("the first is taken; the reading names both", () => {
    const report = run(
      sheet("Phân bổ", [
        ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "CLB thủ lĩnh của sự thay đổi", "Tổ truyền thông cộng đồng"],
        [null, "Tổng cộng", 6, 4, 6],
        [1, "Xã Khánh Thượng", 3, 2, 3],
        [2, "Xã Ba Trại", 3, 2, 3],
      ]),
    );
    expect(report.reading!.confidence.level).toBe("low");
    const reasons = report.reading!.confidence.reasons.map((r) => r.vi).join(" ");
    expect(reasons).toContain("Cột C");
    expect(reasons).toContain("cột E");
  });

  test("distinct columns, no tie: the reading stays sure", () => {
    const report = run(
      sheet("Phân bổ", [
        ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "CLB thủ lĩnh của sự thay đổi"],
        [null, "Tổng cộng", 6, 4],
        [1, "Xã Khánh Thượng", 3, 2],
        [2, "Xã Ba Trại", 3, 2],
      ]),
    );
    expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
  });
});
