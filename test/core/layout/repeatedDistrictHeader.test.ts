/**
 * Areas as columns: a district across the top (merged over its columns) with
 * its own name again in the second header row over one of them — its
 * subtotal column, first or last, written the same or with `Huyện` — is the
 * district's column, not a commune of it. `Xã Ba Vì` under `Huyện Ba Vì`
 * stays a commune.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "./sheetBuilder";

const plan = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  [1, "Tổ truyền thông cộng đồng", "tổ", 5],
]);

function allocation(first: string, second: string, subFirst: boolean) {
  const [h1, h2, values]: CellValue[][] = subFirst
    ? [
        ["STT", "Nội dung", "ĐVT", "Tổng cộng", first, null, null, second, null],
        [null, null, null, null, first, "Khánh Thượng", "Minh Quang", second, "Phú Mãn"],
        [1, "Tổ truyền thông cộng đồng", "tổ", 5, 3, 2, 1, 2, 2],
      ]
    : [
        ["STT", "Nội dung", "ĐVT", "Tổng cộng", first, null, null, second, null],
        [null, null, null, null, "Khánh Thượng", "Minh Quang", first, "Phú Mãn", second],
        [1, "Tổ truyền thông cộng đồng", "tổ", 5, 2, 1, 3, 2, 2],
      ];
  return sheet("Phân bổ", [h1, h2, values], { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:I1"] });
}

test.each<[string, string, string, boolean]>([
  ["prefixed, subtotal first", "Huyện Ba Vì", "Huyện Quốc Oai", true],
  ["prefixed, subtotal last", "Huyện Ba Vì", "Huyện Quốc Oai", false],
  ["bare, subtotal first", "Ba Vì", "Quốc Oai", true],
  ["bare, subtotal last", "Ba Vì", "Quốc Oai", false],
])("%s: the district's own column", (_name, first, second, subFirst) => {
  const { report } = checkWorkbook(workbook(plan, allocation(first, second, subFirst)), { workbookName: "x.xlsx" });
  const areas = report.reading!.areas.map((area) => `${area.name}:${area.role}`);
  expect(areas.filter((area) => area.endsWith(":group"))).toEqual([`${first}:group`, `${second}:group`]);
  expect(areas.filter((area) => area.endsWith(":leaf"))).toEqual(["Khánh Thượng:leaf", "Minh Quang:leaf", "Phú Mãn:leaf"]);
  expect(report.findings).toEqual([]);
});

test("Xã Ba Vì under Huyện Ba Vì is a commune of it", () => {
  const rows: CellValue[][] = [
    ["STT", "Nội dung", "ĐVT", "Tổng cộng", "Huyện Ba Vì", null, null],
    [null, null, null, null, "Cộng", "Xã Ba Vì", "Xã Minh Quang"],
    [1, "Tổ truyền thông cộng đồng", "tổ", 5, 5, 3, 2],
  ];
  const { report } = checkWorkbook(workbook(plan, sheet("Phân bổ", rows, { merges: ["E1:G1"] })), { workbookName: "x.xlsx" });
  expect(report.reading!.areas.filter((area) => area.role === "leaf").map((area) => area.name)).toEqual(["Xã Ba Vì", "Xã Minh Quang"]);
  expect(report.findings).toEqual([]);
});
