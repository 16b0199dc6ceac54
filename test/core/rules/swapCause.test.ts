/**
 * Two figures of one commune typed into each other's columns (its addresses
 * in the money column, its money in the addresses column) under typed
 * subtotals: one finding, at the commune's first cell, naming both cells and
 * what comes right when they are swapped back; a pair that swapping does not
 * put right keeps its findings.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";

function check(addresses: number, money: number) {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Địa chỉ tin cậy (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"],
    [null, "Tổng cộng", 14, 630],
    ["I", "Huyện Ba Vì", 6, 300],
    [1, "Xã Khánh Thượng", addresses, money],
    [2, "Xã Minh Quang", 3, 120],
    [3, "Xã Ba Trại", 1, 80],
    ["II", "Huyện Mỹ Đức", 8, 330],
    [1, "Xã An Phú", 2, 90],
    [2, "Xã Hùng Tiến", 3, 110],
    [3, "Xã Phù Lưu", 3, 130],
  ];
  const plan = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Địa chỉ tin cậy", unit: "địa chỉ", target: 14 },
        { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 630 },
      ],
    },
    "plan.json",
  );
  return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report.findings;
}
const told = (findings: ReturnType<typeof check>) => findings.map((f) => `${f.rule} ${f.cell}`).sort();

test("Khánh Thượng's 2 addresses and 100 triệu typed into each other's cells: one finding at C4, naming both cells and what comes right", () => {
  const findings = check(100, 2);
  expect(told(findings)).toEqual(["subtotal C4"]);
  const [finding] = findings;
  expect(finding.message.vi).toContain("có lẽ hai số bị gõ đảo chỗ cho nhau — đổi lại (C4 là 2 địa chỉ, D4 là 100 triệu đồng)");
  for (const cell of ["C3", "D3", "C2", "D2"]) expect(finding.message.vi).toContain(`(${cell})`);
  expect(finding).toMatchObject({ expected: 2, actual: 100 });
  expect(finding.message.en).toContain("typed into each other's cells");
});

test("figures that swapping back does not put right: told as they were", () => {
  const findings = check(100, 5);
  expect(told(findings)).not.toEqual(["subtotal C4"]);
  expect(findings.some((f) => f.message.vi.includes("đảo chỗ"))).toBe(false);
});
