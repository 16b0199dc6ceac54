/** Results sheets whose areas carry abbreviated prefixes (`X. Ba Trại`, `H. Ba Vì`): read as the allocation's communes and districts. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, workbook } from "./fixtures";

const HEADER = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Tỷ lệ hộ gia đình được tuyên truyền (%)", "Kinh phí truyền thông (triệu đồng)", "Kinh phí tập huấn (triệu đồng)"];

function results(commune: string, district: string, stt: boolean): CellValue[][] {
  const row = (n: CellValue, label: string, values: CellValue[]) => (stt ? [n, label, ...values] : [label, ...values]);
  return [
    ["KẾT QUẢ THỰC HIỆN NĂM 2023"],
    [],
    stt ? HEADER : HEADER.slice(1),
    row(null, "Tổng cộng", [4, null, 300, 200]),
    row("I", `${district}Ba Vì`, [2, null, 150, 100]),
    row(1, `${commune}Ba Trại`, [1, 80, 75, 50]),
    row(2, `${commune}Tản Lĩnh`, [1, 85, 75, 50]),
    row("II", `${district}Quốc Oai`, [2, null, 150, 100]),
    row(3, `${commune}Phú Mãn`, [1, 80, 75, 50]),
    row(4, `${commune}Sài Sơn`, [1, 90, 75, 50]),
  ];
}

test.each<[string, string, boolean]>([
  ["X. ", "Huyện ", true],
  ["X.", "H.", true],
  ["X. ", "H. ", false],
  ["P. ", "Q. ", false],
  ["TT. ", "H.", false],
])("communes %j under districts %j (STT column: %s): each area found in the allocation, no finding on the sheet", (commune, district, stt) => {
  const checked = checkWorkbook(workbook(planSheet(), allocationSheet(), sheet("Thực hiện 2023", results(commune, district, stt))), { workbookName: "t.xlsx" }).report;
  const report = toJsonReport(checked);
  const table = checked.progress?.tables?.find((t) => t.sheet === "Thực hiện 2023");
  expect(table?.areas.map((a) => a.kind)).toEqual(["total", "group", "leaf", "leaf", "group", "leaf", "leaf"]);
  // Reading only: pace (2022, the plan's first year, is not reported here) is not this test's concern.
  expect(report.findings.filter((f) => f.sheet === "Thực hiện 2023" && f.rule !== "area-progress" && f.rule !== "pace")).toEqual([]);
  expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(4);
});
