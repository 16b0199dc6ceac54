/**
 * The progress chart's value labels stand clear of their marks: a label that
 * would sit under its mark (a percent line's target rate, or the pace, a few
 * points over the bar's top) goes inside its bar when the bar can hold it,
 * else it is raised over the mark; others stay where they are.
 */
import type { SummaryChart } from "../../../src/core/model/summary";
import { barLabelMoves } from "../../../src/core/summary/chartLabels";

const chart = (values: number[], paces: (number | null)[] | null, pace: number | null = 0.625, rows = 16): SummaryChart => ({
  title: "Tỷ lệ thực hiện so với kế hoạch và tiến độ thời gian",
  firstRow: 4,
  lastRow: 4 + values.length - 1,
  categoryCol: 0,
  valueCol: 12,
  valueName: "Đã đạt",
  categories: values.map((_, i) => String(i + 1)),
  values,
  pace,
  ...(paces !== null ? { paces, paceMarks: true as const } : {}),
  paceCol: pace === null ? null : 13,
  paceName: "Cần đạt",
  anchor: { row: 10, col: 0, rows, cols: 8 },
});

const places = (c: SummaryChart) => barLabelMoves(c).map((move) => `${move.index}:${move.place}`);

describe("a bar's label and its mark", () => {
  test.each<[string, SummaryChart, string[]]>([
    ["a rate 5 points under its target: inside its bar", chart([0.75], [0.8]), ["0:inside"]],
    ["a rate 9 points under its target: inside its bar", chart([0.71], [0.8]), ["0:inside"]],
    ["a short bar 5 points under its target (the axis to 90 %): raised over the mark", chart([0.05, 0.4], [0.1, 0.8]), ["0:above"]],
    ["a short bar 5 points under its target on an axis to 20 %: far from it, where it is", chart([0.05], [0.1]), []],
    ["a rate 25 points under its target: where it is", chart([0.55], [0.8]), []],
    ["a rate past its target: where it is (the mark is in the bar)", chart([0.9], [0.8]), []],
    ["a rate at its target: where it is, just over the mark", chart([0.8], [0.8]), []],
    ["the pace line 7 points over a money line's bar: inside", chart([0.55], null), ["0:inside"]],
    ["a mark left blank (no plan period): where it is", chart([0.55], [null]), []],
    ["no pace at all: nothing moved", chart([0.55], null, null), []],
    ["several lines, each on its own", chart([0.625, 0.75, 0.05, 0.55], [0.625, 0.8, 0.1, 0.625]), ["1:inside", "2:above", "3:inside"]],
  ])("%s", (_, c, expected) => {
    expect(places(c)).toEqual(expected);
  });

  test("a raised label goes up by the mark's height over the bar and a little more, as a share of the chart's height", () => {
    const raise = (rows: number) => barLabelMoves(chart([0.05, 0.4], [0.1, 0.8], 0.625, rows)).map((move) => (move.place === "above" ? move.raise : 0))[0];
    expect(raise(16)).toBeGreaterThan(0.02);
    expect(raise(16)).toBeLessThan(0.1);
  });
});
