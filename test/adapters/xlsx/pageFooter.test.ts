/**
 * The summary's printed footer: the page's number and the pages' count in the
 * summary's language (Excel's footer codes `&P`, `&N`), centred, written as
 * XML-escaped text; a model with no footer prints the bare numbers.
 */
import { headerFooterXml } from "../../../src/adapters/xlsx/summaryXml";
import { buildSummary } from "../../../src/core/summary";
import type { SummaryPrint } from "../../../src/core/model/summary";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "../../core/summary/fixture";

const PRINT: SummaryPrint = { paper: "A4", orientation: "landscape", fitToWidth: true };

test.each([
  ["vi", "Trang &P / &N"],
  ["en", "Page &P of &N"],
] as const)("the summary in %s numbers its pages in its words", (lang, footer) => {
  const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(), lang });
  expect(model.print.footer).toBe(footer);
  expect(headerFooterXml(model.print)).toBe(`<headerFooter><oddFooter>&amp;C${footer.replace(/&/g, "&amp;")}</oddFooter></headerFooter>`);
});

test.each([
  [PRINT, "<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>"],
  [{ ...PRINT, footer: "Trang &P <của> &N" }, "<headerFooter><oddFooter>&amp;CTrang &amp;P &lt;của&gt; &amp;N</oddFooter></headerFooter>"],
] as const)("footer XML of %p", (print, xml) => {
  expect(headerFooterXml(print)).toBe(xml);
});
