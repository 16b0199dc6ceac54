/**
 * The check's readings: each area's value per line, worked out when a view
 * first reads them, are the values `buildAreaValues` gives, worked out once.
 */
import { buildRuleContext } from "../../../src/core/rules/context";
import { readingsOf } from "../../../src/core/result/cells";
import { buildAreaValues } from "../../../src/core/result/areaValues";
import { PLAN, TABLE, fixtureWorkbook, ALLOCATION_SHEET } from "../summary/fixture";

function context() {
  const sheet = fixtureWorkbook().sheets.find((candidate) => candidate.name === ALLOCATION_SHEET)!;
  return buildRuleContext({ plan: PLAN, table: TABLE, sheet });
}

describe("readingsOf", () => {
  it("gives each area's values per line as buildAreaValues does", () => {
    const ctx = context();
    const { areaValues } = readingsOf(ctx);
    const lowest = ctx.lineKind.map((kind) => kind === "percent");
    const expected = buildAreaValues({ table: TABLE, lineCount: ctx.lineCount, state: ctx.state, base: ctx.base, lowest });
    expect(areaValues.lineCount).toBe(expected.lineCount);
    expect(Array.from(areaValues.values)).toEqual(Array.from(expected.values));
    expect(areaValues.values.some((value) => !Number.isNaN(value) && value !== 0)).toBe(true);
  });

  it("reads each area's value per line one by one as buildAreaValues gives it, without the whole array", () => {
    const ctx = context();
    const { areaValues } = readingsOf(ctx);
    const lowest = ctx.lineKind.map((kind) => kind === "percent");
    const expected = buildAreaValues({ table: TABLE, lineCount: ctx.lineCount, state: ctx.state, base: ctx.base, lowest }).values;
    const read: number[] = [];
    for (let area = 0; area < TABLE.areas.length; area++) for (let line = 0; line < ctx.lineCount; line++) read.push(areaValues.valueAt!(area, line));
    expect(read).toEqual(Array.from(expected));
    expect(TABLE.areas.some((area) => area.kind !== "leaf")).toBe(true);
    expect(lowest.some((flag) => flag)).toBe(true);
  });

  it("works the values out once, however often they are read", () => {
    const { areaValues } = readingsOf(context());
    expect(areaValues.values).toBe(areaValues.values);
  });

  it("shares the cell readings of the check without copying them", () => {
    const ctx = context();
    const { cells } = readingsOf(ctx);
    expect(cells.state).toBe(ctx.state);
    expect(cells.base).toBe(ctx.base);
    expect(cells.lineCount).toBe(ctx.lineCount);
  });
});
