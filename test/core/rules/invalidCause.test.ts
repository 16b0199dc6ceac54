/**
 * One cause, one finding (CONTRACT §3): one commune's negative or fractional
 * figure, carried up by formula totals, puts the plan line off by exactly
 * what its plain correction moves: its `invalid-value` error is the one
 * finding, naming the plan comparison; a ceiling it does not account for stays.
 */
import { evaluateRules } from "../../../src/core/rules";
import type { CellValue } from "../../../src/core/model/workbook";
import { brief, context, plan, planLine, SHEET, table, type Fixture } from "./fixtures";

const lines = [{ header: "Tổ", planCode: "1" }, { header: "Kinh phí", planCode: "KP", unit: "triệu đồng" }];
const p = plan([planLine("1", "Tổ", "tổ", 7), planLine("KP", "Kinh phí", "triệu đồng", 600_000_000)]);

/** `#REF!` as the error value it names; other text as typed. */
const cell = (value: number | string): CellValue => (value === "#REF!" ? { error: "#REF!" } : value);

/** Total (row 2) and district (row 3) as formulas over three communes (rows 4–6) — or, `typed`, their figures pasted as values — showing what Excel's SUM shows. */
function sheetWith(teams: number[], money: (number | string)[], typed = false): Fixture {
  const sum = (values: (number | string)[]) => values.reduce<number>((a, b) => a + (typeof b === "number" ? b : 0), 0);
  const fixture = table(lines, [
    { label: "Tổng cộng", kind: "total", parent: null, values: [sum(teams), sum(money)] },
    { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [sum(teams), sum(money)] },
    ...teams.map((value, i) => ({ label: `Xã ${i + 1}`, kind: "leaf" as const, parent: 1, values: [value, cell(money[i])] })),
  ]);
  const formulas = [[], [null, "B3", "C3"], [null, "SUM(B4:B6)", "SUM(C4:C6)"]];
  return typed ? fixture : { ...fixture, sheet: { ...fixture.sheet, formulas } };
}

describe("a commune's negative or fractional figure under formula totals", () => {
  test.each<[string, number[], (number | string)[], unknown[][], string | null]>([
    ["a fraction of a team rounded down", [2, 2.5, 3], [200, 200, 200], [["invalid-value", "error", SHEET, "B5", "1", "Xã 2", null, 2.5]], "Ghi lại ô này là 2 tổ thì tổng phân bổ của Tổ so với kế hoạch (B2) cũng khớp."],
    ["a fraction of a team rounded up", [2, 1.5, 3], [200, 200, 200], [["invalid-value", "error", SHEET, "B5", "1", "Xã 2", null, 1.5]], "Ghi lại ô này là 2 tổ"],
    ["a sign typed before a figure", [2, 2, 3], [200, -200, 200], [["invalid-value", "error", SHEET, "C5", "KP", "Xã 2", null, -200_000_000]], "Ghi lại ô này là 200 triệu đồng"],
    [
      "a negative that is no sign typo: the ceiling stays",
      [2, 2, 3],
      [200, -100, 200],
      [
        ["ceiling", "warning", SHEET, "C2", "KP", null, 600_000_000, 300_000_000],
        ["invalid-value", "error", SHEET, "C5", "KP", "Xã 2", null, -100_000_000],
      ],
      null,
    ],
    [
      "a fraction beside another commune's excess: the ceiling stays",
      [2, 2.5, 4],
      [200, 200, 200],
      [
        ["ceiling", "error", SHEET, "B2", "1", null, 7, 8.5],
        ["invalid-value", "error", SHEET, "B5", "1", "Xã 2", null, 2.5],
      ],
      null,
    ],
    ["an unread commune that the plan line lacks exactly", [2, 2, 3], [200, "chưa giao", 200], [["invalid-value", "error", SHEET, "C5", "KP", "Xã 2", null, null]], "còn thiếu đúng 200 triệu đồng so với kế hoạch: nếu ô này là 200 triệu đồng thì tổng phân bổ của Kinh phí so với kế hoạch (C2) cũng khớp."],
    [
      "two unread communes that together hold the gap: each tells it, naming the other",
      [2, 2, 3],
      ["#REF!", "#REF!", 200],
      [
        ["invalid-value", "error", SHEET, "C4", "KP", "Xã 1", null, null],
        ["invalid-value", "error", SHEET, "C5", "KP", "Xã 2", null, null],
      ],
      "có lẽ là phần ô này cùng ô",
    ],
    [
      "an unread commune beside a gap larger than any commune's figure: the ceiling stays",
      [2, 2, 3],
      [200, "#REF!", 100],
      [
        ["ceiling", "warning", SHEET, "C2", "KP", null, 600_000_000, 300_000_000],
        ["invalid-value", "error", SHEET, "C5", "KP", "Xã 2", null, null],
      ],
      null,
    ],
  ])("%s", (_name, teams, money, expected, note) => {
    const found = evaluateRules(context(p, sheetWith(teams, money)));
    expect(found.filter((f) => f.rule !== "unmapped" && f.rule !== "coverage").map(brief)).toEqual(expected);
    const invalid = found.find((f) => f.rule === "invalid-value");
    if (note !== null) expect(invalid?.message.vi).toContain(note);
    else expect(invalid?.message.vi).not.toContain("Ghi lại ô này");
  });

  test.each<[string, number[], (number | string)[], number, string]>([
    ["a fraction", [2, 2.5, 3], [200, 200, 200], 1, "Ghi lại ô này là 2 tổ thì ô cộng B2 (Tổng cộng) và tổng phân bổ của Tổ so với kế hoạch (B2) cũng khớp."],
    ["an unread figure", [2, 2, 3], [200, "#REF!", 200], 2, "nếu ô này là 200 triệu đồng thì ô cộng C2 (Tổng cộng) và tổng phân bổ của Kinh phí so với kế hoạch (C2) cũng khớp."],
  ])("%s under a grand total typed with the plan's figure: one finding, naming the total and the plan", (_name, teams, money, column, note) => {
    const fixture = sheetWith(teams, money);
    const values = fixture.sheet.values.map((row, r) => (r === 1 ? (row ?? []).map((v, c) => (c === 1 ? 7 : c === 2 ? 600 : v)) : row));
    const formulas = [[], [null, column === 1 ? null : "B3", column === 2 ? null : "C3"], [null, "SUM(B4:B6)", "SUM(C4:C6)"]];
    const found = evaluateRules(context(p, { ...fixture, sheet: { ...fixture.sheet, values, formulas } }));
    expect(found.filter((f) => f.rule !== "unmapped" && f.rule !== "coverage").map((f) => `${f.rule} ${f.cell}`)).toEqual([`invalid-value ${column === 1 ? "B5" : "C5"}`]);
    expect(found[0].message.vi).toContain(note);
  });

  test("figures pasted as values over the same sheet read the same", () => {
    const found = evaluateRules(context(p, sheetWith([2, 2.5, 3], [200, 200, 200], true)));
    expect(found.map(brief)).toEqual([["invalid-value", "error", SHEET, "B5", "1", "Xã 2", null, 2.5]]);
  });
});
