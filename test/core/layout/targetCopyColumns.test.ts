/**
 * `Tổ truyền thông | Chỉ tiêu giao | Phân bổ`: a line's header split into the
 * target given (a copy of the plan's figure: `Chỉ tiêu giao`, `Dự toán giao`,
 * `KH giao`, `Kế hoạch`) and the figure allocated. The allocated one is the
 * line; the copy is left out and listed (`target given`), with no
 * `unmapped` warning and no doubt about the choice. A line split into
 * `Kế hoạch | Thực hiện` still reads its planned figure, the choice said to
 * be uncertain as before. Each case is read in both orientations.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
  ["2", "Kinh phí thực hiện", "triệu đồng", 1000],
]);

/** Each line as `given | allocated` sub-columns; communes' given cells blank, as staff leave them. */
function allocation(given: readonly [string, string], allocated: string, mutate: (rows: CellValue[][]) => void = () => {}): SheetData {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", null, "Kinh phí thực hiện (triệu đồng)", null],
    [null, null, given[0], allocated, given[1], allocated],
    [null, "Tổng cộng", 5, 5, 1000, 1000],
    ["I", "Huyện Mường Khương", 2, 2, 400, 400],
    ["1", "Xã Bản Lầu", null, 1, null, 200],
    ["2", "Xã Lùng Vai", null, 1, null, 200],
    ["II", "Huyện Si Ma Cai", 3, 3, 600, 600],
    ["1", "Xã Nàn Sán", null, 1, null, 200],
    ["2", "Xã Sán Chải", null, 1, null, 200],
    ["3", "Xã Cán Cấu", null, 1, null, 200],
  ];
  mutate(rows);
  return sheet("Phân bổ", rows, { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"] });
}

function read(data: SheetData) {
  const { report } = checkWorkbook({ sheets: [data, PLAN] }, { workbookName: "x.xlsx" });
  return toJsonReport(report, "vi");
}

describe("a line's target given beside its figure allocated", () => {
  test.each<[string, readonly [string, string], string]>([
    ["`Chỉ tiêu giao` / `Dự toán giao` | `Phân bổ`", ["Chỉ tiêu giao", "Dự toán giao"], "Phân bổ"],
    ["`KH giao` | `Số phân bổ`", ["KH giao", "KH giao"], "Số phân bổ"],
    ["`Kế hoạch` | `Dự kiến phân bổ`", ["Kế hoạch", "Kế hoạch"], "Dự kiến phân bổ"],
  ])("%s: the allocated figure is read, the copy left out", (_name, given, allocated) => {
    for (const [data, at] of [
      [allocation(given, allocated), ["D", "F"]],
      [transposeSheet(allocation(given, allocated)), ["4", "6"]],
    ] as const) {
      const report = read(data);
      expect(report.findings).toEqual([]);
      expect(report.reading!.confidence).toMatchObject({ level: "high" });
      expect(report.reading!.lines.map((l) => l.at)).toEqual(at);
      expect(report.reading!.ignored.filter((i) => i.why === "target given")).toHaveLength(2);
    }
  });

  test("a mistyped commune is found in the allocated column, not in the copy", () => {
    const report = read(allocation(["Chỉ tiêu giao", "Dự toán giao"], "Phân bổ", (rows) => (rows[8][5] = 250)));
    // Which commune of Si Ma Cai is wrong cannot be known: its subtotal is told, naming the line's ceiling (the grand total shows the plan).
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@F7"]);
  });

  test("`Kế hoạch | Thực hiện`: the planned figure is read, the choice said to be uncertain", () => {
    const report = read(allocation(["Kế hoạch", "Kế hoạch"], "Thực hiện"));
    expect(report.reading!.lines.map((l) => l.at)).toEqual(["C", "E"]);
    expect(report.reading!.confidence).toMatchObject({ level: "low" });
    expect(report.reading!.ignored.filter((i) => i.why === "target given")).toEqual([]);
  });
});
