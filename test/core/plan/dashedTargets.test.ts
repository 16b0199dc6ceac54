/**
 * A dash typed as a line's target (`2 | Hội thảo | cuộc | -`) is "none
 * planned": a target of 0, said in the plan's reading with its cell, so a
 * figure allocated to the line is over the plan. A dash over a line's parts or
 * a section is a heading; `x` and words are read as before.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { sheet, workbook } from "../progress/fixtures";

const HEAD: CellValue[] = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"];

function planOf(rows: CellValue[][], head: CellValue[] = HEAD, numberFormats?: (string | null)[][]) {
  return readPlanFromWorkbook(workbook(sheet("Kế hoạch", [head, ...rows], numberFormats)));
}

describe("a dash as a line's target", () => {
  test.each<[string, CellValue, string]>([
    ["hyphen", "-", "-"],
    ["en dash", "–", "–"],
    ["em dash with spaces", " — ", "—"],
  ])("%s: a target of 0, said at its cell", (_name, dash, shown) => {
    const plan = planOf([
      ["1", "Tổ truyền thông", "tổ", 14],
      ["2", "Hội thảo", "cuộc", dash],
      ["3", "Kinh phí tập huấn", "triệu đồng", 300],
    ]);
    expect(plan.lines.map((line) => [line.code, line.target, line.rule, line.source?.cell])).toEqual([
      ["1", 14, "<=", "D2"],
      ["2", 0, "<=", "D3"],
      ["3", 300e6, "<=", "D4"],
    ]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([
      `'Kế hoạch'!D3: the dash "${shown}" (none planned) is read as 0 for line 2, so any figure allocated to it is over the plan. If the line has a target, type it.`,
    ]);
    expect(plan.doubts?.[0].vi).toContain(`'Kế hoạch'!D3: dấu "${shown}" (không có kế hoạch) được đọc là 0 cho chỉ tiêu 2`);
  });

  test("a money line and a line with no unit and no parts: 0 too", () => {
    const plan = planOf([
      ["1", "Kinh phí hội thảo", "triệu đồng", "-"],
      ["2", "Hoạt động khác", null, "-"],
    ]);
    expect(plan.lines.map((line) => [line.code, line.kind, line.target])).toEqual([
      ["1", "money", 0],
      ["2", "count", 0],
    ]);
    expect(plan.doubts).toHaveLength(2);
  });

  test("a percent line's dash is 0 with its rule; nothing is said to be over", () => {
    const plan = planOf([["1", "Tỷ lệ hộ được tuyên truyền", "%", "-"]]);
    expect(plan.lines.map((line) => [line.target, line.rule])).toEqual([[0, ">="]]);
    expect(plan.doubts?.[0].en).not.toContain("over the plan");
  });

  test("a 0 shown as `-` by an accounting format is a number: 0, nothing said", () => {
    const accounting = '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)';
    const plan = planOf([["1", "Hội thảo", "cuộc", 0]], HEAD, [[], [null, null, null, accounting]]);
    expect(plan.lines.map((line) => line.target)).toEqual([0]);
    expect(plan.doubts).toBeUndefined();
  });
});

describe("a dash that is no line's target", () => {
  test("over the line's numbered parts: a heading, the parts read", () => {
    const plan = planOf([
      ["1", "Hoạt động truyền thông", null, "-"],
      ["1.1", "Tổ truyền thông", "tổ", 10],
      ["1.2", "Câu lạc bộ", "CLB", 6],
    ]);
    expect(plan.lines.map((line) => [line.code, line.target, line.parentCode])).toEqual([
      ["1.1", 10, undefined],
      ["1.2", 6, undefined],
    ]);
    expect(plan.doubts).toBeUndefined();
  });

  test("over bulleted parts with a unit: a heading, no budget-split against 0", () => {
    const plan = planOf([
      ["2", "Kinh phí", "triệu đồng", "–"],
      ["-", "Ngân sách trung ương", "triệu đồng", 400],
      ["-", "Ngân sách địa phương", "triệu đồng", 300],
    ]);
    expect(plan.lines.map((line) => [line.code, line.target])).toEqual([
      ["2.1", 400e6],
      ["2.2", 300e6],
    ]);
  });

  test("a lettered line before its sibling is a line, not a heading", () => {
    const plan = planOf([
      ["2", "Câu lạc bộ", "CLB", 6],
      ["a", "CLB thủ lĩnh", "CLB", "-"],
      ["b", "CLB mẹ và bé", "CLB", 6],
    ]);
    expect(plan.lines.map((line) => [line.code, line.target])).toEqual([
      ["2", 6],
      ["2.a", 0],
      ["2.b", 6],
    ]);
  });

  test("a section heading's dash is still a heading", () => {
    const plan = planOf([
      ["I", "Chỉ tiêu chung", null, "-"],
      ["1", "Tổ truyền thông", "tổ", 14],
    ]);
    expect(plan.lines.map((line) => [line.code, line.target])).toEqual([["1", 14]]);
    expect(plan.doubts).toBeUndefined();
  });
});

describe("`x` and words are read as before", () => {
  test("`x` with no unit is a heading", () => {
    expect(planOf([["1", "Hoạt động truyền thông", null, "x"], ["1.1", "Tổ truyền thông", "tổ", 10]]).lines.map((line) => line.code)).toEqual(["1.1"]);
  });

  test.each<[string, CellValue]>([
    ["`x` on a line with a unit", "x"],
    ["a word", "không"],
    ["two dashes", "--"],
  ])("%s is refused at its cell", (_name, target) => {
    expect(() => planOf([["1", "Tổ truyền thông", "tổ", 14], ["2", "Hội thảo", "cuộc", target]])).toThrow(`'Kế hoạch'!D3: "${String(target)}" is not a number.`);
  });
});

test("year columns: a year's dash is 0 that year; a whole made of years says its dashes", () => {
  const plan = planOf(
    [
      ["1", "Hội thảo", "cuộc", "-", 4],
      ["2", "Tập huấn", "lớp", "-", "—"],
    ],
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Kế hoạch năm 2025"],
  );
  expect(plan.lines.map((line) => [line.code, line.target, line.yearTargets])).toEqual([
    ["1", 4, { 2024: 0, 2025: 4 }],
    ["2", 0, { 2024: 0, 2025: 0 }],
  ]);
  expect(plan.doubts?.map((doubt) => doubt.en.split(":")[0])).toEqual([`Sheet "Kế hoạch", header row 1`, "'Kế hoạch'!D2", "'Kế hoạch'!D3, E3"]);
  expect(plan.doubts?.[2].en).toContain("over the plan");
  expect(plan.doubts?.[1].en).not.toContain("over the plan");
});

describe("checked against an allocation", () => {
  const plan = sheet("Kế hoạch", [HEAD, ["1", "Tổ truyền thông cộng đồng", "tổ", 4], ["2", "Hội thảo", "cuộc", "-"]]);
  const allocation = (workshops: [CellValue, CellValue]) =>
    sheet("Phân bổ", [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Hội thảo (cuộc)"],
      [null, "Tổng cộng", 4, null],
      [1, "Xã Ba Trại", 2, workshops[0]],
      [2, "Xã Tản Lĩnh", 2, workshops[1]],
    ]);
  const check = (workshops: [CellValue, CellValue]) => toJsonReport(checkWorkbook(workbook(plan, allocation(workshops)), { workbookName: "t.xlsx" }).report);

  test("a figure allocated to the dashed line is over the plan, and the reading says why", () => {
    const report = check([2, null]);
    expect(report.findings.map((f) => `${f.rule}/${f.severity}@${f.indicator}`)).toEqual(["ceiling/error@2"]);
    expect(report.indicators.find((i) => i.code === "2")).toMatchObject({ target: 0, allocated: 2 });
    expect(report.reading?.confidence.reasons.filter((reason) => reason.includes("'Kế hoạch'!D3"))).toHaveLength(1);
  });

  test("dashes in the allocation's cells are zero: the line meets its 0, no finding", () => {
    const report = check(["-", "–"]);
    expect(report.findings).toEqual([]);
    expect(report.indicators.find((i) => i.code === "2")).toMatchObject({ target: 0, allocated: 0 });
  });
});

describe("a dash in the quota column", () => {
  const QUOTA_HEAD: CellValue[] = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Định mức"];
  test.each(["-", "–", " — "])("%j: no per-area figure for the line (as a blank), the target read as typed", (dash) => {
    const plan = planOf(
      [
        ["1", "Tổ truyền thông", "tổ", 6, 1],
        ["2", "Câu lạc bộ", "CLB", 10, dash],
        ["3", "Hội thảo", "cuộc", "-", dash],
      ],
      QUOTA_HEAD,
    );
    expect(plan.lines.map((line) => [line.code, line.target, line.quota ?? null])).toEqual([
      ["1", 6, 1],
      ["2", 10, null],
      ["3", 0, null],
    ]);
    // Only the target's dash is a reading to say; the quota's is no figure.
    expect(plan.doubts?.map((doubt) => doubt.en.split(":")[0])).toEqual(["'Kế hoạch'!D4"]);
  });

  test("checked: the communes are not each held to a quota of 0", () => {
    const plan = sheet("Kế hoạch", [QUOTA_HEAD, ["1", "Câu lạc bộ", "CLB", 4, "-"]]);
    const allocation = sheet("Phân bổ", [
      ["STT", "Đơn vị", "Câu lạc bộ"],
      [null, "Tổng cộng", 5],
      [1, "Xã Ba Trại", 3],
      [2, "Xã Tản Lĩnh", 2],
    ]);
    const report = toJsonReport(checkWorkbook(workbook(plan, allocation), { workbookName: "t.xlsx" }).report);
    expect(report.findings.map((f) => `${f.rule}/${f.severity}@${f.cell}`)).toEqual(["ceiling/error@C2"]);
  });
});
