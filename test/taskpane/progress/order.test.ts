/** The Tiến độ tab's order (behind pace first, else plan order) and the findings under a line. */
import type { Finding, RuleId } from "../../../src/core/model/finding";
import type { IndicatorResult } from "../../../src/core/model/report";
import { hasAreaResults, lineFindings, progressRows } from "../../../src/taskpane/components/progress/order";

function line(code: string, kind: IndicatorResult["kind"], achieved: number | null, expectedByNow?: number, target = 10): IndicatorResult {
  return {
    code,
    name: `Line ${code}`,
    unit: "tổ",
    kind,
    rule: "<=",
    target,
    allocated: target,
    difference: 0,
    status: "ok",
    lineIndex: 0,
    totalCell: null,
    scale: 1,
    cellScale: null,
    sheetTotal: null,
    ...(achieved === null
      ? {}
      : { progress: { achieved, periods: [{ period: "2023", label: "2023", value: achieved, source: { kind: "cell" as const, sheet: "Tiến độ", row: 1, col: 1 } }], ...(expectedByNow === undefined ? {} : { expectedByNow }) } }),
  };
}

function finding(rule: RuleId, indicator: string | null, area: string | null): Finding {
  return { rule, severity: "warning", sheet: "S", cell: "A1", row: 0, col: 0, indicator, area, expected: null, actual: null, message: { vi: rule, en: rule } };
}

describe("progressRows", () => {
  test.each([
    ["behind lines first, others in plan order", [line("1", "count", 8, 5), line("2", "count", 2, 5), line("3", "count", 6, 5), line("4", "count", 1, 5)], ["2", "4", "1", "3"]],
    ["lines without results are left out", [line("1", "count", null), line("2", "count", 6, 5)], ["2"]],
    ["over the ceiling after behind, before on track", [line("1", "count", 9, 5), line("KP", "money", 12, 5), line("2", "count", 1, 5)], ["2", "KP", "1"]],
    ["a percent line not met after the behind ones", [line("P", "percent", 40), line("1", "count", 1, 5)], ["1", "P"]],
  ])("%s", (_name, indicators, codes) => {
    expect(progressRows(indicators).map((r) => r.indicator.code)).toEqual(codes);
  });
});

describe("lineFindings", () => {
  test("areas behind or over under their line; the line's own findings apart; other lines and rules left out", () => {
    const all = [
      finding("area-progress", "1", "Xã A"),
      finding("overspend", "1", "Xã B"),
      finding("pace", "1", null),
      finding("cumulative", "1", null),
      finding("area-progress", "2", "Xã C"),
      finding("quota", "1", "Xã D"),
      finding("subtotal", "1", null),
    ];
    const { areas, line: own } = lineFindings(all, "1");
    expect(areas.map((f) => `${f.rule}:${f.area}`)).toEqual(["area-progress:Xã A", "overspend:Xã B"]);
    expect(own.map((f) => f.rule)).toEqual(["pace", "cumulative"]);
  });

  test("per-area results are known from the period sources", () => {
    expect(hasAreaResults(line("1", "count", 3, 5))).toBe(false);
    const perArea = line("1", "count", 3, 5);
    const withLeaves: IndicatorResult = {
      ...perArea,
      progress: { ...perArea.progress!, periods: [{ period: "2023", label: "2023", value: 3, source: { kind: "leaves", sheet: "Thực hiện 2023", line: 0, mode: "sum" } }] },
    };
    expect(hasAreaResults(withLeaves)).toBe(true);
  });
});
