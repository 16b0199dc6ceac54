/**
 * A caption merged over each block of lines (`Năm 2024` over C–F, `Năm 2025`
 * over G–J; `Vốn sự nghiệp | Vốn đầu tư`) above a one-row header, a note
 * column closing each block: a group title over the columns, which are named
 * with it — not a header row of its own, nor left out. Each plan line is
 * typed under every caption and compared with their sum, as periods over
 * the areas add up; a rate is not added.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 8 },
    { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ],
  { "Quốc Oai": ["Phú Mãn", "Đông Xuân"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] },
);
const NAMES = ["Xã Phú Mãn", "Xã Đông Xuân", "Xã An Phú", "Xã Hợp Tiến"];
const BLOCK = ["Tổ truyền thông cộng đồng", "CLB thủ lĩnh của sự thay đổi", "Kinh phí hỗ trợ (triệu đồng)", "Ghi chú"];

interface Got {
  indicators: { code: string; allocated: number | null; status: string }[];
  findings: { rule: string; cell: string | null }[];
  reading: { headerRows: number[]; lines: { code: string; at: string; header: string; sum?: string[] }[]; ignored: { at: string; why: string }[]; confidence: { level: string; reasons: string[] } };
}

function read(captions: [string, string], body: CellValue[][], plan = PLAN): Got {
  const rows: CellValue[][] = [["BIỂU PHÂN BỔ CHỈ TIÊU GIAI ĐOẠN 2024 - 2025"], [null, null, captions[0], null, null, null, captions[1], null, null, null], ["STT", "Đơn vị", ...BLOCK, ...BLOCK], ...body];
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows, { merges: ["A1:J1", "C2:F2", "G2:J2"] })] }, { plan, workbookName: "x.xlsx" }).report, "en");
  return (typeof json === "string" ? JSON.parse(json) : json) as Got;
}
const communes = (a: CellValue[], b: CellValue[]): CellValue[][] => NAMES.map((n, i) => [i + 1, n, ...a, null, ...b, i === 0 ? "xã khó khăn, 2 thôn" : null]);

test.each<[string, [string, string]]>([
  ["years", ["Năm 2024", "Năm 2025"]],
  ["funds", ["Vốn sự nghiệp", "Vốn đầu tư"]],
])("%s merged over each block: the columns named with them, each line their sum, sure", (_label, captions) => {
  const got = read(captions, communes([1, 1, 100], [2, 1, 200]));
  expect(got.reading.headerRows).toEqual([2, 3]);
  expect(got.reading.lines.map((l) => [l.code, l.at, l.header])).toEqual([
    ["1", "C", `${captions[0]} / Tổ truyền thông cộng đồng`],
    ["2", "D", `${captions[0]} / CLB thủ lĩnh của sự thay đổi`],
    ["3", "E", `${captions[0]} / Kinh phí hỗ trợ (triệu đồng)`],
    ["1", "G", `${captions[1]} / Tổ truyền thông cộng đồng`],
    ["2", "H", `${captions[1]} / CLB thủ lĩnh của sự thay đổi`],
    ["3", "I", `${captions[1]} / Kinh phí hỗ trợ (triệu đồng)`],
  ]);
  expect(got.reading.lines[0].sum).toEqual(["C", "G"]);
  expect(got.reading.ignored).toEqual([
    { at: "F", header: `${captions[0]} / Ghi chú`, why: "text column" },
    { at: "J", header: `${captions[1]} / Ghi chú`, why: "text column" },
  ]);
  expect(got.indicators.map((i) => [i.code, i.allocated, i.status])).toEqual([["1", 12, "ok"], ["2", 8, "ok"], ["3", 1200e6, "ok"]]);
  expect(got.findings).toEqual([]);
  expect(got.reading.confidence.reasons).toEqual([]);
});

test("over the plan counting both years: the line's ceiling, once", () => {
  const body = communes([1, 1, 100], [2, 1, 200]);
  body[2][6] = 3;
  const got = read(["Năm 2024", "Năm 2025"], body);
  expect(got.indicators.map((i) => [i.code, i.allocated, i.status])).toEqual([["1", 13, "over"], ["2", 8, "ok"], ["3", 1200e6, "ok"]]);
  expect(got.findings.map((f) => f.rule)).toEqual(["ceiling"]);
});

test("a wrong figure under the grand total of one year: the subtotal at its cell", () => {
  const body = [[null, "Tổng cộng", 4, 4, 400, null, 8, 4, 800, null], ...communes([1, 1, 100], [2, 1, 200])];
  body[1][6] = 3;
  const got = read(["Năm 2024", "Năm 2025"], body);
  expect(got.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["subtotal@G4"]);
});

test("a rate typed under each year is not added: the two columns said to tie", () => {
  const plan = planOf([{ code: "1", name: "Tỷ lệ hộ nghèo được hỗ trợ", unit: "%", target: 80 }, { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 }]);
  const rows: CellValue[][] = [["BIỂU PHÂN BỔ"], [null, null, "Năm 2024", null, "Năm 2025", null], ["STT", "Đơn vị", "Tỷ lệ hộ nghèo được hỗ trợ (%)", "Kinh phí hỗ trợ (triệu đồng)", "Tỷ lệ hộ nghèo được hỗ trợ (%)", "Kinh phí hỗ trợ (triệu đồng)"], ...NAMES.map((n, i) => [i + 1, n, 85, 100, 90, 200])];
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows, { merges: ["C2:D2", "E2:F2"] })] }, { plan, workbookName: "x.xlsx" }).report, "en");
  const got = (typeof json === "string" ? JSON.parse(json) : json) as Got;
  expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 85], ["3", 1200e6]]);
  expect(got.reading.confidence.reasons).toEqual([expect.stringMatching(/^Column C .* and column E .* match plan line 1 about equally well/)]);
});

describe("a block under `Tổng giai đoạn` beside the years' blocks", () => {
  const plan = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ]);
  const lines = ["Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"];
  const read2 = (second: number): Got => {
    const rows: CellValue[][] = [["BIỂU PHÂN BỔ"], [null, null, "Tổng giai đoạn", null, "Năm 2024", null, "Năm 2025", null], ["STT", "Đơn vị", ...lines, ...lines, ...lines], ...NAMES.map((n, i) => [i + 1, n, 3, 300, 1, 100, i === 0 ? second : 2, 200])];
    const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows, { merges: ["C2:D2", "E2:F2", "G2:H2"] })] }, { plan, workbookName: "x.xlsx" }).report, "en");
    return (typeof json === "string" ? JSON.parse(json) : json) as Got;
  };

  test("the whole's block is the lines, each year's line a part of it: nothing told", () => {
    const got = read2(2);
    expect(got.reading.lines.map((l) => `${l.code}@${l.at}`)).toEqual(["1@C", "3@D"]);
    expect(got.reading.ignored.map((i) => `${i.at}:${i.why}`)).toEqual(["E:split of the line before", "F:split of the line before", "G:split of the line before", "H:split of the line before"]);
    expect(got.indicators.map((i) => [i.code, i.allocated, i.status])).toEqual([["1", 12, "ok"], ["3", 1200e6, "ok"]]);
    expect(got.findings).toEqual([]);
    expect(got.reading.confidence.reasons).toEqual([]);
  });

  test("a year's figure off its whole: one subtotal finding", () => {
    expect(read2(3).findings.map((f) => f.rule)).toEqual(["subtotal"]);
  });
});
