/**
 * The parts the summary writes, in the namespaces of the package's
 * conformance class (conformance.ts): the sample's summary sheet, its
 * progress chart and drawing, and a new comments part, each written for a
 * Strict Open XML package and for a Transitional one, name no namespace of
 * the other class.
 */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { buildSampleWorkbookData } from "../../../src/sample";
import { chartXml, drawingXml } from "../../../src/adapters/xlsx/chartParts";
import { conformanceOf, STRICT, TRANSITIONAL, type Conformance } from "../../../src/adapters/xlsx/conformance";
import { addComments } from "../../../src/adapters/xlsx/highlightXml";
import { summarySheetPieces } from "../../../src/adapters/xlsx/summaryXml";
import { StylesPatch } from "../../../src/adapters/xlsx/stylesPatch";

const ONLY: ReadonlyArray<[Conformance, RegExp]> = [
  [TRANSITIONAL, /http:\/\/schemas\.openxmlformats\.org\/(spreadsheetml|officeDocument|drawingml)\//],
  [STRICT, /http:\/\/purl\.oclc\.org\/ooxml\//],
];
const STYLES = `<styleSheet xmlns="${TRANSITIONAL.main}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`;

describe("the summary's parts in the package's namespaces", () => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang: "vi" });

  test.each(ONLY.map(([ns], k) => [ns.strict ? "Strict" : "Transitional", ns, ONLY[1 - k][1]] as const))("%s", (_, ns, foreign) => {
    const { body, tail } = summarySheetPieces(model, new StylesPatch(STYLES), ns);
    const parts = {
      sheet: Buffer.concat(body).toString("utf8") + tail,
      chart: chartXml(model.name, model.chart!, ns),
      drawing: drawingXml(model.chart!, "rId1", ns),
      comments: addComments(undefined, [{ row: 0, col: 0, text: "allocheck: ghi chú" }], "\n--\n", ns).xml,
    };
    for (const [name, xml] of Object.entries(parts)) {
      expect({ name, foreign: foreign.test(xml) }).toEqual({ name, foreign: false });
      expect({ name, own: xml.includes(ns.main) || xml.includes(ns.chart) || xml.includes(ns.spreadsheetDrawing) }).toEqual({ name, own: true });
    }
  });

  test.each([
    ["worksheet", { xmlns: STRICT.main }, STRICT],
    ["x:workbook", { "xmlns:x": STRICT.main, xmlns: TRANSITIONAL.main }, STRICT],
    ["workbook", { xmlns: TRANSITIONAL.main }, TRANSITIONAL],
    ["x:workbook", { "xmlns:x": TRANSITIONAL.main, xmlns: STRICT.main }, TRANSITIONAL],
    ["workbook", {}, TRANSITIONAL],
  ] as const)("a root %s with %j: its package's class", (name, attributes, expected) => {
    expect(conformanceOf(name, attributes)).toBe(expected);
  });
});
