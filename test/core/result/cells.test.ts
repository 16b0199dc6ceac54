/**
 * The check's readings: each area's value per line, worked out when a view
 * first reads them, once — checked against the definition written out
 * directly: a leaf's cell reading; a group's children added up (on a percent
 * line the lowest, unreadable leaves left out), NaN where there is none.
 */
import { buildRuleContext } from "../../../src/core/rules/context";
import { readingsOf } from "../../../src/core/result/cells";
import { isInvalidState } from "../../../src/core/cells/readCell";
import { PLAN, TABLE, fixtureWorkbook, ALLOCATION_SHEET } from "../summary/fixture";

function context() {
  const sheet = fixtureWorkbook().sheets.find((candidate) => candidate.name === ALLOCATION_SHEET)!;
  return buildRuleContext({ plan: PLAN, table: TABLE, sheet });
}

type Context = ReturnType<typeof context>;

/** The value of `area` on `line` by the definition, recursively. */
function byDefinition(ctx: Context, lowest: readonly boolean[], area: number, line: number): number {
  const node = TABLE.areas[area];
  if (node.kind === "leaf") return ctx.base[area * ctx.lineCount + line];
  let value = Number.NaN;
  for (const child of node.children) {
    const v = byDefinition(ctx, lowest, child, line);
    const unreadableLeaf = TABLE.areas[child].kind === "leaf" && isInvalidState(ctx.state[child * ctx.lineCount + line]);
    if (Number.isNaN(v) || (lowest[line] && unreadableLeaf)) continue;
    value = Number.isNaN(value) ? v : lowest[line] ? Math.min(value, v) : value + v;
  }
  return Number.isInteger(value) || Number.isNaN(value) ? value : Number(value.toPrecision(15));
}

function expectedValues(ctx: Context): number[] {
  const lowest = ctx.lineKind.map((kind) => kind === "percent");
  const expected: number[] = [];
  for (let area = 0; area < TABLE.areas.length; area++) for (let line = 0; line < ctx.lineCount; line++) expected.push(byDefinition(ctx, lowest, area, line));
  return expected;
}

describe("readingsOf", () => {
  it("gives each area's values per line as the definition does", () => {
    const ctx = context();
    const { areaValues } = readingsOf(ctx);
    expect(areaValues.lineCount).toBe(ctx.lineCount);
    expect(Array.from(areaValues.values)).toEqual(expectedValues(ctx));
    expect(areaValues.values.some((value) => !Number.isNaN(value) && value !== 0)).toBe(true);
  });

  it("reads each area's value per line one by one as the definition gives it, without the whole array", () => {
    const ctx = context();
    const { areaValues } = readingsOf(ctx);
    const read: number[] = [];
    for (let area = 0; area < TABLE.areas.length; area++) for (let line = 0; line < ctx.lineCount; line++) read.push(areaValues.valueAt!(area, line));
    expect(read).toEqual(expectedValues(ctx));
    expect(TABLE.areas.some((area) => area.kind !== "leaf")).toBe(true);
    expect(ctx.lineKind.some((kind) => kind === "percent")).toBe(true);
  });

  it("gives the same values whichever area is read first (a group's worked out when first read, leaves before groups or after)", () => {
    const ctx = context();
    const expected = expectedValues(ctx);
    const lines = ctx.lineCount;
    for (const order of ["reversed", "groups-first"] as const) {
      const { areaValues } = readingsOf(ctx);
      const areas = TABLE.areas.map((_, index) => index);
      const sequence = order === "reversed" ? areas.reverse() : [...areas.filter((a) => TABLE.areas[a].kind !== "leaf"), ...areas.filter((a) => TABLE.areas[a].kind === "leaf")];
      const read = new Array<number>(expected.length);
      for (const area of sequence) for (let line = lines - 1; line >= 0; line--) read[area * lines + line] = areaValues.valueAt!(area, line);
      expect(read).toEqual(expected);
    }
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
