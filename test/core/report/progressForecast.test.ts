/** The text report's progress table gives a forecast, an estimate, to two decimals of the line's unit at most. */
import { checkWorkbook } from "../../../src/core/check";
import { renderProgressTable } from "../../../src/core/report/progressText";
import { allocationSheet, lineTable, planSheet, workbook } from "../progress/fixtures";

test.each<["vi" | "en", string, string]>([
  ["vi", "1.066,67", "426,67"],
  ["en", "1,066.67", "426.67"],
])("a forecast of 800 ÷ 0,75 triệu đồng reads %s", (lang, total, part) => {
  // 2022 - 2025 with results to 2024: three quarters of the time; KP.2 320 → 426,666… triệu đồng.
  const rows = [
    ["KP", "Tổng kinh phí", "triệu đồng", 1000, 300, 300, 200, 800, null],
    ["KP.1", "Kinh phí truyền thông", "triệu đồng", 600, 160, 160, 160, 480, null],
    ["KP.2", "Kinh phí tập huấn", "triệu đồng", 400, 140, 140, 40, 320, null],
  ];
  const header = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2022", "Năm 2023", "Năm 2024", "Lũy kế", "Ghi chú"];
  const { report } = checkWorkbook(workbook(planSheet(), allocationSheet(), lineTable(rows, header)), { workbookName: "t.xlsx" });
  expect(report.indicators.find((i) => i.code === "KP.2")?.progress?.forecast).toBe(426_666_667);
  const text = renderProgressTable(report, lang).join("\n");
  expect(text).toContain(` ${total} `);
  expect(text).toContain(` ${part} `);
  expect(text).not.toMatch(/666\d/);
});
