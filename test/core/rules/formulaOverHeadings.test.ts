/**
 * A grand total's SUM over communes grouped under district headings (no
 * subtotal of their own) that stops one commune short: told as the commune
 * the formula leaves out, never as a formula that adds up every part. Areas
 * across the columns, where a heading shares its first commune's column.
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
      { district: "Huyện Ba Vì", commune: "Xã Ba Trại" },
      { district: "Huyện Thạch Thất", commune: "Xã Bình Yên" },
      { district: "Huyện Thạch Thất", commune: "Xã Cẩm Yên" },
    ],
  },
  "plan.json",
);

test("a SUM across the columns stopping before the last commune of the last district", () => {
  const rows = [
    ["STT", "Nội dung", "ĐVT", "Tổng số", "Huyện Ba Vì", null, null, "Huyện Thạch Thất", null],
    [null, null, null, null, "Xã Tản Lĩnh", "Xã Vân Hòa", "Xã Ba Trại", "Xã Bình Yên", "Xã Cẩm Yên"],
    [1, "Số tổ truyền thông thành lập mới", "tổ", 14, 3, 4, 2, 5, 3],
  ];
  const data = sheet("Phân bổ", rows, { formulas: { D3: "SUM(E3:H3)" }, merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:I1"] });
  const findings = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report.findings;
  expect(findings.map((f) => `${f.rule} ${f.cell ?? ""}`)).toEqual(["subtotal D3"]);
  expect(findings[0].message.vi).toEqual(expect.stringContaining("bỏ sót I3 (Xã Cẩm Yên)"));
});
