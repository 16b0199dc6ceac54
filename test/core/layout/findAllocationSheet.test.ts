import { findAllocationSheet } from "../../../src/core/layout";
import { InputError } from "../../../src/core/model/errors";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import { AREAS_AS_ROWS, AREAS_AS_ROWS_MERGES } from "./fixtures";
import { sheet, workbook } from "./sheetBuilder";

const PLAN_ROWS = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 7],
  ["2", "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 6],
  ["3", "Tỷ lệ phụ nữ tham gia sinh hoạt", "%", 60],
  ["KP", "Kinh phí hỗ trợ", "tỷ đồng", "1,2"],
  [],
  ["Huyện", "Xã"],
  ["Ba Vì", "Ba Trại"],
];

const allocation = (name: string) => sheet(name, AREAS_AS_ROWS, { merges: AREAS_AS_ROWS_MERGES });
const weak = (name: string) => sheet(name, [["Địa bàn", "Tổ truyền thông"], ["Xã Ba Trại", 1]]);

describe("findAllocationSheet", () => {
  test("the sheet whose table matches the most plan lines; never the plan sheet or the areas sheet", () => {
    const book = workbook(
      sheet("Kế hoạch", PLAN_ROWS),
      weak("Nháp"),
      sheet("Địa bàn", [["Huyện", "Xã"], ["Ba Vì", "Ba Trại"]]),
      allocation("Phân bổ"),
      sheet("Ghi chú", [["Không có bảng"]]),
    );
    const plan = readPlanFromWorkbook(book);
    expect(findAllocationSheet(book, plan)).toBe("Phân bổ");
  });

  test("a summary sheet `Tổng hợp` is taken only when there is nothing else", () => {
    const plan = readPlanFromWorkbook(workbook(sheet("Kế hoạch", PLAN_ROWS)));
    expect(findAllocationSheet(workbook(sheet("Kế hoạch", PLAN_ROWS), allocation("Tổng hợp"), weak("Phân bổ")), plan)).toBe(
      "Phân bổ",
    );
    expect(findAllocationSheet(workbook(sheet("Kế hoạch", PLAN_ROWS), allocation("Tổng hợp (2)")), plan)).toBe("Tổng hợp (2)");
  });

  test("with a plan from a file, the workbook's own plan sheet is not taken for the allocation", () => {
    const book = workbook(sheet("Kế hoạch", PLAN_ROWS), weak("Phân bổ"));
    const plan = { ...readPlanFromWorkbook(book), sheet: undefined, source: "file:plan.json" };
    expect(findAllocationSheet(book, plan)).toBe("Phân bổ");
  });

  test("a user-given name wins, folded if needed; a missing one is an error naming it", () => {
    const book = workbook(sheet("Kế hoạch", PLAN_ROWS), allocation("Phân bổ"), weak("Nháp"));
    const plan = readPlanFromWorkbook(book);
    expect(findAllocationSheet(book, plan, "nhap")).toBe("Nháp");
    let error: unknown;
    try {
      findAllocationSheet(book, plan, "Biểu 02");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("sheet-not-found");
    expect((error as InputError).text.vi).toContain("Biểu 02");
  });

  test("null when no sheet holds a table", () => {
    const book = workbook(sheet("Kế hoạch", PLAN_ROWS), sheet("Trống", [["Không có bảng"]]));
    expect(findAllocationSheet(book, readPlanFromWorkbook(book))).toBeNull();
  });

  test.each<[string, string]>([
    ["a sheet of population figures", "Dân số"],
    ["a sheet of figures about the areas", "Số liệu"],
  ])("a sheet named `Tổng hợp phân bổ` holding the allocation beside %s (no plan line): the summary-named sheet", (_name, other) => {
    const figures = sheet(other, [
      ["STT", "Đơn vị", "Số thôn", "Số hộ", "Dân số"],
      [null, "Tổng cộng", 40, 5000, 21000],
      [1, "Xã Ba Trại", 20, 2500, 10500],
      [2, "Xã Tản Lĩnh", 20, 2500, 10500],
    ]);
    const book = workbook(sheet("Kế hoạch", PLAN_ROWS), allocation("Tổng hợp phân bổ"), figures);
    expect(findAllocationSheet(book, readPlanFromWorkbook(book))).toBe("Tổng hợp phân bổ");
  });
});
