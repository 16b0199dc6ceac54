import { detectTable } from "../../../src/core/layout";
import { requirePlanLine } from "../../../src/core/layout/requirePlanLine";
import { PLAN } from "./fixtures";
import { sheet } from "./sheetBuilder";
import { inputError } from "../../helpers/inputError";

/** A table by commune whose `count` columns name nothing of the plan (`Cột 1`, `Cột 2` …). */
function unnamedColumns(count: number) {
  const headers = Array.from({ length: count }, (_, i) => `Cột ${i + 1}`);
  return sheet("Phân bổ", [
    ["Huyện", "Xã", ...headers],
    ["Ba Vì", "Ba Trại", ...headers.map((_, i) => i + 1)],
    ["Ba Vì", "Tản Lĩnh", ...headers.map((_, i) => i + 2)],
  ]);
}

describe("a table matching no plan line names the columns it read", () => {
  test("more columns than shown: the list ends with its ellipsis, no full stop after it", () => {
    const error = inputError(() => requirePlanLine(detectTable(unnamedColumns(6), PLAN), PLAN));
    expect(error.code).toBe("no-table");
    expect(error.text.vi).toContain('"Cột 4" (F1), … Hãy');
    expect(error.text.en).toContain('"Cột 4" (F1), … Name');
    expect(error.text.vi + error.text.en).not.toContain("….");
  });

  test("all shown: the list ends with a full stop", () => {
    const error = inputError(() => requirePlanLine(detectTable(unnamedColumns(2), PLAN), PLAN));
    expect(error.text.vi).toContain('"Cột 2" (D1). Hãy');
    expect(error.text.en).toContain('"Cột 2" (D1). Name');
  });
});

describe("a header row whose every cell holds an error value (names that were references to a deleted sheet)", () => {
  const REF = { error: "#REF!" };
  const body = [
    [null, "Tổng cộng", 12, 6],
    ["I", "Huyện Ba Vì", 6, 3],
    [1, "Xã Ba Trại", 3, 1],
    [2, "Xã Vân Hòa", 3, 2],
  ];
  test.each([
    ["the line headers alone", [["STT", "Đơn vị", REF, REF], ...body]],
    ["every header cell", [[REF, REF, REF, REF], ...body]],
    ["over a numbering row", [["STT", "Đơn vị", REF, REF], ["A", "B", "(1)", "(2)"], ...body]],
  ])("%s: read as the header, and the message names the sheet, the error and its cells", (_label, rows) => {
    const table = detectTable(sheet("Phân bổ", rows), PLAN);
    expect(table.headerTop).toBe(0);
    expect(table.lines.map((line) => line.headerRow)).toEqual([0, 0]);
    const error = inputError(() => requirePlanLine(table, PLAN, sheet("Phân bổ", rows)));
    expect(error.code).toBe("no-table");
    expect(error.text.vi).toMatch(/^Trang "Phân bổ": mọi ô tiêu đề cột của bảng có giá trị lỗi #REF! \(C1, D1\)/);
    expect(error.text.en).toMatch(/^Sheet "Phân bổ": every column header of the table holds the error #REF! \(C1, D1\)/);
  });

  test("a header beside them readable, matching no line: the headers read are listed, as for any", () => {
    const rows = [["STT", "Đơn vị", REF, "Cột 2"], ...body];
    const error = inputError(() => requirePlanLine(detectTable(sheet("Phân bổ", rows), PLAN), PLAN, sheet("Phân bổ", rows)));
    expect(error.text.en).not.toContain("holds the error");
    expect(error.text.en).toContain('"Cột 2" (D1).');
  });
});
