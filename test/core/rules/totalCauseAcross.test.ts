/**
 * The grand total typed with the plan's figure over communes that add up to
 * less, areas across the columns: the subtotal finding places the gap in the
 * parts along the total's row, not "below" it as a rows sheet would.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";

const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [{ code: "1", name: "Số tổ truyền thông thành lập mới", unit: "tổ", target: 17 }],
    areas: [
      { district: "Huyện Ba Vì", commune: "Xã Tản Lĩnh" },
      { district: "Huyện Ba Vì", commune: "Xã Vân Hòa" },
      { district: "Huyện Thạch Thất", commune: "Xã Bình Yên" },
      { district: "Huyện Thạch Thất", commune: "Xã Cẩm Yên" },
    ],
  },
  "plan.json",
);

test.each<[string, (string | number | null)[][], string, RegExp]>([
  [
    "areas across the columns",
    [
      ["STT", "Nội dung", "ĐVT", "Tổng số", "Xã Tản Lĩnh", "Xã Vân Hòa", "Xã Bình Yên", "Xã Cẩm Yên"],
      [1, "Số tổ truyền thông thành lập mới", "tổ", 17, 3, 4, 4, 3],
    ],
    "D2",
    /số lệch nằm ở các ô thành phần trên cùng dòng/,
  ],
  [
    "areas down the rows",
    [["STT", "Địa bàn", "Số tổ truyền thông thành lập mới (tổ)"], [null, "Tổng số", 17], [1, "Xã Tản Lĩnh", 3], [2, "Xã Vân Hòa", 4], [3, "Xã Bình Yên", 4], [4, "Xã Cẩm Yên", 3]],
    "C2",
    /số lệch nằm ở các ô thành phần bên dưới/,
  ],
])("%s: the grand total typed as planned over parts adding up to less", (_name, rows, cell, wording) => {
  const findings = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report.findings;
  expect(findings.map((f) => `${f.rule} ${f.cell ?? ""}`)).toEqual([`subtotal ${cell}`]);
  expect(findings[0].message.vi).toMatch(wording);
});
