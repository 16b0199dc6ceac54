/**
 * Above the allocation table, staff sometimes put a small table of another
 * kind (the funds by source) or lines of figures with no header (`Tổng kinh
 * phí: | 1 200`). Neither is the allocation table: the table read is the one
 * below that names the plan's lines, and the reading names a table above it
 * as left out. A sheet with no table naming a plan line is still refused.
 */
import { checkWorkbook } from "../../../src/core/check";
import { InputError } from "../../../src/core/model/errors";
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
const TABLE: CellValue[][] = [
  ["BIỂU PHÂN BỔ KINH PHÍ NĂM 2025"],
  ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
  [null, "Tổng cộng", 12, 1200],
  [1, "Xã Phú Mãn", 3, 300],
  [2, "Xã Đông Xuân", 3, 300],
  [3, "Xã An Phú", 3, 300],
  [4, "Xã Hợp Tiến", 3, 300],
];

function report(rows: CellValue[][]) {
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
  const parsed = (typeof json === "string" ? JSON.parse(json) : json) as {
    indicators: { code: string; allocated: number | null }[];
    findings: { rule: string; severity: string; cell: string | null }[];
    reading: { table: string; ignored: { at: string; header: string; why: string }[] };
  };
  return { ...parsed, findings: parsed.findings.map((f) => ({ rule: f.rule, severity: f.severity, cell: f.cell })) };
}

test.each<[string, CellValue[][], { at: string; header: string }[]]>([
  ["a table of the funds by source, then a blank row", [["I. TỔNG HỢP NGUỒN VỐN"], ["STT", "Nguồn vốn", "Số tiền"], [1, "Ngân sách trung ương", 1000], [2, "Ngân sách địa phương", 200], []], [{ at: "2", header: "STT" }]],
  ["a table of the funds by source, its header without STT", [["Nguồn vốn", "Số tiền (triệu đồng)"], ["Ngân sách trung ương", 1000], ["Ngân sách địa phương", 200], [], []], [{ at: "1", header: "Nguồn vốn" }]],
  ["lines of figures with no header", [["UBND HUYỆN QUỐC OAI"], [null, "Tổng kinh phí:", 1200], [null, "Số xã:", 4], []], []],
])("%s above the allocation table: the table below is read", (_label, above, ignored) => {
  const got = report([...above, ...TABLE]);
  const top = above.length + 2;
  expect(got.reading.table).toBe(`A${top}:D${top + 5}`);
  expect(got.indicators.map((i) => [i.code, i.allocated])).toEqual([["1", 12], ["2", 1200e6]]);
  // The table above is told once, at its first cell (an info: it is not checked); lines of figures with no header are no table.
  expect(got.findings).toEqual(ignored.map((i) => ({ rule: "second-table", severity: "info", cell: `A${i.at}` })));
  expect(got.reading.ignored).toEqual(ignored.map((i) => ({ ...i, why: "second table" })));
});

test("a sheet whose only tables name no plan line is still refused", () => {
  const rows: CellValue[][] = [["STT", "Nguồn vốn", "Số tiền"], [1, "Ngân sách trung ương", 1000], [2, "Ngân sách địa phương", 200], [], ["STT", "Hoạt động", "Số lớp"], [1, "Tập huấn", 6], [2, "Hội thi", 2]];
  expect(() => checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" })).toThrow(InputError);
});
