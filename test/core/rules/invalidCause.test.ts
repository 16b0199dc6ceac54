/**
 * One cause, one finding (CONTRACT §3): a grand total typed with the plan's
 * figure over formula subtotals, off only by one commune's negative,
 * fractional or unread figure, is that cell's cause. Where formulas carry the
 * figure all the way up, so is it when the figure's plain correction (or,
 * unread, the gap alone) brings the line to the plan exactly.
 */
import { evaluateRules } from "../../../src/core/rules";
import type { CellValue } from "../../../src/core/model/workbook";
import { context, plan, planLine, table, type Fixture } from "./fixtures";

const lines = [{ header: "Tổ", planCode: "1" }, { header: "Kinh phí", planCode: "KP", unit: "triệu đồng" }];
const p = plan([planLine("1", "Tổ", "tổ", 7), planLine("KP", "Kinh phí", "triệu đồng", 600_000_000)]);

/** `#REF!` as the error value it names; other text as typed. */
const cell = (value: number | string): CellValue => (value.toString().startsWith("#") ? { error: String(value) } : value);

/**
 * Total (row 2) and district (row 3) over three communes (rows 4–6): the
 * district a formula, the grand total typed with the plan's figure (7 tổ, 600
 * triệu) or, `formulas`, a formula showing what Excel's SUM shows.
 */
function sheetWith(teams: (number | string)[], money: (number | string)[], formulas = false): Fixture {
  const sum = (values: (number | string)[]) => values.reduce<number>((a, b) => a + (typeof b === "number" ? b : 0), 0);
  const fixture = table(lines, [
    { label: "Tổng cộng", kind: "total", parent: null, values: formulas ? [sum(teams), sum(money)] : [7, 600] },
    { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [sum(teams), sum(money)] },
    ...teams.map((value, i) => ({ label: `Xã ${i + 1}`, kind: "leaf" as const, parent: 1, values: [cell(value), cell(money[i])] })),
  ]);
  const cells = [[], [null, ...(formulas ? ["B3", "C3"] : [])], [null, "SUM(B4:B6)", "SUM(C4:C6)"]];
  return { ...fixture, sheet: { ...fixture.sheet, formulas: cells } };
}

const told = (teams: (number | string)[], money: (number | string)[], formulas = false) =>
  evaluateRules(context(p, sheetWith(teams, money, formulas))).filter((f) => f.rule !== "unmapped" && f.rule !== "coverage");

