/**
 * Areas as columns under a caption merged across them (`Phân bổ cho các xã`),
 * the other header cells (`STT`, `Chỉ tiêu`, `Tổng số`) typed once in the upper
 * row and not merged down, as staff often leave them: the rows of names under
 * the caption are the header's (a row of focal persons among them), and
 * `Tổng số` over no name of its own is the total — no column without a name.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 9 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 12 },
];
const COMMUNES = ["Ba Trại", "Tản Lĩnh", "Minh Quang"];
const CAPTION: CellValue[] = ["STT", "Chỉ tiêu", "ĐVT", "Tổng số", "Phân bổ cho các xã", null, null];
const BODY: CellValue[][] = [
  [1, "Tổ truyền thông cộng đồng", "tổ", 9, 3, 3, 3],
  [2, "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 12, 4, 4, 4],
];
const under = (names: string[]): CellValue[] => [null, null, null, null, ...names];

describe("names under a merged caption, the other header cells not merged down", () => {
  test.each<[string, CellValue[][]]>([
    ["one row of names", [CAPTION, under(COMMUNES)]],
    ["a row of focal persons, then the names", [CAPTION, under(["Nguyễn Thị Hoa", "Lê Văn Nam", "Trần Thị Mai"]), under(COMMUNES)]],
    ["the names, then a row of focal persons", [CAPTION, under(COMMUNES), under(["Chị Hoa", "Anh Nam", "Chị Mai"])]],
  ])("%s", (_name, head) => {
    const result = checkWorkbook(workbook(sheet("Phân bổ", [["BIỂU PHÂN BỔ"], ...head, ...BODY], { merges: ["E2:G2"] })), { workbookName: "t.xlsx", plan: planOf(LINES), sheet: "Phân bổ" });
    const reading = result.report.reading!;
    expect(reading.areas.map((a) => [a.name, a.role])).toEqual([["Tổng số", "total"], ...COMMUNES.map((c) => [c, "leaf"])]);
    expect(reading.confidence.level).toBe("high");
    expect(result.report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  });
});
