/**
 * An area whose name cell holds an error value (`#REF!`): the reading shows
 * what it believes the area is — the plan area it probably stands for, the
 * same the `invalid-value` finding at that cell names — beside the error,
 * and says it is unsure of the name; the finding stays the only one told.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

type Row = CellValue[];

const PLAN: Row[] = [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 12],
  ["2", "Câu lạc bộ phụ nữ khởi nghiệp", "CLB", 6],
];
const AREAS: Row[] = [["Huyện", "Xã"], ["Ba Vì", "Ba Trại"], ["Ba Vì", "Vân Hòa"], ["Quốc Oai", "Sài Sơn"], ["Quốc Oai", "Cấn Hữu"]];
const REF = { error: "#REF!" };

/** Header in row 2, areas from row 3 (B3 the total, B4 Ba Vì, B6 Vân Hòa, B7 Quốc Oai). */
function sheet(names: Partial<Record<number, CellValue>>): Row[] {
  const rows: Row[] = [
    [null, "Tổng cộng", 12, 6],
    ["I", "Huyện Ba Vì", 6, 3],
    [1, "Xã Ba Trại", 3, 1],
    [2, "Xã Vân Hòa", 3, 2],
    ["II", "Huyện Quốc Oai", 6, 3],
    [1, "Xã Sài Sơn", 3, 2],
    [2, "Xã Cấn Hữu", 3, 1],
  ];
  for (const [row, value] of Object.entries(names)) rows[Number(row) - 3][1] = value ?? null;
  return [["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2024"], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Câu lạc bộ phụ nữ khởi nghiệp"], ...rows];
}

function check(values: Row[], areas = true) {
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: PLAN },
    { name: "Phân bổ", merges: [], values },
    ...(areas ? [{ name: "Địa bàn", merges: [], values: AREAS }] : []),
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report;
}

test.each<[string, Partial<Record<number, CellValue>>, boolean, string, string, string | null, string]>([
  ["a commune, the one its district lacks", { 6: REF }, true, "6", "leaf", "Vân Hòa", "probably Vân Hòa"],
  ["a district, named by its communes", { 7: REF }, true, "7", "group", "Quốc Oai", "reads it as Quốc Oai"],
  ["a commune, no list of areas", { 6: REF }, false, "6", "leaf", null, "cannot tell which"],
  ["two communes of one district, both missing: either", { 5: REF, 6: REF }, true, "6", "leaf", null, "cannot tell which"],
])("%s: the reading shows the plan area it believes, the error beside, and is unsure", (_label, names, areas, at, role, planArea, said) => {
  const report = check(sheet(names), areas);
  const row = report.reading!.areas.find((a) => a.at === at)!;
  expect(row).toMatchObject({ name: "#REF!", role, planArea, nameError: "#REF!" });
  expect(report.reading!.confidence.level).toBe("low");
  expect(report.reading!.confidence.reasons.filter((r) => r.en.includes(`row ${at} cannot be read`)).map((r) => r.en)).toEqual([expect.stringContaining(said)]);
  // One finding per unreadable name, at its cell: no coverage warning beside it.
  expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(Object.keys(names).map((r) => `invalid-value B${r}`));
});

test("the district's finding names the district its communes name, as the reading does", () => {
  const finding = check(sheet({ 7: REF })).findings[0];
  expect(finding.message.vi).toContain('Kế hoạch có "Quốc Oai" chưa có dòng nào trong biểu');
});

test("names typed: no error beside any area, nothing said", () => {
  const report = check(sheet({}));
  expect(report.reading!.areas.some((a) => "nameError" in a)).toBe(false);
  expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
});
