/**
 * The progress chart's second series: the pace as a dashed line across the
 * bars, or (with percent lines among them: each bar their rate against their
 * target rate) as a mark on each bar with no line between them.
 */
import { chartXml } from "../../../src/adapters/xlsx/chartParts";
import type { SummaryChart } from "../../../src/core/model/summary";

const BASE: SummaryChart = {
  title: "Tỷ lệ thực hiện",
  firstRow: 4,
  lastRow: 6,
  categoryCol: 0,
  valueCol: 12,
  valueName: "Đã đạt",
  categories: ["1", "2", "KP"],
  values: [0.75, 0.7, 0.72],
  pace: 0.625,
  paceCol: 13,
  paceName: "Cần đạt",
  anchor: { row: 7, col: 0, rows: 16, cols: 8 },
};

test.each<[string, SummaryChart, readonly string[], readonly string[]]>([
  ["the pace alone: a dashed line", BASE, ['<a:prstDash val="dash"/>', '<c:symbol val="none"/>'], ['<c:symbol val="dash"/>']],
  [
    "with a percent line: a mark per bar, the target rate's where the line is a rate",
    { ...BASE, paces: [0.625, 0.8, 0.625], paceMarks: true },
    ['<c:symbol val="dash"/>', '<c:pt idx="1"><c:v>0.8</c:v></c:pt>', "<a:ln w=\"28575\"><a:noFill/></a:ln>"],
    ['<a:prstDash val="dash"/>'],
  ],
])("%s", (_, chart, present, absent) => {
  const xml = chartXml("Tổng hợp", chart);
  for (const part of present) expect(xml).toContain(part);
  for (const part of absent) expect(xml).not.toContain(part);
});

test("a label under its mark is written inside its bar (white) or raised over the mark; the others keep the series' own", () => {
  const xml = chartXml("Tổng hợp", { ...BASE, categories: ["1", "2", "3"], values: [0.625, 0.75, 0.05], paces: [0.625, 0.8, 0.1], paceMarks: true });
  const labels = [...xml.matchAll(/<c:dLbl>(.*?)<\/c:dLbl>/g)].map((m) => m[1]);
  expect(labels).toHaveLength(2);
  expect(labels[0]).toMatch(/^<c:idx val="1"\/>.*<a:srgbClr val="FFFFFF"\/>.*<c:dLblPos val="inEnd"\/>/);
  expect(labels[1]).toMatch(/^<c:idx val="2"\/><c:layout><c:manualLayout><c:x val="0"\/><c:y val="-0\.\d+"\/><\/c:manualLayout><\/c:layout>.*<c:dLblPos val="outEnd"\/>/);
  // The series' own labels after the moved ones (the schema's order).
  expect(xml).toMatch(/<\/c:dLbl><c:numFmt formatCode="0%" sourceLinked="0"\/>/);
});
