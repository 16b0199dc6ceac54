/** The line table's difference is signed (`+2`), as the text report and the pane write it. */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { signedFormat } from "../../../src/core/summary/lineTable";
import { LINE_HEADERS } from "../../../src/core/summary/labels";
import { buildSampleWorkbookData } from "../../../src/sample";

test.each([
  ["#,##0", '"+"#,##0;-#,##0;#,##0'],
  ["#,##0.###", '"+"#,##0.###;-#,##0.###;0'],
  ['0.0"%"', '"+"0.0"%";-0.0"%";0.0"%"'],
])("signedFormat(%s) → %s", (format, signed) => {
  expect(signedFormat(format)).toBe(signed);
});

test("the sample's line over its plan (5, +2 địa chỉ) shows its difference with a sign", () => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang: "vi" });
  const header = model.cells.find((c) => c.style === "header" && c.value === LINE_HEADERS[5].vi)!;
  const code = model.cells.find((c) => c.row > header.row && c.col === 0 && c.value === "5")!;
  const cell = model.cells.find((c) => c.row === code.row && c.col === header.col)!;
  expect(cell.value).toBe(2);
  expect(cell.numFmt).toBe(signedFormat("#,##0"));
});
