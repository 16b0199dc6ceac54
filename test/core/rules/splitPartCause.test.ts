/**
 * One cause, one finding: a money line split under a `Trong đó` header
 * (`Tổng số | Trong đó: NSTW | NSĐP`) that the plan does not split, the
 * communes' totals typed, the districts' and the grand total SUM formulas.
 * A part typed wrong puts its commune's row off; the commune's total cannot
 * be the mistyped cell when typing it as its parts say would put the line
 * over its plan — so the finding is at the part: the only one that can be it,
 * or the only one whose figure reads as a slip of the keyboard for the meant
 * one. Where two parts are equally likely the commune's total is told.
 */
import { checkWorkbook } from "../../../src/core/check";
import { sheet } from "../layout/sheetBuilder";
import { formulaSheet, type Typed } from "./formulaSheet";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Thành lập mới tổ truyền thông cộng đồng", "tổ", 8],
  ["2", "Kinh phí thực hiện", "triệu đồng", 640],
]);
const AREAS = sheet("Địa bàn", [
  ["Huyện", "Xã"],
  ["Mường Lát", "Tam Chung"],
  ["Mường Lát", "Pù Nhi"],
  ["Mường Lát", "Quang Chiểu"],
  ["Quan Sơn", "Sơn Điện"],
  ["Quan Sơn", "Na Mèo"],
]);

/** Pù Nhi's row (row 9): its typed total and its two parts; the others add up. */
function allocation(total: Typed, central: Typed, local: Typed) {
  return formulaSheet(
    "Phân bổ",
    [
      ["BIỂU PHÂN BỔ KINH PHÍ DỰ ÁN 8 NĂM 2025"],
      [],
      ["STT", "Đơn vị", "Số tổ truyền thông", "Kinh phí thực hiện (triệu đồng)", null, null],
      [null, null, null, "Tổng số", "Trong đó", null],
      [null, null, null, null, "NSTW", "NSĐP"],
      [null, "Tổng cộng", "=C7+C11", "=D7+D11", "=E7+E11", "=F7+F11"],
      ["I", "Huyện Mường Lát", "=SUM(C8:C10)", "=SUM(D8:D10)", "=SUM(E8:E10)", "=SUM(F8:F10)"],
      [1, "Xã Tam Chung", 2, 128, 100, 28],
      [2, "Xã Pù Nhi", 1, total, central, local],
      [3, "Xã Quang Chiểu", 1, 72, 60, 12],
      ["II", "Huyện Quan Sơn", "=SUM(C12:C13)", "=SUM(D12:D13)", "=SUM(E12:E13)", "=SUM(F12:F13)"],
      [1, "Xã Sơn Điện", 2, 160, 130, 30],
      [2, "Xã Na Mèo", 2, 200, 150, 50],
    ],
    ["A3:A5", "B3:B5", "C3:C5", "D3:F3", "D4:D5", "E4:F4"],
  );
}

describe("a mistyped part of a split the plan does not make is told at the part", () => {
  test.each<[string, Typed, Typed, Typed, string[][]]>([
    ["as planned", 80, 60, 20, []],
    ["NSTW 68 for 60: a slip; NSĐP 12 would not be", 80, 68, 20, [["subtotal", "E9"]]],
    ["NSĐP 29 for 20: a slip; NSTW 51 would not be", 80, 60, 29, [["subtotal", "F9"]]],
    ["NSTW 600 for 60: NSĐP cannot be 540 less", 80, 600, 20, [["subtotal", "E9"]]],
    ["NSTW 70 for 60 or NSĐP 20 for 10: either a slip, the total is told", 80, 70, 20, [["subtotal", "D9"]]],
    ["the total typed 70 for 80: the total is told, and the plan comes right with it", 70, 60, 20, [["subtotal", "D9"]]],
  ])("%s", (_name, total, central, local, expected) => {
    const { report } = checkWorkbook({ sheets: [allocation(total, central, local), PLAN, AREAS] }, { workbookName: "x.xlsx" });
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual(expected);
  });
});

describe("two parts equally likely: the total is told, as probably right, naming the parts", () => {
  test("NSTW 70 for 60 or NSĐP 20 for 10: the message names both parts with the figure each would hold", () => {
    const { report } = checkWorkbook({ sheets: [allocation(80, 70, 20), PLAN, AREAS] }, { workbookName: "x.xlsx" });
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "D9"]]);
    const { vi, en } = report.findings[0].message;
    expect(vi).toContain("ô E9 là 60 triệu đồng hoặc ô F9 là 10 triệu đồng");
    expect(vi).toContain("Ô tổng này có lẽ đúng");
    expect(en).toContain("E9 as 60 million VND or F9 as 10 million VND");
  });

  test("the total typed wrong, its parts right: no part is named", () => {
    const { report } = checkWorkbook({ sheets: [allocation(70, 60, 20), PLAN, AREAS] }, { workbookName: "x.xlsx" });
    expect(report.findings[0].message.vi).not.toContain("có lẽ đúng");
  });
});
