/**
 * Rows named by abbreviations the name matcher cannot read (`ĐCTC`, `TK&VV`)
 * beside a column headed `Mã` / `Mã số` that holds the plan's codes: the
 * code decides. A plain `STT` numbering does not: its numbers name plan
 * lines only by chance.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 2 },
  { code: "2", name: "Tổ tiết kiệm vay vốn tự quản", unit: "tổ", target: 2 },
  { code: "3", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 2 },
]);

function rows(codeHeader: string, labels: readonly string[], codes: readonly CellValue[]): CellValue[][] {
  return [
    [codeHeader, "Nội dung", "ĐVT", "Tổng số", "Ba Trại", "Tản Lĩnh"],
    [codes[0], labels[0], "tổ", 2, 1, 1],
    [codes[1], labels[1], "tổ", 2, 1, 1],
    [codes[2], labels[2], "địa chỉ", 2, 1, 1],
  ];
}

describe("a code column beside abbreviated row names", () => {
  test.each<[string, CellValue[][], (string | null)[]]>([
    ["`Mã số` 1, 2, 3 beside `TTCĐ`, `Tổ TK&VV`, `ĐCTC`", rows("Mã số", ["TTCĐ", "Tổ TK&VV", "ĐCTC"], ["1", "2", "3"]), ["1", "2", "3"]],
    ["`Mã` in another order", rows("Mã", ["ĐCTC", "TTCĐ", "Tổ TK&VV"], [3, 1, 2]), ["3", "1", "2"]],
    ["`STT` 1, 2, 3: `ĐCTC` read as its plan line's initials, not by the numbering", rows("STT", ["TTCĐ", "Tổ TK&VV", "ĐCTC"], [1, 2, 3]), ["1", "2", "3"]],
    ["`STT` 1, 2, 3: an unreadable name stays unmatched", rows("STT", ["TTCĐ", "Tổ TK&VV", "Nhà TL"], [1, 2, 3]), ["1", "2", null]],
    ["`Mã` that a clear name contradicts: the name wins", rows("Mã", ["Tổ truyền thông cộng đồng", "Tổ tiết kiệm vay vốn tự quản", "Địa chỉ tin cậy tại cộng đồng"], ["1", "3", "2"]), ["1", "2", "3"]],
  ])("%s", (_name, data, expected) => {
    const table = detectTable(sheet("Phân bổ", data), PLAN);
    expect(table.orientation).toBe("indicators-as-rows");
    expect(table.lines.map((l) => l.planCode)).toEqual(expected);
  });
});

/**
 * A numbering word (`TT`, `No`) heading a column past the first value column
 * is a line's short name (`TT` for `Truyền thông`), not a second STT: the
 * column is read as a line (by the code row over it, else left out as
 * matching no plan line) — never dropped from the table unsaid.
 */
describe("a numbering word heading a value column", () => {
  const MONEY_PLAN = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 2 },
    { code: "KP.1", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 100 },
    { code: "KP.2", name: "Kinh phí tập huấn", unit: "triệu đồng", target: 60 },
  ]);
  const body: CellValue[][] = [
    [null, "Tổng cộng", 2, 100, 60],
    [1, "Xã Ba Trại", 1, 50, 30],
    [2, "Xã Tản Lĩnh", 1, 50, 30],
  ];
  test.each<[string, CellValue[][], (string | null)[] | null]>([
    // The codes decide where the short names read as no plan line.
    ["a code row over `Tổ TT | TT | TH`", [[null, null, "1", "KP.1", "KP.2"], ["STT", "Đơn vị", "Tổ TT", "TT", "TH"], ...body], ["1", "KP.1", "KP.2"]],
    ["`Kinh phí` over `TT | TH`, no code row", [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí", null], [null, null, null, "TT", "TH"], ...body], null],
    ["`No` past the values, no code row", [["No", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí truyền thông", "No"], ...body], ["1", "KP.1", null]],
  ])("%s", (_name, data, expected) => {
    const table = detectTable(sheet("Phân bổ", data), MONEY_PLAN);
    expect(table.orientation).toBe("areas-as-rows");
    expect(table.lines.map((l) => l.index)).toEqual([2, 3, 4]);
    if (expected !== null) expect(table.lines.map((l) => l.planCode)).toEqual(expected);
  });
});
