/**
 * A money line allocated in batches (`Kinh phí hỗ trợ` over `Phân bổ đợt 1
 * | Phân bổ đợt 2 | Tổng`): the total column is the line, the batches its
 * parts, as with years. With no total beside them but a running total that
 * adds the batches (or years) up, area by area (`Lũy kế phân bổ`), that
 * running total is the line. One that does not add them up (earlier figures
 * in it too) is the figure allocated so far: the reading then says it is
 * unsure. With no total nor running total adding them up, the batches are
 * the line (their sum allocated), as their rows under a blank heading are.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, workbook } from "./sheetBuilder";
import { NUMBERED_BODY, NUMBERED_PLAN } from "./twoLineSheets";

const PLAN = NUMBERED_PLAN;
const BODY = NUMBERED_BODY;

function check(parts: string[], last: (money: number) => number, slip?: [number, number, CellValue]) {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", null, null],
    [null, null, null, ...parts],
    ...BODY.map(([stt, name, teams, money]) => [stt, name, teams, money * 0.4, money * 0.6, last(money)]),
  ];
  if (slip !== undefined) rows[slip[0]][slip[1]] = slip[2];
  const data = sheet("Phân bổ", rows, { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1"] });
  return checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

test.each<[string[]]>([
  [["Phân bổ đợt 1", "Phân bổ đợt 2", "Tổng"]],
  [["Đợt 1", "Đợt 2", "Tổng số"]],
  [["Phân bổ đợt 1", "Phân bổ đợt 2", "Lũy kế phân bổ"]],
  [["Đợt I", "Đợt II", "Lũy kế"]],
  [["Năm 2026", "Năm 2027", "Lũy kế"]],
  [["Đã phân bổ đến năm 2023", "Năm 2024", "Lũy kế"]],
  [["Các năm trước", "Đợt 1 năm 2024", "Lũy kế đến nay"]],
  [["Kỳ trước", "Kỳ này", "Lũy kế"]],
])("%j, the last adding up the others: it is the line, read surely, nothing told", (parts) => {
  const report = check(parts, (money) => money);
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "F"]]);
  expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
  expect(report.findings).toEqual([]);
  expect(report.indicators.map((i) => i.allocated)).toEqual([10, 1_000_000_000]);
});

test("a batch's figure mistyped in a commune (90 for 80), the running total after: one finding, at its cell", () => {
  const report = check(["Phân bổ đợt 1", "Phân bổ đợt 2", "Lũy kế phân bổ"], (money) => money, [4, 3, 90]);
  expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "D5"]]);
});

test.each<[string[]]>([[["Đợt 1", "Đợt 2", "Lũy kế"]], [["Phân bổ đợt 1", "Phân bổ đợt 2", "Lũy kế phân bổ"]]])(
  "%j, the last above the batches in every area (earlier figures in it): it is the figure allocated so far, the batches left out, said",
  (parts) => {
    const report = check(parts, (money) => money * 1.5);
    expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "F"]]);
    expect(report.reading!.ignored.map((i) => [i.at, i.why])).toEqual([["D", "batch within the running total"], ["E", "batch within the running total"]]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([10, 1_500_000_000]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["ceiling", "F3"]]);
    expect(report.reading!.confidence.level).toBe("low");
    expect(report.reading!.confidence.reasons.map((r) => r.en)).toEqual([expect.stringContaining("Column F")]);
    expect(report.reading!.confidence.reasons[0].vi).toContain("các cột đợt bên cạnh");
    expect(report.reading!.confidence.reasons[0].en).toContain("the batch columns beside it");
  },
);

test("a running total below the batches in some area: not the line — the batches are, their sum allocated, as their rows under a blank heading are; the running total left out", () => {
  const report = check(["Đợt 1", "Đợt 2", "Lũy kế"], (money) => (money === 200 ? money * 0.5 : money * 2));
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"], ["KP", "E"]]);
  expect(report.reading!.ignored.map((i) => [i.at, i.why])).toEqual([["F", "running total"]]);
  expect(report.indicators.map((i) => i.allocated)).toEqual([10, 1_000_000_000]);
  expect(report.findings).toEqual([]);
});

test.each<[string[]]>([[["Đợt 1", "Đợt 2"]], [["Năm 2026", "Năm 2027"]]])("%j under the line's header, no total nor running total beside them: the batches are the line, their sum allocated, nothing told", (parts) => {
  const rows: CellValue[][] = [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)", null],
    [null, null, null, ...parts],
    ...BODY.map(([stt, name, teams, money]) => [stt, name, teams, money * 0.4, money * 0.6]),
  ];
  const data = sheet("Phân bổ", rows, { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] });
  const { report } = checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  expect(report.reading!.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"], ["KP", "E"]]);
  expect(report.indicators.map((i) => i.allocated)).toEqual([10, 1_000_000_000]);
  expect(report.findings).toEqual([]);
  expect(report.reading!.confidence.level).toBe("high");
});
