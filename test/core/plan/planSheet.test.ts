/**
 * The plan sheet named like a plan with more words (`Kế hoạch năm 2024`, `KH
 * 2024`): taken when it is the only such sheet holding a plan table and no
 * sheet is named `Kế hoạch` / `Plan` exactly.
 */
import { checkWorkbook } from "../../../src/core/check";
import { InputError } from "../../../src/core/model/errors";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { findPlanSheet } from "../../../src/core/plan";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, merges: [] };
}

const planTable = (name: string): SheetData =>
  sheet(name, [
    ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 4],
  ]);

const allocation = (name = "Phân bổ"): SheetData =>
  sheet(name, [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng"],
    [null, "Tổng cộng", 4],
    [1, "Xã A", 2],
    [2, "Xã B", 2],
  ]);

describe("a plan sheet named with more words", () => {
  test.each(["Kế hoạch năm 2024", "KH 2024", "Kế hoạch 257", "Plan 2025", "KẾ HOẠCH DỰ ÁN 8", "KH", "kh", "Chỉ tiêu", "CHI TIEU", "Chỉ tiêu 2024", "KH giao 2025", "Kế hoạch giao năm 2025"])("%s is the plan", (name) => {
    const workbook = { sheets: [allocation(), planTable(name)] };
    expect(findPlanSheet(workbook)).toBe(name);
    const { report } = checkWorkbook(workbook, { workbookName: "x.xlsx" });
    expect(report.planSource).toBe(`sheet:${name}`);
    expect(report.findings).toEqual([]);
  });

  test("the unit in the target header, no unit column: the plan all the same; an allocation whose money header names its unit is not", () => {
    const unitInHeader = sheet("KH 2024", [["Mã", "Chỉ tiêu", "Kế hoạch (triệu đồng)"], ["1", "Kinh phí truyền thông", 300]]);
    const byArea = sheet("KH", [[null, null, "ĐVT: triệu đồng"], ["STT", "Địa bàn", "Kinh phí (triệu đồng)"], [null, "Tổng cộng", 300], [1, "Xã A", 150], [2, "Xã B", 150]]);
    expect(findPlanSheet({ sheets: [allocation(), unitInHeader] })).toBe("KH 2024");
    expect(findPlanSheet({ sheets: [allocation(), byArea] })).toBeNull();
  });

  test("a sheet named Kế hoạch exactly wins", () => {
    expect(findPlanSheet({ sheets: [planTable("KH 2024"), planTable("Kế hoạch")] })).toBe("Kế hoạch");
  });

  test("a sheet named like a plan without a plan table, or named for the allocation, is not the plan", () => {
    expect(findPlanSheet({ sheets: [allocation("Kế hoạch phân bổ"), allocation("KH 2024")] })).toBeNull();
    expect(findPlanSheet({ sheets: [planTable("Kế hoạch phân bổ")] })).toBeNull();
    expect(findPlanSheet({ sheets: [planTable("Chỉ tiêu giao")] })).toBeNull();
    expect(findPlanSheet({ sheets: [planTable("Chỉ tiêu phân bổ")] })).toBeNull();
    expect(findPlanSheet({ sheets: [allocation("Chỉ tiêu"), allocation("KH")] })).toBeNull();
  });

  test("two such sheets: none is taken, and the message names both", () => {
    const workbook = { sheets: [planTable("KH 2023"), planTable("KH 2024"), allocation()] };
    expect(findPlanSheet(workbook)).toBeNull();
    expect(() => checkWorkbook(workbook, { workbookName: "x.xlsx" })).toThrow(InputError);
    expect(() => checkWorkbook(workbook, { workbookName: "x.xlsx" })).toThrow(/"KH 2023", "KH 2024" all hold a plan table/);
    expect(checkWorkbook(workbook, { workbookName: "x.xlsx", planSheet: "KH 2024" }).report.planSource).toBe("sheet:KH 2024");
  });
});

test("a plan table on a sheet of another name is named in the message, not taken by itself", () => {
  const workbook = { sheets: [allocation("Sheet1"), planTable("Sheet2")] };
  expect(findPlanSheet(workbook)).toBeNull();
  expect(() => checkWorkbook(workbook, { workbookName: "x.xlsx" })).toThrow(/The sheet "Sheet2" holds a plan table: rename it "Kế hoạch" or choose it as the plan\./);
  // The pane shows the message as it is: no command-line option in it; the command line adds the option it names.
  let thrown: unknown;
  try {
    checkWorkbook(workbook, { workbookName: "x.xlsx" });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InputError);
  const error = thrown as InputError;
  expect(`${error.text.vi} ${error.text.en}`).not.toMatch(/--/);
  expect(error.option).toBe('--plan-sheet "Sheet2"');
});

describe("the allocation sheet picked as the plan: a results sheet copying the plan's columns is never named as the plan", () => {
  const progress = (name: string): SheetData =>
    sheet(name, [
      ["STT", "Nội dung", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 4, 2, "50%"],
    ]);
  const refusal = (sheets: SheetData[]): InputError => {
    try {
      checkWorkbook({ sheets }, { workbookName: "x.xlsx", sheet: "Phân bổ", planSheet: "Phân bổ" });
    } catch (error) {
      return error as InputError;
    }
    throw new Error("not refused");
  };
  test.each<[string, SheetData[], string | null]>([
    ["only a results sheet read with it (Tiến độ)", [allocation(), progress("Tiến độ")], null],
    ["a per-period results sheet (Thực hiện 2024)", [allocation(), progress("Thực hiện 2024")], null],
    ["a results sheet and the plan sheet", [allocation(), progress("Tiến độ"), planTable("Kế hoạch")], "Kế hoạch"],
    ["a results sheet and a plan table of another name", [allocation(), progress("Theo dõi"), planTable("Sheet2")], "Sheet2"],
  ])("%s", (_name, sheets, named) => {
    const error = refusal(sheets);
    const { en } = error.text;
    expect(en).not.toMatch(/"(?:Tiến độ|Thực hiện 2024|Theo dõi)"/);
    if (named === null) {
      expect(en).toContain("Choose the sheet that holds the plan table, or take the plan from another file.");
      expect(error.option).toBe("--plan-sheet");
    } else {
      expect(en).toContain(`Sheet "${named}" holds a plan table: choose it as the plan sheet.`);
      expect(error.option).toBe(`--plan-sheet "${named}"`);
    }
  });
});
