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
