/**
 * Money split by funding source with no total column of its own (`Kinh phí`
 * over `Trung ương | Địa phương`), on the allocation sheet, on a results
 * sheet, or on both: what a commune disbursed, and what it was allocated,
 * are its sources together — not the first source's column alone.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { sheet, workbook } from "../layout/sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["KẾ HOẠCH thực hiện Dự án 8 năm 2024"],
  [],
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 3],
  ["KP", "Kinh phí thực hiện", "triệu đồng", 600],
]);

const COMMUNES = ["Xã Khánh Thượng", "Xã Minh Quang", "Xã Yên Trung"];

/** A sheet of the three communes under two districts; `figures` per commune: [teams, central, local]. */
function table(name: string, split: boolean, figures: readonly (readonly number[])[]): SheetData {
  const row = (stt: CellValue, label: string, f: readonly number[]): CellValue[] => [stt, label, f[0], ...(split ? [f[1], f[2]] : [f[1] + f[2]])];
  const sum = (list: readonly (readonly number[])[]) => [0, 1, 2].map((c) => list.reduce((s, f) => s + f[c], 0));
  const header = split
    ? [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí", null], [null, null, null, "Trung ương", "Địa phương"]]
    : [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí"]];
  return sheet(
    name,
    [
      [name.startsWith("Giải ngân") ? "KẾT QUẢ GIẢI NGÂN NĂM 2024" : "BIỂU PHÂN BỔ NĂM 2024"],
      ["ĐVT: triệu đồng"],
      ...header,
      row(null, "Tổng cộng", sum(figures)),
      row("I", "Huyện Ba Vì", sum(figures.slice(0, 2))),
      row(1, COMMUNES[0], figures[0]),
      row(2, COMMUNES[1], figures[1]),
      row("II", "Huyện Thạch Thất", sum(figures.slice(2))),
      row(1, COMMUNES[2], figures[2]),
    ],
    split ? { merges: ["D3:E3"] } : {},
  );
}

const ALLOCATED = [
  [1, 100, 100],
  [1, 100, 100],
  [1, 100, 100],
];
// Minh Quang disburses 250 (100 central, 150 local) of its 200; the others all of theirs.
const DISBURSED = [
  [1, 100, 100],
  [1, 100, 150],
  [1, 100, 100],
];

describe("a money line split by funding source, no total column", () => {
  test.each<[string, boolean, boolean, string]>([
    ["on both sheets", true, true, "D8"],
    ["on the results sheet only", false, true, "D8"],
    ["on the allocation sheet only", true, false, "D7"],
    ["on neither", false, false, "D7"],
  ])("%s: the sources together, disbursed and allocated", (_name, allocationSplit, resultsSplit, cell) => {
    const book = workbook(PLAN, table("Phân bổ", allocationSplit, ALLOCATED), table("Giải ngân 2024", resultsSplit, DISBURSED));
    const report = toJsonReport(checkWorkbook(book, { workbookName: "t.xlsx" }).report);
    const money = report.indicators.find((i) => i.code === "KP")!;
    expect(money.allocated).toBe(600e6);
    expect(money.achieved).toBe(650e6);
    const spent = report.findings.filter((f) => f.rule === "overspend" || f.rule === "area-progress");
    expect(spent.map((f) => `${f.rule}@${f.sheet}!${f.cell} ${f.area} ${f.expected}/${f.actual}`)).toEqual([
      // The line's ceiling, 600, passed by Minh Quang's 50 alone: one cause, told at the commune.
      `overspend@Giải ngân 2024!${cell} Xã Minh Quang 200000000/250000000`,
    ]);
    expect(report.findings.filter((f) => f.rule === "unmapped" || f.rule === "cumulative")).toEqual([]);
  });
});

describe("a running-totals sheet split by funding source", () => {
  test.each<[string, number, string[]]>([
    ["the sources add up to the period's figure: no finding", 150, []],
    // Minh Quang's local share typed 160 for 150: its sources together are off, told once at its first source.
    ["one source off: one cumulative error at the commune", 160, ["cumulative@D8"]],
  ])("%s", (_name, local, expected) => {
    const running = DISBURSED.map((f, i) => (i === 1 ? [f[0], f[1], local] : f));
    const book = workbook(PLAN, table("Phân bổ", true, ALLOCATED), table("Giải ngân 2024", true, DISBURSED), table("Lũy kế 2024", true, running));
    const report = toJsonReport(checkWorkbook(book, { workbookName: "t.xlsx" }).report);
    expect(report.findings.filter((f) => f.sheet === "Lũy kế 2024" && f.rule === "cumulative").map((f) => `${f.rule}@${f.cell}`)).toEqual(expected);
  });
});
