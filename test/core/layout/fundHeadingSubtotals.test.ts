/**
 * A fund's heading row carrying its block's subtotal (`A. Vốn sự nghiệp`
 * with figures equal to the sum of the rows under it, `B. Vốn đầu tư` the
 * same): read as the group it is over its rows, under the grand total — not
 * as a split of the total above it (`- Vốn NSTW`, `- Vốn địa phương`, which
 * stay parts of the total). With the lines as rows, such a heading over its
 * lines (one or more) is their total, no line the plan lacks.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 10 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 5 },
  { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1000 },
];
const PLAN = planOf(LINES, { "Quốc Oai": ["Phú Mãn", "Đông Xuân", "Đông Yên"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] });
const COMMUNES = ["Phú Mãn", "Đông Xuân", "Đông Yên", "An Phú", "Hợp Tiến"];
const HDR: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "CLB thủ lĩnh của sự thay đổi (CLB)", "Kinh phí hỗ trợ (triệu đồng)"];
const communes = (figures: CellValue[]): CellValue[][] => COMMUNES.map((c, i) => [i + 1, `Xã ${c}`, ...figures]);

interface Got {
  indicators: { code: string; allocated: number | null; status: string }[];
  findings: { rule: string; cell: string | null }[];
  reading: { areas: { at: string; role: string; parent: number | null }[]; ignored: { at: string; why: string }[]; confidence: { reasons: string[] } };
}

function report(rows: CellValue[][], plan = PLAN): Got {
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan, workbookName: "x.xlsx" }).report, "en");
  return (typeof json === "string" ? JSON.parse(json) : json) as Got;
}
const tree = (got: Got) => got.reading.areas.map((a) => `${a.at}:${a.role}${a.parent === null ? "" : `^${got.reading.areas[a.parent].at}`}`).join(" ");

describe("areas as rows", () => {
  const FUNDS: CellValue[][] = [["A", "Vốn sự nghiệp", 10, 5, 500], ...communes([2, 1, 100]), ["B", "Vốn đầu tư", 0, 0, 500], ...communes([0, 0, 100])];

  test.each<[string, CellValue[][], string]>([
    ["under the grand total", [["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", 10, 5, 1000], ...FUNDS], "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:leaf^4 9:leaf^4 10:group^3 11:leaf^10 12:leaf^10 13:leaf^10 14:leaf^10 15:leaf^10"],
    ["no grand total", [["BIỂU PHÂN BỔ"], HDR, ...FUNDS], "3:group 4:leaf^3 5:leaf^3 6:leaf^3 7:leaf^3 8:leaf^3 9:group 10:leaf^9 11:leaf^9 12:leaf^9 13:leaf^9 14:leaf^9"],
    [
      "over districts and their communes",
      [["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", 10, 5, 1000], ["A", "Vốn sự nghiệp", 6, 3, 600], ["I", "Huyện Quốc Oai", 6, 3, 600], ...communes([2, 1, 200]).slice(0, 3), ["B", "Vốn đầu tư", 4, 2, 400], ["I", "Huyện Mỹ Đức", 4, 2, 400], ...communes([2, 1, 200]).slice(3)],
      "3:total 4:group^3 5:group^4 6:leaf^5 7:leaf^5 8:leaf^5 9:group^3 10:group^9 11:leaf^10 12:leaf^10",
    ],
  ])("%s: each fund's row the group of its rows, nothing told", (_label, rows, expected) => {
    const got = report(rows);
    expect(tree(got)).toBe(expected);
    expect(got.reading.ignored).toEqual([]);
    expect(got.indicators.map((i) => [i.code, i.allocated, i.status])).toEqual([["1", 10, "ok"], ["2", 5, "ok"], ["3", 1000e6, "ok"]]);
    expect(got.findings).toEqual([]);
    expect(got.reading.confidence.reasons).toEqual([]);
  });

  test("a fund's subtotal mistyped on one line: one subtotal finding at its cell, the reading kept", () => {
    const rows = [["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", 10, 5, 1000], ...FUNDS];
    rows[3] = ["A", "Vốn sự nghiệp", 10, 5, 550];
    const got = report(rows);
    expect(tree(got)).toMatch(/^3:total 4:group\^3 5:leaf\^4/);
    expect(got.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@E4"]);
  });

  test("blank fund headings under the grand total: each a heading over its rows, not a split of the total", () => {
    const got = report([["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", 10, 5, 1000], ["A", "Vốn sự nghiệp"], ...communes([2, 1, 100]), ["B", "Vốn đầu tư"], ...communes([0, 0, 100])]);
    expect(tree(got)).toBe("3:total 4:heading^3 5:leaf^4 6:leaf^4 7:leaf^4 8:leaf^4 9:leaf^4 10:heading^3 11:leaf^10 12:leaf^10 13:leaf^10 14:leaf^10 15:leaf^10");
    expect(got.reading.ignored).toEqual([]);
    expect(got.findings).toEqual([]);
  });

  test("the total split by source under it (`- Vốn NSTW`, `- Vốn địa phương`) stays of the total", () => {
    const got = report([["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", 10, 5, 1000], [null, "- Vốn sự nghiệp", 10, 5, 700], [null, "- Vốn đầu tư", 0, 0, 300], ...communes([2, 1, 200])]);
    expect(got.reading.ignored.map((i) => `${i.at}:${i.why}`)).toEqual(["4:of which", "5:of which"]);
    expect(tree(got)).toBe("3:total 6:leaf^3 7:leaf^3 8:leaf^3 9:leaf^3 10:leaf^3");
  });
});

describe("lines as rows", () => {
  const plan = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 10 },
    { code: "2", name: "Kinh phí truyền thông", unit: "triệu đồng", target: 600 },
    { code: "3", name: "Kinh phí tập huấn", unit: "triệu đồng", target: 400 },
    { code: "4", name: "Kinh phí xây dựng mô hình", unit: "triệu đồng", target: 500 },
  ]);
  const head: CellValue[][] = [["BIỂU PHÂN BỔ"], ["STT", "Nội dung", "ĐVT", "Tổng cộng", ...COMMUNES.map((c) => `Xã ${c}`)]];
  const body = (b: number): CellValue[][] => [
    [1, "Tổ truyền thông cộng đồng", "tổ", 10, 2, 2, 2, 2, 2],
    ["A", "Vốn sự nghiệp", "triệu đồng", 1000, 200, 200, 200, 200, 200],
    [1, "Kinh phí truyền thông", "triệu đồng", 600, 120, 120, 120, 120, 120],
    [2, "Kinh phí tập huấn", "triệu đồng", 400, 80, 80, 80, 80, 80],
    ["B", "Vốn đầu tư", "triệu đồng", 500, b, 100, 100, 100, 100],
    [1, "Kinh phí xây dựng mô hình", "triệu đồng", 500, 100, 100, 100, 100, 100],
  ];

  test("each fund's row the total of its lines, one line or more: nothing told", () => {
    const got = report([...head, ...body(100)], plan);
    expect(got.reading.ignored.map((i) => `${i.at}:${i.why}`)).toEqual(["4:total of lines", "7:total of lines"]);
    expect(got.indicators.map((i) => [i.code, i.status])).toEqual([["1", "ok"], ["2", "ok"], ["3", "ok"], ["4", "ok"]]);
    expect(got.findings).toEqual([]);
    expect(got.reading.confidence.reasons).toEqual([]);
  });

  test("a fund's row over its one line mistyped in one area: one subtotal finding at its cell", () => {
    const got = report([...head, ...body(110)], plan);
    expect(got.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@E7"]);
  });
});
