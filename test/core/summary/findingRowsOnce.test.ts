/**
 * The findings table's rows are found once per layout (printLayout.ts) and
 * once for the choice of the table that goes last (buildSummary.ts), not
 * again by every try at the page's width: each search walks every cell of
 * the summary (tens of thousands on a large table).
 */
import * as findingSpread from "../../../src/core/summary/findingSpread";
import { buildSummary } from "../../../src/core/summary";
import { buildSummaryInOrder } from "../../../src/core/summary/buildSummary";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "./fixture";

const input = { report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(), lang: "vi" as const };

afterEach(() => jest.restoreAllMocks());

describe("the findings table's rows, found once", () => {
  it.each(["areas-last", "findings-last"] as const)("a layout (%s) searches the cells for them once", (order) => {
    const search = jest.spyOn(findingSpread, "findingTableRows");
    const model = buildSummaryInOrder(input, order);
    expect(search).toHaveBeenCalledTimes(1);
    // The same rows as a search of the laid-out model's cells before the header copies (none in this small summary).
    expect(findingSpread.findingTableRows(model.cells)).toEqual(search.mock.results[0].value);
  });

  it("the summary searches them once more, to choose which table goes last", () => {
    const search = jest.spyOn(findingSpread, "findingTableRows");
    const model = buildSummary(input);
    // The fixture's findings print on one page: one layout (areas last), and one search for the choice.
    expect(search).toHaveBeenCalledTimes(2);
    expect(model).toEqual(buildSummaryInOrder(input, "areas-last"));
  });
});
