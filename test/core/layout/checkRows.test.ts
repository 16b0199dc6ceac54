/**
 * Rows typed under (or inside) the allocation table to check it — `Kiểm tra`
 * (the total again), `Chênh lệch` (a difference, usually 0), `Còn lại chưa
 * phân bổ` (the plan's part not yet given out) — are no areas: their
 * figures are counted in no total, and the reading says they were left out.
 */
import { checkWorkbook } from "../../../src/core/check";
import { isCheckLabel } from "../../../src/core/layout/frame";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ],
  { "Quốc Oai": ["Phú Mãn", "Đông Xuân"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] },
);
const HEAD: CellValue[][] = [["BIỂU PHÂN BỔ KINH PHÍ NĂM 2025"], ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"]];
const COMMUNES: CellValue[][] = [[1, "Xã Phú Mãn", 3, 300], [2, "Xã Đông Xuân", 3, 300], [3, "Xã An Phú", 3, 300], [4, "Xã Hợp Tiến", 3, 300]];

function run(rows: CellValue[][], hiddenRows: number[] = []) {
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [{ ...sheet("Phân bổ", rows), hiddenRows }] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
  return (typeof json === "string" ? JSON.parse(json) : json) as {
    indicators: { code: string; allocated: number | null }[];
    findings: { rule: string; cell: string | null }[];
    reading: { areas: { at: string }[]; ignored: { at: string; header: string; why: string }[] };
  };
}

describe("check rows are no areas", () => {
  test.each<[string, CellValue[][], number[], [string, number][], string[]]>([
    ["`Kiểm tra` under the table, the total again", [[null, "Tổng cộng", 12, 1200], ...COMMUNES, [null, "Kiểm tra", 12, 1200]], [], [["1", 12], ["2", 1200e6]], []],
    ["`Kiểm tra` hidden", [[null, "Tổng cộng", 12, 1200], ...COMMUNES, [null, "Kiểm tra", 12, 1200]], [7], [["1", 12], ["2", 1200e6]], []],
    ["`Chênh lệch` of zeros under a bottom total", [...COMMUNES, [null, "Tổng cộng", 12, 1200], [null, "Chênh lệch", 0, 0]], [], [["1", 12], ["2", 1200e6]], []],
    ["`Sai lệch so với kế hoạch`", [[null, "Tổng cộng", 12, 1200], ...COMMUNES, [null, "Sai lệch so với kế hoạch", 0, 0]], [], [["1", 12], ["2", 1200e6]], []],
    [
      "`Còn lại chưa phân bổ`: the communes' allocation is under the plan",
      [[null, "Tổng cộng", 10, 1000], ...COMMUNES.slice(0, 3), [4, "Xã Hợp Tiến", 1, 100], [null, "Còn lại chưa phân bổ", 2, 200]],
      [],
      [["1", 10], ["2", 1000e6]],
      ["ceiling@C3", "ceiling@D3"],
    ],
  ])("%s", (_label, body, hidden, allocated, findings) => {
    const got = run([...HEAD, ...body], hidden);
    const checkAt = String(HEAD.length + body.length);
    expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual(allocated);
    expect(got.findings.filter((f) => f.rule !== "hidden").map((f) => `${f.rule}@${f.cell}`)).toEqual(findings);
    expect(got.reading.areas.map((a) => a.at)).not.toContain(checkAt);
    expect(got.reading.ignored.map((i) => [i.at, i.why])).toEqual([[checkAt, "check row"]]);
  });

  test.each<[string, boolean]>([
    ["Kiểm tra", true],
    ["KIỂM TRA TỔNG", true],
    ["Chênh lệch", true],
    ["Đối chiếu", true],
    ["Còn lại", true],
    ["Còn lại chưa phân bổ", true],
    ["Chưa phân bổ", true],
    ["Còn lại các xã", false],
    ["Các xã còn lại", false],
    ["Xã Chiềng Khoa", false],
    ["Chưa phân bổ cho xã Hợp Tiến", false],
  ])("`%s` checks the table: %s", (label, expected) => {
    expect(isCheckLabel(label)).toBe(expected);
  });
});
