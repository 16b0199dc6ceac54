/**
 * Two sheets that match the plan alike (a draft and the final allocation,
 * nothing telling them apart): the one read is a guess, and the reading says
 * so, naming the other. A sheet that matches worse, a summary sheet, or
 * sheets told apart by their year leave the reading sure.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet } from "../layout/sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 3],
  ["2", "Kinh phí thực hiện", "triệu đồng", 150],
]);

function allocation(name: string, title: string, money: number, lines = 2): SheetData {
  const rows: CellValue[][] = [
    [title],
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí thực hiện (triệu đồng)"],
    [null, "Tổng cộng", 3, money],
    ["I", "Huyện Bắc Hà", 3, money],
    [1, "Xã Bản Phố", 2, money - 50],
    [2, "Xã Tà Chải", 1, 50],
  ];
  return sheet(name, rows.map((r) => r.slice(0, lines + 2)));
}

function confidence(...sheets: SheetData[]) {
  return checkWorkbook({ sheets: [...sheets, PLAN] }, { workbookName: "x.xlsx" }).report.reading!.confidence!;
}

describe("another sheet matching the plan as well as the one read", () => {
  test("a draft and the final allocation alike: low, the other sheet named", () => {
    const c = confidence(allocation("Phân bổ (lần 1)", "DỰ THẢO", 140), allocation("Phân bổ (lần 2)", "CHÍNH THỨC", 150));
    expect(c.level).toBe("low");
    expect(JSON.stringify(c.reasons)).toContain("Phân bổ (lần 2)");
  });

  test.each<[string, SheetData[]]>([
    ["the other matches fewer plan lines", [allocation("Phân bổ", "BIỂU PHÂN BỔ", 150), allocation("Nháp", "NHÁP", 150, 1)]],
    ["the other is a summary sheet", [allocation("Phân bổ", "BIỂU PHÂN BỔ", 150), allocation("Tổng hợp", "TỔNG HỢP", 150)]],
    ["the two are told apart by their year", [allocation("Phân bổ 2023", "PHÂN BỔ NĂM 2023", 140), allocation("Phân bổ 2024", "PHÂN BỔ NĂM 2024", 150)]],
  ])("%s: sure", (_name, sheets) => {
    expect(confidence(...sheets)).toEqual({ level: "high", reasons: [] });
  });
});
