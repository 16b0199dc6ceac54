import { readPlanFromWorkbook } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";
import { inputError } from "../../helpers/inputError";

const HEADER = ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"];
const ROWS = [HEADER, ["KP", "Kinh phí", "triệu đồng", null], ["KP.1", "Truyền thông", "triệu đồng", 1250], ["KP.2", "Tập huấn", "triệu đồng", 250]];

describe("readPlanFromWorkbook: a target formula saved without its value", () => {
  test.each<[string, Record<string, string>, string | null]>([
    ["a reference to another sheet", { D2: "Nguồn!A1" }, `'Kế hoạch'!D2: số kế hoạch là công thức =Nguồn!A1 chưa có giá trị đã tính`],
    ["a function allocheck does not compute", { D2: "MYFUNC(D3:D4)" }, `'Kế hoạch'!D2: số kế hoạch là công thức =MYFUNC(D3:D4)`],
    ["no formula: a blank target is a heading, not a line", {}, null],
  ])("%s", (_name, formulas, message) => {
    const book = workbook(sheet("Kế hoạch", ROWS as never, { formulas }), sheet("Phân bổ", [["x"]]));
    if (message === null) {
      expect(readPlanFromWorkbook(book).lines.map((line) => line.code)).toEqual(["KP.1", "KP.2"]);
      return;
    }
    const error = inputError(() => readPlanFromWorkbook(book));
    expect(error.code).toBe("bad-plan");
    expect(error.text.vi).toContain(message);
    expect(error.text.en).toContain("with no computed value");
  });
});