describe("a grand total typed with the plan's figure over one commune's unfit figure", () => {
  test.each<[string, (number | string)[], (number | string)[], string[], string | null]>([
    ["a fraction of a team rounded down", [2, 2.5, 3], [200, 200, 200], ["invalid-value B5"], "Ghi lại ô này là 2 tổ thì ô cộng B2 (Tổng cộng) và tổng phân bổ của Tổ so với kế hoạch (B2) cũng khớp."],
    ["a fraction of a team rounded up", [2, 1.5, 3], [200, 200, 200], ["invalid-value B5"], "Ghi lại ô này là 2 tổ"],
    ["a sign typed before a figure", [2, 2, 3], [200, -200, 200], ["invalid-value C5"], "Ghi lại ô này là 200 triệu đồng"],
    ["an unread commune", [2, 2, 3], [200, "chưa giao", 200], ["invalid-value C5"], "còn thiếu đúng 200 triệu đồng so với kế hoạch: nếu ô này là 200 triệu đồng thì ô cộng C2 (Tổng cộng) và tổng phân bổ của Kinh phí so với kế hoạch (C2) cũng khớp."],
    ["two unread communes holding the gap together", [2, 2, 3], ["#REF!", "#REF!", 200], ["invalid-value C4", "invalid-value C5"], "có lẽ là phần ô này cùng ô C5"],
    ["a negative that is no sign typo: the total and the plan comparison stay", [2, 2, 3], [200, -100, 200], ["subtotal C2", "ceiling C2", "invalid-value C5"], null],
    ["an unread commune beside a gap larger than any commune's figure", [2, 2, 3], [200, "#REF!", 100], ["subtotal C2", "ceiling C2", "invalid-value C5"], null],
  ])("%s", (_name, teams, money, expected, note) => {
    const found = told(teams, money);
    expect(found.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual([...expected].sort());
    const invalid = found.find((f) => f.rule === "invalid-value");
    if (note !== null) expect(invalid?.message.vi).toContain(note);
    else expect(invalid?.message.vi).not.toMatch(/Ghi lại ô này|nếu ô này/);
  });

});

describe("formulas all the way up: the sheet's totals follow one commune's unfit figure", () => {
  test.each<[string, (number | string)[], (number | string)[], string[], string | null]>([
    ["a fraction of a team rounded down", [2, 2.5, 3], [200, 200, 200], ["invalid-value B5"], "Ghi lại ô này là 2 tổ thì tổng phân bổ của Tổ so với kế hoạch (B2) cũng khớp."],
    ["a sign typed before a figure", [2, 2, 3], [200, -200, 200], ["invalid-value C5"], "Ghi lại ô này là 200 triệu đồng"],
    ["an unread commune, the gap the only one of the sheet", [2, 2, 3], [200, "#REF!", 200], ["invalid-value C5"], "nếu ô này là 200 triệu đồng thì tổng phân bổ của Kinh phí so với kế hoạch (C2) cũng khớp."],
    ["text in a count, the gap a whole team", [2, "x", 3], [200, 200, 200], ["invalid-value B5"], "nếu ô này là 2 tổ"],
    ["an unread commune while another line is off the plan too: the gap tells nothing", [2, "x", 3], [200, 200, 100], ["ceiling B2", "ceiling C2", "invalid-value B5"], null],
    // The line's total is not known while the cell is unread or negative: the shortfall is told in the cell's error.
    ["an unread commune beside a gap larger than any commune's figure", [2, 2, 3], [200, "#REF!", 100], ["invalid-value C5"], "Tính ô này là 0, tổng phân bổ của Kinh phí (C2) còn thiếu 300 triệu đồng so với kế hoạch"],
    ["TRUE beside a gap larger than any commune's figure", [2, 2, 3], [200, true as never, 100], ["invalid-value C5"], "Tính ô này là 0, tổng phân bổ của Kinh phí (C2) còn thiếu 300 triệu đồng"],
    ["#N/A beside a gap larger than any commune's figure", [2, 2, 3], [200, "#N/A", 100], ["invalid-value C5"], "còn thiếu 300 triệu đồng"],
    ["a negative that is no sign typo", [2, 2, 3], [200, -100, 200], ["invalid-value C5"], "Tính ô này là -100 triệu đồng, tổng phân bổ của Kinh phí (C2) còn thiếu 300 triệu đồng so với kế hoạch (bỏ dấu trừ vẫn còn thiếu 100 triệu đồng)"],
    ["a negative whose sign dropped overshoots the plan", [2, 2, 3], [200, -100, 400], ["invalid-value C5"], "bỏ dấu trừ thì thừa 100 triệu đồng"],
    ["a negative on a line over its plan: the plan comparison stays", [2, 2, 3], [400, -100, 400], ["ceiling C2", "invalid-value C5"], null],
    ["a fraction whose rounding does not reach the plan", [2, 1.5, 2], [200, 200, 200], ["ceiling B2", "invalid-value B5"], null],
    // The "2" is counted as it stands (the SUM over it skips it: an error of its own, at it), moving nothing in the plan comparison.
    ["text in a count beside a number typed as text", ["2", "x", 3], [200, 200, 200], ["invalid-value B5", "text-number B4"], "nếu ô này là 2 tổ"],
  ])("%s", (_name, teams, money, expected, note) => {
    const found = told(teams, money, true);
    expect(found.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual([...expected].sort());
    const invalid = found.find((f) => f.rule === "invalid-value");
    if (note !== null) expect(invalid?.message.vi).toContain(note);
    else expect(invalid?.message.vi).not.toMatch(/Ghi lại ô này|nếu ô này/);
  });

  // Typed totals equal to the sum of the figures as written (a SUM pasted as values) follow a negative or fractional
  // figure like formulas: its plain correction is the one cause. An unread cell they carry as 0 holds no figure of
  // them: the gap alone is a guess there, and the plan comparison stays.
  test.each<[string, (number | string)[], (number | string)[], boolean, string[], string | null]>([
    ["a fraction, the district typed with it", [2, 2.5, 3], [200, 200, 200], false, ["invalid-value B5"], "Ghi lại ô này là 2 tổ thì tổng phân bổ của Tổ so với kế hoạch (B2) cũng khớp. Các ô cộng gõ tay B3 cũng phải gõ lại theo số đúng."],
    ["a sign typed before a figure, the district and the grand total typed with it", [2, 2, 3], [200, -200, 200], true, ["invalid-value C5"], "Các ô cộng gõ tay C3, C2 cũng phải gõ lại theo số đúng."],
    ["an unread commune, the district typed without it", [2, 2, 3], [200, "#REF!", 200], false, ["ceiling C2", "invalid-value C5"], null],
  ])("%s", (_name, teams, money, typedTotal, expected, note) => {
    const fixture = sheetWith(teams, money, true);
    const formulas = typedTotal ? [] : [[], [null, "B3", "C3"]];
    const found = evaluateRules(context(p, { ...fixture, sheet: { ...fixture.sheet, formulas } })).filter((f) => f.rule !== "unmapped" && f.rule !== "coverage");
    expect(found.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual([...expected].sort());
    const invalid = found.find((f) => f.rule === "invalid-value");
    if (note !== null) expect(invalid?.message.vi).toContain(note);
    else expect(invalid?.message.vi).not.toMatch(/Ghi lại ô này|nếu ô này/);
  });

  test("a typed district total that carries another figure: the plan comparison stays", () => {
    const fixture = sheetWith([2, 2.5, 3], [200, 200, 200], true);
    const values = fixture.sheet.values.map((row, r) => (r === 2 && row !== undefined ? [row[0], 8, row[2]] : row));
    const formulas = [[], [null, "B3", "C3"], [null, null, "SUM(C4:C6)"]];
    const found = evaluateRules(context(p, { ...fixture, sheet: { ...fixture.sheet, values, formulas } })).filter((f) => f.rule !== "unmapped" && f.rule !== "coverage");
    expect(found.map((f) => `${f.rule} ${f.cell}`)).toContain("ceiling B2");
  });
});

describe("an unread commune that held the money line's largest figure", () => {
  /** Tổng cộng (row 2, typed with the plan or a formula) and Huyện Ba Vì (row 3, SUM) over communes from row 4. */
  function largest(money: (number | string)[], target: number, typedTotal: boolean): ReturnType<typeof evaluateRules> {
    const sum = money.reduce<number>((a, b) => a + (typeof b === "number" ? b : 0), 0);
    const teams = money.map(() => 1);
    const plan2 = plan([planLine("1", "Tổ", "tổ", money.length), planLine("KP", "Kinh phí", "triệu đồng", target * 1_000_000)]);
    const fixture = table(lines, [
      { label: "Tổng cộng", kind: "total", parent: null, values: [money.length, typedTotal ? target : sum] },
      { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [money.length, sum] },
      ...money.map((value, i) => ({ label: `Xã ${i + 1}`, kind: "leaf" as const, parent: 1, values: [teams[i], cell(value)] })),
    ]);
    const last = 3 + money.length;
    const cells = [[], [null, "B3", ...(typedTotal ? [] : ["C3"])], [null, `SUM(B4:B${last})`, `SUM(C4:C${last})`]];
    return evaluateRules(context(plan2, { ...fixture, sheet: { ...fixture.sheet, formulas: cells } })).filter((f) => f.rule !== "unmapped" && f.rule !== "coverage");
  }
  test.each<[string, (number | string)[], number, boolean, string[]]>([
    ["`x`, formulas all the way up", [100, "x", 150, 120, 200], 870, false, ["invalid-value C5"]],
    ["#REF!, formulas all the way up", [100, "#REF!", 150, 120, 200], 870, false, ["invalid-value C5"]],
    ["`x`, the grand total typed with the plan", [100, "x", 150, 120, 200], 870, true, ["invalid-value C5"]],
    ["a round gap a little above the largest other", [100, "x", 150, 120, 200], 820, false, ["invalid-value C5"]],
    // No figure the cell could have held: the line's total is not known while it is unread, the shortfall told in its error.
    ["a gap far above every figure", [100, "x", 150, 120, 200], 1070, false, ["invalid-value C5"]],
    ["a gap not as round as the line's figures", [100, "x", 150, 120, 200], 873, false, ["invalid-value C5"]],
    ["too few figures to tell", [100, "x", 200], 600, false, ["invalid-value C5"]],
  ])("%s", (_name, money, target, typedTotal, expected) => {
    const found = largest(money, target, typedTotal);
    expect(found.map((f) => `${f.rule} ${f.cell}`).filter((f) => !f.startsWith("subtotal")).sort()).toEqual([...expected].sort());
    expect(found.map((f) => f.rule)).toEqual(["invalid-value"]);
    const sum = money.reduce<number>((a, b) => a + (typeof b === "number" ? b : 0), 0);
    const held = [870, 820].includes(target);
    expect(found[0].message.vi).toContain(held ? `nếu ô này là ${target - sum} triệu đồng` : `chưa biết ô này đã giữ bao nhiêu`);
    if (!held) expect(found[0].message.vi).toContain(`còn thiếu ${target - sum} triệu đồng`);
  });

  test("a deliberate total under the plan, nothing unread: the ceiling stays", () => {
    expect(largest([100, 180, 150, 120, 200], 870, false).map((f) => `${f.rule} ${f.cell}`)).toEqual(["ceiling C2"]);
  });
});
