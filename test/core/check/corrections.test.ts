/**
 * The user's corrections (CONTRACT §5) applied by `checkWorkbook`: a row's
 * role, a column mapped to another plan line, a row or column left out —
 * counted in `reading.corrections`; a correction that no longer fits the
 * sheet is not applied and is said before the findings. Both orientations.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Correction } from "../../../src/core/model/corrections";
import type { CellValue, WorkbookData } from "../../../src/core/model/workbook";
import { renderTextReport } from "../../../src/core/report";
import { sheet, transposeSheet } from "../layout/sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 6],
  ["2", "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 4],
]);

// `Ghi nhận` is really line 2 (its header names no plan line); `Nhóm A` is a group the sheet does not mark;
// `Dòng kiểm tra` is a scratch row to leave out.
const ROWS: CellValue[][] = [
  ["Đơn vị", "Tổ truyền thông cộng đồng", "Ghi nhận"],
  ["Tổng cộng", 6, 4],
  ["Nhóm A", 6, 4],
  ["Xã Ba Trại", 2, 1],
  ["Xã Tản Lĩnh", 2, 2],
  ["Xã Phú Mãn", 2, 1],
  ["Dòng kiểm tra", 99, 99],
];

function book(transposed: boolean): WorkbookData {
  const data = sheet("Phân bổ", ROWS);
  return { sheets: [transposed ? transposeSheet(data) : data, PLAN] };
}

/** `at` of row r (1-based, as in ROWS) and column c (0-based) in either orientation. */
function rowAt(transposed: boolean, r: number): string {
  return transposed ? String.fromCharCode(64 + r) : String(r);
}
function colAt(transposed: boolean, c: number): string {
  return transposed ? String(c + 1) : String.fromCharCode(65 + c);
}

describe.each([false, true])("corrections (transposed: %p)", (transposed) => {
  const corrections = (): Correction[] => [
    { kind: "line", at: colAt(transposed, 2), header: "Ghi nhận", code: "2" },
    { kind: "role", at: rowAt(transposed, 3), label: "Nhóm A", role: "group" },
    { kind: "ignore", at: rowAt(transposed, 7), label: "Dòng kiểm tra" },
  ];

  test("without them: line 2 unmapped and the scratch row counted", () => {
    const { report } = checkWorkbook(book(transposed), { workbookName: "x.xlsx" });
    expect(report.indicators.map((i) => [i.code, i.status])).toEqual([
      ["1", "over"],
      ["2", "unmapped"],
    ]);
    expect(report.reading?.corrections).toBe(0);
  });

  test("with them: applied and counted; the sheet then adds up and meets its plan", () => {
    const { report } = checkWorkbook(book(transposed), { workbookName: "x.xlsx", corrections: [{ sheet: "Phân bổ", corrections: corrections() }] });
    const reading = report.reading!;
    expect(reading.corrections).toBe(3);
    expect(report.indicators.map((i) => [i.code, i.allocated, i.status])).toEqual([
      ["1", 6, "ok"],
      ["2", 4, "ok"],
    ]);
    expect(report.findings).toEqual([]);
    expect(reading.lines.map((l) => [l.code, l.at, l.how])).toEqual([
      ["1", colAt(transposed, 1), "name"],
      ["2", colAt(transposed, 2), "corrected"],
    ]);
    expect(reading.areas.map((a) => [a.name, a.role, a.parent, a.how])).toEqual([
      ["Tổng cộng", "total", null, "label"],
      ["Nhóm A", "group", 0, "corrected"],
      ["Xã Ba Trại", "leaf", 1, "prefix"],
      ["Xã Tản Lĩnh", "leaf", 1, "prefix"],
      ["Xã Phú Mãn", "leaf", 1, "prefix"],
    ]);
    expect(reading.ignored).toEqual([{ at: rowAt(transposed, 7), header: "Dòng kiểm tra", why: "corrected" }]);
  });

  test("a correction that no longer fits (a renamed header, a moved row) is not applied and is said before the findings", () => {
    const stale: Correction[] = [
      { kind: "line", at: colAt(transposed, 2), header: "Số địa chỉ", code: "2" },
      { kind: "ignore", at: rowAt(transposed, 6), label: "Dòng kiểm tra" },
    ];
    const { report } = checkWorkbook(book(transposed), { workbookName: "x.xlsx", corrections: [{ sheet: "Phân bổ", corrections: stale }] });
    expect(report.reading?.corrections).toBe(0);
    expect(report.indicators[1].status).toBe("unmapped");
    expect(report.reading?.confidence.level).toBe("low");
    const reasons = report.reading!.confidence.reasons.map((r) => r.vi).join("\n");
    expect(reasons).toContain("Số địa chỉ");
    expect(reasons).toContain("Dòng kiểm tra");
    const text = renderTextReport(report, "vi");
    expect(text.indexOf("Độ tin cậy: THẤP")).toBeGreaterThan(0);
    expect(text.indexOf("Độ tin cậy: THẤP")).toBeLessThan(text.indexOf("Chỉ tiêu:"));
  });

  test("corrections of another sheet are not applied here", () => {
    const { report } = checkWorkbook(book(transposed), { workbookName: "x.xlsx", corrections: [{ sheet: "Khác", corrections: corrections() }] });
    expect(report.reading?.corrections).toBe(0);
  });
});
